import TownhallCore

/// A team's own objectives and key results as bars.
struct TeamSlide: SlideContent {
    static let template = """
        {{#heading}}{{> teamHeading}}{{/heading}}
        <div class="stats">{{#figures}}{{> figure}}{{/figures}}</div>
        <div class="team-bars">{{#columns}}<div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div>{{/columns}}</div>
        <div class="team-foot">{{#more}}<p class="more">{{.}}</p>{{/more}}<p class="footnote">{{legend}}</p></div>
        """

    var heading: TeamHeading
    var figures: [FigureView]
    var columns: [BarColumn]
    var more: [String]
    /// What the colours mean: the score bands (the slide is about scores), and the miss mark.
    var legend: String
    /// `dense` when a column has more rows than fit at full size.
    var density: String = ""
}

/// One column of bar rows.
struct BarColumn {
    var rows: [BarRow]
}

extension DeckBuilder {
    /// One team's own objectives, each with its key results as bars.
    mutating func teamSlide(_ t: Int, position: String) {
        let team = report.teams[t]
        let krs = report.keyResults
        let objectives = team.objectives.map { report.objectives[$0] }
        var rows: [[BarRow]] = []  // one block per objective: heading, then its KRs
        var budget = Double(max(4, options.teamRows))
        // Titles wrap to two lines; about this many characters fit on one (two columns when the
        // team has more rows than one column holds).
        let rowCount = objectives.count + team.keyResults.count
        let perLine = rowCount > Self.teamColumnRows ? (rowCount > 2 * Self.teamColumnRows ? 52 : 40) : 84
        // The title shares its line with the owner and the row's marks (missed commitment, carried
        // over): a shorter title with a mark beside it wraps too, and a row the budget took for one
        // line would push the column's last rows out of sight.
        let lineRoom = rowCount > Self.teamColumnRows ? 66.0 : 120.0
        let missedMark = Self.markWidth(say("kr.missedCommitment")), carriedMark = Self.markWidth(say("kr.carriedOver"))
        func weighed(_ r: BarRow, _ title: String) -> BarRow {
            var r = r
            let line = Double(title.count) + 0.85 * Double(r.sublabel.first?.count ?? 0) + 3
                + (r.missed ? missedMark : 0) + (r.carriedOver ? carriedMark : 0)
            r.weight = title.count > perLine || line > lineRoom ? Self.twoLineWeight : 1
            return r
        }
        var shownKRs = 0
        for o in objectives {
            let sub = [say(o.type == .mixed ? "type.mixed" : (o.type == .aspirational ? "type.aspirational" : "type.committed")), name(o.owner)].filter { !$0.isEmpty }
                .joined(separator: " · ")
            var block = [weighed(row(clip(o.title), sub, score: o.score, heading: true), clip(o.title))]
            // Room for the heading and at least one key result under it.
            guard budget >= block[0].weight + 1 else { break }
            budget -= block[0].weight
            for k in o.keyResults {
                let kr = krs[k]
                let owner = name(kr.owner)
                var value: String? = nil
                var sub = owner
                if kr.outcome == .dropped { value = say("kr.dropped") } else if kr.score == nil { value = say("kr.unscored") }
                if o.type == .mixed {
                    sub = [say(kr.type == .aspirational ? "type.aspirationalLower" : "type.committedLower"), owner].filter { !$0.isEmpty }.joined(separator: " · ")
                }
                var r = row(clip(kr.title), sub, score: kr.score, value: value)
                r.carriedOver = isCarriedOver(k)
                r.missed = kr.isCommittedMiss
                r = weighed(r, clip(kr.title))
                guard budget >= r.weight else { break }
                block.append(r)
                budget -= r.weight
                shownKRs += 1
            }
            rows.append(block)
        }
        let hiddenKRs = team.keyResults.count - shownKRs
        let more = hiddenKRs > 0 ? say("team.andInThe", ["moreKeyResults": .text(many(hiddenKRs, .moreKeyResults))]) : ""
        let columns = splitColumns(rows)

        var wins = 0, misses = 0, scored = 0
        for k in team.keyResults where krs[k].score != nil {
            scored += 1
            if krs[k].outcome == .win { wins += 1 } else if krs[k].outcome == .miss { misses += 1 }
        }
        var figures = [
            figure(words.percent(team.committedAttainment), say("team.committed"), say("team.attainment"), tone: attainmentTone(team.committedAttainment)),
            figure(words.score(team.aspirationalMean), say("team.aspirational"), say("team.meanScore"), tone: band(team.aspirationalMean)),
            figure("\(wins) / \(misses)", say("team.winsMisses"), say("team.of", ["scoredKRs": .text(many(scored, .scoredKRs))])),
        ]
        if !team.children.isEmpty {
            figures.insert(figure(words.score(team.rollupScore), say("team.rollUp"), say("team.with", ["subTeams": .text(many(team.children.count, .subTeams))]),
                                  tone: band(team.rollupScore)), at: 0)
        }
        if let ci = report.checkIns, t < ci.teamCadence.count, ci.teamCadence[t].keyResults > 0 {
            let c = ci.teamCadence[t]
            figures.append(figure(words.percent(c.shareLast30), say("team.updated"), say("team.inTheLast"), tone: band(c.shareLast30)))
        }
        let size = ["objectives": TextArgument.text(many(objectives.count, .objectives)), "keyResults": .text(many(team.keyResults.count, .keyResults))]
        let lede = team.parent.map { say("team.ledePartOf", size.merging(["parent": .text(name($0))]) { a, _ in a }) } ?? say("team.lede", size)
        var notes = [say("team.scoreOverAnd", ["name": .text(name(team.name)), "value": .text(words.score(team.score)), "objectives": .text(many(objectives.count, .objectives)), "keyResults": .text(many(team.keyResults.count, .keyResults))])]
        if let d = report.comparison?.teamScoreDelta[team.name] {
            notes[0] = say("team.scoreOverAndCompared", ["name": .text(name(team.name)), "value": .text(words.score(team.score)), "objectives": .text(many(objectives.count, .objectives)), "keyResults": .text(many(team.keyResults.count, .keyResults)), "change": .text(changes.spoken(d, .score)), "previous": .text(previousName)])
        }
        let repeats = team.keyResults.filter(isCarriedOver).count
        if repeats > 0 {
            notes.append(say("team.carriedOverFrom", ["keyResults": .text(many(repeats, .keyResults)), "previousName": .text(previousName)]))
        }
        let scoredObjectives = objectives.filter { $0.score != nil }
        if let best = scoredObjectives.max(by: { ($0.score ?? 0) < ($1.score ?? 0) }),
           let worst = scoredObjectives.min(by: { ($0.score ?? 0) < ($1.score ?? 0) }),
           words.score(best.score) != words.score(worst.score) {
            // Only when the scores as said differ: with every objective at one score, the first
            // would be named both the strongest and the one that needs attention.
            notes.append(say("team.strongestObjectiveNeeds", ["title": .text(Format.clip(best.title.trimmed, 80)), "best": .text(words.score(best.score)), "title2": .text(Format.clip(worst.title.trimmed, 80)), "worst": .text(words.score(worst.score))]))
        }
        notes.append(say("team.askTheTeam", ["wins": .text(many(wins, .wins)), "misses": .text(many(misses, .misses))]))
        var s = SlideView(name: say("team.team", ["name": .text(name(team.name))]), kind: "team", notes: notes)
        s.content = [TeamSlide(
            heading: TeamHeading(
                kicker: say("team.teamByTeam", ["position": .text(position)]), team: name(team.name), lede: lede,
                score: words.score(team.score), band: band(team.score), badge: say("team.t.teamScore"),
                delta: teamDelta(t, against: previousName)),
            figures: figures, columns: columns,
            more: optionalText(more), legend: bandKey,
            density: columns.contains { Self.weight($0.rows) > Double(Self.teamColumnRows) } ? "dense" : "")]
        add(s)
    }

    /// Rows one column of a team slide holds at full size; more make the rows dense.
    static let teamColumnRows = 8

    /// A row with its title on two lines, in one-line rows.
    static let twoLineWeight = 1.6

    /// Room a mark beside a title takes on its line, in title characters: its smaller text, its
    /// border and the gap before it.
    static func markWidth(_ text: String) -> Double { 0.72 * Double(text.count) + 4 }

    /// Height of some bar rows, in one-line rows.
    static func weight(_ rows: some Sequence<BarRow>) -> Double { rows.reduce(0) { $0 + $1.weight } }

    /// One column for a few rows; else two, split between objectives near the middle.
    func splitColumns(_ blocks: [[BarRow]]) -> [BarColumn] {
        let total = blocks.reduce(0) { $0 + Self.weight($1) }
        guard total > Double(Self.teamColumnRows), blocks.count > 1 else { return [BarColumn(rows: blocks.flatMap { $0 })] }
        var left: [BarRow] = [], right: [BarRow] = []
        var i = 0
        while i < blocks.count, Self.weight(left) + Self.weight(blocks[i]) <= (total + 1) / 2 || left.isEmpty {
            left += blocks[i]
            i += 1
        }
        for block in blocks[i...] { right += block }
        // A first block longer than half: cut it, the rest goes right.
        let half = Double(options.teamRows / 2)
        if Self.weight(left) > half + 1 {
            var cut = 0, height = 0.0
            while cut < left.count, height + left[cut].weight <= half { height += left[cut].weight; cut += 1 }
            cut = max(1, cut)
            right = Array(left[cut...]) + right
            left = Array(left[..<cut])
        }
        return right.isEmpty ? [BarColumn(rows: left)] : [BarColumn(rows: left), BarColumn(rows: right)]
    }
}
