extension Playbook {
    /// With check-ins: a team that let most of its key results go stale stopped reviewing them.
    public enum TeamMostlyStale: PlaybookCheck {
        public static let id = "team-mostly-stale"
        public static let needsCheckIns = true

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "teams keep most of their key results alive"
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            guard let cadence = c.teamCadence else { return [] }
            return c.teams.indices.compactMap { t in
                let cad = cadence[t]
                guard cad.keyResults > 0, let share = cad.shareStale, share > 0.5 else { return nil }
                let team = c.teams[t]
                return CheckFinding(id: id, subject: team.name, team: team.name,
                                    lines: lines(team.keyResults, c),
                                    message: "\(cad.stale + cad.neverUpdated) of \(cad.keyResults) key results were not updated in the last \(c.limits.staleDays) days of the cycle")
            }
        }
    }
}
