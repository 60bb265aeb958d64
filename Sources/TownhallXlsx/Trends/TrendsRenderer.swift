import CXlsxWriter
import Foundation
import TownhallCore

/// The columns of the Trends sheet's cycle table; the cadence columns only when some cycle had check-ins.
struct TrendsColumns {
    let cadence: Bool

    static let cycle = 0, start = 1, end = 2, overall = 3, change = 4, attainment = 5, aspirational = 6
    static let keyResults = 7, scored = 8, objectives = 9, teams = 10, wins = 11, misses = 12, problems = 13
    static let updatedLast30 = 14, medianDays = 15, netConfidence = 16

    /// `Wording` keys of the headers.
    static let baseTitles = ["cycle", "start", "end", "overall", "change", "attainment", "aspirational", "keyResults",
                             "scored", "objectives", "teams", "wins", "misses", "problems"].map { "trendsWorkbook.column." + $0 }
    static let baseWidths: [Double] = [16, 11, 11, 10, 9, 12, 12, 10, 9, 10, 8, 8, 8, 10]
    static let cadenceTitles = ["updatedLast30", "medianDays", "netConfidence"].map { "trendsWorkbook.column." + $0 }

    var titles: [String] { Self.baseTitles + (cadence ? Self.cadenceTitles : []) }
    func titles(_ w: Wording) -> [String] { titles.map { w($0) } }
    var widths: [Double] { Self.baseWidths + (cadence ? [12, 12, 11] : []) }
    var count: Int { titles.count }
    var totalPixels: Double { widths.map(SummaryLayout.pixels).reduce(0, +) }
}

/// Draws one `HistoryReport` into one workbook, each sheet in row order (constant-memory mode).
final class TrendsRenderer: WorkbookRenderer {
    let history: HistoryReport
    let book: XlsxWorkbook
    let styles: Styles
    let columns: TrendsColumns
    let teamPaging, patternPaging: Paging
    /// Cycles shown as columns of the Teams sheet (all of them unless Excel's columns run out).
    let matrixCycles: Range<Int>
    var sheets: [String: XlsxSheet] = [:]
    let greenAt, yellowAt: String

    /// The workbook's language and its sheet names (valid for Excel in any language).
    let wording: Wording
    let trendsSheet: String
    /// Rows of the Trends sheet.
    static let titleRow = 0, subtitleRow = 1, chartRow = 3
    static let chartHeight = 300.0

    /// Team and parent before the cycles, the latest change and the count of scored cycles after.
    static let teamFixedColumns = 2, teamTrailingColumns = 2

    /// A streak of one of the two patterns, flattened for the Patterns sheet.
    struct PatternRow {
        var pattern: String
        var isOverCommitting: Bool
        var meaning: String
        var streak: HistoryReport.Streak
    }
    let patterns: [PatternRow]

    init(history: HistoryReport, book: XlsxWorkbook, options: ScorecardOptions) throws {
        self.history = history
        self.book = book
        let thresholds = history.thresholds
        wording = history.wording
        let w = wording
        trendsSheet = ScorecardLayout.sheetName(w("trendsWorkbook.sheet.trends"))
        styles = try Styles(book, accent: Palette.color(history.accent))
        columns = TrendsColumns(cadence: history.cycles.contains {
            $0.shareUpdatedLast30 != nil || $0.medianDaysBetween != nil || $0.netConfidence != nil
        })
        let room = KeyResultColumns.excelColumns - Self.teamFixedColumns - Self.teamTrailingColumns
        matrixCycles = max(0, history.cycles.count - room)..<history.cycles.count
        let safe = thresholds.sandbagging
        patterns = history.goalsTooSafe.map {
            PatternRow(pattern: w("trendsWorkbook.pattern.tooSafe"), isOverCommitting: false,
                       meaning: w("trendsWorkbook.pattern.tooSafe.meaning", ["safe": .score(safe)]), streak: $0)
        } + history.overCommitting.map {
            PatternRow(pattern: w("trendsWorkbook.pattern.overCommitting"), isOverCommitting: true,
                       meaning: w("trendsWorkbook.pattern.overCommitting.meaning"), streak: $0)
        }
        var teamsName = ScorecardLayout.sheetName(w("trendsWorkbook.sheet.teams"), reserve: ScorecardLayout.continuationRoom)
        var patternsName = ScorecardLayout.sheetName(w("trendsWorkbook.sheet.patterns"), reserve: ScorecardLayout.continuationRoom)
        if teamsName.lowercased() == trendsSheet.lowercased() { teamsName = ScorecardLayout.sheetName(teamsName, reserve: 9) + " 2" }
        if patternsName.lowercased() == trendsSheet.lowercased() || patternsName.lowercased() == teamsName.lowercased() {
            patternsName = ScorecardLayout.sheetName(patternsName, reserve: 9) + " 3"
        }
        teamPaging = Paging(teamsName, items: history.teams.count, rowsPerSheet: options.rowsPerSheet)
        patternPaging = Paging(patternsName, items: patterns.count, rowsPerSheet: options.rowsPerSheet)
        greenAt = A1.number(thresholds.green - thresholds.tolerance)
        yellowAt = A1.number(thresholds.yellow - thresholds.tolerance)
    }

    var sheetNames: [String] { [trendsSheet] + teamPaging.names + patternPaging.names }

    /// The bands that colour the scores and the sandbagging level the patterns name.
    var thresholds: Thresholds { history.thresholds }

    func writeSheets() throws {
        try writeProperties()
        try writeTrends()
        try writeTeams()
        try writePatterns()
    }

    // MARK: Shared pieces

    /// "Northwind Robotics OKR trends", or "OKR trends".
    var title: String {
        let org = history.organization.trimmed
        return org.isEmpty ? wording("trendsWorkbook.title") : wording("trendsWorkbook.titleOrg", ["org": .text(org)])
    }

    /// "2026-Q1 to 2026-Q4", or the one cycle's name.
    var span: String {
        guard let first = history.cycles.first, let last = history.cycles.last else { return wording("trendsWorkbook.noCycle") }
        return history.cycles.count == 1 ? first.name
            : wording("trendsWorkbook.span", ["first": .text(first.name), "last": .text(last.name)])
    }

    private func writeProperties() throws {
        let org = history.organization.trimmed
        try book.setProperties(
            title: title,
            subject: wording("trendsWorkbook.property.subject", ["cycles": .count(history.cycles.count), "span": .text(span)]),
            author: "townhall", company: org,
            keywords: ["OKR", "trends", "history", org].filter { !$0.isEmpty }.joined(separator: ", "),
            comments: wording("trendsWorkbook.property.comments", ["version": .text(String(cString: lxw_version()))]),
            category: "OKR trends", created: history.generatedAt)
    }

    /// Green / yellow / red fills on rows `r1…r2`, columns `c1…c2`, keyed on each cell's own score.
    func bandFills(_ ws: XlsxSheet, rows r1: Int, _ r2: Int, cols c1: Int, _ c2: Int) throws {
        guard r2 >= r1, c2 >= c1 else { return }
        let x = A1.cell(r1, c1)  // relative: each cell tests itself
        try ws.conditionalFormat(r1, c1, r2, c2, formula: "=AND(ISNUMBER(\(x)),\(x)>=\(greenAt))", format: styles.greenBand)
        try ws.conditionalFormat(r1, c1, r2, c2, formula: "=AND(ISNUMBER(\(x)),\(x)>=\(yellowAt),\(x)<\(greenAt))",
                                 format: styles.yellowBand)
        try ws.conditionalFormat(r1, c1, r2, c2, formula: "=AND(ISNUMBER(\(x)),\(x)<\(yellowAt))", format: styles.redBand)
    }

    /// Header row, frozen (and the first `frozenColumns`), filterable, printable.
    func frame(_ ws: XlsxSheet, titles: [String], widths: [Double], lastRow: Int, frozenColumns: Int = 0) throws {
        for (c, w) in widths.enumerated() { try ws.column(c, c, width: w) }
        try ws.row(0, height: 30)
        for (c, t) in titles.enumerated() { try ws.text(0, c, t, styles.tableHeader) }
        ws.freeze(rows: 1, columns: frozenColumns)
        try ws.autofilter(0, 0, max(lastRow, 1), max(titles.count - 1, 0))
        ws.printSetup(landscape: true, fitWidth: 1)
        try ws.repeatRows(0, 0)
        try ws.footer(left: wording("workbook.footer.sheet", ["cycle": .text(title), "sheet": .text(ws.name)]),
                      right: wording("workbook.footer.pages"))
    }

    /// The format of the score change `d` as `CycleComparison.arrow` shows it: green when it is good
    /// news, red when bad, grey unchanged (the core's `News` decides).
    func arrowFormat(_ d: Double, better: Better = .up) -> XlsxFormat {
        switch CycleComparison.direction(d).map({ News($0, better: better) }) ?? .neutral {
        case .good: styles.upCentered
        case .bad: styles.downCentered
        case .neutral: styles.sameCentered
        }
    }
}
