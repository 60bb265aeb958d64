import TownhallCore

/// Changes against a previous cycle, as both decks show them: `▲ 0.05 vs 2026-Q2`, green when
/// better, red when worse, neutral when equal at the precision shown (the core's `News` decides).
/// One rounding and one wording for the town-hall deck and the trends deck, in the deck's
/// language: a change that shows as 0.00 is "unchanged" in every language and on every slide.
struct Delta {
    /// What the number is: a 0–1 score, a share shown in percentage points, or a count.
    enum Kind { case score, points, count, days }

    /// The language the changes are worded in.
    let words: Wording

    init(_ words: Wording) { self.words = words }

    /// The class a piece of news takes in the deck's style sheet.
    static func tone(_ news: News) -> String {
        switch news {
        case .good: "green"
        case .bad: "red"
        case .neutral: "none"
        }
    }

    /// The change `d` as zero or one `DeltaView` (none when `d` is unknown).
    func view(_ d: Double?, _ kind: Kind, against: String = "", better: Better = .up) -> [DeltaView] {
        guard let d, d.isFinite else { return [] }
        let (amount, zero) = magnitude(d, kind)
        let direction = Direction(d, roundsToZero: zero)
        return [DeltaView(
            arrow: direction.arrow,
            word: words(direction == .up ? "deck.delta.up" : (direction == .down ? "deck.delta.down" : "deck.delta.unchanged")),
            amount: amount, against: against.isEmpty ? [] : [words("deck.delta.against", ["cycle": .text(against)])],
            tone: Self.tone(News(direction, better: better)))]
    }

    /// A thing that had no counterpart in the previous cycle.
    func new(against: String = "") -> [DeltaView] {
        [DeltaView(arrow: "", word: "", amount: words("deck.delta.new"),
                   against: against.isEmpty ? [] : [words("deck.delta.since", ["cycle": .text(against)])],
                   tone: "none")]
    }

    /// A delta whose tone is set by the caller (e.g. closer to a target is better), unless unchanged.
    func view(_ d: Double?, _ kind: Kind, against: String = "", tone: String) -> [DeltaView] {
        var v = view(d, kind, against: against, better: .up)
        if !v.isEmpty && v[0].arrow != "=" { v[0].tone = tone }
        return v
    }

    /// `0.05`, `5 pts`, `12`, `3 days`, and whether it rounds to zero (scores and points as the
    /// core rounds them, so the deck and the workbook show the same change).
    func magnitude(_ d: Double, _ kind: Kind) -> (String, Bool) {
        switch kind {
        case .score:
            let v = CycleComparison.shown(d, percent: false)
            return (words.score(v), v == 0)
        case .points:
            let v = Int(CycleComparison.shown(d, percent: true))
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
    func spoken(_ d: Double?, _ kind: Kind) -> String {
        guard let d, d.isFinite else { return words("deck.delta.notComparable") }
        let (amount, zero) = magnitude(d, kind)
        if zero { return words("deck.delta.unchangedSpoken") }
        let said = kind == .points ? words("deck.unit.points", ["n": .count(Int((abs(d) * 100).rounded()))]) : amount
        return words(d > 0 ? "deck.delta.upBy" : "deck.delta.downBy", ["amount": .text(said)])
    }
}
