import CXlsxWriter
import Foundation
import TownhallCore

/// Draws one `CycleReport` into one workbook: plans the sheets, then writes each in row order
/// (constant-memory mode), formulas with their cached values wherever a figure follows from cells.
final class ScorecardRenderer: WorkbookRenderer {
    let report: CycleReport
    let book: XlsxWorkbook
    let styles: Styles
    let options: ScorecardOptions
    let diagnostics: Diagnostics

    let krColumns: KeyResultColumns
    let tree: TeamTree
    /// The key results of the Wins and Misses sheets, in their order.
    let wins, misses: [Int]
    let problemItems: [ProblemItem]
    let rejectedColumns: Int
    private let widestRejected: Int

    let krPaging, objectivePaging, winPaging, missPaging, checkPaging, problemPaging: Paging
    /// The Check-ins sheet(s); no sheet at all without check-ins.
    let checkInPaging: Paging?
    let summaryColumns: SummaryColumns
    /// Teams the playbook found mostly stale (with check-ins).
    let staleTeams: Set<String>
    var sheets: [String: XlsxSheet] = [:]

    /// Formula literals of the thresholds, tolerance included (`0.699999999`).
    let limits: FormulaThresholds
    var greenAt: String { limits.greenAt }
    var yellowAt: String { limits.yellowAt }
    var committedWinAt: String { limits.committedWinAt }
    var aspirationalWinAt: String { limits.aspirationalWinAt }
    var aspirationalProgressAt: String { limits.aspirationalProgressAt }
    var tolerance: String { limits.tolerance }
    /// The cell words of bands, outcomes and types, which formulas compare against.
    let words: ScorecardWords
    /// The Key Results sheet's per-row formulas, built once.
    let krFormulas: KeyResultFormulas
    /// The band formula of an Objectives row.
    let objectiveBand: FormulaTemplate

    /// The Problems sheet's own columns (`problemColumns`), before a rejected row's raw fields.
    static var problemFixedColumns: Int { problemColumns.count }
    /// The workbook's language.
    let wording: Wording
    /// Every sheet name, valid in any language.
    let names: SheetNames
    var chartDataSheet: String { names.chartData }
    var summarySheet: String { names.summary }

    init(report: CycleReport, book: XlsxWorkbook, options: ScorecardOptions, diagnostics: Diagnostics) throws {
        self.report = report
        self.book = book
        self.options = options
        self.diagnostics = diagnostics
        styles = try Styles(book, accent: Palette.color(report.organization.accent))
        wording = report.wording
        names = SheetNames(wording)
        krColumns = KeyResultColumns(report: report)
        summaryColumns = SummaryColumns(report: report)
        staleTeams = Set(report.checks.lazy.filter { $0.id == Playbook.TeamMostlyStale.id }.map(\.team))
        tree = TeamTree(report)
        wins = report.winIndices
        misses = report.missIndices
        problemItems = ProblemItem.ordered(report)
        var widest = 0
        for r in report.rejected where r.fields.count > widest { widest = r.fields.count }
        rejectedColumns = min(widest, KeyResultColumns.excelColumns - Self.problemFixedColumns)
        widestRejected = widest

        let rows = options.rowsPerSheet
        krPaging = Paging(names.keyResults, items: report.keyResults.count, rowsPerSheet: rows)
        objectivePaging = Paging(names.objectives, items: report.objectives.count, rowsPerSheet: rows)
        winPaging = Paging(names.wins, items: wins.count, rowsPerSheet: rows)
        missPaging = Paging(names.misses, items: misses.count, rowsPerSheet: rows)
        checkPaging = Paging(names.checks, items: report.checks.count, rowsPerSheet: rows)
        problemPaging = Paging(names.problems, items: problemItems.count, rowsPerSheet: rows)
        let checkInsName = names.checkIns
        checkInPaging = report.checkIns.map { Paging(checkInsName, items: $0.checkIns.count, rowsPerSheet: rows) }

        limits = FormulaThresholds(report.thresholds)
        words = ScorecardWords(wording)
        krFormulas = KeyResultFormulas(krColumns, thresholds: limits, words: words)
        objectiveBand = FormulaTemplate("=IF(ISNUMBER(\(A1.column(ObjectiveColumn.score))#),"
                                        + "\(limits.bandExpression(A1.column(ObjectiveColumn.score) + "#", words)),\"\")")
    }

    /// Sheet order as the reader meets them.
    var sheetNames: [String] {
        [summarySheet] + objectivePaging.names + krPaging.names + winPaging.names + missPaging.names
            + (checkInPaging?.names ?? []) + checkPaging.names + problemPaging.names + [chartDataSheet]
    }

    func writeSheets() throws {
        try writeProperties()
        try writeKeyResults()
        try writeObjectives()
        let summary = try writeSummary()
        try writeChartData(summary)
        try writeWins()
        try writeMisses()
        try writeCheckIns()
        try writeChecks()
        try writeProblems()
        if widestRejected > rejectedColumns {
            diagnostics.note("rejected rows' fields beyond Excel's 16,384 columns are not on the Problems sheet")
        }
        if krColumns.dropped > 0 {
            diagnostics.note("\(krColumns.dropped.grouped) input columns beyond Excel's 16,384 columns "
                             + "are not on the Key Results sheet", line: 1)
        }
    }

    private func writeProperties() throws {
        let org = report.organization.name.trimmed
        let cycle = report.displayName(in: wording)
        let w = wording
        let title = org.isEmpty ? w("workbook.property.title", ["cycle": .text(cycle)])
            : w("workbook.property.titleOrg", ["org": .text(org), "cycle": .text(cycle)])
        try book.setProperties(
            title: title,
            subject: w("workbook.property.subject", ["cycle": .text(cycle)]),
            author: "townhall", company: org,
            keywords: ["OKR", "scorecard", cycle, org].filter { !$0.isEmpty }.joined(separator: ", "),
            comments: w("workbook.property.comments", [
                "file": .text(report.sourceName.isEmpty ? w("workbook.property.theExport") : report.sourceName),
                "version": .text(String(cString: lxw_version())),
            ]),
            category: ScorecardLayout.category, created: report.generatedAt)
    }

    // MARK: Formula pieces shared by the sheets

    /// `=IF(ISNUMBER(X#),IF(X#>=g,"Green",IF(X#>=y,"Amber","Red")),"")` for score column `col`.
    func bandTemplate(_ col: Int) -> FormulaTemplate {
        let x = A1.column(col) + "#"
        return FormulaTemplate("=IF(ISNUMBER(\(x)),\(bandExpression(x)),\"\")")
    }

    /// The band of a score formula-cell reference, as an expression.
    func bandExpression(_ ref: String) -> String { limits.bandExpression(ref, words) }

    /// Green / yellow / red fills on rows `r1…r2` of column `col`, keyed on the score in column `scoreCol`.
    func bandFills(_ ws: XlsxSheet, rows r1: Int, _ r2: Int, col: Int, scoreCol: Int) throws {
        guard r2 >= r1 else { return }
        let s = "$\(A1.column(scoreCol))\(r1 + 1)"
        try ws.conditionalFormat(r1, col, r2, col, formula: "=AND(ISNUMBER(\(s)),\(s)>=\(greenAt))", format: styles.greenBand)
        try ws.conditionalFormat(r1, col, r2, col, formula: "=AND(ISNUMBER(\(s)),\(s)>=\(yellowAt),\(s)<\(greenAt))",
                                 format: styles.yellowBand)
        try ws.conditionalFormat(r1, col, r2, col, formula: "=AND(ISNUMBER(\(s)),\(s)<\(yellowAt))", format: styles.redBand)
    }

    /// Fills on rows `r1…r2` of column `col` keyed on a band word in column `bandCol`.
    func bandWordFills(_ ws: XlsxSheet, rows r1: Int, _ r2: Int, col: Int, bandCol: Int) throws {
        guard r2 >= r1 else { return }
        let b = "$\(A1.column(bandCol))\(r1 + 1)"
        try ws.conditionalFormat(r1, col, r2, col, formula: "=\(b)=\(ScorecardWords.literal(words.green))", format: styles.greenBand)
        try ws.conditionalFormat(r1, col, r2, col, formula: "=\(b)=\(ScorecardWords.literal(words.amber))", format: styles.yellowBand)
        try ws.conditionalFormat(r1, col, r2, col, formula: "=\(b)=\(ScorecardWords.literal(words.red))", format: styles.redBand)
    }

    /// Makes `row` tall enough for `cells` (text, column width) to wrap, up to `maxLines` lines.
    /// libxlsxwriter cannot measure text, and viewers do not grow rows on load: this estimates.
    /// Call it before the row's cells (constant-memory mode).
    func fitRow(_ ws: XlsxSheet, _ row: Int, _ cells: [(text: String, width: Double)], maxLines: Int = 12) throws {
        var lines = 1
        for cell in cells where cell.text.utf8.count > Int(cell.width) || cell.text.utf8.contains(10) {
            let perLine = max(1, Int(cell.width * 1.15))
            var n = 0
            for paragraph in cell.text.split(separator: "\n", omittingEmptySubsequences: false) {
                n += max(1, (paragraph.count + perLine - 1) / perLine)
                if n >= maxLines { break }
            }
            lines = max(lines, min(n, maxLines))
        }
        if lines > 1 { try ws.row(row, height: 15 * Double(lines) + 2) }
    }

    /// Header row, frozen, filterable, printable: the common frame of every list sheet.
    /// Every list sheet prints landscape, one page wide, its header on every page. Columns marked
    /// `folded` (a parsed copy of an input column) sit in a collapsed outline group: hidden, so
    /// the sheet reads and prints each value once, one click from view for the formulas they feed.
    func frame(_ ws: XlsxSheet, titles: [String], widths: [Double], folded: [Bool] = [], lastRow: Int,
               headerFormat: (Int) -> XlsxFormat) throws {
        for (c, w) in widths.enumerated() {
            let hidden = c < folded.count && folded[c]
            let closesGroup = !hidden && c > 0 && c - 1 < folded.count && folded[c - 1]
            try ws.column(c, c, width: w, hidden: hidden, level: hidden ? 1 : 0, collapsed: closesGroup)
        }
        try ws.row(0, height: 20)
        for (c, t) in titles.enumerated() { try ws.text(0, c, t, headerFormat(c)) }
        ws.freeze(rows: 1, columns: 0)
        try ws.autofilter(0, 0, max(lastRow, 1), max(titles.count - 1, 0))
        ws.printSetup(landscape: true, fitWidth: 1)
        try ws.repeatRows(0, 0)
        try ws.footer(left: wording("workbook.footer.sheet", ["cycle": .text(report.displayName(in: wording)), "sheet": .text(ws.name)]),
                      right: wording("workbook.footer.pages"))
    }
}

/// The scorecard's sheet names in one language, each valid for Excel (at most 31 characters, none of
/// `[]:*?/\`, room for the number of a continuation sheet) and all different.
struct SheetNames {
    let summary, objectives, keyResults, wins, misses, checkIns, checks, problems, chartData: String

    init(_ w: Wording) {
        var taken = Set<String>()
        /// A valid name, made unique with a number when a translation repeats another sheet's name.
        func name(_ key: String, pages: Bool = true) -> String {
            let reserve = pages ? ScorecardLayout.continuationRoom : 0
            let base = key == "workbook.sheet.keyResults" ? ScorecardLayout.keyResultsSheet(in: w)
                : ScorecardLayout.sheetName(w(key), reserve: reserve)
            var candidate = base
            var n = 2
            while taken.contains(candidate.lowercased()) {
                candidate = ScorecardLayout.sheetName(base, reserve: reserve + 3) + " \(n)"
                n += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
        keyResults = name("workbook.sheet.keyResults")
        summary = name("workbook.sheet.summary", pages: false)
        objectives = name("workbook.sheet.objectives")
        wins = name("workbook.sheet.wins")
        misses = name("workbook.sheet.misses")
        checkIns = name("workbook.sheet.checkIns")
        checks = name("workbook.sheet.checks")
        problems = name("workbook.sheet.problems")
        chartData = name("workbook.sheet.chartData", pages: false)
    }

    var all: [String] { [summary, objectives, keyResults, wins, misses, checkIns, checks, problems, chartData] }
}

/// The thresholds as formula literals, tolerance included (`0.699999999`): a score a hair below a
/// threshold through floating point still reaches it, as in the core.
struct FormulaThresholds {
    let greenAt, yellowAt, committedWinAt, aspirationalWinAt, aspirationalProgressAt, tolerance: String

    init(_ t: Thresholds) {
        greenAt = A1.number(t.green - t.tolerance)
        yellowAt = A1.number(t.yellow - t.tolerance)
        committedWinAt = A1.number(t.committedWin - t.tolerance)
        aspirationalWinAt = A1.number(t.aspirationalWin - t.tolerance)
        aspirationalProgressAt = A1.number(t.aspirationalProgress - t.tolerance)
        tolerance = A1.number(t.tolerance)
    }

    /// The band word of the score at `ref`, as an expression.
    func bandExpression(_ ref: String, _ w: ScorecardWords) -> String {
        "IF(\(ref)>=\(greenAt),\(ScorecardWords.literal(w.green)),IF(\(ref)>=\(yellowAt),\(ScorecardWords.literal(w.amber)),\(ScorecardWords.literal(w.red))))"
    }
}

/// One row of the Problems sheet.
enum ProblemItem {
    case rejected(Int)
    case problem(Int)
    case warning(Int)

    /// Rejected rows and row problems by file then line (the main input first), then run warnings.
    static func ordered(_ report: CycleReport) -> [ProblemItem] {
        struct Key { var other: Int; var file: String; var line: Int; var kind: Int; var index: Int }
        var keys: [Key] = []
        keys.reserveCapacity(report.rejected.count + report.problems.count)
        for (i, r) in report.rejected.enumerated() { keys.append(Key(other: 0, file: "", line: r.line, kind: 0, index: i)) }
        for (i, p) in report.problems.enumerated() {
            keys.append(Key(other: p.file == nil ? 0 : 1, file: p.file ?? "", line: p.line, kind: 1, index: i))
        }
        keys.sort { ($0.other, $0.file, $0.line, $0.kind, $0.index) < ($1.other, $1.file, $1.line, $1.kind, $1.index) }
        var out: [ProblemItem] = keys.map { $0.kind == 0 ? .rejected($0.index) : .problem($0.index) }
        out.append(contentsOf: report.warnings.indices.map { .warning($0) })
        return out
    }
}

/// The Problems sheet's words; its columns are `ScorecardRenderer.problemColumns`, a rejected row's
/// raw fields after them.
enum ProblemColumn {
    /// The id of the kind column, which the data-problems figure counts over.
    static let kind = "kind"
}
