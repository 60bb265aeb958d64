extension Playbook {
    /// With check-ins: a key result nobody updated all cycle was not being worked on, or not tracked.
    public enum NeverUpdated: CheckInsCheck {
        public static let id = "kr-never-updated"

        public static func run(_ c: Context, activity: [KRActivity], cadence: [Cadence]) -> [CheckFinding] {
            eachKeyResult(c) { i, _ in activity[i].neverUpdated ? [:] : nil }
        }

        public static let english = [
            "summary": "every key result was checked in during the cycle",
            "finding": "never updated during the cycle: no check-in",
            "found": "{n, plural, one {# key result} other {# key results}} never checked in",
        ]
    }
}
