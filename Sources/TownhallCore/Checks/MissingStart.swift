extension Playbook {
    /// Progress of a metric without a start is counted from 0, which flatters or hides it.
    public enum MissingStart: PlaybookCheck {
        public static let id = "missing-start"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in kr.startDefaulted ? [:] : nil }
        }

        public static let english = [
            "summary": "metric key results state where they start",
            "finding": "start is empty; progress counted from 0",
            "found": "{n, plural, one {# metric key result} other {# metric key results}} without a start",
        ]
    }
}
