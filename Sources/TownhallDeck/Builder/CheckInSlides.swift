import TownhallCore

/// With check-ins (`--checkins`): how the cycle unfolded week by week, each key result's
/// trajectory beside it on the wins and misses, and the review rhythm of every team.
extension DeckBuilder {
    /// Key result `k`'s scores at its check-ins, as a sparkline across the cycle's dates.
    func sparkline(_ k: Int) -> [Sparkline] {
        guard let ci = report.checkIns, k < ci.activity.count else { return [] }
        let start = ci.dates.start, span = Double(max(1, ci.dates.days - 1))
        var points: [(x: Double, y: Double)] = []
        var dated: [Int] = []  // the check-ins drawn, for the words of the text alternative
        for j in ci.activity[k].checkIns {
            let c = ci.checkIns[j]
            guard let d = c.date, let s = c.score, s.isFinite else { continue }
            points.append((Double(d - start) / span, s))
            dated.append(j)
        }
        guard !points.isEmpty else { return [] }
        func word(_ j: Int) -> String { "\(Format.score(ci.checkIns[j].score)) on \(Format.day(ci.checkIns[j].date!))" }
        let words = dated.count > 12 ? dated.prefix(6).map(word) + ["…"] + dated.suffix(5).map(word) : dated.map(word)
        let kr = report.keyResults[k]
        let desc = "\(Format.plural(points.count, "check-in")): \(words.joined(separator: ", "))."
            + (kr.score.map { " Final score \(Format.score($0))." } ?? "")
        let goal = kr.type == .committed ? th.committedWin : th.aspirationalWin
        return [Sparkline(id: "chart-kr\(k)", title: "Score over the cycle", desc: desc, points: points,
                          band: band(points.last?.y), goal: goal)]
    }

    /// `never updated` or `quiet since 12 Aug` for a key result that went quiet; else empty.
    func activityNote(_ k: Int) -> String {
        guard let ci = report.checkIns, k < ci.activity.count, report.keyResults[k].outcome != .dropped else { return "" }
        let a = ci.activity[k]
        if a.neverUpdated { return "never updated" }
        if a.isStale, let last = a.last { return "quiet since \(Format.day(last))" }
        return ""
    }

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
        figures.append(figure(Format.score(final), "Last week", parts.isEmpty ? "mean of \(Format.plural(w.keyResults, "key result"))" : parts.joined(separator: " · "),
                              tone: band(final)))
        if !parts.isEmpty {
            notes.append("In the last week: \(parts.joined(separator: ", ")); commitments aim at \(Format.score(th.committedWin)), aspirations at about \(Format.score(aspTarget)).")
        }
        notes.append("These lines come from the check-ins; the final scores elsewhere in the deck come from the export, and the overall score is a mean of objectives, so the two can differ a little.")
        let counted = weeks.map(\.keyResults).max() ?? 0
        var s = SlideView(name: "How the \(word) unfolded", kind: "unfolded", notes: notes)
        s.unfoldedSlide = [UnfoldedSlide(
            kicker: "Week by week", title: "How the \(word) unfolded",
            lede: "Mean score of our key results at the end of each week, \(span)",
            chart: chart, figures: figures,
            footnote: "Each key result counts from its first check-in, at its latest score · \(Format.count(counted)) of \(Format.plural(report.counts.scored, "scored key result")) checked in · dashed: committed \(Format.score(th.committedWin)), aspirational sweet spot \(Format.score(aspTarget))")]
        add(s)
    }

    /// Teams named on the review rhythm slide as having gone quiet; the rest are counted.
    static let quietRows = 3

    /// "Review rhythm": each team's share of key results updated in the last 30 days, the median
    /// gap between updates and net confidence; teams that went quiet, named kindly.
    mutating func rhythmSlide() {
        guard let ci = report.checkIns else { return }
        let all = report.teams
        let o = ci.overall
        var entries: [Int] = []
        for t in all.indices where t < ci.teamCadence.count && ci.teamCadence[t].keyResults > 0 { entries.append(t) }
        entries.sort { a, b in
            let x = ci.teamCadence[a].shareLast30 ?? -1, y = ci.teamCadence[b].shareLast30 ?? -1
            return x != y ? x > y : a < b
        }
        func sub(_ c: Cadence) -> String {
            var parts: [String] = []
            if let m = c.medianDaysBetween { parts.append("every \(Format.days(m))") }
            else if c.neverUpdated == c.keyResults { parts.append("no check-ins") }
            if let n = c.netConfidence { parts.append("confidence \(Format.signed(n))") }
            return parts.joined(separator: " · ")
        }
        func rhythmRow(_ t: Int) -> BarRow {
            let c = ci.teamCadence[t]
            return row(name(all[t].name), sub(c), score: c.shareLast30, value: Format.percent(c.shareLast30))
        }
        let (shown, hidden) = capRanking(entries.count)
        var rows = shown.top.map { rhythmRow(entries[$0]) }
        if hidden > 0 {
            rows.append(gap("… \(Format.count(hidden)) more teams …"))
            rows += shown.bottom.map { rhythmRow(entries[$0]) }
        }

        // Teams that went quiet: more than half their key results stale or never updated.
        var quiet: [KeyValue] = []
        var quietCount = 0
        var quietNotes: [String] = []
        for t in all.indices where t < ci.teamCadence.count {
            let c = ci.teamCadence[t]
            guard c.keyResults > 0, (c.stale + c.neverUpdated) * 2 > c.keyResults else { continue }
            quietCount += 1
            guard quiet.count < Self.quietRows else { continue }
            var last: Day?
            for k in all[t].keyResults where k < ci.activity.count {
                if let d = ci.activity[k].last, last.map({ d > $0 }) ?? true { last = d }
            }
            let phrase = last.map { "last updates in \(Format.month($0))" } ?? "no check-ins this cycle"
            quiet.append(KeyValue(key: name(all[t].name), value: phrase))
            if quietNotes.count < 3 { quietNotes.append("\(name(all[t].name)) (\(phrase))") }
        }
        let netTone = Tone.confidence(o.netConfidence, th)
        let figures = [
            figure(Format.percent(o.shareLast30), "Updated in 30 days",
                   "\(Format.count(o.updatedLast30)) of \(Format.plural(o.keyResults, "key result")) · \(Format.percent(o.shareLast14)) in 14 days", tone: band(o.shareLast30)),
            figure(Format.days(o.medianDaysBetween), "Between updates", "median gap between check-ins"),
            figure(Format.signed(o.netConfidence), "Net confidence", "on track minus off track, last check-in", tone: netTone),
        ]
        let used = ci.activity.reduce(0) { $0 + $1.checkIns.count }
        let withAny = ci.activity.reduce(0) { $0 + ($1.checkIns.isEmpty ? 0 : 1) }
        var notes = [
            "\(Format.percent(o.shareLast30)) of our key results were updated in the last 30 days of the cycle, and the median gap between updates was \(Format.days(o.medianDaysBetween)).",
        ]
        if let n = o.netConfidence {
            notes.append("Net confidence at the last check-in was \(Format.signed(n)): the share of key results on track minus the share off track.")
        }
        if quietCount > 0 {
            notes.append("\(Format.plural(quietCount, "team")) went quiet: \(quietNotes.joined(separator: ", "))\(quietCount > quietNotes.count ? ", and others" : ""). Ask what got in the way: priorities shift, and an OKR nobody updates has often stopped mattering.")
        } else {
            notes.append("No team went quiet: thank everyone for keeping their key results current.")
        }
        let gone = o.stale + o.neverUpdated
        let footnote = gone > 0
            ? "\(Format.plural(o.stale, "key result")) not updated in the last \(report.limits.staleDays) days and \(Format.count(o.neverUpdated)) never updated: the scorecard names them"
            : ""
        var s = SlideView(name: "Review rhythm", kind: "rhythm", notes: notes)
        s.rhythmSlide = [RhythmSlide(
            lede: "\(Format.plural(used, "check-in")) on \(Format.plural(withAny, "key result")), \(Format.day(ci.dates.start)) to \(Format.day(ci.dates.end)) · bars: share of each team's key results updated in the last 30 days",
            rows: rows, density: rows.count > 9 ? "dense" : "", figures: figures, quiet: quiet, hasQuiet: !quiet.isEmpty,
            quietMore: quietCount > quiet.count ? "and \(Format.plural(quietCount - quiet.count, "more team"))" : "",
            hasQuietMore: quietCount > quiet.count, footnote: footnote, hasFootnote: !footnote.isEmpty)]
        add(s)
    }
}
