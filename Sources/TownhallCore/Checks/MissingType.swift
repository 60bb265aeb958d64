extension Playbook {
    /// Without a type a key result is counted as committed, which may not be what its team meant.
    /// A `type` that only says the row is a key result (`key_result`) says no more than an empty one.
    public enum MissingType: PlaybookCheck {
        public static let id = "missing-type"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in kr.typeText.isEmpty || RowItem(typeWord: kr.typeText) == .keyResult ? [:] : nil }
        }

        public static let english = [
            "summary": "every key result says committed or aspirational",
            "finding": "type is empty; counted as committed",
            "found": "{n, plural, one {# key result} other {# key results}} without a type",
        ]
    }
}
