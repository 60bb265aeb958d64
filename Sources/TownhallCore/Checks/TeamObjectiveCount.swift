extension Playbook {
    /// A team with too few objectives has no focus written down; one with too many has none in practice.
    public enum TeamObjectiveCount: PlaybookCheck {
        public static let id = "team-objective-count"
        static let fewest = Knob("min_objectives_per_team", default: 1, help: "a team owns at least this many objectives")
        static let most = Knob("max_objectives_per_team", default: 5, help: "... and at most this many")
        public static let knobs = [fewest, most]

        public static func run(_ c: Context) -> [CheckFinding] {
            let (lo, hi) = (c.limits[fewest], c.limits[most])
            return eachTeam(c) { _, t in
                let n = t.objectives.count
                return n < lo || n > hi ? (t.keyResults, ["n": .count(n), "fewest": .count(lo), "most": .count(hi)]) : nil
            }
        }

        public static let english = [
            "summary": "each team has {fewest} to {most} objectives",
            "advice": "Keep {fewest}–{most} objectives per team in {n, plural, one {# team} other {# teams}}.",
            "finding": "team has {n, plural, one {# objective} other {# objectives}}; the playbook asks for {fewest} to {most}",
            "found": "{n, plural, one {# team} other {# teams}} outside {fewest} to {most} objectives",
        ]

        public static func arguments(_ l: PlaybookLimits, _ t: Thresholds) -> [String: TextArgument] {
            ["fewest": .count(l[fewest]), "most": .count(l[most])]
        }

        public static let advice: Advice? = Advice(rank: 5)
    }
}

extension PlaybookLimits {
    /// Fewest objectives a team should own.
    public var minObjectivesPerTeam: Int {
        get { self[Playbook.TeamObjectiveCount.fewest] }
        set { self[Playbook.TeamObjectiveCount.fewest] = newValue }
    }

    /// Most objectives a team should own.
    public var maxObjectivesPerTeam: Int {
        get { self[Playbook.TeamObjectiveCount.most] }
        set { self[Playbook.TeamObjectiveCount.most] = newValue }
    }
}
