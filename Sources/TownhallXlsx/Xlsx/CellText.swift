import Foundation
import TownhallCore

/// Input text made safe for one Excel cell, without ever turning it into anything but text.
///
/// - Excel holds at most 32,767 characters (UTF-16 code units) in a cell: longer text is cut,
///   on a Unicode scalar boundary, and ends with `CellText.marker`.
/// - A C string ends at NUL, so a NUL character is shown as `␀` instead of silently cutting the text;
///   U+FFFE and U+FFFF, which XML cannot hold, become U+FFFD.
/// - Excel reads `_xHHHH_` inside cell text as an escaped character; such a run in the input is
///   written as `_x005F_xHHHH_`, which Excel shows as the original characters.
/// - Control characters are escaped by libxlsxwriter itself; formulas are never involved:
///   the text goes to `worksheet_write_string`.
enum CellText {
    /// Excel's limit on the characters in one cell.
    static let excelLimit = 32_767
    /// What ends a text that had to be cut.
    static let marker = "… [truncated]"

    /// The result of preparing a text that could not go to the cell as it was.
    struct Prepared {
        var text: String
        /// The original length in UTF-16 code units when the text was cut.
        var truncatedFrom: Int?
        var hadNUL: Bool
    }

    /// `true` when the `count` bytes at `p` hold something the fast path cannot write as is:
    /// `_x` + 4 hex digits + `_`, or U+FFFE / U+FFFF (not allowed in XML).
    @inline(__always)
    static func hasEscapeLookalike(_ p: UnsafePointer<CChar>, count: Int) -> Bool {
        p.withMemoryRebound(to: UInt8.self, capacity: count) { b in
            var i = 0
            while i < count {
                let c = b[i]
                if c == 0x5F, i + 6 < count, b[i + 1] == 0x78 || b[i + 1] == 0x58,
                   isHex(b[i + 2]), isHex(b[i + 3]), isHex(b[i + 4]), isHex(b[i + 5]), b[i + 6] == 0x5F {
                    return true
                }
                if c == 0xEF, i + 2 < count, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF { return true }
                i += 1
            }
            return false
        }
    }

    @inline(__always)
    static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    /// Cuts, NUL-replaces and escapes `text` for a cell (the slow path; most texts never get here).
    static func prepare(_ text: String) -> Prepared {
        var hadNUL = false
        var scalars = Array(text.unicodeScalars)
        for i in scalars.indices {
            switch scalars[i].value {
            case 0:
                scalars[i] = "\u{2400}"
                hadNUL = true
            case 0xFFFE, 0xFFFF:
                scalars[i] = "\u{FFFD}"  // not characters XML may hold
            default:
                break
            }
        }
        let units = scalars.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
        let markerScalars = Array(marker.unicodeScalars)
        // Excel counts the text it shows; libxlsxwriter counts the code points it is given, escapes included.
        var budget = excelLimit
        while true {
            var kept: [Unicode.Scalar]
            var truncatedFrom: Int?
            if units > budget {
                var n = 0
                var end = 0
                let room = budget - markerScalars.count
                while end < scalars.count {
                    let w = scalars[end].value > 0xFFFF ? 2 : 1
                    if n + w > room { break }
                    n += w
                    end += 1
                }
                kept = Array(scalars[..<end]) + markerScalars
                truncatedFrom = units
            } else {
                kept = scalars
            }
            let escaped = escapeLookalikes(kept)
            let codePoints = escaped.count
            if codePoints <= excelLimit || budget <= markerScalars.count + 1 {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: escaped)
                return Prepared(text: String(out), truncatedFrom: truncatedFrom, hadNUL: hadNUL)
            }
            budget -= codePoints - excelLimit  // escapes made it too long for libxlsxwriter: cut more
            if units <= budget { budget = units - 1 }
        }
    }

    /// `_xHHHH_` → `_x005F_xHHHH_`.
    static func escapeLookalikes(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.count >= 7 else { return s }
        func hex(_ u: Unicode.Scalar) -> Bool { u.isASCII && isHex(UInt8(u.value)) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 16)
        var i = 0
        while i < s.count {
            if i + 6 < s.count, s[i] == "_", s[i + 1] == "x" || s[i + 1] == "X",
               hex(s[i + 2]), hex(s[i + 3]), hex(s[i + 4]), hex(s[i + 5]), s[i + 6] == "_" {
                out.append(contentsOf: "_x005F".unicodeScalars)
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}

/// Collects the warnings of one write (cut texts, characters that cannot be stored), capped so a
/// pathological input gives a readable list rather than a million lines.
final class Diagnostics {
    /// The input file, named in each warning.
    let file: String?
    private(set) var warnings: [RunWarning] = []
    private var truncated = 0
    private var nuls = 0
    private var other = 0
    /// At most this many individual warnings of one kind; then one that counts the rest.
    let cap = 20

    init(file: String?) { self.file = file }

    func truncated(place: String, line: Int?, column: String?, from units: Int, file other: String? = nil) {
        truncated += 1
        guard truncated <= cap else { return }
        warnings.append(RunWarning(
            location: SourceLocation(file: other ?? file, line: line, column: column),
            message: "text of \(units.grouped) characters cut to Excel's cell limit of 32,767 in \(place) "
                + "(it ends with \"\(CellText.marker)\")"))
    }

    func nul(place: String, line: Int?, column: String?, file other: String? = nil) {
        nuls += 1
        guard nuls <= cap else { return }
        warnings.append(RunWarning(
            location: SourceLocation(file: other ?? file, line: line, column: column),
            message: "a NUL character cannot be stored in Excel; shown as ␀ in \(place)"))
    }

    func note(_ message: String, line: Int? = nil, column: String? = nil) {
        other += 1
        warnings.append(RunWarning(location: SourceLocation(file: file, line: line, column: column), message: message))
    }

    /// The warnings, with a closing count of any left out.
    var all: [RunWarning] {
        var out = warnings
        if truncated > cap {
            out.append(RunWarning(location: SourceLocation(file: file),
                                  message: "\((truncated - cap).grouped) more cells were cut to Excel's limit of 32,767 characters"))
        }
        if nuls > cap {
            out.append(RunWarning(location: SourceLocation(file: file),
                                  message: "\((nuls - cap).grouped) more cells had NUL characters shown as ␀"))
        }
        return out
    }
}

extension Int {
    /// `12345` → `12,345` (locale-independent).
    var grouped: String { Presentation.grouped(self) }
}
