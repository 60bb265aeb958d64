import TownhallCore

/// The playbook's verdict on a cycle, in plain words: committed OKRs should land at 1.0,
/// aspirational ones near 0.7 (the `aspirationalTarget`), and an aspirational mean at or above
/// the `sandbagging` mark means the goals were too safe.
struct Verdict {
    /// A short headline, e.g. "In the sweet spot".
    var headline: String
    /// One or two sentences a presenter can read out.
    var sentence: String

    /// How far from the aspirational target still counts as "near" it.
    static let window = 0.1

    /// The verdict on committed attainment.
    static func committed(_ f: Headline.TypeFigures, _ th: Thresholds) -> Verdict {
        guard let a = f.attainment, f.scored > 0 else {
            return Verdict(headline: "Nothing to judge",
                           sentence: "No committed key result was scored this cycle, so there is nothing to hold against the 1.0 bar.")
        }
        let missed = f.scored - f.met
        let bar = Format.score(th.committedWin)
        if a >= 1 - th.tolerance {
            return Verdict(
                headline: "Every commitment delivered",
                sentence: "All \(Format.count(f.scored)) committed key results landed at \(bar), exactly what the playbook asks of a commitment.")
        }
        if a >= 0.9 - th.tolerance {
            return Verdict(
                headline: "Nearly every commitment delivered",
                sentence: "\(Format.count(f.met)) of \(Format.count(f.scored)) commitments landed (\(Format.percent(a))). Committed means \(bar): each of the \(Format.count(missed)) misses deserves a reflection.")
        }
        return Verdict(
            headline: "Too many commitments missed",
            sentence: "Only \(Format.percent(a)) of commitments landed (\(Format.count(f.met)) of \(Format.count(f.scored))). Committed goals should land at \(bar): we over-committed or under-delivered on \(Format.count(missed)).")
    }

    /// The verdict on the aspirational mean.
    static func aspirational(_ f: Headline.TypeFigures, _ th: Thresholds) -> Verdict {
        guard let m = f.meanScore, f.scored > 0 else {
            return Verdict(headline: "No aspirations scored",
                           sentence: "No aspirational key result was scored this cycle: set some stretch goals next time.")
        }
        let mean = Format.score(m), target = Format.score(th.aspirationalTarget), safe = Format.score(th.sandbagging)
        let t = th.tolerance
        if m >= th.sandbagging - t {
            return Verdict(
                headline: "Too safe",
                sentence: "Aspirational key results averaged \(mean). At \(safe) or above, the goals were not ambitious enough: aim higher next cycle.")
        }
        if m > th.aspirationalTarget + window + t {
            return Verdict(
                headline: "Above the sweet spot",
                sentence: "Aspirational key results averaged \(mean). Healthy stretch lands near \(target), so there was room to aim higher.")
        }
        if m >= th.aspirationalTarget - window - t {
            return Verdict(
                headline: "In the sweet spot",
                sentence: "Aspirational key results averaged \(mean), close to the \(target) the playbook expects: ambitious goals, mostly reached.")
        }
        if m >= th.yellow - t {
            return Verdict(
                headline: "Below the sweet spot",
                sentence: "Aspirational key results averaged \(mean), under the \(target) mark: a stretch too far, or under-resourced.")
        }
        return Verdict(
            headline: "Far below the sweet spot",
            sentence: "Aspirational key results averaged \(mean), far from \(target): revisit their scope and resourcing.")
    }
}
