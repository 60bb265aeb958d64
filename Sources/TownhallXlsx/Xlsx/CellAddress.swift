import Foundation

/// A1-style addresses and the pieces formulas are made of (libxlsxwriter's `CELL()`/`RANGE()`
/// macros do not import into Swift).
enum A1 {
    /// `0` → `A`, `27` → `AB`.
    static func column(_ col: Int) -> String {
        var n = col + 1
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// `(0, 0)` → `A1`; `absolute` gives `$A$1`.
    static func cell(_ row: Int, _ col: Int, absolute: Bool = false) -> String {
        absolute ? "$\(column(col))$\(row + 1)" : "\(column(col))\(row + 1)"
    }

    /// `$A$2:$A$9` (a single cell when both ends meet).
    static func range(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int) -> String {
        r1 == r2 && c1 == c2 ? cell(r1, c1, absolute: true) : "\(cell(r1, c1, absolute: true)):\(cell(r2, c2, absolute: true))"
    }

    /// A sheet name as formulas need it: always quoted, `'` doubled.
    static func sheet(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'!"
    }

    /// A number as a formula literal Excel reads back exactly enough (15 significant digits).
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(format: "%.15G", x)
    }

    /// A formula string literal: `"…"` with `"` doubled. Only for townhall's own words, never input text.
    static func literal(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

/// A formula written once per row: `#` in the template stands for the 1-based row number,
/// filled into a reused buffer so a million rows cost no Swift `String` each.
struct FormulaTemplate {
    private let parts: [[CChar]]
    /// The template as written, `#` for the row number.
    let text: String

    /// `template` uses `#` where the row number goes, e.g. `=MAX(0,MIN(1,(J#-H#)/(I#-H#)))`.
    init(_ template: String) {
        text = template
        parts = template.split(separator: "#", omittingEmptySubsequences: false).map { part in
            part.utf8.map { CChar(bitPattern: $0) }
        }
    }

    /// The formula for the 0-based `row`, into `buffer` (NUL-terminated).
    func render(row: Int, into buffer: inout [CChar]) {
        buffer.removeAll(keepingCapacity: true)
        let n = row + 1
        var width = 1
        var power = 10
        while power <= n { width += 1; power *= 10 }
        for (i, part) in parts.enumerated() {
            buffer.append(contentsOf: part)
            guard i < parts.count - 1 else { continue }
            let start = buffer.count
            for _ in 0..<width { buffer.append(48) }
            var m = n
            var j = start + width - 1
            while j >= start {
                buffer[j] = CChar(48 + m % 10)
                m /= 10
                j -= 1
            }
        }
        buffer.append(0)
    }
}
