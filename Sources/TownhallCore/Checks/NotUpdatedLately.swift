extension Playbook {
    /// With check-ins: a key result last updated long before the cycle ended ends on a stale score.
    public enum NotUpdatedLately: CheckInsCheck {
        public static let id = "kr-stale"
        static let days = Knob("stale_days", default: 30, help: "with check-ins: no update in the last N days is stale")
        public static let knobs = [days]

        public static func run(_ c: Context, activity: [KRActivity], cadence: [Cadence]) -> [CheckFinding] {
            let limit = c.limits[days]
            return eachKeyResult(c) { i, _ in
                guard activity[i].isStale, let last = activity[i].last else { return nil }
                return ["last": .day(last), "days_since": .count(activity[i].daysSinceLast!), "limit": .count(limit)]
            }
        }

        public static let english = [
            "summary": "every key result was updated in the last {days, plural, one {day} other {# days}} of the cycle",
            "finding": "last updated {last}, {days_since, plural, one {# day} other {# days}} before the cycle ended (limit {limit})",
            "found": "{n, plural, one {# key result} other {# key results}} not updated in the last {days, plural, one {day} other {# days}}",
        ]

        public static func arguments(_ l: PlaybookLimits, _ t: Thresholds) -> [String: TextArgument] {
            ["days": .count(l[days])]
        }
    }
}

extension PlaybookLimits {
    /// With check-ins: a KR not updated in this many days before the cycle's end is stale.
    public var staleDays: Int {
        get { self[Playbook.NotUpdatedLately.days] }
        set { self[Playbook.NotUpdatedLately.days] = newValue }
    }
}
