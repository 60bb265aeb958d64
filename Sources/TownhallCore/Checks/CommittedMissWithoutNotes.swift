extension Playbook {
    /// A missed commitment is a promise broken: the playbook asks for what was learned.
    public enum CommittedMissWithoutNotes: PlaybookCheck {
        public static let id = "committed-miss-no-notes"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in kr.isCommittedMiss && kr.notes.isEmpty ? [:] : nil }
        }

        public static let english = [
            "summary": "every missed commitment has a reflection",
            "finding": "missed commitment without notes: add a reflection",
            "found": "{n, plural, one {# missed commitment} other {# missed commitments}} without a reflection",
        ]
    }
}
