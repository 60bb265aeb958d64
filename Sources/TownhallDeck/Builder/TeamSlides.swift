import TownhallCore

/// Team by team: a ranking, then a slide per team (small organizations) or per top-level team
/// summarising its subtree (large ones), so the deck's length does not follow the team count.
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

    /// Teams ranked by score, best first; with more than the cap, the top and bottom halves.
    mutating func rankingSlide(_ entries: [(team: Int, score: Double?, sub: String)], title: String, what: String, scoreWord: String,
                               rollup: Bool) {
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
            rows.append(gap("… \(Format.count(hidden)) more \(what)s …"))
            rows += shown.bottom.map(rankRow)
        }
        let scored = ranked.filter { $0.score != nil }
        var notes: [String] = []
        if let best = scored.first, let worst = scored.last, scored.count > 1 {
            notes.append("Highest \(scoreWord): \(name(all[best.team].name)) at \(Format.score(best.score)); lowest: \(name(all[worst.team].name)) at \(Format.score(worst.score)).")
        }
        let green = scored.filter { th.band($0.score) == .green }.count
        let red = scored.filter { th.band($0.score) == .red }.count
        notes.append("\(Format.count(green)) of \(Format.plural(ranked.count, what)) in the green band, \(Format.count(red)) in red.")
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
                notes.append("Biggest improvement since \(previousName): \(name(all[up.0].name)), \(Delta.words(up.1, .score)).")
            }
            if let down = moves.min(by: { $0.1 < $1.1 }), down.1 < -0.005 {
                notes.append("Biggest drop: \(name(all[down.0].name)), \(Delta.words(down.1, .score)). Ask what changed.")
            }
        }
        notes.append("Low scores are a conversation starter: ask what the team needs, not who is to blame.")
        let footnote = entries.count > options.teamSlides && what == "top-level team"
            ? "\(Format.plural(entries.count, "top-level team")): too many for a slide each; every team is in the scorecard"
            : ""
        var s = SlideView(name: title, kind: "ranking", notes: notes)
        let vs = report.comparison == nil ? "" : " · ▲▼ vs \(previousName)"
        s.rankingSlide = [RankingSlide(
            lede: "\(Format.plural(ranked.count, what)), by \(scoreWord) · bars marked at \(Format.score(th.green))\(vs)",
            rows: rows, footnote: footnote, hasFootnote: !footnote.isEmpty, density: density(rows.count))]
        add(s)
    }

    /// CSS classes of a bar list: `dense` when many rows must fit, `with-delta` when they carry a change.
    func density(_ rows: Int) -> String {
        [rows > 9 ? "dense" : "", report.comparison != nil ? "with-delta" : ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Which positions of a ranking of `count` to show: all, or the top and bottom halves of the cap.
    func capRanking(_ count: Int) -> (shown: (top: Range<Int>, bottom: Range<Int>), hidden: Int) {
        let cap = max(2, options.rankingRows)
        guard count > cap else { return ((0..<count, count..<count), 0) }
        let half = (cap - 1) / 2
        return ((0..<half, (count - half)..<count), count - 2 * half)
    }

    /// One team's own objectives, each with its key results as bars.
    mutating func teamSlide(_ t: Int, position: String) {
        let team = report.teams[t]
        let krs = report.keyResults
        let objectives = team.objectives.map { report.objectives[$0] }
        var rows: [[BarRow]] = []  // one block per objective: heading, then its KRs
        var budget = max(4, options.teamRows)
        var shownKRs = 0
        for o in objectives {
            guard budget >= 2 else { break }
            let sub = [o.type == .mixed ? "Mixed" : o.type.rawValue.capitalized, name(o.owner)].filter { !$0.isEmpty }
                .joined(separator: " · ")
            var block = [row(clip(o.title), sub, score: o.score, heading: true)]
            budget -= 1
            for k in o.keyResults {
                guard budget > 0 else { break }
                let kr = krs[k]
                let owner = name(kr.owner)
                var value: String? = nil
                var sub = owner
                if kr.outcome == .dropped { value = "dropped" } else if kr.score == nil { value = "unscored" }
                if o.type == .mixed {
                    sub = [kr.type.rawValue, owner].filter { !$0.isEmpty }.joined(separator: " · ")
                }
                var r = row(clip(kr.title), sub, score: kr.score, value: value)
                r.carriedOver = isCarriedOver(k)
                block.append(r)
                budget -= 1
                shownKRs += 1
            }
            rows.append(block)
        }
        let hiddenKRs = team.keyResults.count - shownKRs
        let more = hiddenKRs > 0 ? "and \(Format.plural(hiddenKRs, "more key result")) in the scorecard" : ""
        let columns = splitColumns(rows)

        var wins = 0, misses = 0, scored = 0
        for k in team.keyResults where krs[k].score != nil {
            scored += 1
            if krs[k].outcome == .win { wins += 1 } else if krs[k].outcome == .miss { misses += 1 }
        }
        var figures = [
            figure(Format.percent(team.committedAttainment), "Committed", "attainment", tone: attainmentTone(team.committedAttainment)),
            figure(Format.score(team.aspirationalMean), "Aspirational", "mean score", tone: aspirationTone(team.aspirationalMean)),
            figure("\(wins) / \(misses)", "Wins / misses", "of \(Format.plural(scored, "scored KR"))"),
        ]
        if !team.children.isEmpty {
            figures.insert(figure(Format.score(team.rollupScore), "Roll-up", "with \(Format.plural(team.children.count, "sub-team"))",
                                  tone: band(team.rollupScore)), at: 0)
        }
        if let ci = report.checkIns, t < ci.teamCadence.count, ci.teamCadence[t].keyResults > 0 {
            let c = ci.teamCadence[t]
            figures.append(figure(Format.percent(c.shareLast30), "Updated", "in the last 30 days", tone: band(c.shareLast30)))
        }
        let parent = team.parent.map { "Part of \(name($0)) · " } ?? ""
        let lede = "\(parent)\(Format.plural(objectives.count, "objective")) · \(Format.plural(team.keyResults.count, "key result"))"
        var notes = ["\(name(team.name)): score \(Format.score(team.score)) over \(Format.plural(objectives.count, "objective")) and \(Format.plural(team.keyResults.count, "key result"))."]
        if let d = report.comparison?.teamScoreDelta[team.name] {
            notes[0] += " That is \(Delta.words(d, .score)) on \(previousName)."
        }
        let repeats = team.keyResults.filter(isCarriedOver).count
        if repeats > 0 {
            notes.append("\(Format.plural(repeats, "key result")) carried over from \(previousName): is each still the right goal?")
        }
        let scoredObjectives = objectives.filter { $0.score != nil }
        if let best = scoredObjectives.max(by: { ($0.score ?? 0) < ($1.score ?? 0) }),
           let worst = scoredObjectives.min(by: { ($0.score ?? 0) < ($1.score ?? 0) }), scoredObjectives.count > 1 {
            notes.append("Strongest objective: \(Format.clip(best.title.trimmed, 80)) (\(Format.score(best.score))). Needs attention: \(Format.clip(worst.title.trimmed, 80)) (\(Format.score(worst.score))).")
        }
        notes.append("\(Format.plural(wins, "win")), \(Format.plural(misses, "miss", "misses")). Ask the team lead for one highlight and one learning.")
        var s = SlideView(name: "Team: \(name(team.name))", kind: "team", notes: notes)
        s.teamSlide = [TeamSlide(
            team: name(team.name), kicker: "Team by team · \(position)", lede: lede, score: Format.score(team.score),
            band: band(team.score), delta: teamDelta(t, against: previousName), figures: figures, columns: columns,
            more: more, hasMore: !more.isEmpty,
            density: columns.contains { $0.rows.count > Self.teamColumnRows } ? "dense" : "")]
        add(s)
    }

    /// Rows one column of a team slide holds at full size; more make the rows dense.
    static let teamColumnRows = 8

    /// One column for a few rows; else two, split between objectives near the middle.
    func splitColumns(_ blocks: [[BarRow]]) -> [BarColumn] {
        let total = blocks.reduce(0) { $0 + $1.count }
        guard total > Self.teamColumnRows, blocks.count > 1 else { return [BarColumn(rows: blocks.flatMap { $0 })] }
        var left: [BarRow] = [], right: [BarRow] = []
        var i = 0
        while i < blocks.count, left.count + blocks[i].count <= (total + 1) / 2 || left.isEmpty {
            left += blocks[i]
            i += 1
        }
        for block in blocks[i...] { right += block }
        // A first block longer than half: cut it, the rest goes right.
        if left.count > options.teamRows / 2 + 1 {
            let cut = options.teamRows / 2
            right = Array(left[cut...]) + right
            left = Array(left[..<cut])
        }
        return right.isEmpty ? [BarColumn(rows: left)] : [BarColumn(rows: left), BarColumn(rows: right)]
    }

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
        s.groupSlide = [GroupSlide(
            team: name(team.name), kicker: "Team by team · \(position)", lede: lede, score: Format.score(team.rollupScore), band: band(team.rollupScore),
            delta: teamDelta(t, rollup: true, against: previousName),
            figures: figures, rowsTitle: "Sub-teams by roll-up", rows: rows, footnote: footnote, hasFootnote: !footnote.isEmpty,
            density: density(rows.count))]
        add(s)
    }
}
