import TownhallCore

/// A top-level team summarising its subtree.
struct GroupSlide {
    var team: String
    var kicker: String
    var lede: String
    var score: String
    var band: String
    var delta: [DeltaView] = []
    var figures: [FigureView]
    var rowsTitle: String
    var rows: [BarRow]
    var footnote: String
    var hasFootnote: Bool
    var density: String = ""
}

extension GroupSlide: SlideContent {
    static let partial = "group"

    static let template = """
        <header class="head head-split"><div><p class="kicker">{{kicker}}</p><h2>{{team}}</h2><p class="lede">{{lede}}</p></div><div class="badge-wrap"><div class="score-badge tone-{{band}}"><span class="badge-value">{{score}}</span><span class="badge-label">roll-up score</span></div>{{#delta}}<p class="badge-delta">{{> delta}}</p>{{/delta}}</div></header>
        <div class="group-body"><div><h3>{{rowsTitle}}</h3><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div></div><div class="figures stacked">{{#figures}}{{> figure}}{{/figures}}</div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """
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
                ? Format.plural(ct.subtreeKeyResults, "key result")
                : "\(Format.plural(ct.children.count, "sub-team")) · \(Format.plural(ct.subtreeKeyResults, "key result"))"
            var r = row(name(ct.name), sub, score: ct.rollupScore ?? ct.score)
            r.delta = teamDelta(c, rollup: true)
            return r
        }
        var rows = shown.top.map { childRow(children[$0]) }
        if hidden > 0 {
            rows.append(gap("… \(Format.count(hidden)) more teams …"))
            rows += shown.bottom.map { childRow(children[$0]) }
        }
        let figures = [
            figure(Format.percent(tot.committedAttainment), "Committed attainment",
                   "\(Format.count(tot.committedMet)) of \(Format.count(tot.committedScored)) met", tone: attainmentTone(tot.committedAttainment)),
            figure(Format.score(tot.aspirationalMean), "Aspirational mean",
                   Format.plural(tot.aspirationalScored, "scored KR"), tone: aspirationTone(tot.aspirationalMean)),
            figure("\(Format.count(tot.wins)) / \(Format.count(tot.misses))", "Wins / misses",
                   "of \(Format.plural(tot.scored, "scored KR"))"),
        ]
        let ownObjectives = team.objectives.count
        let lede = "\(Format.plural(tot.teams, "team")) · \(Format.plural(tot.objectives, "objective")) · \(Format.plural(tot.keyResults, "key result"))"
        var notes = [
            "\(name(team.name)) and everything under it: roll-up \(Format.score(team.rollupScore)) across \(Format.plural(tot.teams, "team")) and \(Format.plural(tot.keyResults, "key result")).",
            "Committed attainment \(Format.percent(tot.committedAttainment)); aspirational mean \(Format.score(tot.aspirationalMean)).",
        ]
        if let first = children.first, let last = children.last, children.count > 1 {
            notes.append("Strongest sub-team: \(name(all[first].name)) (\(Format.score(all[first].rollupScore))); most in need of support: \(name(all[last].name)) (\(Format.score(all[last].rollupScore))).")
        }
        if ownObjectives > 0 {
            notes.append("\(name(team.name)) itself owns \(Format.plural(ownObjectives, "objective")), scoring \(Format.score(team.score)).")
        }
        var s = SlideView(name: "Team: \(name(team.name))", kind: "group", notes: notes)
        let footnote = ownObjectives > 0
            ? "\(name(team.name)) itself: \(Format.plural(ownObjectives, "objective")), score \(Format.score(team.score))"
            : ""
        s.content = [GroupSlide(
            team: name(team.name), kicker: "Team by team · \(position)", lede: lede, score: Format.score(team.rollupScore), band: band(team.rollupScore),
            delta: teamDelta(t, rollup: true, against: previousName),
            figures: figures, rowsTitle: "Sub-teams by roll-up", rows: rows, footnote: footnote, hasFootnote: !footnote.isEmpty,
            density: density(rows.count))]
        add(s)
    }
}
