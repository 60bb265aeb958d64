import TownhallCore

/// The cycle at a glance: the headline figures, each against the previous cycle.
struct GlanceSlide {
    var kicker: String
    var lead: [FigureView]
    var rest: [FigureView]
}

extension GlanceSlide: SlideContent {
    static let partial = "glance"

    static let template = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>The cycle at a glance</h2></header>
        <div class="glance-body">
        <div class="figures lead">{{#lead}}{{> figure}}{{/lead}}</div>
        <div class="figures rest">{{#rest}}{{> figure}}{{/rest}}</div>
        </div>
        """
}

extension DeckBuilder {
    mutating func glanceSlide() {
        let h = report.headline, c = report.counts
        let com = h.committed, asp = h.aspirational
        let cmp = report.comparison
        let vs = previousName
        let lead = [
            figure(Format.score(h.overallScore), "Overall score",
                   "mean of \(Format.plural(digest.scoredObjectives, "scored objective"))", tone: band(h.overallScore),
                   delta: cmp.map { Delta.view($0.overallScore, .score, against: vs) } ?? []),
            figure(Format.percent(com.attainment), "Committed attainment",
                   "\(Format.count(com.met)) of \(Format.count(com.scored)) commitments met", tone: attainmentTone(com.attainment),
                   delta: cmp.map { Delta.view($0.committedAttainment, .points, against: vs) } ?? []),
            figure(Format.score(asp.meanScore), "Aspirational mean",
                   "\(Format.plural(asp.scored, "scored KR")) · sweet spot \(Format.score(th.aspirationalTarget))",
                   tone: aspirationTone(asp.meanScore), delta: aspirationalDelta(against: vs)),
        ]
        let rest = [
            figure(Format.count(h.wins), "Wins", "\(Format.share(h.wins, of: c.scored)) of scored key results", tone: "green",
                   delta: cmp.map { Delta.view(Double($0.wins), .count, against: vs) } ?? []),
            figure(Format.count(h.misses), "Misses",
                   "\(Format.count(digest.committedMisses)) committed · \(Format.count(digest.aspirationalMisses)) aspirational",
                   tone: "red", delta: cmp.map { Delta.view(Double($0.misses), .count, against: vs, better: .down) } ?? []),
            figure(Format.count(c.keyResults), "Key results",
                   ["\(Format.count(c.scored)) scored", c.unscored > 0 ? "\(Format.count(c.unscored)) unscored" : "",
                    c.dropped > 0 ? "\(Format.count(c.dropped)) dropped" : ""].filter { !$0.isEmpty }.joined(separator: " · "),
                   delta: cmp.map { Delta.view(Double($0.keyResults), .count, against: vs, better: .neither) } ?? []),
            figure(Format.count(c.teams), "Teams", Format.plural(c.objectives, "objective"),
                   delta: cmp.map { Delta.view(Double(c.teams - $0.previous.teams), .count, against: vs, better: .neither) } ?? []),
        ]
        var notes = [
            "Overall score \(Format.score(h.overallScore)): the mean of \(Format.plural(digest.scoredObjectives, "scored objective")).",
            "Committed attainment \(Format.percent(com.attainment)): \(Format.count(com.met)) of \(Format.count(com.scored)) commitments landed at \(Format.score(th.committedWin)).",
            "Aspirational key results averaged \(Format.score(asp.meanScore)), against a sweet spot of \(Format.score(th.aspirationalTarget)).",
            "\(Format.plural(h.wins, "win")) and \(Format.plural(h.misses, "miss", "misses")) among \(Format.count(c.scored)) scored key results.",
        ]
        if c.unscored > 0 {
            notes.append("\(Format.plural(c.unscored, "key result")) could not be scored: see the appendix.")
        }
        if let cmp {
            notes.append("Against \(vs): overall score \(Delta.words(cmp.overallScore, .score)), committed attainment \(Delta.words(cmp.committedAttainment, .points)), aspirational mean \(Delta.words(cmp.aspirationalMean, .score)); \(Delta.words(Double(cmp.wins), .count)) wins and \(Delta.words(Double(cmp.misses), .count)) misses.")
        }
        var s = SlideView(name: "The cycle at a glance", kind: "glance", notes: notes)
        s.content = [GlanceSlide(kicker: cmp == nil ? Format.clip(report.displayName, 60) : "\(Format.clip(report.displayName, 40)) · compared with \(vs)",
                                     lead: lead, rest: rest)]
        add(s)
    }
}
