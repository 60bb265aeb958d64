extension Playbook {
    /// A type townhall does not know is counted as committed: say so rather than guess silently.
    public enum UnknownType: PlaybookCheck {
        public static let id = "unknown-type"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in
                !kr.typeText.isEmpty && KRType(word: kr.typeText) == nil && RowItem(typeWord: kr.typeText) == nil
                    ? ["type": .text(kr.typeText)] : nil
            }
        }

        public static let english = [
            "summary": "types are committed or aspirational",
            "finding": "type \"{type}\" is not committed or aspirational; counted as committed",
            "found": "{n, plural, one {# key result} other {# key results}} with a type neither committed nor aspirational",
        ]
    }
}
