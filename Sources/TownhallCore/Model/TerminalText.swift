/// Input text made safe to print on a terminal: control characters (C0, DEL, C1) and the
/// bidirectional controls are shown escaped (`\e`, `\t`, `\r`, `\a`, else `\u{…}`), so a cell
/// cannot move the cursor, clear the screen, retitle the window or reorder what is shown.
/// The one rule for every line townhall prints (the command's messages and `explain`).
public enum TerminalText {
    /// - Parameter keepLineBreaks: leave `\n` as it is (a message of several lines), else escape it too.
    public static func escape(_ s: String, keepLineBreaks: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0, keepLineBreaks) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            guard needsEscape(u, keepLineBreaks) else { out.unicodeScalars.append(u); continue }
            switch u {
            case "\u{1B}": out += "\\e"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{7}": out += "\\a"
            default: out += "\\u{\(String(u.value, radix: 16, uppercase: true))}"
            }
        }
        return out
    }

    /// C0 controls (the line break when asked to keep it aside), DEL, C1 controls, and the bidi
    /// marks, embeddings, overrides and isolates.
    static func needsEscape(_ u: Unicode.Scalar, _ keepLineBreaks: Bool) -> Bool {
        let v = u.value
        if v < 0x20 { return !(keepLineBreaks && v == 0x0A) }
        return v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
