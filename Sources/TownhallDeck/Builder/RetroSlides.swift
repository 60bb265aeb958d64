import TownhallCore

/// How a team's retro deck (`--team`, `--team-decks`) names itself: the same slides as the town
/// hall's, titled for the team, and saying so when the previous cycle had no such team.
extension DeckBuilder {
    /// The team whose retro this is, clipped for a title; `nil` for the company's town hall.
    var retroTeam: String? { report.scope.map { Format.clip($0.team.trimmed, 60) } }

    /// "Engineering · 2026-Q3 retro", or the town hall's "2026-Q3 town hall".
    func meetingName(_ cycle: String) -> String {
        if let team = retroTeam { return "\(team) · \(cycle) retro" }
        return "\(cycle) town hall"
    }

    /// The glance slide's kicker when the archive's previous cycle had no such team: the retro
    /// says there is nothing to compare with, rather than showing the company's change.
    var missingTeamComparison: String? {
        guard let scope = report.scope, let previous = scope.previousWithoutTeam, let team = retroTeam else { return nil }
        return "\(Format.clip(report.displayName, 40)) · no team comparison: \(Format.clip(previous.trimmed, 24)) had no team \(team)"
    }
}

extension DeckRenderer {
    /// The deck's title as plain text, for what describes the deck outside it (a PDF's document
    /// information): "Northwind Robotics · 2026-Q3 town hall", "Engineering · 2026-Q3 retro".
    public static func title(of report: CycleReport) -> String {
        let org = report.organization.name.trimmed
        let cycle = report.displayName
        if let team = report.scope?.team.trimmed { return "\(team) · \(cycle) retro" }
        return org.isEmpty ? "\(cycle) town hall" : "\(org) · \(cycle) town hall"
    }

    /// What the deck is about, in one line (a PDF's subject).
    public static func subject(of report: CycleReport) -> String {
        "Closing \(report.displayName): scores, wins, misses, team by team, playbook health and what carries forward"
    }
}
