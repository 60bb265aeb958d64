extension Playbook {
    /// Progress of a metric without a start is counted from 0, which flatters or hides it.
    public enum MissingStart: PlaybookCheck {
        public static let id = "missing-start"

        public static let english = [
            "summary": "metric key results state where they start",
            "finding": "start is empty; progress counted from 0",
        ]

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard kr.startDefaulted else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    details: [:])
            }
        }
    }
}
