extension Playbook {
    /// A team with too few objectives has no focus written down; one with too many has none in practice.
    public enum TeamObjectiveCount: PlaybookCheck {
        public static let id = "team-objective-count"
        static let fewest = Knob("min_objectives_per_team", default: 1, help: "a team owns at least this many objectives")
        static let most = Knob("max_objectives_per_team", default: 5, help: "... and at most this many")
        public static let knobs = [fewest, most]

        public static let english = [
            "summary": "each team has {fewest} to {most} objectives",
            "advice": "Keep {fewest}–{most} objectives per team in {n, plural, one {# team} other {# teams}}.",
            "finding": "team has {n, plural, one {# objective} other {# objectives}}; the playbook asks for {fewest} to {most}",
        ]

        public static func arguments(_ l: PlaybookLimits, _ t: Thresholds) -> [String: TextArgument] {
            ["fewest": .count(l[fewest]), "most": .count(l[most])]
        }

        public static let advice: Advice? = Advice(rank: 5)

        public static func run(_ c: Context) -> [CheckFinding] {
            let (lo, hi) = (c.limits[fewest], c.limits[most])
            return c.teams.compactMap { t in
                let n = t.objectives.count
                guard n < lo || n > hi else { return nil }
                return CheckFinding(id: id, subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                    details: ["n": .count(n), "fewest": .count(lo), "most": .count(hi)])
            }
        }
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
