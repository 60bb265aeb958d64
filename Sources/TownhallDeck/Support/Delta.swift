import TownhallCore

/// Changes against a previous cycle, as the deck shows them: `▲ 0.05 vs 2026-Q2`, green when
/// better, red when worse, neutral when equal at the precision shown (the core's `News` decides). The rounding is the one
/// of `CycleComparison.arrow(_:percent:)`: a change that shows as 0.00 is "unchanged".
enum Delta {
    /// What the number is: a 0–1 score, a share shown in percentage points, or a count.
    enum Kind { case score, points, count, days }

    /// The class a piece of news takes in the deck's style sheet.
    static func tone(_ news: News) -> String {
        switch news {
        case .good: "green"
        case .bad: "red"
        case .neutral: "none"
        }
    }

    /// The change `d` as zero or one `DeltaView` (none when `d` is unknown).
    static func view(_ d: Double?, _ kind: Kind, against: String = "", better: Better = .up,
                     _ words: Wording = .english) -> [DeltaView] {
        guard let d, d.isFinite else { return [] }
        let (amount, zero) = magnitude(d, kind, words)
        let direction = Direction(d, roundsToZero: zero)
        return [DeltaView(
            arrow: direction.arrow,
            word: words(direction == .up ? "deck.delta.up" : (direction == .down ? "deck.delta.down" : "deck.delta.unchanged")),
            amount: amount, against: against.isEmpty ? "" : words("deck.delta.against", ["cycle": .text(against)]),
            hasAgainst: !against.isEmpty, tone: tone(News(direction, better: better)))]
    }

    /// A thing that had no counterpart in the previous cycle.
    static func new(against: String = "", _ words: Wording = .english) -> [DeltaView] {
        [DeltaView(arrow: "", word: "", amount: words("deck.delta.new"),
                   against: against.isEmpty ? "" : words("deck.delta.since", ["cycle": .text(against)]),
                   hasAgainst: !against.isEmpty, tone: "none")]
    }

    /// A delta whose tone is set by the caller (e.g. closer to a target is better).
    static func view(_ d: Double?, _ kind: Kind, against: String = "", tone: String, _ words: Wording = .english) -> [DeltaView] {
        var v = view(d, kind, against: against, better: .up, words)
        if !v.isEmpty && v[0].arrow != "=" { v[0].tone = tone }
        return v
    }

    /// `0.05`, `5 pts`, `12`, and whether it rounds to zero.
    static func magnitude(_ d: Double, _ kind: Kind, _ words: Wording = .english) -> (String, Bool) {
        switch kind {
        case .score:
            let v = (abs(d) * 100).rounded() / 100
            return (words.score(v), v == 0)
        case .points:
            let v = Int((abs(d) * 100).rounded())
            return (words("deck.unit.pts", ["n": .count(v)]), v == 0)
        case .count:
            let v = Int(abs(d).rounded())
            return (words.count(v), v == 0)
        case .days:
            let v = (abs(d) * 10).rounded() / 10
            return (Format.days(v, words), v == 0)
        }
    }

    /// The change in words for speaker notes: `up 0.05`, `down 3 points`, `unchanged`.
    static func words(_ d: Double?, _ kind: Kind, _ words: Wording = .english) -> String {
        guard let d, d.isFinite else { return words("deck.delta.notComparable") }
        let (amount, zero) = magnitude(d, kind, words)
        if zero { return words("deck.delta.unchangedSpoken") }
        let spoken = kind == .points ? words("deck.unit.points", ["n": .count(Int((abs(d) * 100).rounded()))]) : amount
        return words(d > 0 ? "deck.delta.upBy" : "deck.delta.downBy", ["amount": .text(spoken)])
    }
}
