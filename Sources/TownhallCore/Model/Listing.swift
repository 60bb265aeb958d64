/// Messages that list things name a handful and count the rest, so no input (5,000 cycles,
/// 20,000 columns, a warning per row) can turn one message into a wall of text.
public enum Listing {
    /// How many items a message names before it says how many more there are.
    public static let handful = 5
    /// How many run warnings a terminal shows before one line counts the rest (the JSON keeps all).
    public static let warningsShown = 10

    /// `a, b, c` or, past `limit`, `a, b, c, d, e and 1,234 more`.
    public static func few<S: Sequence>(_ items: S, limit: Int = handful) -> String where S.Element == String {
        var shown: [String] = []
        var more = 0
        for item in items {
            if shown.count < limit { shown.append(item) } else { more += 1 }
        }
        let list = shown.joined(separator: ", ")
        return more == 0 ? list : "\(list) and \(count(more)) more"
    }

    /// The first `limit` warnings, then one counting the rest (`… and 4,990 more warnings`): what a
    /// terminal shows; the JSON summary keeps every warning.
    public static func warnings(_ all: [RunWarning], limit: Int = warningsShown) -> [RunWarning] {
        guard all.count > limit else { return all }
        let rest = all.count - limit
        return Array(all.prefix(limit))
            + [RunWarning(Phrase("warning.more", ["n": .count(rest)]))]
    }

    /// `1234` → `1,234`, whatever the locale.
    public static func count(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
