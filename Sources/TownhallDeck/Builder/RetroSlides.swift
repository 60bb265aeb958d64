import TownhallCore

/// How a team's retro deck (`--team`, `--team-decks`) names itself: the same slides as the town
/// hall's, titled for the team, and saying so when the previous cycle had no such team.
extension DeckBuilder {
    /// The team whose retro this is, clipped for a title; `nil` for the company's town hall.
    var retroTeam: String? { report.scope.map { Format.clip($0.team.trimmed, 60) } }

    /// The texts of the report's language.
    var retroWords: Wording { words }

    /// "Engineering · 2026-Q3 retro" (a team's deck only).
    func retroTitle(_ cycle: String) -> String {
        retroWords("retro.title", ["team": .text(retroTeam ?? ""), "cycle": .text(cycle)])
    }

    /// The title slide's first speaker note for a team's retro.
    func retroWelcome(_ org: String) -> String? {
        retroTeam.map { team in
            retroWords(org.isEmpty ? "retro.welcome" : "retro.welcomeAt",
                       ["team": .text(team), "cycle": .text(Format.clip(report.displayName(in: words), 80)), "org": .text(org)])
        }
    }

    /// The glance slide's kicker when the archive's previous cycle had no such team: the retro
    /// says there is nothing to compare with, rather than showing the company's change.
    var missingTeamComparison: String? {
        guard let scope = report.scope, let previous = scope.previousWithoutTeam, let team = retroTeam else { return nil }
        return retroWords("retro.noComparison", ["cycle": .text(Format.clip(report.displayName(in: words), 40)),
                                                 "previous": .text(Format.clip(previous.trimmed, 24)), "team": .text(team)])
    }
}

extension DeckRenderer {
    /// The deck's title as plain text, for what describes the deck outside it (a PDF's document
    /// information): "Northwind Robotics · 2026-Q3 town hall", "Engineering · 2026-Q3 retro".
    public static func title(of report: CycleReport) -> String {
        let words = report.wording
        let cycle = TextArgument.text(report.displayName(in: words))
        if let team = report.scope?.team.trimmed { return words("retro.title", ["team": .text(team), "cycle": cycle]) }
        let org = report.organization.name.trimmed
        return words(org.isEmpty ? "pdf.title" : "pdf.titleOf", ["org": .text(org), "cycle": cycle])
    }

    /// What the deck is about, in one line (a PDF's subject).
    public static func subject(of report: CycleReport) -> String {
        report.wording("pdf.subject", ["cycle": .text(report.displayName(in: report.wording))])
    }
}
