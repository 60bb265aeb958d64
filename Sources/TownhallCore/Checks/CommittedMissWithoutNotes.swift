extension Playbook {
    /// A missed commitment is a promise broken: the playbook asks for what was learned.
    public enum CommittedMissWithoutNotes: PlaybookCheck {
        public static let id = "committed-miss-no-notes"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "every missed commitment has a reflection"
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKR(c) { kr in
                guard kr.isCommittedMiss, kr.notes.isEmpty else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    message: "missed commitment without notes: add a reflection")
            }
        }
    }
}
