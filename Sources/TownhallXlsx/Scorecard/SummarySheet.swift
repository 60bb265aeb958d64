import CXlsxWriter
import Foundation
import TownhallCore

extension ScorecardRenderer {
    /// Where the Summary put what the chart data refers to.
    struct SummaryPlacement {
        /// Summary row of each team, by position in `tree.order`.
        var teamRows: [Int]
        /// Positions in `tree.order` of the teams the team chart shows, in chart order;
        /// `nil` is the gap between the top and the bottom teams.
        var chartTeams: [Int?]
        /// `true` when the chart shows only the top and bottom teams.
        var chartIsPartial: Bool
        /// Height in pixels of the team chart, and of the whole chart band (the week-by-week chart under it).
        var teamChartHeight: Double
        var bandHeight: Double
        /// First row of the weeks on the chart-data sheet (with check-ins).
        var weekFirstRow: Int
    }

    /// A headline figure: label, live formula, cached value, format, and a short note.
    private struct Figure {
        /// Which figure: charts and fills find theirs by it, not by position.
        var id: HeadlineFigure
        var label: String
        var formula: String?
        var value: Double?
        var format: XlsxFormat
        var note: String
        /// The change against the previous cycle, with a comparison.
        var versus: Versus? = nil
    }

    /// "vs 2026-Q2: ▲ 0.05", coloured by whether the change is good news.
    private struct Versus {
        var text: String
        var news: News
    }

    /// Height of the week-by-week chart, and the gap between charts.
    static let weeklyChartHeight = 250.0
    static let chartGap = 12.0

    /// At most this many bars in the team chart: the top and bottom halves when there are more teams.
    static let chartTeamLimit = 20

    func writeSummary() throws -> SummaryPlacement {
        let ws = sheet(summarySheet)
        let s = styles
        let L = SummaryLayout.self
        let cols = summaryColumns
        ws.activate()
        ws.hideGridlines()
        ws.tabColor(s.accent)
        // One landscape page while the team table is short enough to stay readable; else one page wide.
        ws.printSetup(landscape: true, fitWidth: 1, fitHeight: report.teams.count <= 24 ? 1 : 0)
        let w = wording
        try ws.footer(left: w("workbook.footer.summary", ["cycle": .text(report.displayName(in: wording))]), right: w("workbook.footer.pages"))
        for (c, w) in cols.widths.enumerated() { try ws.column(c, c, width: w) }

        // Title and subtitle.
        let org = report.organization.name.trimmed
        try ws.row(L.titleRow, height: 34)
        try ws.text(L.titleRow, 0, w("workbook.title", ["cycle": .text(report.displayName(in: wording))]), s.title)
        var subtitle = [String]()
        if !org.isEmpty { subtitle.append(org) }
        subtitle.append(w("workbook.subtitle.generated", ["date": .text(w.date(report.generatedAt, timeZone: .current))]))
        if !report.sourceName.isEmpty { subtitle.append(w("workbook.subtitle.from", ["file": .text(report.sourceName)])) }
        let line = subtitle.dropFirst().reduce(subtitle[0]) { w("workbook.subtitle.separator", ["a": .text($0), "b": .text($1)]) }
        try ws.text(L.subtitleRow, 0, line, s.subtitle)
        try ws.row(2, height: 8)

        // Where everything goes: the chart band's height depends on how many teams the chart shows.
        let (chartTeams, partial) = chartTeamPositions()
        let chartHeight = max(300, 22.0 * Double(chartTeams.count) + 100)
        let bandHeight = chartHeight + (hasWeeklyChart ? Self.chartGap + Self.weeklyChartHeight : 0)
        let tableTop = cols.chartRow + Int((bandHeight / 20).rounded(.up)) + 1
        let teamRows = tree.order.indices.map { tableTop + 2 + $0 }
        let placement = SummaryPlacement(teamRows: teamRows, chartTeams: chartTeams, chartIsPartial: partial,
                                         teamChartHeight: chartHeight, bandHeight: bandHeight,
                                         weekFirstRow: ChartData.teamFirstRow + chartTeams.count + 2)

        // Headline figures.
        let figures = headlineFigures(teamRows: teamRows)
        try ws.row(L.figureLabelRow, height: 30)
        for (c, f) in figures.enumerated() { try ws.text(L.figureLabelRow, c, f.label, s.figureLabel) }
        try ws.row(L.figureRow, height: 44)
        for (c, f) in figures.enumerated() {
            if let formula = f.formula {
                try ws.formula(L.figureRow, c, formula, cached: f.value, f.format)
            } else {
                try ws.number(L.figureRow, c, f.value, f.format)
            }
        }
        try ws.row(L.figureNoteRow, height: 24)
        for (c, f) in figures.enumerated() { try ws.text(L.figureNoteRow, c, f.note, s.figureNote) }
        for (c, f) in figures.enumerated() where f.id.isScore {
            try bandFills(ws, rows: L.figureRow, L.figureRow, col: c, scoreCol: c)
        }
        if cols.previous != nil {
            try ws.row(L.figureVersusRow, height: 26)
            for (c, f) in figures.enumerated() {
                guard let v = f.versus else {
                    try ws.blank(L.figureVersusRow, c, s.versusSame)
                    continue
                }
                let format = v.news == .good ? s.versusGood : v.news == .bad ? s.versusBad : s.versusSame
                try ws.text(L.figureVersusRow, c, v.text, format)
            }
            try ws.row(L.figureVersusRow + 1, height: 8)
        }

        // Charts: team scores, committed vs aspirational, outcomes; the weeks of the cycle with check-ins.
        try insertCharts(ws, placement: placement, height: chartHeight,
                         attainment: figures.firstIndex { $0.id == .attainment }!,
                         aspirational: figures.firstIndex { $0.id == .aspirational }!)

        // Team table, in tree order.
        try ws.row(tableTop, height: 22)
        try ws.text(tableTop, 0, w("workbook.section.teams"), s.section)
        for c in 1..<cols.count { try ws.blank(tableTop, c, s.section) }
        try ws.row(tableTop + 1, height: cols.cadence ? 44 : 30)
        for (c, t) in cols.teamTitles(w).enumerated() { try ws.text(tableTop + 1, c, t, s.tableHeader) }
        for (p, t) in tree.order.enumerated() {
            try writeTeamRow(ws, position: p, team: report.teams[t], row: teamRows[p])
        }
        let lastTeamRow = teamRows.last ?? tableTop + 1
        if let first = teamRows.first {
            try bandFills(ws, rows: first, lastTeamRow, col: L.score, scoreCol: L.score)
            try bandFills(ws, rows: first, lastTeamRow, col: L.rollup, scoreCol: L.rollup)
            try bandWordFills(ws, rows: first, lastTeamRow, col: L.band, bandCol: L.band)
        } else {
            try ws.text(tableTop + 2, 0, w("workbook.empty.teams"), s.muted)
        }

        // How to read it.
        let notesRow = max(lastTeamRow, tableTop + 2) + 2
        try ws.row(notesRow, height: 22)
        try ws.text(notesRow, 0, w("workbook.section.notes"), s.section)
        for c in 1..<cols.count { try ws.blank(notesRow, c, s.section) }
        for (i, line) in readingNotes().enumerated() {
            let perLine = Int(cols.totalPixels / 6)
            try ws.row(notesRow + 1 + i, height: 13 * Double((line.count + perLine - 1) / perLine) + 5)
            try lxwCheck(line.withCString {
                worksheet_merge_range(ws.handle, lxw_row_t(notesRow + 1 + i), 0, lxw_row_t(notesRow + 1 + i),
                                      lxw_col_t(cols.count - 1), $0, s.footnote.pointer)
            }, "worksheet_merge_range", place: ws.name)
        }
        return placement
    }

    private func writeTeamRow(_ ws: XlsxSheet, position p: Int, team: Team, row: Int) throws {
        let L = SummaryLayout.self
        let s = styles
        try ws.row(row, height: 18)
        try ws.text(row, TeamColumn.team.rawValue, team.name, s.teamName(depth: team.depth, parent: !team.children.isEmpty))
        // Score: mean of the team's objective scores; roll-up: over its whole subtree.
        try averageCell(ws, row, L.score, objectives: tree.ownObjectives[p], mean: objectiveMean(tree.ownObjectives[p]),
                        cached: team.score)
        try averageCell(ws, row, L.rollup, objectives: tree.subtreeObjectives(p), mean: tree.subtreeScoreMean[p],
                        cached: team.rollupScore)
        let b = "B\(row + 1)", d = "D\(row + 1)"
        let band = team.score != nil ? team.band : team.rollupBand
        if report.thresholds.band(Self.cellValue(team.score) ?? Self.cellValue(team.rollupScore)) == band {
            try ws.formula(row, L.band, "=IF(ISNUMBER(\(b)),\(bandExpression(b)),IF(ISNUMBER(\(d)),\(bandExpression(d)),\"\"))",
                           cachedText: words.band(band), s.centered)
        } else {
            try ws.text(row, L.band, words.band(band), s.centered)
        }
        try ws.number(row, TeamColumn.attainment.rawValue, team.committedAttainment, s.percentCentered)
        try ws.number(row, TeamColumn.aspirational.rawValue, team.aspirationalMean, s.scoreCentered)
        try ws.number(row, TeamColumn.objectives.rawValue, Double(team.objectives.count), s.countCentered)
        try ws.number(row, TeamColumn.keyResults.rawValue, Double(team.keyResults.count), s.countCentered)
        let missed = team.keyResults.reduce(0) { $0 + (report.keyResults[$1].isCommittedMiss ? 1 : 0) }
        try ws.number(row, TeamColumn.committedMisses.rawValue, Double(missed), s.countCentered)
        let cols = summaryColumns
        if let checkIns = report.checkIns {
            let index = tree.order[p]
            let cadence = index < checkIns.teamCadence.count ? checkIns.teamCadence[index] : Cadence()
            // Red where the playbook found the team mostly stale (more than half its KRs without a recent update).
            let stale = staleTeams.contains(team.name)
            try ws.number(row, cols.updatedLast30, cadence.shareLast30, stale ? s.staleCentered : s.percentCentered)
            try ws.number(row, cols.medianDays, cadence.medianDaysBetween, s.daysCentered)
            try ws.number(row, cols.netConfidence, cadence.netConfidence, s.netCentered)
        }
        if let comparison = report.comparison {
            if let d = comparison.teamScoreDelta[team.name] {
                let news = CycleComparison.direction(d).map { News($0, better: .up) } ?? .neutral
                try ws.text(row, cols.versus, wording.change(d),
                            news == .good ? s.upCentered : news == .bad ? s.downCentered : s.sameCentered)
            } else if !comparison.previous.teamFigures.contains(where: { $0.name == team.name && $0.ownsOKRs }) {
                try ws.text(row, cols.versus, team.ownsOKRs ? words.new : "", s.sameCentered)
            } else {
                try ws.blank(row, cols.versus, s.sameCentered)
            }
        }
    }

    /// `=IF(COUNT(r)=0,"",AVERAGE(r))` over objective scores, or the number when no formula can say it.
    /// `mean` is what the formula computes from the cells (`objectiveMean`), for the agreement check.
    private func averageCell(_ ws: XlsxSheet, _ row: Int, _ col: Int, objectives: Range<Int>, mean: Double?,
                             cached: Double?) throws {
        let ranges = objectivePaging.ranges(objectives, col: ObjectiveColumn.score)
        if ranges.isEmpty || ranges.count > Self.formulaRangeLimit || !Self.agrees(mean, cached) {
            try ws.number(row, col, cached, styles.scoreCentered)
        } else {
            let r = ranges.joined(separator: ",")
            try ws.formula(row, col, "=IF(COUNT(\(r))=0,\"\",AVERAGE(\(r)))", cached: cached, styles.scoreCentered)
        }
    }

    private func headlineFigures(teamRows: [Int]) -> [Figure] {
        let s = styles
        let c = krColumns
        let h = report.headline
        let n = report.counts
        let outcome = krPaging.columnRanges(c.outcome)
        let type = krPaging.columnRanges(c[.countsAs])
        let score = krPaging.columnRanges(c.score)
        let objectiveScores = objectivePaging.columnRanges(ObjectiveColumn.score).joined(separator: ",")
        func count(_ word: String) -> String { "=" + outcome.map { "COUNTIF(\($0),\(ScorecardWords.criterion(word)))" }.joined(separator: "+") }
        let met = zip(type, score).map { "COUNTIFS(\($0),\(ScorecardWords.criterion(words.committed)),\($1),\">=\(committedWinAt)\")" }.joined(separator: "+")
        let scoredCommitted = zip(type, score).map { "COUNTIFS(\($0),\(ScorecardWords.criterion(words.committed)),\($1),\"<>\")" }.joined(separator: "+")
        let sumAspirational = zip(type, score).map { "SUMIFS(\($1),\($0),\(ScorecardWords.criterion(words.aspirational)))" }.joined(separator: "+")
        let scoredAspirational = zip(type, score).map { "COUNTIFS(\($0),\(ScorecardWords.criterion(words.aspirational)),\($1),\"<>\")" }
            .joined(separator: "+")
        let kinds = problemPaging.columnRanges(Self.problemColumns.position(ProblemColumn.kind))
        let problems = "=" + kinds.map {
            "COUNTIF(\($0),\(ScorecardWords.criterion(words.rejectedKind)))+COUNTIF(\($0),\(ScorecardWords.criterion(words.problemKind)))"
        }.joined(separator: "+")
        let t = report.thresholds
        let check = headlineCheck()
        func live(_ formula: String, _ ok: Bool) -> String? { ok ? formula : nil }
        // Each figure carries its own change against the previous cycle (with a comparison).
        let cmp = report.comparison, p = cmp?.previous
        let w = wording
        return [
            Figure(id: .overall, label: w("workbook.figure.overall"),
                   formula: live("=IF(COUNT(\(objectiveScores))=0,\"\",AVERAGE(\(objectiveScores)))", check.overall),
                   value: h.overallScore, format: s.bigScore, note: w("workbook.figure.overall.note"),
                   versus: cmp.map { versus($0.overallScore) }),
            Figure(id: .attainment, label: w("workbook.figure.attainment"),
                   formula: live("=IF((\(scoredCommitted))=0,\"\",(\(met))/(\(scoredCommitted)))", check.attainment),
                   value: h.committed.attainment, format: s.figurePercent,
                   note: w("workbook.figure.attainment.note", ["met": .count(h.committed.met), "scored": .count(h.committed.scored),
                                                                "win": .decimal(t.committedWin, digits: 1)]),
                   versus: cmp.map { versus($0.committedAttainment, percent: true) }),
            Figure(id: .aspirational, label: w("workbook.figure.aspirational"),
                   formula: live("=IF((\(scoredAspirational))=0,\"\",(\(sumAspirational))/(\(scoredAspirational)))",
                                 check.aspirational),
                   value: h.aspirational.meanScore, format: s.figureScore,
                   note: w("workbook.figure.aspirational.note", ["target": .score(t.aspirationalTarget)]),
                   versus: cmp.map { versus($0.aspirationalMean) }),
            Figure(id: .keyResults, label: w("workbook.figure.keyResults"),
                   formula: live("=COUNT(\(krPaging.columnRanges(c[.line]).joined(separator: ",")))", check.keyResults),
                   value: Double(n.keyResults), format: s.figureCount,
                   note: w("workbook.figure.keyResults.note", ["scored": .count(n.scored), "dropped": .count(n.dropped)]),
                   versus: cmp.map { versus(count: $0.keyResults, better: .neither) }),
            Figure(id: .objectives, label: w("workbook.figure.objectives"),
                   formula: live("=COUNT(\(objectivePaging.columnRanges(ObjectiveColumn.keyResults).joined(separator: ",")))",
                                 check.objectives),
                   value: Double(n.objectives), format: s.figureCount, note: w("workbook.figure.objectives.note"),
                   versus: p.map { versus(count: n.objectives - $0.objectives, better: .neither) }),
            Figure(id: .teams, label: w("workbook.figure.teams"), formula: teamsFormula(teamRows), value: Double(n.teams), format: s.figureCount,
                   note: w("workbook.figure.teams.note"), versus: p.map { versus(count: n.teams - $0.teams, better: .neither) }),
            Figure(id: .wins, label: w("workbook.figure.wins"), formula: live(count(words.win), check.outcomes[.win, default: 0] == h.wins),
                   value: Double(h.wins), format: s.figureCount,
                   note: w("workbook.figure.wins.note", ["progress": .count(h.progress)]), versus: cmp.map { versus(count: $0.wins, better: .up) }),
            Figure(id: .misses, label: w("workbook.figure.misses"), formula: live(count(words.miss), check.outcomes[.miss, default: 0] == h.misses),
                   value: Double(h.misses), format: s.figureCount,
                   note: w("workbook.figure.misses.note"), versus: cmp.map { versus(count: $0.misses, better: .down) }),
            Figure(id: .problems, label: w("workbook.figure.problems"), formula: problems, value: Double(report.problems.count + report.rejected.count),
                   format: s.figureCount, note: w("workbook.figure.problems.note", ["rejected": .count(report.rejected.count)]),
                   versus: p.map { versus(count: report.problems.count + report.rejected.count - $0.problems, better: .down) }),
        ] + cadenceFigures() + carriedOverFigures()
    }

    private func delta(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }

    /// With check-ins: how regularly the key results were reviewed, over the whole organization.
    private func cadenceFigures() -> [Figure] {
        guard let checkIns = report.checkIns else { return [] }
        let s = styles
        let o = checkIns.overall
        // Live where the Key Results cells give the same count: updated in the last 30 days, not dropped.
        var share: String?
        if !report.keyResults.isEmpty {
            var counted = 0, recent = 0
            for i in report.keyResults.indices where report.keyResults[i].outcome != .dropped {
                counted += 1
                if let d = checkIns.activity[i].daysSinceLast, d < 30 { recent += 1 }
            }
            if counted == o.keyResults && recent == o.updatedLast30 {
                let outcome = krPaging.columnRanges(krColumns.outcome)
                let days = krPaging.columnRanges(krColumns[.daysSinceUpdate])
                let all = outcome.map { "COUNTIF(\($0),\(ScorecardWords.criterion(words.dropped, prefix: "<>")))" }.joined(separator: "+")
                let fresh = zip(days, outcome).map { "COUNTIFS(\($0),\"<30\",\($1),\(ScorecardWords.criterion(words.dropped, prefix: "<>")))" }.joined(separator: "+")
                share = "=IF((\(all))=0,\"\",(\(fresh))/(\(all)))"
            }
        }
        let p = report.comparison?.previous
        let w = wording
        let counts: [String: TextArgument] = ["updated": .count(o.updatedLast30), "total": .count(o.keyResults),
                                              "never": .count(o.neverUpdated)]
        return [
            Figure(id: .updatedLast30, label: w("workbook.figure.updatedLast30"), formula: share, value: o.shareLast30, format: s.figurePercent,
                   note: w(o.neverUpdated > 0 ? "workbook.figure.updatedLast30.never" : "workbook.figure.updatedLast30.note", counts),
                   versus: p.map { versus(delta(o.shareLast30, $0.shareUpdatedLast30), percent: true) }),
            Figure(id: .daysBetween, label: w("workbook.figure.daysBetween"), formula: nil, value: o.medianDaysBetween, format: s.figureDays,
                   note: w("workbook.figure.daysBetween.note", ["n": .count(checkIns.checkIns.count)]),
                   versus: p.map { versus(days: delta(o.medianDaysBetween, $0.medianDaysBetween)) }),
            Figure(id: .netConfidence, label: w("workbook.figure.netConfidence"), formula: nil, value: o.netConfidence, format: s.figureNet,
                   note: w("workbook.figure.netConfidence.note", ["n": .count(o.withConfidence)]),
                   versus: p.map { versus(delta(o.netConfidence, $0.netConfidence), percent: true) }),
        ]
    }

    /// With a comparison: the key results that came back from the previous cycle.
    private func carriedOverFigures() -> [Figure] {
        guard let cmp = report.comparison else { return [] }
        let n = cmp.carriedOver.count
        let live = cmp.carriedOver.allSatisfy { $0 >= 0 && $0 < report.keyResults.count }
        let formula = "=" + krPaging.columnRanges(krColumns[.carriedOver]).map { "COUNTIF(\($0),\(ScorecardWords.criterion(words.yes)))" }.joined(separator: "+")
        return [Figure(id: .carriedOver, label: wording("workbook.figure.carriedOver"), formula: live ? formula : nil, value: Double(n), format: styles.figureCount,
                       note: wording("workbook.figure.carriedOver.note", ["previous": .text(cmp.previous.name)]))]
    }

    /// The change of a score (or, `percent`, of a share in points) against the previous cycle.
    private func versus(_ d: Double?, percent: Bool = false) -> Versus {
        let text = wording.change(d, percent: percent)
        return Versus(text: versusText(text.isEmpty ? "–" : text),
                      news: CycleComparison.direction(d, percent: percent).map { News($0, better: .up) } ?? .neutral)
    }

    /// The change of a count; `better` says whether more is good news.
    private func versus(count d: Int, better: Better) -> Versus {
        let direction = Direction(Double(d), roundsToZero: d == 0)
        let text = direction == .same ? wording("workbook.versus.sameCount") : "\(direction.arrow) \(wording.count(abs(d)))"
        return Versus(text: versusText(text), news: News(direction, better: better))
    }

    /// The change of the median days between updates (fewer is better).
    private func versus(days d: Double?) -> Versus {
        guard let d else { return Versus(text: versusText("–"), news: .neutral) }
        let v = (abs(d) * 10).rounded() / 10
        let direction = Direction(d, roundsToZero: v == 0)
        let text = direction == .same ? wording("workbook.versus.sameDays")
            : wording("workbook.versus.days", ["arrow": .text(direction.arrow), "days": .decimal(v, digits: 1)])
        return Versus(text: versusText(text), news: News(direction, better: .down))
    }

    /// "vs 2026-Q2: ▲ 0.05".
    private func versusText(_ change: String) -> String {
        wording("workbook.versus", ["previous": .text(summaryColumns.previous ?? ""), "change": .text(change)])
    }

    /// `=COUNTIF(<key results column of the team table>,">0")`, when that is what `counts.teams` counts.
    private func teamsFormula(_ teamRows: [Int]) -> String? {
        guard let first = teamRows.first, let last = teamRows.last,
              report.teams.filter({ !$0.keyResults.isEmpty }).count == report.counts.teams else { return nil }
        return "=COUNTIF(\(A1.range(first, SummaryLayout.keyResults, last, SummaryLayout.keyResults)),\">0\")"
    }

    /// Teams with a score, best first; the top and bottom halves of the limit, with a gap between,
    /// when there are more.
    private func chartTeamPositions() -> ([Int?], Bool) {
        var scored = tree.order.indices.filter { report.teams[tree.order[$0]].score != nil }
        scored.sort { a, b in
            let x = report.teams[tree.order[a]].score!, y = report.teams[tree.order[b]].score!
            return x != y ? x > y : a < b
        }
        let limit = Self.chartTeamLimit
        guard scored.count > limit else { return (scored, false) }
        return (scored.prefix(limit / 2).map { $0 } + [nil] + scored.suffix(limit / 2).map { $0 }, true)
    }

    /// `attainment` and `aspirational`: the Summary columns of those headline figures (the mix chart's values).
    private func insertCharts(_ ws: XlsxSheet, placement: SummaryPlacement, height: Double, attainment: Int,
                              aspirational: Int) throws {
        let L = SummaryLayout.self
        let chartRow = summaryColumns.chartRow
        let total = summaryColumns.totalPixels
        let gap = Self.chartGap
        let teamWidth = (total * 0.44).rounded(), mixWidth = (total * 0.25).rounded()
        let outcomeWidth = total - teamWidth - mixWidth - 2 * gap
        let data = chartDataSheet

        // Team scores (horizontal bars, best on top, coloured by band).
        let n = placement.chartTeams.count
        if n > 0 {
            let title = placement.chartIsPartial
                ? wording("workbook.chart.teamScoresPartial", ["n": .count(Self.chartTeamLimit / 2)])
                : wording("workbook.chart.teamScores")
            let chart = try book.chart(LXW_CHART_BAR, title: title)
            let first = ChartData.teamFirstRow
            if let series = chart.series(sheet: data, categories: (first, 0, first + n - 1, 0),
                                         values: (first, 1, first + n - 1, 1), name: wording("workbook.chart.score")) {
                try series.pointColors(placement.chartTeams.map { p in
                    p.map { Palette.chartColor(report.teams[tree.order[$0]].band) } ?? Palette.lightGreyChart
                })
                series.labels(numberFormat: "0.00", position: LXW_CHART_LABEL_POSITION_OUTSIDE_END)
            }
            chart.legend(LXW_CHART_LEGEND_NONE)
            chart.gap(40)
            // In libxlsxwriter's bar charts x is the horizontal value axis, y the category axis.
            chart.yAxis.reverse()  // best team on top
            chart.yAxis.font(size: 9)
            chart.yAxis.noTickMarks()
            chart.xAxis.range(min: 0, max: 1)
            chart.xAxis.majorUnit(0.25)
            chart.xAxis.numberFormat("0.00")
            chart.xAxis.font(size: 8, color: Palette.muted)
            chart.xAxis.gridlines(0xE5E7EB)
            chart.noBorder()
            try ws.insert(chart, row: chartRow, col: 0, width: teamWidth, height: height,
                          description: wording("workbook.chart.teamScores.alt"))
        } else {
            try ws.text(chartRow, 0, wording("workbook.empty.teamScores"), styles.muted)
        }

        // Committed vs aspirational: attainment (share of committed KRs at 1.0) and the aspirational mean.
        let mix = try book.chart(LXW_CHART_COLUMN, title: wording("workbook.chart.mix"))
        let row = L.figureRow
        if let a = mix.series(sheet: summarySheet, categories: nil, values: (row, attainment, row, attainment),
                              name: wording("workbook.chart.mix.attainment")) {
            a.fill(styles.accent)
            a.labels(numberFormat: "0%", position: LXW_CHART_LABEL_POSITION_OUTSIDE_END, size: 11, color: Palette.ink, bold: true)
        }
        if let b = mix.series(sheet: summarySheet, categories: nil, values: (row, aspirational, row, aspirational),
                              name: wording("workbook.chart.mix.aspirational")) {
            b.fill(0x8FA8E8)
            b.labels(numberFormat: "0.00", position: LXW_CHART_LABEL_POSITION_OUTSIDE_END, size: 11, color: Palette.ink, bold: true)
        }
        mix.yAxis.range(min: 0, max: 1)
        mix.yAxis.majorUnit(0.25)
        mix.yAxis.numberFormat("0%")
        mix.yAxis.font(size: 8, color: Palette.muted)
        mix.yAxis.gridlines(0xE5E7EB)
        mix.xAxis.off()
        mix.legend(LXW_CHART_LEGEND_BOTTOM)
        mix.legendFont(size: 9)
        mix.gap(60)
        mix.noBorder()
        try ws.insert(mix, row: chartRow, col: 0, xOffset: Int(teamWidth + gap), width: mixWidth, height: 300,
                      description: wording("workbook.chart.mix.alt"))

        // Outcome distribution.
        if report.counts.keyResults > 0 {
            let outcomes = try book.chart(LXW_CHART_DOUGHNUT, title: wording("workbook.chart.outcomes"))
            if let series = outcomes.series(sheet: data, categories: (1, 0, ChartData.outcomes.count, 0),
                                            values: (1, 1, ChartData.outcomes.count, 1), name: wording("workbook.chart.outcomes.series")) {
                try series.pointColors(ChartData.outcomes.map(\.color))
                series.labels(numberFormat: "#,##0", size: 9, color: Palette.ink, bold: true)
            }
            outcomes.holeSize(50)
            outcomes.legend(LXW_CHART_LEGEND_RIGHT)
            outcomes.legendFont(size: 9)
            outcomes.noBorder()
            try ws.insert(outcomes, row: chartRow, col: 0, xOffset: Int(teamWidth + mixWidth + 2 * gap),
                          width: outcomeWidth, height: 300, description: wording("workbook.chart.outcomes.alt"))
        }

        // With check-ins: the organization's mean score at the end of each week, all, committed and aspirational.
        if hasWeeklyChart, let weeks = report.checkIns?.weeks {
            let chart = try book.chart(LXW_CHART_LINE, title: wording("workbook.chart.weekly"))
            let first = placement.weekFirstRow, last = placement.weekFirstRow + weeks.count - 1
            let lines: [(col: Int, name: String, color: UInt32, width: Double)] = [
                (3, wording("workbook.chart.weekly.all"), styles.accent, 2.75),
                (4, wording("workbook.chart.weekly.committed"), Palette.ink, 1.75),
                (5, wording("workbook.chart.weekly.aspirational"), 0x8FA8E8, 1.75),
            ]
            for l in lines {
                guard let series = chart.series(sheet: data, categories: (first, 2, last, 2), values: (first, l.col, last, l.col),
                                                name: l.name) else { continue }
                series.line(l.color, width: l.width, dash: l.col == 3 ? nil : LXW_CHART_LINE_DASH_DASH)
                series.marker(LXW_CHART_MARKER_CIRCLE, size: l.col == 3 ? 5 : 3, l.color)
            }
            chart.blanksAsGaps()
            chart.yAxis.range(min: 0, max: 1)
            chart.yAxis.majorUnit(0.25)
            chart.yAxis.numberFormat("0.00")
            chart.yAxis.font(size: 8, color: Palette.muted)
            chart.yAxis.gridlines(0xE5E7EB)
            chart.xAxis.font(size: 8, color: Palette.muted)
            chart.xAxis.title(wording("workbook.chart.weekly.axis"), size: 8)
            chart.legend(LXW_CHART_LEGEND_RIGHT)
            chart.legendFont(size: 9)
            chart.noBorder()
            try ws.insert(chart, row: chartRow, col: 0, yOffset: Int(placement.teamChartHeight + gap), width: total,
                          height: Self.weeklyChartHeight,
                          description: wording("workbook.chart.weekly.alt"))
        }
    }

    /// The week-by-week chart is drawn when check-ins gave the cycle at least one week.
    var hasWeeklyChart: Bool { !(report.checkIns?.weeks.isEmpty ?? true) }

    private func readingNotes() -> [String] {
        let t = report.thresholds, w = wording
        return [
            w("workbook.note.scoring", ["green": .score(t.green), "yellow": .score(t.yellow),
                                        "committedWin": .score(t.committedWin), "aspirationalWin": .score(t.aspirationalWin),
                                        "aspirationalProgress": .score(t.aspirationalProgress)]),
            w("workbook.note.formula"),
            w("workbook.note.live"),
        ] + checkInNotes() + comparisonNotes()
    }

    private func checkInNotes() -> [String] {
        guard let c = report.checkIns else { return [] }
        let o = c.overall
        let used = c.checkIns.lazy.filter { $0.keyResult != nil && $0.date != nil }.count
        return [
            wording("workbook.note.checkIns", [
                "rows": .count(c.checkIns.count), "file": .text(c.file),
                "used": .text(used == c.checkIns.count ? "all" : "some"), "usedCount": .count(used),
                "start": .text(c.dates.start.description), "end": .text(c.dates.end.description),
                "source": .text(c.datesSource.description), "never": .count(o.neverUpdated), "stale": .count(o.stale),
                "days": .count(report.limits.staleDays), "green": .score(report.thresholds.green),
                "yellow": .score(report.thresholds.yellow),
            ]),
        ]
    }

    private func comparisonNotes() -> [String] {
        guard let cmp = report.comparison else { return [] }
        return [wording("workbook.note.comparison", ["previous": .text(cmp.previous.name),
                                                     "carried": .count(cmp.carriedOver.count)])]
    }

    /// `7 Jul`, in the workbook's language.
    func weekLabel(_ day: Day) -> String { wording.day(day) }
}

/// The Summary's headline figures, in the order they stand; a score figure is filled by its band.
enum HeadlineFigure: CaseIterable {
    case overall, attainment, aspirational, keyResults, objectives, teams, wins, misses, problems
    case updatedLast30, daysBetween, netConfidence, carriedOver

    var isScore: Bool { self == .overall || self == .aspirational }
}

/// The hidden sheet the charts draw from: outcome counts, then the teams of the team chart.
enum ChartData {
    static let outcomes: [(outcome: Outcome, label: String, color: UInt32)] = [
        (.win, "workbook.chart.outcome.win", Palette.greenChart),
        (.progress, "workbook.chart.outcome.progress", Palette.yellowChart),
        (.miss, "workbook.chart.outcome.miss", Palette.redChart),
        (.unscored, "workbook.chart.outcome.unscored", Palette.greyChart),
        (.dropped, "workbook.chart.outcome.dropped", Palette.lightGreyChart),
    ]
    static var teamHeaderRow: Int { outcomes.count + 2 }
    static var teamFirstRow: Int { teamHeaderRow + 1 }
    static let weekTitles = ["week", "weekEnding", "label", "mean", "committed", "aspirational", "keyResults"]
        .map { "workbook.chartData." + $0 }
}

extension ScorecardRenderer {
    func writeChartData(_ placement: SummaryPlacement) throws {
        let ws = sheet(chartDataSheet)
        ws.hide()
        try ws.column(0, 0, width: 30)
        try ws.column(1, 1, width: 12)
        let s = styles
        try ws.text(0, 0, wording("workbook.chartData.outcome"), s.bold)
        try ws.text(0, 1, wording("workbook.chartData.keyResults"), s.bold)
        let outcome = krPaging.columnRanges(krColumns.outcome)
        let h = report.headline
        let n = report.counts
        let counted = headlineCheck().outcomes
        for (i, o) in ChartData.outcomes.enumerated() {
            let cached: Int
            switch o.outcome {
            case .win: cached = h.wins
            case .progress: cached = h.progress
            case .miss: cached = h.misses
            case .unscored: cached = n.unscored
            case .dropped: cached = n.dropped
            }
            try ws.text(1 + i, 0, wording(o.label))
            if counted[o.outcome, default: 0] == cached {
                try ws.formula(1 + i, 1, "=" + outcome.map { "COUNTIF(\($0),\(ScorecardWords.criterion(words.outcome(o.outcome))))" }.joined(separator: "+"),
                               cached: Double(cached), s.integer)
            } else {
                try ws.number(1 + i, 1, Double(cached), s.integer)
            }
        }
        try ws.text(ChartData.teamHeaderRow, 0, wording("workbook.chartData.team"), s.bold)
        try ws.text(ChartData.teamHeaderRow, 1, wording("workbook.chartData.score"), s.bold)
        for (i, position) in placement.chartTeams.enumerated() {
            let row = ChartData.teamFirstRow + i
            guard let p = position else {
                try ws.text(row, 0, "⋯")
                continue
            }
            let team = report.teams[tree.order[p]]
            try ws.text(row, 0, team.name)
            let ref = A1.sheet(summarySheet) + A1.cell(placement.teamRows[p], SummaryLayout.score, absolute: true)
            try ws.formula(row, 1, "=IF(ISNUMBER(\(ref)),\(ref),\"\")", cached: team.score, s.score)
        }
        // The weeks of the cycle (with check-ins), below the teams.
        if let weeks = report.checkIns?.weeks, !weeks.isEmpty {
            for c in 2..<ChartData.weekTitles.count { try ws.column(c, c, width: 16) }
            let header = placement.weekFirstRow - 1
            for (c, t) in ChartData.weekTitles.enumerated() { try ws.text(header, c, wording(t), s.bold) }
            for (i, w) in weeks.enumerated() {
                let row = placement.weekFirstRow + i
                try ws.number(row, 0, Double(w.week), s.integer)
                try ws.day(row, 1, w.end, s.date)
                // A text label, so charts show one category a week rather than a day-by-day date axis.
                try ws.text(row, 2, weekLabel(w.end))
                try ws.number(row, 3, w.mean, s.score)
                try ws.number(row, 4, w.committed, s.score)
                try ws.number(row, 5, w.aspirational, s.score)
                try ws.number(row, 6, Double(w.keyResults), s.integer)
            }
        }
    }
}
