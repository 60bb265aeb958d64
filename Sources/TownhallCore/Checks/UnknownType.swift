extension Playbook {
    /// A type townhall does not know is counted as committed: say so rather than guess silently.
    public enum UnknownType: PlaybookCheck {
        public static let id = "unknown-type"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "types are committed or aspirational"
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard !kr.typeText.isEmpty, KRType(word: kr.typeText) == nil else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    message: "type \"\(kr.typeText)\" is not committed or aspirational; counted as committed")
            }
        }
    }
}
