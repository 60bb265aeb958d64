import TownhallCore

/// The trends deck's changes and durations in its language: what `Delta` and `Format.days` say
/// in English, asked of the history's `Wording` (the same rounding, so a change that shows as
/// 0.00 is "unchanged" in every language).
struct TrendsWording {
    let words: Wording

    /// The change `d` as zero or one `DeltaView` (none when `d` is unknown).
    func delta(_ d: Double?, _ kind: Delta.Kind, against: String = "", better: Better = .up) -> [DeltaView] {
        guard let d, d.isFinite else { return [] }
        let (amount, zero) = magnitude(d, kind)
        let direction = Direction(d, roundsToZero: zero)
        let word = switch direction { case .up: words("trends.delta.up"); case .down: words("trends.delta.down"); case .same: words("trends.delta.same") }
        return [DeltaView(
            arrow: direction.arrow, word: word, amount: amount,
            against: against.isEmpty ? "" : words("trends.delta.against", ["cycle": .text(against)]), hasAgainst: !against.isEmpty,
            tone: Delta.tone(News(direction, better: better)))]
    }

    /// A delta whose tone the caller sets (closer to a target is better), unless unchanged.
    func delta(_ d: Double?, _ kind: Delta.Kind, against: String = "", tone: String) -> [DeltaView] {
        var v = delta(d, kind, against: against, better: .up)
        if !v.isEmpty && v[0].arrow != "=" { v[0].tone = tone }
        return v
    }

    /// A team with no score in the previous cycle.
    func new() -> [DeltaView] {
        [DeltaView(arrow: "", word: "", amount: words("trends.delta.new"), against: "", hasAgainst: false, tone: "none")]
    }

    /// `0.05`, `5 pts`, `12`, `3 days`, and whether it rounds to zero.
    func magnitude(_ d: Double, _ kind: Delta.Kind) -> (String, Bool) {
        switch kind {
        case .score:
            let v = (abs(d) * 100).rounded() / 100
            return (words.score(v), v == 0)
        case .points:
            let v = Int((abs(d) * 100).rounded())
            return (words("trends.delta.points", ["n": .count(v)]), v == 0)
        case .count:
            let v = Int(abs(d).rounded())
            return (words.count(v), v == 0)
        case .days:
            let v = (abs(d) * 10).rounded() / 10
            return (days(v), v == 0)
        }
    }

    /// The change in words for speaker notes: `up 0.05`, `down 3 points`, `unchanged`.
    func change(_ d: Double?, _ kind: Delta.Kind) -> String {
        guard let d, d.isFinite else { return words("trends.change.unknown") }
        var (amount, zero) = magnitude(d, kind)
        if zero { return words("trends.change.same") }
        if kind == .points { amount = words("trends.change.points", ["n": .count(Int((abs(d) * 100).rounded()))]) }
        return words(d > 0 ? "trends.change.up" : "trends.change.down", ["amount": .text(amount)])
    }

    /// Days, `7 days`, `1 day`, `3.5 days`, or an en dash when unknown.
    func days(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        if v.rounded() == v, abs(v) < Double(Int.max) { return words("trends.days", ["n": .count(Int(v))]) }
        return words("trends.days.fraction", ["days": .decimal(v, digits: 1)])
    }
}
