extension Playbook {
    /// With check-ins: a key result nobody updated all cycle was not being worked on, or not tracked.
    public enum NeverUpdated: PlaybookCheck {
        public static let id = "kr-never-updated"
        public static let needsCheckIns = true

        public static let english = [
            "summary": "every key result was checked in during the cycle",
            "finding": "never updated during the cycle: no check-in",
        ]

        public static func run(_ c: Context) -> [CheckFinding] {
            guard let activity = c.activity else { return [] }
            return c.keyResults.indices.compactMap { i in
                guard c.keyResults[i].outcome != .dropped, activity[i].neverUpdated else { return nil }
                let kr = c.keyResults[i]
                return CheckFinding(id: id, subject: subject(kr), team: kr.team, lines: [kr.line],
                                    details: [:])
            }
        }
    }
}
