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
    static func committed(_ f: Headline.TypeFigures, _ th: Thresholds, _ words: Wording) -> Verdict {
        func v(_ key: String, _ args: [String: TextArgument] = [:]) -> Verdict {
            Verdict(headline: words("deck.verdict.\(key).headline"), sentence: words("deck.verdict.\(key).sentence", args))
        }
        guard let a = f.attainment, f.scored > 0 else { return v("committedNone") }
        let args: [String: TextArgument] = ["scored": .count(f.scored), "met": .count(f.met), "missed": .count(f.scored - f.met),
                                            "bar": .score(th.committedWin), "attainment": .percent(a)]
        if a >= 1 - th.tolerance { return v("committedAll", args) }
        if a >= 0.9 - th.tolerance { return v("committedNearly", args) }
        return v("committedTooMany", args)
    }

    /// The verdict on the aspirational mean.
    static func aspirational(_ f: Headline.TypeFigures, _ th: Thresholds, _ words: Wording) -> Verdict {
        func v(_ key: String, _ args: [String: TextArgument] = [:]) -> Verdict {
            Verdict(headline: words("deck.verdict.\(key).headline"), sentence: words("deck.verdict.\(key).sentence", args))
        }
        guard let m = f.meanScore, f.scored > 0 else { return v("aspirationalNone") }
        let args: [String: TextArgument] = ["mean": .score(m), "target": .score(th.aspirationalTarget), "safe": .score(th.sandbagging)]
        let t = th.tolerance
        if m >= th.sandbagging - t { return v("tooSafe", args) }
        if m > th.aspirationalTarget + window + t { return v("aboveSweetSpot", args) }
        if m >= th.aspirationalTarget - window - t { return v("inSweetSpot", args) }
        if m >= th.yellow - t { return v("belowSweetSpot", args) }
        return v("farBelowSweetSpot", args)
    }
}
