import TownhallCore

/// The cycle at a glance: the headline figures, each against the previous cycle.
struct GlanceSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="glance-body">
        <div class="figures lead">{{#lead}}{{> figure}}{{/lead}}</div>
        <div class="figures rest">{{#rest}}{{> figure}}{{/rest}}</div>
        </div>
        """

    var heading: Heading
    var lead: [FigureView]
    var rest: [FigureView]
}

extension DeckBuilder {
    mutating func glanceSlide() {
        let h = report.headline, c = report.counts
        let com = h.committed, asp = h.aspirational
        let cmp = report.comparison
        let vs = previousName
        let lead = [
            figure(words.score(h.overallScore), say("glance.overallScore"),
                   say("glance.meanOf", ["scoredObjectives": .text(many(digest.scoredObjectives, .scoredObjectives))]), tone: band(h.overallScore),
                   delta: cmp.map { changes.view($0.overallScore, .score, against: vs) } ?? []),
            figure(words.percent(com.attainment), say("glance.committedAttainment"),
                   say("glance.ofCommitmentsMet", ["met": .count(com.met), "scored": .count(com.scored)]), tone: attainmentTone(com.attainment),
                   delta: cmp.map { changes.view($0.committedAttainment, .points, against: vs) } ?? []),
            figure(words.score(asp.meanScore), say("glance.aspirationalMean"),
                   say("glance.sweetSpot", ["scoredKRs": .text(many(asp.scored, .scoredKRs)), "aspirationalTarget": .text(words.score(th.aspirationalTarget))]),
                   tone: aspirationTone(asp.meanScore), delta: aspirationalDelta(against: vs)),
        ]
        let rest = [
            figure(words.count(h.wins), say("glance.wins"), say("glance.ofScoredKey", ["scored": .text(Format.share(h.wins, of: c.scored, words))]), tone: "green",
                   delta: cmp.map { changes.view(Double($0.wins), .count, against: vs) } ?? []),
            figure(words.count(h.misses), say("glance.misses"),
                   say("glance.committedAspirational", ["committedMisses": .count(digest.committedMisses), "aspirationalMisses": .count(digest.aspirationalMisses)]),
                   tone: "red", delta: cmp.map { changes.view(Double($0.misses), .count, against: vs, better: .down) } ?? []),
            figure(words.count(c.keyResults), say("glance.keyResults"),
                   [say("glance.scored", ["scored": .count(c.scored)]), c.unscored > 0 ? say("glance.unscored", ["unscored": .count(c.unscored)]) : "",
                    c.dropped > 0 ? say("glance.dropped", ["dropped": .count(c.dropped)]) : ""].filter { !$0.isEmpty }.joined(separator: " · "),
                   delta: cmp.map { changes.view(Double($0.keyResults), .count, against: vs, better: .neither) } ?? []),
            figure(words.count(c.teams), say("glance.teams"), many(c.objectives, .objectives),
                   delta: cmp.map { changes.view(Double(c.teams - $0.previous.teams), .count, against: vs, better: .neither) } ?? []),
        ]
        // A figure the cycle has no value for (no committed or no aspirational key result scored)
        // is not read out as "averaged –": the slide shows the dash, the balance slide says why.
        var notes = [
            say("glance.overallScoreThe", ["overallScore": .text(words.score(h.overallScore)), "scoredObjectives": .text(many(digest.scoredObjectives, .scoredObjectives))]),
            com.attainment == nil ? nil : say("glance.committedAttainmentOf", ["attainment": .text(words.percent(com.attainment)), "met": .count(com.met), "scored": .count(com.scored), "committedWin": .text(words.score(th.committedWin))]),
            asp.meanScore == nil ? nil : say("glance.aspirationalKeyResults", ["meanScore": .text(words.score(asp.meanScore)), "aspirationalTarget": .text(words.score(th.aspirationalTarget))]),
            say("glance.andAmongScored", ["wins": .text(many(h.wins, .wins)), "misses": .text(many(h.misses, .misses)), "scored": .count(c.scored)]),
        ].compactMap { $0 }
        if c.unscored > 0 {
            notes.append(say("glance.couldNotBe", ["keyResults": .text(many(c.unscored, .keyResults))]))
        }
        if let cmp {
            notes.append(say("glance.againstOverallScore", ["vs": .text(vs), "overallScore": .text(changes.spoken(cmp.overallScore, .score)), "points": .text(changes.spoken(cmp.committedAttainment, .points)), "aspirationalMean": .text(changes.spoken(cmp.aspirationalMean, .score)), "wins": .text(changes.spoken(Double(cmp.wins), .count)), "misses": .text(changes.spoken(Double(cmp.misses), .count))]))
        }
        var s = SlideView(name: say("glance.theCycleAt"), kind: "glance", notes: notes)
        s.content = [GlanceSlide(heading: Heading(kicker: missingTeamComparison ?? (cmp == nil ? Format.clip(report.displayName(in: words), 60) : say("glance.comparedWith", ["displayName": .text(Format.clip(report.displayName(in: words), 40)), "vs": .text(vs)])), title: say("glance.t.theCycleAt")),
                                     lead: lead, rest: rest)]
        add(s)
    }
}
