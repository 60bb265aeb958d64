extension Playbook {
    /// Aspirations that all but land were not stretches: the team aimed too low (sandbagging).
    public enum AspirationalTooEasy: PlaybookCheck {
        public static let id = "aspirational-too-easy"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "aspirational goals are ambitious (team mean below \(String(format2: t.sandbagging)))"
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            c.teams.compactMap { t in
                let asp = t.keyResults.filter { c.keyResults[$0].type == .aspirational }
                guard let m = Rollup.mean(asp.compactMap { c.keyResults[$0].score }),
                      m >= c.thresholds.sandbagging - c.thresholds.tolerance
                else { return nil }
                return CheckFinding(id: id, subject: t.name, team: t.name, lines: lines(asp, c),
                                    message: "aspirational key results average \(String(format2: m)): goals not ambitious enough")
            }
        }
    }
}
