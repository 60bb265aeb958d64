/// Spreadsheet cell values → the text a CSV export of the same sheet would hold, so the rest of the
/// pipeline reads a workbook exactly as it reads CSV: numbers as `NumberParser` reads them back
/// exactly, percent-formatted numbers as `58%`, date-formatted numbers as ISO dates.
enum CellText {
    /// Excel's limits: columns A…XFD, rows 1…1,048,576. References beyond them are refused.
    public static let maxColumns = 16_384
    public static let maxRows = 1_048_576

    /// The 1-based column and row of an A1 reference (`B12` → (2, 12)); `nil` when malformed or
    /// beyond Excel's grid. `row` is `nil` for a bare column (`AB`).
    public static func reference(_ b: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int?)? {
        var i = 0
        var column = 0
        while i < b.count, i < 4 {
            let c = b[i] | 0x20
            guard c >= 0x61 && c <= 0x7A else { break }
            column = column * 26 + Int(c - 0x60)
            i += 1
        }
        guard i > 0, column <= maxColumns else { return nil }
        if i == b.count { return (column, nil) }
        var row = 0
        var digits = 0
        while i < b.count {
            let d = b[i]
            guard d >= 0x30 && d <= 0x39, digits < 8 else { return nil }
            row = row * 10 + Int(d - 0x30)
            digits += 1
            i += 1
        }
        guard row >= 1, row <= maxRows else { return nil }
        return (column, row)
    }

    public static func reference(_ s: String) -> (column: Int, row: Int?)? {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { reference(UnsafeBufferPointer($0)) }
    }

    /// `1` → `A`, `28` → `AB`.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var out: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.insert(UInt8(0x41 + r), at: 0)
            n = (n - 1) / 26
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What a cell's number format makes of its number.
    public enum Display: Sendable, Hashable {
        case number, percent, date, dateTime, time
    }

    /// The number as plain decimal text, shortest round-trip, never with an exponent
    /// (`0.58`, `1200`, `0.000012`); `percent` multiplies by 100 on the digits, not in binary
    /// (0.58 → `58`, not `57.99999999999999`). `nil` when the text is not a finite number.
    public static func number(_ raw: String, percent: Bool = false) -> String? {
        guard let v = Double(raw.trimmed), v.isFinite else { return nil }
        return number(v, percent: percent)
    }

    public static func number(_ v: Double, percent: Bool = false) -> String {
        if v == 0 { return "0" }
        // Shortest round-trip digits and decimal exponent, from Swift's own formatting.
        var text = Array(v.magnitude.description.utf8)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == 0x65 || $0 == 0x45 }) {
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text.removeSubrange(e...)
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in text {
            if c == 0x2E { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { point += 1 }
        }
        point += exponent + (percent ? 2 : 0)
        // Trim leading and trailing zeros, keeping the point's place.
        while let f = digits.first, f == 0x30, digits.count > 1 { digits.removeFirst(); point -= 1 }
        while let l = digits.last, l == 0x30, digits.count > 1 { digits.removeLast() }
        var out: [UInt8] = v < 0 ? [0x2D] : []
        if point <= 0 {
            out += [0x30, 0x2E] + Array(repeating: 0x30, count: -point) + digits
        } else if point >= digits.count {
            out += digits + Array(repeating: 0x30, count: point - digits.count)
        } else {
            out += digits[..<point] + [0x2E] + digits[point...]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ISO date (and time when it has one) of an Excel date serial; `nil` outside
    /// 1900…9999. The 1900 system keeps Excel's leap-year bug (serial 60 is the 29th of February
    /// 1900, which never was: it is written as such, as Excel shows it).
    public static func date(serial: Double, date1904: Bool, display: Display) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let time = "\(two(seconds / 3600)):\(two(seconds / 60 % 60))" + (seconds % 60 == 0 ? "" : ":\(two(seconds % 60))")
        if display == .time { return time }
        let day: String
        if date1904 {
            day = (Day(year: 1904, month: 1, day: 1)! + days).description
        } else if days == 60 {
            day = "1900-02-29"
        } else if days == 0 {
            day = "1900-01-00"
        } else {
            day = (Day(year: 1899, month: 12, day: days < 60 ? 31 : 30)! + days).description
        }
        return seconds == 0 ? day : "\(day) \(time)"
    }

    /// How a number format shows numbers: Excel's built-in ids, else the format code read
    /// with its quoted text, escapes and `[…]` sections (colours, locales) left out.
    public static func display(formatID: Int, code: String?) -> Display {
        switch formatID {
        case 9, 10: return .percent
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 32, 33, 45...47: return .time
        default: break
        }
        guard let code else { return .number }
        var letters: [Character] = []
        var chars = Array(code.lowercased())
        if let semicolon = chars.firstIndex(of: ";") { chars = Array(chars[..<semicolon]) }  // the positive section
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count && chars[i] != "\"" { i += 1 }
            case "\\", "_", "*": i += 1
            case "[":
                while i < chars.count && chars[i] != "]" { i += 1 }
            default: letters.append(c)
            }
            i += 1
        }
        let text = String(letters)
        if text.contains("%") { return .percent }
        if text.contains("general") { return .number }
        let hasDate = text.contains("d") || text.contains("y") || (text.contains("m") && !text.contains("h") && !text.contains("s"))
        let hasTime = text.contains("h") || text.contains("s")
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        return .number
    }
}
