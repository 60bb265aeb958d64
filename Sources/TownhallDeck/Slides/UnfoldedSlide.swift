import TownhallCore

/// The organization's mean score week by week.
struct UnfoldedSlide {
    var kicker: String
    var title: String
    var lede: String
    var chart: LineChart
    var figures: [FigureView]
    var footnote: String
}

extension UnfoldedSlide: SlideContent {
    static let partial = "unfolded"

    static let template = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2><p class="lede">{{lede}}</p></header>
        <div class="chart-body"><div class="chart-box">{{#chart}}{{> linechart}}{{/chart}}</div><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """
}

extension DeckBuilder {
    /// "How the quarter unfolded": the mean score at the end of every week, all key results,
    /// committed and aspirational, as lines; the halfway mark, the biggest week, the last week.
    mutating func unfoldedSlide() {
        guard let ci = report.checkIns, ci.weeks.contains(where: { $0.mean != nil }) else { return }
        let weeks = ci.weeks
        let n = weeks.count
        let word = ci.dates.days <= 100 ? "quarter" : "cycle"
        let aspTarget = th.aspirationalTarget
        var inputs = [LineChart.Input(name: "All", style: "s1", values: weeks.map(\.mean))]
        if weeks.contains(where: { $0.committed != nil }) {
            inputs.append(LineChart.Input(name: "Committed", style: "s2", values: weeks.map(\.committed)))
        }
        if weeks.contains(where: { $0.aspirational != nil }) {
            inputs.append(LineChart.Input(name: "Aspirational", style: "s3", values: weeks.map(\.aspirational)))
        }
        func listed(_ values: [Double?]) -> String { values.map { Format.score($0) }.joined(separator: ", ") }
        let span = "\(Format.day(ci.dates.start)) to \(Format.day(ci.dates.end))"
        let desc = "Mean score of the key results at the end of each of the \(n) weeks, \(span). "
            + inputs.map { "\($0.name == "All" ? "All key results" : $0.name): \(listed($0.values))." }.joined(separator: " ")
        let chart = LineChart(
            id: chartID(), title: "Mean score week by week", desc: desc, height: 540, domain: (0, 1),
            gridLines: [(0, "0"), (0.25, "0.25"), (0.5, "0.50"), (0.75, "0.75"), (1, "1.00")],
            marks: [(th.committedWin, "committed \(Format.score(th.committedWin))"), (aspTarget, "sweet spot \(Format.score(aspTarget))")],
            categories: weeks.map { Format.day($0.end) }, maxLabels: 7, series: inputs)

        let means = weeks.map(\.mean)
        let lastIndex = means.lastIndex { $0 != nil } ?? n - 1
        let final = means[lastIndex]
        let mid = (n - 1) / 2
        let half = means[mid]
        var figures: [FigureView] = []
        var notes: [String] = []
        let firstMean = means.first { $0 != nil } ?? nil
        notes.append("Week by week, the mean score of our key results went from \(Format.score(firstMean)) to \(Format.score(final)), \(span).")
        if let h = half, let f = final, f > 0 {
            let share = h / f
            figures.append(figure(Format.score(h), "Halfway", "end of week \(mid + 1), \(Format.day(weeks[mid].end)) · \(Format.percent(share)) of the final mean"))
            notes.append(share < 0.5
                ? "At the halfway mark we stood at \(Format.score(h)), under half of where we ended: most progress came late. Were plans back-loaded, or did check-ins lag the work?"
                : "At the halfway mark we stood at \(Format.score(h)), \(Format.percent(share)) of where we ended: steady progress through the \(word).")
        }
        var best: (week: Int, gain: Double)?
        for i in 1..<max(1, n) {
            guard let a = means[i - 1], let b = means[i] else { continue }
            if b - a > (best?.gain ?? 0) { best = (i, b - a) }
        }
        if let b = best {
            figures.append(figure(Format.signed(b.gain), "Biggest week", "week \(b.week + 1), to \(Format.day(weeks[b.week].end))"))
            notes.append("The biggest week was week \(b.week + 1) (to \(Format.day(weeks[b.week].end))), when the mean rose by \(Format.score(b.gain)).")
        }
        let w = weeks[lastIndex]
        let parts = [w.committed.map { "committed \(Format.score($0))" }, w.aspirational.map { "aspirational \(Format.score($0))" }]
            .compactMap { $0 }
        // The weekly line averages key results; the overall score averages objectives: say which,
        // so 0.84 here and 0.82 on the glance slide read as two measures, not a discrepancy.
        figures.append(figure(Format.score(final), "Last week",
                              "mean of \(Format.plural(w.keyResults, "key result")) · the overall score, \(Format.score(report.headline.overallScore)), is the mean of objectives",
                              tone: band(final)))
        if !parts.isEmpty {
            notes.append("In the last week: \(parts.joined(separator: ", ")); commitments aim at \(Format.score(th.committedWin)), aspirations at about \(Format.score(aspTarget)).")
        }
        notes.append("These lines come from the check-ins; the final scores elsewhere in the deck come from the export, and the overall score is a mean of objectives, so the two can differ a little.")
        let counted = weeks.map(\.keyResults).max() ?? 0
        var s = SlideView(name: "How the \(word) unfolded", kind: "unfolded", notes: notes)
        s.content = [UnfoldedSlide(
            kicker: "Week by week", title: "How the \(word) unfolded",
            lede: "Mean score of our key results at the end of each week, \(span)",
            chart: chart, figures: figures,
            footnote: "Each key result counts from its first check-in, at its latest score · \(Format.count(counted)) of \(Format.plural(report.counts.scored, "scored key result")) checked in · dashed: committed \(Format.score(th.committedWin)), aspirational sweet spot \(Format.score(aspTarget))")]
        add(s)
    }
}
