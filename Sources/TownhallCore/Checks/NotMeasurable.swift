extension Playbook {
    /// A key result with neither a target nor a score cannot be graded at all.
    public enum NotMeasurable: PlaybookCheck {
        public static let id = "kr-not-measurable"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "every key result has a target or a score"
        }

        public static func advice(_ l: PlaybookLimits) -> Advice? {
            Advice(rank: 3, "Give a measurable target to", counting: .keyResult)
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard kr.targetText.isEmpty && kr.scoreText.isEmpty else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    message: "nothing measurable: no target and no score")
            }
        }
    }
}
