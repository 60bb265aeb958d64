extension Playbook {
    /// Aspirations that all but land were not stretches: the team aimed too low (sandbagging).
    public enum AspirationalTooEasy: PlaybookCheck {
        public static let id = "aspirational-too-easy"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachTeam(c) { _, t in
                let asp = t.keyResults.filter { c.keyResults[$0].type == .aspirational }
                guard let m = Rollup.mean(asp.compactMap { c.keyResults[$0].score }),
                      m >= c.thresholds.sandbagging - c.thresholds.tolerance
                else { return nil }
                return (asp, ["mean": .score(m)])
            }
        }

        public static let english = [
            "summary": "aspirational goals are ambitious (team mean below {sandbagging})",
            "finding": "aspirational key results average {mean}: goals not ambitious enough",
            "found": "{n, plural, one {# team whose aspirations average} other {# teams whose aspirations average}} {sandbagging} or more: too safe",
        ]

        public static func arguments(_ l: PlaybookLimits, _ t: Thresholds) -> [String: TextArgument] {
            ["sandbagging": .score(t.sandbagging)]
        }
    }
}
