extension Playbook {
    /// A type townhall does not know is counted as committed: say so rather than guess silently.
    public enum UnknownType: PlaybookCheck {
        public static let id = "unknown-type"

        public static let english = [
            "summary": "types are committed or aspirational",
            "finding": "type \"{type}\" is not committed or aspirational; counted as committed",
        ]

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard !kr.typeText.isEmpty, KRType(word: kr.typeText) == nil else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    details: ["type": .text(kr.typeText)])
            }
        }
    }
}
