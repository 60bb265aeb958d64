import TownhallCore

/// Team by team: a ranking, then a slide per team (small organizations) or per top-level team
extension DeckBuilder {
    mutating func teamSlides() {
        let all = report.teams
        let detailed = teams.teamsWithOKRs <= options.teamDetailLimit
        if detailed {
            let owners = all.indices.filter { all[$0].ownsOKRs && !all[$0].keyResults.isEmpty }
            rankingSlide(owners.map { t in
                let team = all[t]
                let krs = many(team.keyResults.count, .keyResults)
                return (t, team.score, team.parent.map { say("teamTeams.partOf", ["parent": .text(name($0)), "keyResults": .text(krs)]) } ?? krs)
            }, title: say("teamTeams.teamsAtA"), rollup: false)
            for (k, t) in owners.enumerated() {
                teamSlide(t, position: say("teamTeams.position", ["n": .count(k + 1), "total": .count(owners.count)]))
            }
            return
        }
        // Large organization: rank the top-level teams by roll-up, then one slide each.
        let sections = teams.sections
        rankingSlide(sections.enumerated().map { k, t in
            let tot = teams.totals[k]
            return (t, all[t].rollupScore ?? all[t].score,
                    say("teamTeams.committed", ["teams": .text(many(tot.teams, .teams)), "keyResults": .text(many(tot.keyResults, .keyResults)), "committedAttainment": .text(words.percent(tot.committedAttainment))]))
        }, title: say("teamTeams.teamsAtA"), rollup: true)
        for t in teams.crown where all[t].ownsOKRs && !all[t].keyResults.isEmpty {
            teamSlide(t, position: say("teamTeams.leadership"))
        }
        guard sections.count <= options.teamSlides else { return }
        for (k, t) in sections.enumerated() {
            let position = say("teamTeams.position", ["n": .count(k + 1), "total": .count(sections.count)])
            if all[t].children.isEmpty {
                teamSlide(t, position: position)
            } else {
                groupSlide(t, totals: teams.totals[k], position: position)
            }
        }
    }
}
