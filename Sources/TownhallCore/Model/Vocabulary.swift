/// The small closed vocabularies of SPEC §2–§3: KR types, measures, outcomes, bands.

/// Whether a key result is a commitment (must land at 1.0) or an aspiration (healthy near 0.7).
public enum KRType: String, Sendable, Hashable, CaseIterable, Codable {
    case committed
    case aspirational

    /// Reads the `type` column: `committed`, `commit`, `c` / `aspirational`, `stretch`,
    /// `moonshot`, `roofshot`, `a` (any case). `nil` for anything else, including empty.
    public init?(word: String) {
        switch word.trimmed.lowercased() {
        case "committed", "commit", "c": self = .committed
        case "aspirational", "stretch", "moonshot", "roofshot", "a": self = .aspirational
        default: return nil
        }
    }
}

/// What a row is, when an export lists objectives and key results in one table and says which in
/// its `type` column (Lattice's `OKR Type`: `objective` / `key_result`). Such a word names the kind
/// of item, not whether a key result is committed, so it is neither a type nor an unknown one.
public enum RowItem: Sendable, Hashable {
    case objective, keyResult

    /// Reads a `type` cell: `Objective`, `Key Result`, `key_result`, `KR` (any case, spaces, `_`, `-`).
    public init?(typeWord word: String) {
        switch Field.matchKey(word) {
        case "objective": self = .objective
        case "keyresult", "kr": self = .keyResult
        default: return nil
        }
    }
}

/// The type of an objective: that of its key results, or `mixed` when they differ.
public enum ObjectiveType: String, Sendable, Hashable, Codable {
    case committed, aspirational, mixed
}

/// How a metric is meant to move (SPEC §2 `measure`).
public enum Measure: String, Sendable, Hashable, Codable {
    case increase
    case decrease
    case atLeast = "at least"
    case atMost = "at most"
    case milestone

    /// Reads the `measure` column; accepts `stay above`, `>=`, `stay below`, `<=` and friends.
    public init?(word: String) {
        let w = word.trimmed.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        switch w {
        case "increase", "up", "increasing": self = .increase
        case "decrease", "down", "decreasing", "reduce": self = .decrease
        case "at least", "stay above", "stay at or above", ">=", "≥", "minimum", "min": self = .atLeast
        case "at most", "stay below", "stay at or below", "<=", "≤", "maximum", "max": self = .atMost
        case "milestone", "binary", "yes/no": self = .milestone
        default: return nil
        }
    }
}

/// What became of a key result at the end of the cycle.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case win, progress, miss, unscored, dropped
}

/// The colour band of any score: green ≥ 0.7, yellow ≥ 0.4, red below (configurable).
public enum Band: String, Sendable, Hashable, Codable, CaseIterable {
    case green, yellow, red
}

/// How serious a playbook finding is.
public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning, info
}

extension String {
    /// The string without leading and trailing whitespace and newlines, nor a byte-order mark
    /// (U+FEFF) at either end: a second BOM pasted or concatenated into an export is invisible, and
    /// kept it would make `\u{FEFF}team` no header and `\u{FEFF}Eng` a second team that looks the same.
    /// Looks at the first and last bytes first: most cells have nothing to trim, and this runs
    /// on every cell of every row.
    @inlinable public var trimmed: String {
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l.isWhitespace || l == "\u{FEFF}" { s.removeLast() }
        return s.utf8.count == u.count ? self : String(s)
    }
}
