import TownhallCore

/// Teams ranked by score (or top-level teams by roll-up): a `BarListSlide`.
extension DeckBuilder {
    /// Teams ranked by score, best first; with more than the cap, the top and bottom halves.
    /// One team ranks against nothing: no slide (a single team, or a deep chain of single teams).
    mutating func rankingSlide(_ entries: [(team: Int, score: Double?, sub: String)], title: String,
                               rollup: Bool) {
        guard entries.count > 1 else { return }
        let all = report.teams
        let ranked = entries.sorted { a, b in
            switch (a.score, b.score) {
            case let (x?, y?): return x != y ? x > y : a.team < b.team
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.team < b.team
            }
        }
        let (shown, hidden) = capRanking(ranked.count)
        func rankRow(_ i: Int) -> BarRow {
            var r = row(name(all[ranked[i].team].name), ranked[i].sub, score: ranked[i].score)
            r.delta = teamDelta(ranked[i].team, rollup: rollup)
            return r
        }
        var rows = shown.top.map(rankRow)
        if hidden > 0 {
            rows.append(gap(say("ranking.more", ["more": .text(many(hidden, rollup ? .moreTopLevelTeams : .moreTeams))])))
            rows += shown.bottom.map(rankRow)
        }
        let scored = ranked.filter { $0.score != nil }
        var notes: [String] = []
        if let best = scored.first, let worst = scored.last, scored.count > 1 {
            notes.append(say("ranking.highestAtLowest", ["rollup": .text(rollup ? "yes" : "no"), "best": .text(name(all[best.team].name)), "best2": .text(words.score(best.score)), "worst": .text(name(all[worst.team].name)), "worst2": .text(words.score(worst.score))]))
        }
        let green = scored.filter { th.band($0.score) == .green }.count
        let red = scored.filter { th.band($0.score) == .red }.count
        notes.append(say("ranking.ofInThe", ["green": .count(green), "what": .text(many(ranked.count, rollup ? .topLevelTeams : .teams)), "red": .count(red)]))
        if report.comparison != nil {
            var moves: [(Int, Double)] = []
            for e in entries {
                let t = all[e.team]
                let d = rollup
                    ? previousTeams[t.name].flatMap { p in (t.rollupScore ?? t.score).flatMap { n in (p.rollupScore ?? p.score).map { n - $0 } } }
                    : report.comparison?.teamScoreDelta[t.name]
                if let d { moves.append((e.team, d)) }
            }
            if let up = moves.max(by: { $0.1 < $1.1 }), up.1 > 0.005 {
                notes.append(say("ranking.biggestImprovementSince", ["previousName": .text(previousName), "up": .text(name(all[up.0].name)), "up2": .text(changes.spoken(up.1, .score))]))
            }
            if let down = moves.min(by: { $0.1 < $1.1 }), down.1 < -0.005 {
                notes.append(say("ranking.biggestDropAsk", ["down": .text(name(all[down.0].name)), "down2": .text(changes.spoken(down.1, .score))]))
            }
        }
        notes.append(say("ranking.lowScoresAre"))
        let footnote = entries.count > options.teamSlides && rollup
            ? say("ranking.tooManyFor", ["topLevelTeams": .text(many(entries.count, .topLevelTeams))])
            : ""
        var s = SlideView(name: title, kind: "ranking", notes: notes)
        s.content = [BarListSlide(
            heading: Heading(kicker: say("ranking.t.teamByTeam"), title: say("ranking.t.teamsAtA"), lede: [
                say(report.comparison == nil ? "ranking.lede" : "ranking.ledeCompared",
                    ["what": .text(many(ranked.count, rollup ? .topLevelTeams : .teams)), "rollup": .text(rollup ? "yes" : "no"),
                     "green": .score(th.green), "previous": .text(previousName)])]),
            bars: "bars \(density(rows.count))", rows: rows, footnote: optionalText(footnote))]
        add(s)
    }
}
