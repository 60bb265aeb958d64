extension Playbook {
    /// Without a type a key result is counted as committed, which may not be what its team meant.
    public enum MissingType: PlaybookCheck {
        public static let id = "missing-type"

        public static let english = [
            "summary": "every key result says committed or aspirational",
            "finding": "type is empty; counted as committed",
        ]

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard kr.typeText.isEmpty else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    details: [:])
            }
        }
    }
}
