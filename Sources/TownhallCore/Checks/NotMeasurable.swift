extension Playbook {
    /// A key result with neither a target nor a score cannot be graded at all.
    public enum NotMeasurable: PlaybookCheck {
        public static let id = "kr-not-measurable"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in kr.targetText.isEmpty && kr.scoreText.isEmpty ? [:] : nil }
        }

        public static let english = [
            "summary": "every key result has a target or a score",
            "advice": "Give a measurable target to {n, plural, one {# key result} other {# key results}}.",
            "finding": "nothing measurable: no target and no score",
            "found": "{n, plural, one {# key result} other {# key results}} with no target and no score",
        ]

        public static let advice: Advice? = Advice(rank: 3)
    }
}
