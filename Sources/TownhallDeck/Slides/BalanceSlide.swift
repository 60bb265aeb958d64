import TownhallCore

/// Committed vs aspirational: did we keep our promises, and stretch far enough?
struct BalanceSlide {
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

extension BalanceSlide: SlideContent {
    static let partial = "balance"

    static let template = """
        <header class="head"><p class="kicker">Committed vs aspirational</p><h2>Did we keep our promises, and stretch far enough?</h2></header>
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
}

extension DeckBuilder {
    mutating func balanceSlide() {
        let h = report.headline
        let cv = Verdict.committed(h.committed, th), av = Verdict.aspirational(h.aspirational, th)
        let target = th.aspirationalTarget, safe = th.sandbagging
        let committedChart = GaugeChart(
            id: chartID(), title: "Committed attainment",
            desc: "Committed attainment is \(Format.percent(h.committed.attainment)); the playbook expects 100%.",
            value: h.committed.attainment, band: attainmentTone(h.committed.attainment),
            ticks: [(0, "0%"), (0.5, "50%"), (1, "100%")], markers: [(1, "target")], zones: [])
        let aspirationalChart = GaugeChart(
            id: chartID(), title: "Aspirational mean score",
            desc: "Aspirational key results averaged \(Format.score(h.aspirational.meanScore)); the playbook expects about \(Format.score(target)), and \(Format.score(safe)) or more means too safe.",
            value: h.aspirational.meanScore, band: aspirationTone(h.aspirational.meanScore),
            ticks: [(0, "0"), (0.5, "0.5"), (1, "1.0")], markers: [(target, "sweet spot \(Format.score(target))")],
            zones: safe < 1 ? [(from: safe, to: 1, label: "too safe")] : [])
        let sides = [
            BalanceSide(label: "Committed", value: Format.percent(h.committed.attainment),
                        delta: report.comparison.map { Delta.view($0.committedAttainment, .points, against: previousName) } ?? [],
                        verdict: cv.headline,
                        tone: attainmentTone(h.committed.attainment), sentence: cv.sentence, chart: committedChart),
            BalanceSide(label: "Aspirational", value: Format.score(h.aspirational.meanScore),
                        delta: aspirationalDelta(against: previousName), verdict: av.headline,
                        tone: aspirationTone(h.aspirational.meanScore), sentence: av.sentence, chart: aspirationalChart),
        ]
        var s = SlideView(name: "Committed vs aspirational", kind: "balance", notes: [
            cv.sentence, av.sentence,
            "The playbook: a commitment is a promise and should land at \(Format.score(th.committedWin)); an aspiration is a stretch, and about \(Format.score(target)) is success.",
        ])
        s.content = [BalanceSlide(
            sides: sides,
            playbook: "Playbook: committed lands at \(Format.score(th.committedWin)) · aspirational near \(Format.score(target)) · \(Format.score(safe)) or more means goals too safe")]
        add(s)
    }
}
