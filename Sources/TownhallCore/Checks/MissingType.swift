extension Playbook {
    /// Without a type a key result is counted as committed, which may not be what its team meant.
    public enum MissingType: PlaybookCheck {
        public static let id = "missing-type"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "every key result says committed or aspirational"
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            eachLive(c) { kr in
                guard kr.typeText.isEmpty else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    message: "type is empty; counted as committed")
            }
        }
    }
}
