extension Playbook {
    /// A missed commitment is a promise broken: the playbook asks for what was learned.
    public enum CommittedMissWithoutNotes: PlaybookCheck {
        public static let id = "committed-miss-no-notes"

        public static let english = [
            "summary": "every missed commitment has a reflection",
            "finding": "missed commitment without notes: add a reflection",
        ]

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKR(c) { kr in
                guard kr.isCommittedMiss, kr.notes.isEmpty else { return nil }
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    details: [:])
            }
        }
    }
}
