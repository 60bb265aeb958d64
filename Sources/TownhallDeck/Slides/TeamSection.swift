import TownhallCore

/// Team by team: a ranking, then a slide per team (small organizations) or per top-level team
extension DeckBuilder {
    mutating func teamSlides() {
        let all = report.teams
        let detailed = teams.teamsWithOKRs <= options.teamDetailLimit
        if detailed {
            let owners = all.indices.filter { all[$0].ownsOKRs && !all[$0].keyResults.isEmpty }
            if owners.count > 1 {
                rankingSlide(owners.map { t in
                    let team = all[t]
                    let parent = team.parent.map { "part of \(name($0)) · " } ?? ""
                    return (t, team.score, "\(parent)\(Format.plural(team.keyResults.count, "key result"))")
                }, title: "Teams at a glance", what: "team", scoreWord: "score", rollup: false)
            }
            for (k, t) in owners.enumerated() {
                teamSlide(t, position: "\(k + 1) of \(owners.count)")
            }
            return
        }
        // Large organization: rank the top-level teams by roll-up, then one slide each.
        let sections = teams.sections
        rankingSlide(sections.enumerated().map { k, t in
            let tot = teams.totals[k]
            return (t, all[t].rollupScore ?? all[t].score,
                    "\(Format.plural(tot.teams, "team")) · \(Format.plural(tot.keyResults, "key result")) · committed \(Format.percent(tot.committedAttainment))")
        }, title: "Teams at a glance", what: "top-level team", scoreWord: "roll-up", rollup: true)
        for t in teams.crown where all[t].ownsOKRs && !all[t].keyResults.isEmpty {
            teamSlide(t, position: "leadership")
        }
        guard sections.count <= options.teamSlides else { return }
        for (k, t) in sections.enumerated() {
            let position = "\(k + 1) of \(sections.count)"
            if all[t].children.isEmpty {
                teamSlide(t, position: position)
            } else {
                groupSlide(t, totals: teams.totals[k], position: position)
            }
        }
    }
}
