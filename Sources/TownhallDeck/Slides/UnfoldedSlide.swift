import TownhallCore

/// The organization's mean score week by week: a `ChartSlide`.
extension DeckBuilder {
    /// "How the quarter unfolded": the mean score at the end of every week, all key results,
    /// committed and aspirational, as lines; the halfway mark, the biggest week, the last week.
    mutating func unfoldedSlide() {
        guard let ci = report.checkIns, ci.weeks.contains(where: { $0.mean != nil }) else { return }
        let weeks = ci.weeks
        let n = weeks.count
        let word = ci.dates.days <= 100 ? "quarter" : "cycle"
        let aspTarget = th.aspirationalTarget
        var inputs = [LineChart.Input(name: say("unfolded.all"), style: "s1", values: weeks.map(\.mean))]
        if weeks.contains(where: { $0.committed != nil }) {
            inputs.append(LineChart.Input(name: say("unfolded.committed"), style: "s2", values: weeks.map(\.committed)))
        }
        if weeks.contains(where: { $0.aspirational != nil }) {
            inputs.append(LineChart.Input(name: say("unfolded.aspirational"), style: "s3", values: weeks.map(\.aspirational)))
        }
        func scores(_ values: [Double?]) -> String { listed(values.map { words.score($0) }) }
        let span = say("unfolded.to", ["start": .text(words.day(ci.dates.start)), "end": .text(words.day(ci.dates.end))])
        let series = inputs.enumerated().map { i, line in
            say("unfolded.descSeries", ["name": .text(i == 0 ? say("unfolded.allKeyResults") : line.name), "values": .text(scores(line.values))])
        }
        let desc = sentences([say("unfolded.desc", ["n": .count(n), "span": .text(span)])] + series)
        let chart = LineChart(
            id: chartID(), title: say("unfolded.meanScoreWeek"), desc: desc, height: 540, domain: (0, 1),
            gridLines: [(0, words.count(0)), (0.25, words.score(0.25)), (0.5, words.score(0.5)), (0.75, words.score(0.75)), (1, words.score(1))],
            marks: [(th.committedWin, say("unfolded.committed2", ["committedWin": .text(words.score(th.committedWin))])), (aspTarget, say("unfolded.sweetSpot", ["aspTarget": .text(words.score(aspTarget))]))],
            categories: weeks.map { words.day($0.end) }, maxLabels: 7, series: inputs)

        let means = weeks.map(\.mean)
        let lastIndex = means.lastIndex { $0 != nil } ?? n - 1
        let final = means[lastIndex]
        let mid = (n - 1) / 2
        let half = means[mid]
        var figures: [FigureView] = []
        var notes: [String] = []
        let firstMean = means.first { $0 != nil } ?? nil
        notes.append(say("unfolded.weekByWeek", ["firstMean": .text(words.score(firstMean)), "final": .text(words.score(final)), "span": .text(span)]))
        if let h = half, let f = final, f > 0 {
            let share = h / f
            figures.append(figure(words.score(h), say("unfolded.halfway"), say("unfolded.endOfWeek", ["mid": .count(mid + 1), "end": .text(words.day(weeks[mid].end)), "share": .text(words.percent(share))])))
            notes.append(share < 0.5
                ? say("unfolded.atTheHalfway", ["h": .text(words.score(h))])
                : say("unfolded.atTheHalfway2", ["h": .text(words.score(h)), "share": .text(words.percent(share)), "word": .text(word)]))
        }
        var best: (week: Int, gain: Double)?
        for i in 1..<max(1, n) {
            guard let a = means[i - 1], let b = means[i] else { continue }
            if b - a > (best?.gain ?? 0) { best = (i, b - a) }
        }
        if let b = best {
            figures.append(figure(words.signed(b.gain), say("unfolded.biggestWeek"), say("unfolded.weekTo", ["week": .count(b.week + 1), "end": .text(words.day(weeks[b.week].end))])))
            notes.append(say("unfolded.theBiggestWeek", ["week": .count(b.week + 1), "end": .text(words.day(weeks[b.week].end)), "gain": .text(words.score(b.gain))]))
        }
        let w = weeks[lastIndex]
        let parts = [w.committed.map { say("unfolded.committed3", ["value": .text(words.score($0))]) }, w.aspirational.map { say("unfolded.aspirational2", ["value": .text(words.score($0))]) }]
            .compactMap { $0 }
        // The weekly line averages key results; the overall score averages objectives: say which,
        // so 0.84 here and 0.82 on the glance slide read as two measures, not a discrepancy.
        figures.append(figure(words.score(final), say("unfolded.lastWeek"),
                              say("unfolded.meanOfThe", ["keyResults": .text(many(w.keyResults, .keyResults)), "overallScore": .text(words.score(report.headline.overallScore))]),
                              tone: band(final)))
        if !parts.isEmpty {
            notes.append(say("unfolded.note.lastWeek", ["parts": .text(listed(parts)), "committedWin": .score(th.committedWin), "target": .score(aspTarget)]))
        }
        notes.append(say("unfolded.theseLinesCome"))
        let counted = weeks.map(\.keyResults).max() ?? 0
        var s = SlideView(name: say("unfolded.howTheUnfolded", ["word": .text(word)]), kind: "unfolded", notes: notes)
        s.content = [ChartSlide(
            heading: Heading(kicker: say("unfolded.weekByWeek2"), title: say("unfolded.howTheUnfolded", ["word": .text(word)]),
                             lede: [say("unfolded.meanScoreOf", ["span": .text(span)])]),
            chart: TrendChart(title: chart.alt.title, line: [chart], columns: []), figures: figures,
            footnote: say("unfolded.eachKeyResult", ["counted": .count(counted), "scoredKeyResults": .text(many(report.counts.scored, .scoredKeyResults)), "committedWin": .text(words.score(th.committedWin)), "aspTarget": .text(words.score(aspTarget))]))]
        add(s)
    }
}
