extension Playbook {
    /// With check-ins: a team that let most of its key results go stale stopped reviewing them.
    public enum TeamMostlyStale: CheckInsCheck {
        public static let id = "team-mostly-stale"

        public static func run(_ c: Context, activity: [KRActivity], cadence: [Cadence]) -> [CheckFinding] {
            eachTeam(c) { i, t in
                let cad = cadence[i]
                guard cad.keyResults > 0, let share = cad.shareStale, share > 0.5 else { return nil }
                return (t.keyResults, ["stale": .count(cad.stale + cad.neverUpdated), "n": .count(cad.keyResults),
                                       "days": .count(c.limits.staleDays)])
            }
        }

        public static let english = [
            "summary": "teams keep most of their key results alive",
            "finding": "{stale} of {n, plural, one {# key result} other {# key results}} were not updated in the last {days, plural, one {day} other {# days}} of the cycle",
            "found": "{n, plural, one {# team} other {# teams}} with most key results gone quiet",
        ]
    }
}
