/// Input text made safe to print on a terminal: control characters (C0, DEL, C1) and the
/// bidirectional overrides are written as `\u{…}` escapes, so a cell cannot move the cursor,
/// recolour the screen or reorder what is shown.
public enum TerminalText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
