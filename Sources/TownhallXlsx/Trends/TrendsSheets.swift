import CXlsxWriter
import Foundation
import TownhallCore

extension TrendsRenderer {
    // MARK: Trends: one row per cycle, with charts above

    func writeTrends() throws {
        let ws = sheet(trendsSheet)
        let s = styles
        let C = TrendsColumns.self
        let cycles = history.cycles
        ws.activate()
        ws.hideGridlines()
        ws.tabColor(s.accent)
        ws.printSetup(landscape: true, fitWidth: 1, fitHeight: cycles.count <= 24 ? 1 : 0)
        let w = wording
        try ws.footer(left: title, right: w("workbook.footer.pages"))
        for (c, w) in columns.widths.enumerated() { try ws.column(c, c, width: w) }

        try ws.row(Self.titleRow, height: 34)
        try ws.text(Self.titleRow, 0, title, s.title)
        try ws.text(Self.subtitleRow, 0, w("trendsWorkbook.subtitle", [
            "cycles": .count(cycles.count), "span": .text(span),
            "date": .text(w.date(history.generatedAt, timeZone: .current)),
        ]), s.subtitle)
        try ws.row(2, height: 8)

        let tableTop = Self.chartRow + Int((Self.chartHeight / 20).rounded(.up)) + 1
        let first = tableTop + 2
        if cycles.isEmpty {
            try ws.text(Self.chartRow, 0, w("trendsWorkbook.empty.cycles"), s.muted)
        } else {
            try insertCharts(ws, firstRow: first, lastRow: first + cycles.count - 1)
        }

        try ws.row(tableTop, height: 22)
        try ws.text(tableTop, 0, w("trendsWorkbook.section.cycles"), s.section)
        for c in 1..<columns.count { try ws.blank(tableTop, c, s.section) }
        try ws.row(tableTop + 1, height: 44)
        for (c, t) in columns.titles(w).enumerated() { try ws.text(tableTop + 1, c, t, s.tableHeader) }
        for (i, cycle) in cycles.enumerated() {
            let row = first + i
            try ws.row(row, height: 18)
            try ws.text(row, C.cycle, cycle.name, s.teamName(depth: 0, parent: true))
            try ws.day(row, C.start, cycle.dates?.start, s.dateCentered)
            try ws.day(row, C.end, cycle.dates?.end, s.dateCentered)
            try ws.number(row, C.overall, cycle.overallScore, s.scoreCentered)
            if i > 0, let a = cycle.overallScore, let b = cycles[i - 1].overallScore {
                try ws.text(row, C.change, wording.change(a - b), arrowFormat(a - b))
            } else {
                try ws.blank(row, C.change, s.sameCentered)
            }
            try ws.number(row, C.attainment, cycle.committedAttainment, s.percentCentered)
            try ws.number(row, C.aspirational, cycle.aspirationalMean, s.scoreCentered)
            try ws.number(row, C.keyResults, Double(cycle.keyResults), s.countCentered)
            try ws.number(row, C.scored, Double(cycle.scored), s.countCentered)
            try ws.number(row, C.objectives, Double(cycle.objectives), s.countCentered)
            try ws.number(row, C.teams, Double(cycle.teams), s.countCentered)
            try ws.number(row, C.wins, Double(cycle.wins), s.countCentered)
            try ws.number(row, C.misses, Double(cycle.misses), s.countCentered)
            try ws.number(row, C.problems, Double(cycle.problems), s.countCentered)
            if columns.cadence {
                try ws.number(row, C.updatedLast30, cycle.shareUpdatedLast30, s.percentCentered)
                try ws.number(row, C.medianDays, cycle.medianDaysBetween, s.daysCentered)
                try ws.number(row, C.netConfidence, cycle.netConfidence, s.netCentered)
            }
        }
        let last = first + cycles.count - 1
        try bandFills(ws, rows: first, last, cols: C.overall, C.overall)
        try bandFills(ws, rows: first, last, cols: C.aspirational, C.aspirational)

        let notesRow = max(last, first) + 2
        try ws.row(notesRow, height: 22)
        try ws.text(notesRow, 0, wording("trendsWorkbook.section.notes"), s.section)
        for c in 1..<columns.count { try ws.blank(notesRow, c, s.section) }
        let perLine = max(60, Int(columns.totalPixels / 6))
        for (i, note) in notes().enumerated() {
            try ws.row(notesRow + 1 + i, height: 13 * Double((note.count + perLine - 1) / perLine) + 5)
            try ws.merged(notesRow + 1 + i, 0, columns.count - 1, note, s.footnote)
        }
    }

    private func notes() -> [String] {
        func n(_ x: Double) -> String { String(format: "%.2f", x) }
        let t = thresholds, w = wording
        var out = [
            w("trendsWorkbook.note.cycles", ["committedWin": .score(t.committedWin), "target": .score(t.aspirationalTarget),
                                             "green": .score(t.green), "yellow": .score(t.yellow)]),
        ]
        if columns.cadence { out.append(w("trendsWorkbook.note.cadence")) }
        out.append(w("trendsWorkbook.note.patterns", ["safe": .score(t.sandbagging)]))
        return out
    }

    private func insertCharts(_ ws: XlsxSheet, firstRow: Int, lastRow: Int) throws {
        let C = TrendsColumns.self
        let total = columns.totalPixels
        let gap = 12.0
        let cadence = columns.cadence
        let days = cadence && history.cycles.contains { $0.medianDaysBetween != nil }
        let scoreWidth = cadence ? (total * (days ? 0.46 : 0.6)).rounded() : total
        let cadenceWidth = days ? (total * 0.31).rounded() : total - scoreWidth - gap
        let daysWidth = total - scoreWidth - cadenceWidth - 2 * gap
        let sheetName = trendsSheet
        let categories = (firstRow, C.cycle, lastRow, C.cycle)

        // Scores cycle by cycle.
        let scores = try book.chart(LXW_CHART_LINE, title: wording("trendsWorkbook.chart.scores"))
        let lines: [(col: Int, name: String, color: UInt32, width: Double, dashed: Bool)] = [
            (C.overall, wording("trendsWorkbook.column.overall"), styles.accent, 2.75, false),
            (C.attainment, wording("trendsWorkbook.column.attainment"), Palette.ink, 1.75, true),
            (C.aspirational, wording("trendsWorkbook.column.aspirational"), 0x8FA8E8, 1.75, true),
        ]
        for l in lines {
            guard let series = scores.series(sheet: sheetName, categories: categories, values: (firstRow, l.col, lastRow, l.col),
                                             name: l.name) else { continue }
            series.line(l.color, width: l.width, dash: l.dashed ? LXW_CHART_LINE_DASH_DASH : nil)
            series.marker(LXW_CHART_MARKER_CIRCLE, size: l.dashed ? 4 : 6, l.color)
            if !l.dashed { series.labels(numberFormat: "0.00", position: LXW_CHART_LABEL_POSITION_ABOVE, size: 8) }
        }
        scores.blanksAsGaps()
        axes(scores, min: 0, format: "0.00")
        scores.legend(LXW_CHART_LEGEND_BOTTOM)
        scores.legendFont(size: 9)
        scores.noBorder()
        try ws.insert(scores, row: Self.chartRow, col: 0, width: scoreWidth, height: Self.chartHeight,
                      description: wording("trendsWorkbook.chart.scores.alt"))
        guard cadence else { return }

        // Review cadence: share updated in the last 30 days, net confidence.
        let chart = try book.chart(LXW_CHART_LINE, title: wording("trendsWorkbook.chart.cadence"))
        let negative = history.cycles.contains { ($0.netConfidence ?? 0) < 0 }
        for (col, name, color) in [(C.updatedLast30, wording("trendsWorkbook.column.updatedLast30"), Palette.greenChart),
                                   (C.netConfidence, wording("trendsWorkbook.column.netConfidence"), Palette.yellowChart)] {
            guard let series = chart.series(sheet: sheetName, categories: categories, values: (firstRow, col, lastRow, col),
                                            name: name) else { continue }
            series.line(color, width: 2.25)
            series.marker(LXW_CHART_MARKER_CIRCLE, size: 5, color)
        }
        chart.blanksAsGaps()
        axes(chart, min: negative ? -1 : 0, format: "0%")
        chart.legend(LXW_CHART_LEGEND_BOTTOM)
        chart.legendFont(size: 9)
        chart.noBorder()
        try ws.insert(chart, row: Self.chartRow, col: 0, xOffset: Int(scoreWidth + gap), width: cadenceWidth,
                      height: Self.chartHeight, description: wording("trendsWorkbook.chart.cadence.alt"))
        guard days else { return }

        // Median days between updates.
        let bars = try book.chart(LXW_CHART_COLUMN, title: wording("trendsWorkbook.chart.days"))
        if let series = bars.series(sheet: sheetName, categories: categories,
                                    values: (firstRow, C.medianDays, lastRow, C.medianDays), name: wording("trendsWorkbook.chart.medianDays")) {
            series.fill(0x8FA8E8)
            series.labels(numberFormat: "0.0", position: LXW_CHART_LABEL_POSITION_OUTSIDE_END, size: 8)
        }
        bars.yAxis.numberFormat("0")
        bars.yAxis.font(size: 8, color: Palette.muted)
        bars.yAxis.gridlines(0xE5E7EB)
        bars.yAxis.range(min: 0, max: max(7, (history.cycles.compactMap(\.medianDaysBetween).max() ?? 7) * 1.25).rounded(.up))
        bars.xAxis.font(size: 8, color: Palette.muted)
        bars.legend(LXW_CHART_LEGEND_NONE)
        bars.gap(80)
        bars.noBorder()
        try ws.insert(bars, row: Self.chartRow, col: 0, xOffset: Int(scoreWidth + cadenceWidth + 2 * gap), width: daysWidth,
                      height: Self.chartHeight, description: wording("trendsWorkbook.chart.days.alt"))
    }

    private func axes(_ chart: XlsxChart, min: Double, format: String) {
        chart.yAxis.range(min: min, max: 1)
        chart.yAxis.majorUnit(min < 0 ? 0.5 : 0.25)
        chart.yAxis.numberFormat(format)
        chart.yAxis.font(size: 8, color: Palette.muted)
        chart.yAxis.gridlines(0xE5E7EB)
        chart.xAxis.font(size: 8, color: Palette.muted)
        if min < 0 { chart.xAxis.labelsLow() }
    }

    // MARK: Teams: team × cycle scores

    func writeTeams() throws {
        let s = styles
        let cycles = history.cycles
        let shown = matrixCycles
        let change = cycles.count >= 2
        let w = wording
        let changeTitle = change ? w("trendsWorkbook.teams.versus", ["latest": .text(cycles[cycles.count - 1].name),
                                                                     "before": .text(cycles[cycles.count - 2].name)]) : nil
        let titles = [w("trendsWorkbook.column.team"), w("trendsWorkbook.column.parentTeam")] + shown.map { cycles[$0].name }
            + (changeTitle.map { [$0] } ?? []) + [w("trendsWorkbook.column.cyclesScored")]
        let widths: [Double] = [34, 22] + shown.map { _ in 11 } + (change ? [14] : []) + [10]
        var parent: [String: String] = [:]
        for c in cycles { for t in c.teamFigures { parent[t.name] = t.parent ?? "" } }
        let firstScore = Self.teamFixedColumns
        let changeCol = firstScore + shown.count
        let countCol = changeCol + (change ? 1 : 0)

        for k in 0..<teamPaging.sheetCount {
            let ws = sheet(teamPaging.name(k))
            let items = teamPaging.items(onSheet: k)
            ws.sourceColumns = titles
            try frame(ws, titles: titles, widths: widths, lastRow: items.count, frozenColumns: 1)
            try bandFills(ws, rows: 1, items.count, cols: firstScore, firstScore + shown.count - 1)
            if teamPaging.items == 0 { try ws.text(1, 0, w("trendsWorkbook.empty.teams"), s.muted) }
            var row = 0
            for t in items {
                row += 1
                let name = history.teams[t]
                let scores = t < history.teamScores.count ? history.teamScores[t] : []
                func score(_ c: Int) -> Double? { c < scores.count ? scores[c] : nil }
                try ws.text(row, 0, name, s.top)
                try ws.text(row, 1, parent[name] ?? "", s.top)
                for (j, c) in shown.enumerated() { try ws.number(row, firstScore + j, score(c), s.scoreCentered) }
                if change {
                    if let a = score(cycles.count - 1), let b = score(cycles.count - 2) {
                        try ws.text(row, changeCol, wording.change(a - b), arrowFormat(a - b))
                    } else {
                        try ws.blank(row, changeCol, s.sameCentered)
                    }
                }
                let scored = cycles.indices.reduce(0) { $0 + (score($1) == nil ? 0 : 1) }
                try ws.number(row, countCol, Double(scored), s.countCentered)
            }
        }
    }

    // MARK: Patterns

    func writePatterns() throws {
        let s = styles
        let titles = ["pattern", "team", "cyclesRunning", "from", "to", "cycles", "meaning"]
            .map { wording("trendsWorkbook.column." + $0) }
        let widths: [Double] = [16, 32, 10, 12, 12, 40, 60]
        for k in 0..<patternPaging.sheetCount {
            let ws = sheet(patternPaging.name(k))
            let items = patternPaging.items(onSheet: k)
            ws.sourceColumns = titles
            try frame(ws, titles: titles, widths: widths, lastRow: items.count)
            if patternPaging.items == 0 {
                try ws.text(1, 0, wording("trendsWorkbook.empty.patterns"), s.muted)
            }
            var row = 0
            for i in items {
                row += 1
                let p = patterns[i]
                let cycles = p.streak.cycles.joined(separator: ", ")
                try ws.text(row, 0, p.pattern, p.isOverCommitting ? s.severityError : s.severityWarning)
                try ws.text(row, 1, p.streak.team, s.top)
                try ws.number(row, 2, Double(p.streak.cycles.count), s.integer)
                try ws.text(row, 3, p.streak.cycles.first ?? "", s.top)
                try ws.text(row, 4, p.streak.cycles.last ?? "", s.top)
                try ws.text(row, 5, cycles, s.wrap)
                try ws.text(row, 6, p.meaning, s.wrap)
            }
        }
    }
}
