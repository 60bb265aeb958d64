extension Playbook {
    /// One key result rarely measures an objective; many spread it thin.
    public enum ObjectiveKRCount: PlaybookCheck {
        public static let id = "objective-kr-count"
        static let fewest = Knob("min_key_results_per_objective", default: 2, help: "an objective has at least this many key results")
        static let most = Knob("max_key_results_per_objective", default: 5, help: "... and at most this many")
        public static let knobs = [fewest, most]

        public static let english = [
            "summary": "each objective has {fewest} to {most} key results",
            "advice": "Keep {fewest}–{most} key results per objective in {n, plural, one {# objective} other {# objectives}}.",
            "finding": "objective has {n, plural, one {# key result} other {# key results}}; the playbook asks for {fewest} to {most}",
            "found": "{n, plural, one {# objective} other {# objectives}} outside {fewest} to {most} key results",
        ]

        public static func arguments(_ l: PlaybookLimits, _ t: Thresholds) -> [String: TextArgument] {
            ["fewest": .count(l[fewest]), "most": .count(l[most])]
        }

        public static let advice: Advice? = Advice(rank: 4)

        public static func run(_ c: Context) -> [CheckFinding] {
            let (lo, hi) = (c.limits[fewest], c.limits[most])
            return c.objectives.compactMap { o in
                let n = o.keyResults.count
                guard n < lo || n > hi else { return nil }
                return CheckFinding(id: id, subject: "\(o.team) / \(o.title)", team: o.team,
                                    lines: lines(o.keyResults, c),
                                    details: ["n": .count(n), "fewest": .count(lo), "most": .count(hi)])
            }
        }
    }
}

extension PlaybookLimits {
    /// Fewest key results an objective should have.
    public var minKeyResultsPerObjective: Int {
        get { self[Playbook.ObjectiveKRCount.fewest] }
        set { self[Playbook.ObjectiveKRCount.fewest] = newValue }
    }

    /// Most key results an objective should have.
    public var maxKeyResultsPerObjective: Int {
        get { self[Playbook.ObjectiveKRCount.most] }
        set { self[Playbook.ObjectiveKRCount.most] = newValue }
    }
}
