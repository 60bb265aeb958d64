import TownhallCore

/// Committed vs aspirational: did we keep our promises, and stretch far enough?
struct BalanceSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="balance">
        {{#sides}}<div class="side tone-{{tone}}">
        <p class="side-label">{{label}}</p>
        <p class="side-value">{{value}}</p>{{#delta}}<p class="side-delta">{{> delta}}</p>{{/delta}}
        <p class="side-verdict">{{verdict}}</p>
        <p class="side-sentence">{{sentence}}</p>
        {{#chart}}{{> gauge}}{{/chart}}
        </div>{{/sides}}
        </div>
        <p class="footnote">{{playbook}}</p>
        """

    var heading: Heading
    var sides: [BalanceSide]
    var playbook: String
}

/// One side of the committed-vs-aspirational slide.
struct BalanceSide {
    var label: String
    var value: String
    var delta: [DeltaView] = []
    var verdict: String
    var tone: String
    var sentence: String
    var chart: GaugeChart
}

extension DeckBuilder {
    mutating func balanceSlide() {
        let h = report.headline
        let cv = Verdict.committed(h.committed, th, words), av = Verdict.aspirational(h.aspirational, th, words)
        let target = th.aspirationalTarget, safe = th.sandbagging
        let committedChart = GaugeChart(
            id: chartID(), title: say("balance.committedAttainment"),
            desc: say("balance.committedAttainmentIs", ["attainment": .text(words.percent(h.committed.attainment))]),
            value: h.committed.attainment, band: attainmentTone(h.committed.attainment),
            ticks: [(0, "0%"), (0.5, "50%"), (1, "100%")], markers: [(1, say("balance.target"))], zones: [])
        let aspirationalChart = GaugeChart(
            id: chartID(), title: say("balance.aspirationalMeanScore"),
            desc: say("balance.aspirationalKeyResults", ["meanScore": .text(words.score(h.aspirational.meanScore)), "target": .text(words.score(target)), "safe": .text(words.score(safe))]),
            value: h.aspirational.meanScore, band: aspirationTone(h.aspirational.meanScore),
            ticks: [(0, "0"), (0.5, "0.5"), (1, "1.0")], markers: [(target, say("balance.sweetSpot", ["target": .text(words.score(target))]))],
            zones: safe < 1 ? [(from: safe, to: 1, label: say("balance.tooSafe"))] : [])
        let sides = [
            BalanceSide(label: say("balance.committed"), value: words.percent(h.committed.attainment),
                        delta: report.comparison.map { changes.view($0.committedAttainment, .points, against: previousName) } ?? [],
                        verdict: cv.headline,
                        tone: attainmentTone(h.committed.attainment), sentence: cv.sentence, chart: committedChart),
            BalanceSide(label: say("balance.aspirational"), value: words.score(h.aspirational.meanScore),
                        delta: aspirationalDelta(against: previousName), verdict: av.headline,
                        tone: aspirationTone(h.aspirational.meanScore), sentence: av.sentence, chart: aspirationalChart),
        ]
        var s = SlideView(name: say("balance.committedVsAspirational"), kind: "balance", notes: [
            cv.sentence, av.sentence,
            say("balance.thePlaybookA", ["committedWin": .text(words.score(th.committedWin)), "target": .text(words.score(target))]),
        ])
        s.content = [BalanceSlide(heading: Heading(kicker: say("balance.t.committedVsAspirational"), title: say("balance.t.didWeKeep")),
            sides: sides,
            playbook: say("balance.playbookCommittedLands", ["committedWin": .text(words.score(th.committedWin)), "target": .text(words.score(target)), "safe": .text(words.score(safe))]))]
        add(s)
    }
}
