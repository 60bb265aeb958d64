import TownhallCore

/// A top-level team summarising its subtree.
struct GroupSlide: SlideContent {
    static let template = """
        {{#heading}}{{> teamHeading}}{{/heading}}
        <div class="group-body"><div><h3>{{rowsTitle}}</h3><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div></div><div class="figures stacked">{{#figures}}{{> figure}}{{/figures}}</div></div>
        {{#footnote}}<p class="footnote">{{.}}</p>{{/footnote}}
        """

    var heading: TeamHeading
    var figures: [FigureView]
    var rowsTitle: String
    var rows: [BarRow]
    var footnote: [String]
    var density: String = ""
}

extension DeckBuilder {
    /// A top-level team and everything under it: roll-up figures and its sub-teams ranked.
    mutating func groupSlide(_ t: Int, totals tot: SubtreeTotals, position: String) {
        let all = report.teams
        let team = all[t]
        let children = team.children.sorted { a, b in
            switch (all[a].rollupScore, all[b].rollupScore) {
            case let (x?, y?): return x != y ? x > y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
        let (shown, hidden) = capRanking(children.count)
        func childRow(_ c: Int) -> BarRow {
            let ct = all[c]
            let sub = ct.children.isEmpty
                ? many(ct.subtreeKeyResults, .keyResults)
                : "\(many(ct.children.count, .subTeams)) · \(many(ct.subtreeKeyResults, .keyResults))"
            var r = row(name(ct.name), sub, score: ct.rollupScore ?? ct.score)
            r.delta = teamDelta(c, rollup: true)
            return r
        }
        var rows = shown.top.map { childRow(children[$0]) }
        if hidden > 0 {
            rows.append(gap(say("group.moreTeams", ["hidden": .count(hidden)])))
            rows += shown.bottom.map { childRow(children[$0]) }
        }
        let figures = [
            figure(words.percent(tot.committedAttainment), say("group.committedAttainment"),
                   say("group.ofMet", ["committedMet": .count(tot.committedMet), "committedScored": .count(tot.committedScored)]), tone: attainmentTone(tot.committedAttainment)),
            figure(words.score(tot.aspirationalMean), say("group.aspirationalMean"),
                   many(tot.aspirationalScored, .scoredKRs), tone: aspirationTone(tot.aspirationalMean)),
            figure("\(words.count(tot.wins)) / \(words.count(tot.misses))", say("group.winsMisses"),
                   say("group.of", ["scoredKRs": .text(many(tot.scored, .scoredKRs))])),
        ]
        let ownObjectives = team.objectives.count
        let lede = "\(many(tot.teams, .teams)) · \(many(tot.objectives, .objectives)) · \(many(tot.keyResults, .keyResults))"
        var notes = [
            say("group.andEverythingUnder", ["name": .text(name(team.name)), "rollupScore": .text(words.score(team.rollupScore)), "teams": .text(many(tot.teams, .teams)), "keyResults": .text(many(tot.keyResults, .keyResults))]),
            say("group.committedAttainmentAspirational", ["committedAttainment": .text(words.percent(tot.committedAttainment)), "aspirationalMean": .text(words.score(tot.aspirationalMean))]),
        ]
        if let first = children.first, let last = children.last, children.count > 1 {
            notes.append(say("group.strongestSubTeam", ["all": .text(name(all[first].name)), "rollupScore": .text(words.score(all[first].rollupScore)), "all2": .text(name(all[last].name)), "rollupScore2": .text(words.score(all[last].rollupScore))]))
        }
        if ownObjectives > 0 {
            notes.append(say("group.itselfOwnsScoring", ["name": .text(name(team.name)), "objectives": .text(many(ownObjectives, .objectives)), "value": .text(words.score(team.score))]))
        }
        var s = SlideView(name: say("group.team", ["name": .text(name(team.name))]), kind: "group", notes: notes)
        let footnote = ownObjectives > 0
            ? say("group.itselfScore", ["name": .text(name(team.name)), "objectives": .text(many(ownObjectives, .objectives)), "value": .text(words.score(team.score))])
            : ""
        s.content = [GroupSlide(
            heading: TeamHeading(
                kicker: say("group.teamByTeam", ["position": .text(position)]), team: name(team.name), lede: lede,
                score: words.score(team.rollupScore), band: band(team.rollupScore), badge: say("group.t.rollUpScore"),
                delta: teamDelta(t, rollup: true, against: previousName)),
            figures: figures, rowsTitle: say("group.subTeamsBy"), rows: rows, footnote: optionalText(footnote),
            density: density(rows.count))]
        add(s)
    }
}
