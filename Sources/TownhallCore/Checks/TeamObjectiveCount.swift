extension Playbook {
    /// A team with too few objectives has no focus written down; one with too many has none in practice.
    public enum TeamObjectiveCount: PlaybookCheck {
        public static let id = "team-objective-count"
        static let fewest = Knob("min_objectives_per_team", default: 1, help: "a team owns at least this many objectives")
        static let most = Knob("max_objectives_per_team", default: 5, help: "... and at most this many")
        public static let knobs = [fewest, most]

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "each team has \(l[fewest]) to \(l[most]) objectives"
        }

        public static func advice(_ l: PlaybookLimits) -> Advice? {
            Advice(rank: 5, "Keep \(l[fewest])–\(l[most]) objectives per team in", counting: .team)
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            let (lo, hi) = (c.limits[fewest], c.limits[most])
            return c.teams.compactMap { t in
                let n = t.objectives.count
                guard n < lo || n > hi else { return nil }
                return CheckFinding(id: id, subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                    message: "team has \(n) objective\(n == 1 ? "" : "s"); the playbook asks for \(lo) to \(hi)")
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
