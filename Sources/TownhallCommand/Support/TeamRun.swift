import TownhallCore

/// `--team`: the subtree report and its comparison, with the core's errors mapped to exit codes.
enum TeamRun {
    /// The report of `team`'s subtree. - Throws: `Failure` 65 naming the closest teams.
    static func subtree(of report: CycleReport, team: String) throws -> CycleReport {
        do { return try report.subtree(team: team) } catch let e as InputError { throw Failure(e) }
    }

    /// Compares `report` with the previous archived cycle: the whole cycle for the company, the
    /// same team's subtree for a team (none when that cycle had no such team, which the retro says).
    static func compare(_ report: inout CycleReport, with previous: ArchivedCycle) {
        guard let scope = report.scope else {
            report.comparison = CycleComparison(current: report, previous: previous)
            return
        }
        if let mine = previous.subtree(team: scope.team) {
            report.comparison = CycleComparison(current: report, previous: mine)
        } else {
            report.scope?.previousWithoutTeam = previous.name
        }
    }
}
