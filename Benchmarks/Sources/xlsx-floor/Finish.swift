import CXlsxWriter
import Foundation
import TownhallCore
import TownhallXlsx

extension Int {
    /// `12345` → `12,345`, as townhall writes it.
    var grouped: String { Presentation.grouped(self) }
}

/// Summary layout, as townhall's `SummaryLayout`.
enum Layout {
    static let titleRow = 0, subtitleRow = 1, figureLabelRow = 3, figureRow = 4, figureNoteRow = 5, chartRow = 7
    static let columnWidths = Floor.blueprint.teamColumns.map(\.width)
    static let teamTitles = Floor.blueprint.teamColumns.map(\.title)
    static func pixels(_ width: Double) -> Double { (width * 7 + 5).rounded(.down) }
    static var totalPixels: Double { columnWidths.map(pixels).reduce(0, +) }
    static let objectiveTitles = Floor.blueprint.objectiveColumns.map(\.title)
    static let objectiveWidths = Floor.blueprint.objectiveColumns.map(\.width)
    static let chartTeamLimit = 20
    static let outcomes: [(outcome: Outcome, label: String, color: UInt32)] = [
        (.win, "Win", 0x4E9F5D), (.progress, "Progress", 0xE3A92B), (.miss, "Miss", 0xD0484B),
        (.unscored, "Unscored", 0xA6A6A6), (.dropped, "Dropped", 0xD9D9D9),
    ]
    static var teamHeaderRow: Int { outcomes.count + 2 }
    static var teamFirstRow: Int { teamHeaderRow + 1 }
}

extension Floor {
    var displayName: String { cycle ?? "OKR cycle" }

    static func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }

    /// Everything that needs the whole file, then `workbook_close`.
    func finish() {
        finishTeams()
        let objectiveOrder = teamList.flatMap(\.objectives)
        writeObjectives(objectiveOrder)
        let (chartTeams, teamRows) = writeSummary()
        writeChartData(chartTeams, teamRows)
        writeTeamChecks()
        writeProblems()
        frames()
        properties()
        check(workbook_close(wb), "workbook_close")
    }

    /// Parents named only in `parent_team`, children, depths, and each team's objective rows and score.
    func finishTeams() {
        for t in teamList.indices {
            if let p = teamList[t].parent, teamIndex[p] == nil {
                teamIndex[p] = teamList.count
                teamList.append(TeamInfo(name: p, ownsOKRs: false))
            }
        }
        for t in teamList.indices {
            if let p = teamList[t].parent, let pi = teamIndex[p], pi != t { teamList[pi].hasChildren = true }
            var depth = 0
            var cur = teamList[t].parent.flatMap { teamIndex[$0] }
            while let c = cur, depth < 8, c != t {
                depth += 1
                cur = teamList[c].parent.flatMap { teamIndex[$0] }
            }
            teamList[t].depth = depth
        }
        var row = 1
        for t in teamList.indices {
            let own = teamList[t].objectives
            if !own.isEmpty { teamList[t].objectiveRows = (row, row + own.count - 1) }
            row += own.count
            teamList[t].score = Self.mean(own.compactMap { objectiveList[$0].score })
        }
    }

    // MARK: Objectives

    func writeObjectives(_ order: [Int]) {
        let ws = objectives
        headerRow(ws, Layout.objectiveTitles)
        let n = width
        let kr = A1.sheet(Self.keyResultsName)
        let band = Template(Self.bandFormula("F#"))
        var row = 0
        for p in order {
            row += 1
            let o = objectiveList[p]
            ws.text(row, 0, o.id)
            ws.text(row, 1, o.team)
            ws.text(row, 2, o.title)
            ws.text(row, 3, o.owner)
            ws.text(row, 4, o.type)
            // Weighted mean of its KRs' score cells (one range: its KRs' rows, contiguous in these files).
            let s = kr + A1.range(o.firstRow, n + Self.k.score, o.lastRow, n + Self.k.score), w = kr + A1.range(o.firstRow, n + Self.k.weight, o.lastRow, n + Self.k.weight)
            let den = "SUMIFS(\(w),\(s),\"<>\")"
            ws.formula(row, 5, "=IF(COUNT(\(s))=0,\"\",IF(\(den)>\(Self.tolerance),(SUMPRODUCT(\(s),\(w)))/(\(den)),AVERAGE(\(s))))",
                       cached: o.score, f.score)
            let score = o.score
            band.render(row: row, into: &buffer)
            let word = Self.words.band(Self.thresholds.band(score))
            buffer.withUnsafeBufferPointer { b in word.withCString { ws.formula(row, 6, b.baseAddress!, cachedText: $0) } }
            ws.number(row, 7, Double(o.count), f.integer)
            ws.number(row, 8, Double(o.line), f.integer)
            ws.text(row, 9, o.alignedTo)
            ws.text(row, 10, o.value)
        }
    }

    // MARK: Summary

    func writeSummary() -> (chartTeams: [Int?], teamRows: [Int]) {
        let ws = summary
        let L = Layout.self
        worksheet_activate(ws.ws)
        worksheet_gridlines(ws.ws, option(LXW_HIDE_ALL_GRIDLINES))
        worksheet_set_tab_color(ws.ws, f.accent)
        ws.printSetup(fitWidth: 1, fitHeight: teamList.count <= 24 ? 1 : 0)
        ws.footer(displayName + " OKR scorecard", "Page &P of &N")
        for (c, w) in L.columnWidths.enumerated() { ws.column(c, width: w) }

        ws.row(L.titleRow, height: 34)
        ws.text(L.titleRow, 0, "\(displayName) OKR scorecard", f.title)
        let date = DateFormatter()
        date.locale = Locale(identifier: "en_US_POSIX")
        date.dateFormat = "d MMMM yyyy"
        ws.text(L.subtitleRow, 0, "Generated \(date.string(from: Self.now)) · from \(input)", f.subtitle)
        ws.row(2, height: 8)

        // Chart teams: the scored teams, best first; top and bottom ten when there are more than twenty.
        var scored = teamList.indices.filter { teamList[$0].score != nil }
        scored.sort { a, b in
            let x = teamList[a].score!, y = teamList[b].score!
            return x != y ? x > y : a < b
        }
        let half = L.chartTeamLimit / 2
        let partial = scored.count > L.chartTeamLimit
        let chartTeams: [Int?] = partial ? scored.prefix(half).map { $0 } + [nil] + scored.suffix(half).map { $0 } : scored
        let chartHeight = max(300, 22.0 * Double(chartTeams.count) + 100)
        let tableTop = L.chartRow + Int((chartHeight / 20).rounded(.up)) + 1
        let teamRows = teamList.indices.map { tableTop + 2 + $0 }

        // Headline figures.
        let n = width
        let lastKR = max(1, krRow)
        let kr = A1.sheet(Self.keyResultsName)
        let outcome = kr + A1.range(1, n + Self.k.outcome, lastKR, n + Self.k.outcome)
        let type = kr + A1.range(1, n + Self.k.countsAs, lastKR, n + Self.k.countsAs)
        let score = kr + A1.range(1, n + Self.k.score, lastKR, n + Self.k.score)
        let objectiveScores = A1.sheet(Self.objectivesName) + A1.range(1, 5, max(1, objectiveList.count), 5)
        let met = "COUNTIFS(\(type),\"\(Self.words.committed)\",\(score),\">=\(Self.committedWinAt)\")"
        let scoredCommitted = "COUNTIFS(\(type),\"\(Self.words.committed)\",\(score),\"<>\")"
        let sumAspirational = "SUMIFS(\(score),\(type),\"\(Self.words.aspirational)\")"
        let scoredAspirational = "COUNTIFS(\(type),\"\(Self.words.aspirational)\",\(score),\"<>\")"
        let kinds = A1.sheet(Self.problems) + A1.range(1, 0, max(1, problemItems.count + (startDefaulted > 0 ? 1 : 0)), 0)
        let rejected = problemItems.filter { $0.kind == .rejected }.count
        let rowProblems = problemItems.count - rejected
        let krs = krRow
        let dropped = outcomeCounts[.dropped, default: 0], unscored = outcomeCounts[.unscored, default: 0]
        let winsCount = outcomeCounts[.win, default: 0], missesCount = outcomeCounts[.miss, default: 0]
        let attainment = committedScored == 0 ? nil : Double(committedMet) / Double(committedScored)
        let aspirationalMean = aspirationalScored == 0 ? nil : aspirationalSum / Double(aspirationalScored)
        let teamsFormula = teamRows.isEmpty ? nil
            : "=COUNTIF(\(A1.range(teamRows.first!, 7, teamRows.last!, 7)),\">0\")"
        let figures: [(String, String?, Double?, Format, String)] = [
            ("OVERALL SCORE", "=IF(COUNT(\(objectiveScores))=0,\"\",AVERAGE(\(objectiveScores)))",
             Self.mean(objectiveList.compactMap(\.score)), f.bigScore, "mean of the objective scores"),
            ("COMMITTED ATTAINMENT", "=IF((\(scoredCommitted))=0,\"\",(\(met))/(\(scoredCommitted)))", attainment,
             f.figurePercent, "\(committedMet.grouped) of \(committedScored.grouped) committed KRs at 1.0"),
            ("ASPIRATIONAL MEAN", "=IF((\(scoredAspirational))=0,\"\",(\(sumAspirational))/(\(scoredAspirational)))",
             aspirationalMean, f.figureScore, "healthy near 0.70"),
            ("KEY RESULTS", "=COUNT(\(kr + A1.range(1, n + Self.k.line, lastKR, n + Self.k.line)))", Double(krs), f.figureCount,
             "\((krs - dropped - unscored).grouped) scored · \(dropped.grouped) dropped"),
            ("OBJECTIVES", "=COUNT(\(A1.sheet(Self.objectivesName) + A1.range(1, 7, max(1, objectiveList.count), 7)))",
             Double(objectiveList.count), f.figureCount, "with their KRs"),
            ("TEAMS", teamsFormula, Double(teamList.filter(\.ownsOKRs).count), f.figureCount, "owning OKRs"),
            ("WINS", "=COUNTIF(\(outcome),\"\(Self.words.outcome(.win))\")", Double(winsCount), f.figureCount,
             "\(outcomeCounts[.progress, default: 0].grouped) more made progress"),
            ("MISSES", "=COUNTIF(\(outcome),\"\(Self.words.outcome(.miss))\")", Double(missesCount), f.figureCount, "see the Misses sheet"),
            ("DATA PROBLEMS", "=COUNTIF(\(kinds),\"rejected row\")+COUNTIF(\(kinds),\"row problem\")",
             Double(rejected + rowProblems), f.figureCount, "\(rejected.grouped) rows rejected"),
        ]
        ws.row(L.figureLabelRow, height: 30)
        for (c, fig) in figures.enumerated() { ws.text(L.figureLabelRow, c, fig.0, f.figureLabel) }
        ws.row(L.figureRow, height: 44)
        for (c, fig) in figures.enumerated() {
            if let formula = fig.1 { ws.formula(L.figureRow, c, formula, cached: fig.2, fig.3) } else { ws.number(L.figureRow, c, fig.2, fig.3) }
        }
        ws.row(L.figureNoteRow, height: 24)
        for (c, fig) in figures.enumerated() { ws.text(L.figureNoteRow, c, fig.4, f.figureNote) }
        bandFills(ws, L.figureRow, L.figureRow, col: 0, scoreCol: 0)
        bandFills(ws, L.figureRow, L.figureRow, col: 2, scoreCol: 2)

        insertCharts(ws, chartTeams: chartTeams, partial: partial, height: chartHeight)

        // Team table.
        ws.row(tableTop, height: 22)
        ws.text(tableTop, 0, "Teams", f.section)
        for c in 1..<L.teamTitles.count { ws.blank(tableTop, c, f.section) }
        ws.row(tableTop + 1, height: 30)
        for (c, t) in L.teamTitles.enumerated() { ws.text(tableTop + 1, c, t, f.tableHeader) }
        let objectivesSheet = A1.sheet(Self.objectivesName)
        for (t, team) in teamList.enumerated() {
            let row = teamRows[t]
            ws.row(row, height: 18)
            ws.text(row, 0, team.name, f.teamName(depth: team.depth, parent: team.hasChildren))
            // Score and roll-up: the mean of its objectives' score cells (the roll-up stands in with the same range).
            for c in [1, 3] {
                if let (a, b) = team.objectiveRows {
                    let r = objectivesSheet + A1.range(a, 5, b, 5)
                    ws.formula(row, c, "=IF(COUNT(\(r))=0,\"\",AVERAGE(\(r)))", cached: team.score, f.scoreCentered)
                } else {
                    ws.number(row, c, team.score, f.scoreCentered)
                }
            }
            let b = "B\(row + 1)", d = "D\(row + 1)"
            ws.formula(row, 2, "=IF(ISNUMBER(\(b)),\(bandExpression(b)),IF(ISNUMBER(\(d)),\(bandExpression(d)),\"\"))",
                       cachedText: Self.words.band(Self.thresholds.band(team.score)), f.centered)
            ws.number(row, 4, team.committedScored == 0 ? nil : Double(team.committedMet) / Double(team.committedScored),
                      f.percentCentered)
            ws.number(row, 5, team.aspirationalScored == 0 ? nil : team.aspirationalSum / Double(team.aspirationalScored),
                      f.scoreCentered)
            ws.number(row, 6, Double(team.objectives.count), f.countCentered)
            ws.number(row, 7, Double(team.keyResults), f.countCentered)
            ws.number(row, 8, Double(team.committedMisses), f.countCentered)
        }
        let lastTeamRow = teamRows.last ?? tableTop + 1
        if let first = teamRows.first {
            bandFills(ws, first, lastTeamRow, col: 1, scoreCol: 1)
            bandFills(ws, first, lastTeamRow, col: 3, scoreCol: 3)
            let bw = "$C\(first + 1)"
            ws.conditional(first, 2, lastTeamRow, 2, "=\(bw)=\"\(Self.words.band(.green))\"", f.greenBand)
            ws.conditional(first, 2, lastTeamRow, 2, "=\(bw)=\"\(Self.words.band(.yellow))\"", f.yellowBand)
            ws.conditional(first, 2, lastTeamRow, 2, "=\(bw)=\"\(Self.words.band(.red))\"", f.redBand)
        } else {
            ws.text(tableTop + 2, 0, "No teams in this cycle.", f.muted)
        }

        // How to read it.
        let notesRow = max(lastTeamRow, tableTop + 2) + 2
        ws.row(notesRow, height: 22)
        ws.text(notesRow, 0, "How this scorecard is scored", f.section)
        for c in 1..<L.teamTitles.count { ws.blank(notesRow, c, f.section) }
        for (i, line) in Self.readingNotes.enumerated() {
            let perLine = Int(L.totalPixels / 6)
            ws.row(notesRow + 1 + i, height: 13 * Double((line.count + perLine - 1) / perLine) + 5)
            check(worksheet_merge_range(ws.ws, lxw_row_t(notesRow + 1 + i), 0, lxw_row_t(notesRow + 1 + i),
                                        lxw_col_t(L.teamTitles.count - 1), line, f.footnote), "worksheet_merge_range")
        }
        return (chartTeams, teamRows)
    }

    static let readingNotes = [
        "Scores run from 0.00 to 1.00. Bands: green at 0.70 or more, yellow from 0.40, red below. "
            + "A committed key result is a win at 1.00; an aspirational one at 0.70, with 0.40–0.70 counted as progress.",
        "A metric key result scores (current − start) ÷ (target − start), clamped to 0–1, with an empty start counted as 0. "
            + "Objective = weighted mean of its scored key results; team = mean of its objectives; overall = mean of all objectives.",
        "The figures are formulas over the Key Results and Objectives sheets: correct a start, target or current number "
            + "there and the scores, bands and headline figures follow.",
    ]

    static var now: Date {
        if let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = TimeInterval(s) {
            return Date(timeIntervalSince1970: t)
        }
        return Date()
    }

    func bandExpression(_ ref: String) -> String {
        "IF(\(ref)>=\(Self.greenAt),\"\(Self.words.band(.green))\",IF(\(ref)>=\(Self.yellowAt),\"\(Self.words.band(.yellow))\",\"\(Self.words.band(.red))\"))"
    }

    func bandFills(_ ws: Sheet, _ r1: Int, _ r2: Int, col: Int, scoreCol: Int) {
        guard r2 >= r1 else { return }
        let s = "$\(A1.column(scoreCol))\(r1 + 1)"
        ws.conditional(r1, col, r2, col, "=AND(ISNUMBER(\(s)),\(s)>=\(Self.greenAt))", f.greenBand)
        ws.conditional(r1, col, r2, col, "=AND(ISNUMBER(\(s)),\(s)>=\(Self.yellowAt),\(s)<\(Self.greenAt))", f.yellowBand)
        ws.conditional(r1, col, r2, col, "=AND(ISNUMBER(\(s)),\(s)<\(Self.yellowAt))", f.redBand)
    }

    // MARK: Charts

    func insertCharts(_ ws: Sheet, chartTeams: [Int?], partial: Bool, height: Double) {
        let total = Layout.totalPixels
        let gap = 12.0
        let teamWidth = (total * 0.44).rounded(), mixWidth = (total * 0.25).rounded()
        let outcomeWidth = total - teamWidth - mixWidth - 2 * gap

        func chart(_ type: lxw_chart_type, _ title: String) -> UnsafeMutablePointer<lxw_chart> {
            guard let c = workbook_add_chart(wb, option(type)) else { fail("workbook_add_chart failed") }
            chart_title_set_name(c, title)
            var font = lxw_chart_font()
            font.size = 12
            font.bold = 1
            font.color = 0x404040
            chart_title_set_name_font(c, &font)
            return c
        }
        func series(_ c: UnsafeMutablePointer<lxw_chart>, _ sheet: String, _ cats: (Int, Int, Int, Int)?,
                    _ vals: (Int, Int, Int, Int), _ name: String) -> UnsafeMutablePointer<lxw_chart_series> {
            guard let s = chart_add_series(c, nil, nil) else { fail("chart_add_series failed") }
            if let k = cats {
                chart_series_set_categories(s, sheet, lxw_row_t(k.0), lxw_col_t(k.1), lxw_row_t(k.2), lxw_col_t(k.3))
            }
            chart_series_set_values(s, sheet, lxw_row_t(vals.0), lxw_col_t(vals.1), lxw_row_t(vals.2), lxw_col_t(vals.3))
            chart_series_set_name(s, name)
            return s
        }
        func labels(_ s: UnsafeMutablePointer<lxw_chart_series>, _ code: String, _ position: lxw_chart_label_position?,
                    size: Double = 9, color: UInt32 = 0x404040, bold: Bool = false) {
            chart_series_set_labels(s)
            chart_series_set_labels_num_format(s, code)
            if let position { chart_series_set_labels_position(s, option(position)) }
            var font = lxw_chart_font()
            font.size = size
            font.color = color
            font.bold = bold ? 1 : 0
            chart_series_set_labels_font(s, &font)
        }
        func points(_ s: UnsafeMutablePointer<lxw_chart_series>, _ colors: [UInt32]) {
            guard !colors.isEmpty else { return }
            var fills = colors.map { c -> lxw_chart_fill in var f = lxw_chart_fill(); f.color = c; return f }
            var white = lxw_chart_line()
            white.color = 0xFFFFFF
            white.width = 1
            fills.withUnsafeMutableBufferPointer { fb in
                withUnsafeMutablePointer(to: &white) { wp in
                    var pts = (0..<fb.count).map { i -> lxw_chart_point in
                        var p = lxw_chart_point()
                        p.fill = fb.baseAddress! + i
                        p.line = wp
                        return p
                    }
                    pts.withUnsafeMutableBufferPointer { pb in
                        var list: [UnsafeMutablePointer<lxw_chart_point>?] = (0..<pb.count).map { pb.baseAddress! + $0 }
                        list.append(nil)
                        list.withUnsafeMutableBufferPointer { check(chart_series_set_points(s, $0.baseAddress), "chart_series_set_points") }
                    }
                }
            }
        }
        func axisFont(_ a: UnsafeMutablePointer<lxw_chart_axis>, _ size: Double, _ color: UInt32 = 0x404040) {
            var font = lxw_chart_font()
            font.size = size
            font.color = color
            chart_axis_set_num_font(a, &font)
        }
        func gridlines(_ a: UnsafeMutablePointer<lxw_chart_axis>) {
            chart_axis_major_gridlines_set_visible(a, 1)
            var line = lxw_chart_line()
            line.color = 0xE5E7EB
            line.width = 0.75
            chart_axis_major_gridlines_set_line(a, &line)
        }
        func noBorder(_ c: UnsafeMutablePointer<lxw_chart>) {
            var line = lxw_chart_line()
            line.none = 1
            chart_chartarea_set_line(c, &line)
        }
        func legendFont(_ c: UnsafeMutablePointer<lxw_chart>, _ size: Double) {
            var font = lxw_chart_font()
            font.size = size
            chart_legend_set_font(c, &font)
        }
        func insert(_ c: UnsafeMutablePointer<lxw_chart>, x: Int, width: Double, height: Double, _ description: String) {
            var o = lxw_chart_options()
            o.x_offset = Int32(x)
            o.x_scale = width / 480
            o.y_scale = height / 288
            o.object_position = option(LXW_OBJECT_MOVE_DONT_SIZE)
            let copy = strdup(description)
            defer { free(copy) }
            o.description = copy
            check(worksheet_insert_chart_opt(ws.ws, lxw_row_t(Layout.chartRow), 0, c, &o), "worksheet_insert_chart_opt")
        }

        let n = chartTeams.count
        if n > 0 {
            let c = chart(LXW_CHART_BAR, partial ? "Team scores: top 10 and bottom 10" : "Team scores")
            let first = Layout.teamFirstRow
            let s = series(c, Self.chartDataName, (first, 0, first + n - 1, 0), (first, 1, first + n - 1, 1), "Score")
            points(s, chartTeams.map { p in
                guard let p else { return 0xD9D9D9 }
                switch Self.thresholds.band(teamList[p].score) {
                case .green?: return 0x4E9F5D
                case .yellow?: return 0xE3A92B
                case .red?: return 0xD0484B
                case nil: return 0xA6A6A6
                }
            })
            labels(s, "0.00", LXW_CHART_LABEL_POSITION_OUTSIDE_END)
            chart_legend_set_position(c, option(LXW_CHART_LEGEND_NONE))
            chart_set_series_gap(c, 40)
            chart_axis_set_reverse(c.pointee.y_axis)
            axisFont(c.pointee.y_axis, 9)
            chart_axis_set_major_tick_mark(c.pointee.y_axis, option(LXW_CHART_AXIS_TICK_MARK_NONE))
            chart_axis_set_min(c.pointee.x_axis, 0)
            chart_axis_set_max(c.pointee.x_axis, 1)
            chart_axis_set_major_unit(c.pointee.x_axis, 0.25)
            chart_axis_set_num_format(c.pointee.x_axis, "0.00")
            axisFont(c.pointee.x_axis, 8, 0x6B7280)
            gridlines(c.pointee.x_axis)
            noBorder(c)
            insert(c, x: 0, width: teamWidth, height: height, "Bar chart of team scores")
        } else {
            ws.text(Layout.chartRow, 0, "No team has a score yet.", f.muted)
        }

        let mix = chart(LXW_CHART_COLUMN, "Committed vs aspirational")
        let row = Layout.figureRow
        let a = series(mix, Self.summaryName, nil, (row, 1, row, 1), "Committed attainment")
        var fill = lxw_chart_fill()
        fill.color = f.accent
        chart_series_set_fill(a, &fill)
        var none = lxw_chart_line()
        none.none = 1
        chart_series_set_line(a, &none)
        labels(a, "0%", LXW_CHART_LABEL_POSITION_OUTSIDE_END, size: 11, color: 0x1F2937, bold: true)
        let b = series(mix, Self.summaryName, nil, (row, 2, row, 2), "Aspirational mean score")
        fill.color = 0x8FA8E8
        chart_series_set_fill(b, &fill)
        chart_series_set_line(b, &none)
        labels(b, "0.00", LXW_CHART_LABEL_POSITION_OUTSIDE_END, size: 11, color: 0x1F2937, bold: true)
        chart_axis_set_min(mix.pointee.y_axis, 0)
        chart_axis_set_max(mix.pointee.y_axis, 1)
        chart_axis_set_major_unit(mix.pointee.y_axis, 0.25)
        chart_axis_set_num_format(mix.pointee.y_axis, "0%")
        axisFont(mix.pointee.y_axis, 8, 0x6B7280)
        gridlines(mix.pointee.y_axis)
        chart_axis_off(mix.pointee.x_axis)
        chart_legend_set_position(mix, option(LXW_CHART_LEGEND_BOTTOM))
        legendFont(mix, 9)
        chart_set_series_gap(mix, 60)
        noBorder(mix)
        insert(mix, x: Int(teamWidth + gap), width: mixWidth, height: 300, "Committed attainment against aspirational mean score")

        if krRow > 0 {
            let c = chart(LXW_CHART_DOUGHNUT, "Outcomes")
            let k = Layout.outcomes.count
            let s = series(c, Self.chartDataName, (1, 0, k, 0), (1, 1, k, 1), "Key results")
            points(s, Layout.outcomes.map(\.color))
            labels(s, "#,##0", nil, size: 9, color: 0x1F2937, bold: true)
            chart_set_hole_size(c, 50)
            chart_legend_set_position(c, option(LXW_CHART_LEGEND_RIGHT))
            legendFont(c, 9)
            noBorder(c)
            insert(c, x: Int(teamWidth + mixWidth + 2 * gap), width: outcomeWidth, height: 300,
                   "Doughnut chart of key result outcomes")
        }
    }

    // MARK: Chart data

    func writeChartData(_ chartTeams: [Int?], _ teamRows: [Int]) {
        let ws = chartData
        worksheet_hide(ws.ws)
        ws.column(0, width: 30)
        ws.column(1, width: 12)
        ws.text(0, 0, "Outcome", f.bold)
        ws.text(0, 1, "Key results", f.bold)
        let outcome = A1.sheet(Self.keyResultsName) + A1.range(1, width + Self.k.outcome, max(1, krRow), width + Self.k.outcome)
        for (i, o) in Layout.outcomes.enumerated() {
            ws.text(1 + i, 0, o.label)
            ws.formula(1 + i, 1, "=COUNTIF(\(outcome),\"\(Self.words.outcome(o.outcome))\")",
                       cached: Double(outcomeCounts[o.outcome, default: 0]), f.integer)
        }
        ws.text(Layout.teamHeaderRow, 0, "Team", f.bold)
        ws.text(Layout.teamHeaderRow, 1, "Score", f.bold)
        for (i, position) in chartTeams.enumerated() {
            let row = Layout.teamFirstRow + i
            guard let t = position else {
                ws.text(row, 0, "⋯")
                continue
            }
            ws.text(row, 0, teamList[t].name)
            let ref = A1.sheet(Self.summaryName) + A1.cell(teamRows[t], 1, absolute: true)
            ws.formula(row, 1, "=IF(ISNUMBER(\(ref)),\(ref),\"\")", cached: teamList[t].score, f.score)
        }
    }

    // MARK: Team and objective checks (after the per-KR ones)

    func writeTeamChecks() {
        for t in teamList {
            let n = t.objectives.count
            if n < 1 || n > 5 {
                checkRow(subject: t.name, team: t.name, id: Playbook.TeamObjectiveCount.id,
                         message: "team has \(n) objective\(n == 1 ? "" : "s"); the playbook asks for 1 to 5",
                         lines: Self.linesText(t.lines, total: t.keyResults))
            }
        }
        for o in objectiveList where o.count < 2 || o.count > 5 {
            checkRow(subject: "\(o.team) / \(o.title)", team: o.team, id: Playbook.ObjectiveKRCount.id,
                     message: "objective has \(o.count) key result\(o.count == 1 ? "" : "s"); the playbook asks for 2 to 5",
                     lines: Self.linesText(o.lines, total: o.count))
        }
        for t in teamList where t.ownsOKRs && t.keyResults > 0 && (t.committedKRs == 0 || t.aspirationalKRs == 0) {
            checkRow(subject: t.name, team: t.name, id: Playbook.TeamBalance.id,
                     message: "\(t.keyResults == 1 ? "its only key result is" : "all \(t.keyResults) key results are") \(t.committedKRs == 0 ? "aspirational" : "committed"): no balance of committed and aspirational",
                     lines: Self.linesText(t.lines, total: t.keyResults))
        }
        for t in teamList where t.aspirationalScored > 0 {
            let m = t.aspirationalSum / Double(t.aspirationalScored)
            guard m >= 0.95 - 1e-9 else { continue }
            checkRow(subject: t.name, team: t.name, id: Playbook.AspirationalTooEasy.id,
                     message: "aspirational key results average \(String(format: "%.2f", m)): goals not ambitious enough",
                     lines: Self.linesText(t.aspirationalLines, total: t.aspirationalKRs))
        }
    }

    // MARK: Problems

    func writeProblems() {
        let ws = problems
        var items = problemItems
        if startDefaulted > 0 {
            items.append(ProblemItem(kind: .warning, line: nil, column: "",
                message: "\(startDefaulted) key result\(startDefaulted == 1 ? "" : "s") without a start: progress counted from 0 (see the \(Playbook.MissingStart.id) check)"))
        }
        let widest = items.reduce(0) { max($0, $1.kind == .rejected ? $1.fields.count : 0) }
        let fieldColumns = min(widest, 16_384 - 5)
        let fieldTitles = (0..<fieldColumns).map { i in i < names.count ? names[i] : "Column \(i + 1)" }
        let titles = ["Kind", "File", "Line", "Column", "Message"] + fieldTitles
        headerRow(ws, titles)
        for (c, w) in ([13, 18, 8, 16, 60] + fieldTitles.map { _ in 16.0 }).enumerated() { ws.column(c, width: w) }
        listFrame(ws, columns: titles.count, lastRow: items.count, fitWidth: fieldColumns == 0)
        if items.isEmpty {
            ws.text(1, 0, "No data problems: every row became a key result and every key result could be scored.", f.muted)
        }
        for (i, item) in items.enumerated() {
            let row = i + 1
            switch item.kind {
            case .rejected:
                ws.text(row, 0, "rejected row", f.severityError)
                ws.text(row, 1, input)
                ws.number(row, 2, Double(item.line!), f.integer)
                fitRow(ws, row, item.message, 60, "", 1000)
                ws.text(row, 4, item.message, f.wrap)
                for (j, field) in item.fields.prefix(fieldColumns).enumerated() { ws.text(row, 5 + j, field) }
            case .problem:
                ws.text(row, 0, "row problem", f.severityWarning)
                ws.text(row, 1, input)
                ws.number(row, 2, Double(item.line!), f.integer)
                ws.text(row, 3, item.column)
                fitRow(ws, row, item.message, 60, "", 1000)
                ws.text(row, 4, item.message, f.wrap)
            case .warning:
                ws.text(row, 0, "warning", f.severityInfo)
                ws.text(row, 1, input)
                ws.text(row, 3, item.column)
                fitRow(ws, row, item.message, 60, "", 1000)
                ws.text(row, 4, item.message, f.wrap)
            }
        }
    }

    // MARK: Frames: widths, frozen header, autofilter, print setup, band fills

    func listFrame(_ ws: Sheet, columns: Int, lastRow: Int, fitWidth: Bool) {
        worksheet_freeze_panes(ws.ws, 1, 0)
        check(worksheet_autofilter(ws.ws, 0, 0, lxw_row_t(max(lastRow, 1)), lxw_col_t(max(columns - 1, 0))), "worksheet_autofilter")
        ws.printSetup(fitWidth: fitWidth ? 1 : 0)
        check(worksheet_repeat_rows(ws.ws, 0, 0), "worksheet_repeat_rows")
        ws.footer(displayName + " · " + ws.name, "Page &P of &N")
    }

    func frames() {
        // Key Results: widths from the header and the first 500 rows, as townhall.
        let kr = keyResults
        for (c, w) in (widths + Self.blueprint.keyResultColumns.map(\.width)).enumerated() { kr.column(c, width: w) }
        listFrame(kr, columns: width + Self.computedTitles.count, lastRow: krRow, fitWidth: true)
        bandFills(kr, 1, krRow, col: width + Self.k.score, scoreCol: width + Self.k.score)
        bandFills(kr, 1, krRow, col: width + Self.k.band, scoreCol: width + Self.k.score)

        for (c, w) in Layout.objectiveWidths.enumerated() { objectives.column(c, width: w) }
        listFrame(objectives, columns: Layout.objectiveTitles.count, lastRow: objectiveList.count, fitWidth: true)
        bandFills(objectives, 1, objectiveList.count, col: 5, scoreCol: 5)
        bandFills(objectives, 1, objectiveList.count, col: 6, scoreCol: 5)

        for (c, w) in Self.winWidths.enumerated() { wins.column(c, width: w) }
        listFrame(wins, columns: Self.winWidths.count, lastRow: winRow, fitWidth: true)
        bandFills(wins, 1, winRow, col: 4, scoreCol: 4)
        if winRow == 0 { wins.text(1, 0, "No wins this cycle.", f.muted) }

        for (c, w) in Self.missWidths.enumerated() { misses.column(c, width: w) }
        listFrame(misses, columns: Self.missWidths.count, lastRow: missRow, fitWidth: true)
        bandFills(misses, 1, missRow, col: 4, scoreCol: 4)
        bandFills(misses, 1, missRow, col: 6, scoreCol: 4)
        if missRow == 0 { misses.text(1, 0, "No misses this cycle.", f.muted) }

        for (c, w) in Self.checkWidths.enumerated() { checks.column(c, width: w) }
        listFrame(checks, columns: Self.checkWidths.count, lastRow: checkRow, fitWidth: true)
        if checkRow == 0 { checks.text(1, 0, "The cycle passes every playbook check.", f.muted) }
    }

    // MARK: Document properties

    func properties() {
        let cycle = displayName
        var props = lxw_doc_properties()
        var copies: [UnsafeMutablePointer<CChar>?] = []
        defer { for p in copies { free(p) } }
        func c(_ s: String) -> UnsafeMutablePointer<CChar>? {
            let p = strdup(String(s.prefix(255)))
            copies.append(p)
            return p
        }
        props.title = c("\(cycle) OKR scorecard")
        props.subject = c("OKR scorecard for \(cycle): scores, committed vs aspirational, wins, misses, playbook checks")
        props.author = c("townhall")
        props.keywords = c("OKR, scorecard, \(cycle)")
        props.comments = c("Generated by townhall from \(input) with libxlsxwriter \(String(cString: lxw_version()))")
        props.category = c("OKR scorecard")
        props.created = time_t(Self.now.timeIntervalSince1970.rounded(.down))
        check(workbook_set_properties(wb, &props), "workbook_set_properties")
    }
}
