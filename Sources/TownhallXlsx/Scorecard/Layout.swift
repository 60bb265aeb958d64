import TownhallCore

/// A list written over as many sheets as Excel's row limit needs: `Key Results`, `Key Results (2)`, …
/// Each sheet has one header row, then up to `perSheet` item rows.
struct Paging {
    let base: String
    let items: Int
    /// Item rows a sheet holds (its row limit less the header).
    let perSheet: Int

    init(_ base: String, items: Int, rowsPerSheet: Int) {
        self.base = base
        self.items = items
        self.perSheet = max(1, rowsPerSheet - 1)
    }

    var sheetCount: Int { max(1, (items + perSheet - 1) / perSheet) }

    func name(_ sheet: Int) -> String { sheet == 0 ? base : "\(base) (\(sheet + 1))" }

    var names: [String] { (0..<sheetCount).map(name) }

    /// Sheet and 0-based row of item `i`.
    func locate(_ i: Int) -> (sheet: Int, row: Int) { (i / perSheet, 1 + i % perSheet) }

    /// The items on `sheet`.
    func items(onSheet sheet: Int) -> Range<Int> {
        let lo = min(items, sheet * perSheet)
        return lo..<min(items, lo + perSheet)
    }

    /// Last 0-based row with an item on `sheet` (the header row when it has none).
    func lastRow(onSheet sheet: Int) -> Int { items(onSheet: sheet).count }

    /// `'Sheet'!$C$2:$C$n` for column `col` over every sheet's item rows (one range a sheet).
    func columnRanges(_ col: Int) -> [String] {
        (0..<sheetCount).map { k in
            A1.sheet(name(k)) + A1.range(1, col, max(1, lastRow(onSheet: k)), col)
        }
    }

    /// The cells of column `col` for the items `range` (contiguous), as one range per sheet crossed.
    func ranges(_ range: Range<Int>, col: Int) -> [String] {
        guard !range.isEmpty else { return [] }
        var out: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let (sheet, row) = locate(i)
            let onSheet = min(range.upperBound, (sheet + 1) * perSheet) - i
            out.append(A1.sheet(name(sheet)) + A1.range(row, col, row + onSheet - 1, col))
            i += onSheet
        }
        return out
    }

    /// Ranges for a set of ascending item indices: consecutive runs become one range each.
    func ranges(ofSorted indices: [Int], col: Int, limit: Int) -> [String]? {
        var out: [String] = []
        var start = 0
        while start < indices.count {
            var end = start + 1
            while end < indices.count, indices[end] == indices[end - 1] + 1 { end += 1 }
            out.append(contentsOf: ranges(indices[start]..<(indices[end - 1] + 1), col: col))
            if out.count > limit { return nil }
            start = end
        }
        return out
    }
}

/// Where other sheets' formulas find the Objectives sheet's score and key-result count.
enum ObjectiveColumn {
    static let score = ScorecardRenderer.objectiveColumns.position("score")
    static let keyResults = ScorecardRenderer.objectiveColumns.position("keyResults")
}

/// The rows of the Summary sheet and the columns of its team table.
enum SummaryLayout {
    static let titleRow = 0, subtitleRow = 1
    static let figureLabelRow = 3, figureRow = 4, figureNoteRow = 5
    /// With a comparison: "vs <previous cycle>: ▲ 0.05" under each figure.
    static let figureVersusRow = 6
    static let baseWidths: [Double] = [36, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5]
    // Team table columns, by their place in `TeamColumn`.
    static let team = TeamColumn.team.rawValue, score = TeamColumn.score.rawValue, band = TeamColumn.band.rawValue
    static let rollup = TeamColumn.rollup.rawValue, keyResults = TeamColumn.keyResults.rawValue
    static let baseTitles = TeamColumn.allCases.filter { !$0.isCadence }.map(\.title)
    static let cadenceTitles = TeamColumn.allCases.filter(\.isCadence).map(\.title)
    /// Pixel width of a column of `width` characters (Calibri 11).
    static func pixels(_ width: Double) -> Double { (width * 7 + 5).rounded(.down) }
}

/// The columns of the Summary's team table, in order; the cadence ones only with check-ins, then
/// (with a comparison) the change against the previous cycle.
enum TeamColumn: Int, CaseIterable {
    case team, score, band, rollup, attainment, aspirational, objectives, keyResults, committedMisses
    case updatedLast30, medianDays, netConfidence

    var isCadence: Bool { rawValue >= TeamColumn.updatedLast30.rawValue }

    /// The `Wording` key of the header.
    var titleKey: String {
        "workbook.column." + (self == .score ? "scoreShort" : "\(self)")
    }

    /// The English header.
    var title: String { Wording.english(titleKey) }
}

/// The Summary's columns for one report: the nine base columns, then the review cadence (with
/// check-ins) and the change against the previous cycle (with a comparison). Headline figures use
/// the same columns, so the figures and the team table are as wide as each other.
struct SummaryColumns {
    let cadence: Bool
    /// The previous cycle's name, with a comparison.
    let previous: String?

    init(report: CycleReport) {
        cadence = report.checkIns != nil
        previous = report.comparison?.previous.name
    }

    var updatedLast30: Int { TeamColumn.updatedLast30.rawValue }
    var medianDays: Int { TeamColumn.medianDays.rawValue }
    var netConfidence: Int { TeamColumn.netConfidence.rawValue }
    var versus: Int { SummaryLayout.baseTitles.count + (cadence ? SummaryLayout.cadenceTitles.count : 0) }

    /// The team table's headers in `w`'s language.
    func teamTitles(_ w: Wording) -> [String] {
        TeamColumn.allCases.filter { cadence || !$0.isCadence }.map { w($0.titleKey) }
            + (previous.map { [w("workbook.column.versus", ["previous": .text($0)])] } ?? [])
    }
    var count: Int { SummaryLayout.baseTitles.count + (cadence ? SummaryLayout.cadenceTitles.count : 0) + (previous == nil ? 0 : 1) }
    var widths: [Double] { SummaryLayout.baseWidths + Array(repeating: 13.5, count: count - SummaryLayout.baseWidths.count) }
    var totalPixels: Double { widths.map(SummaryLayout.pixels).reduce(0, +) }
    /// The first row of the chart band: one lower when the comparison row sits under the figures.
    var chartRow: Int { previous == nil ? 7 : 8 }
}

/// One column of a list sheet (Objectives, Wins, Misses, Check-ins, Playbook checks, Problems): its
/// title, its width and the writer of its cell, side by side. A sheet is a static array of these,
/// so a column is added or moved in one place and every position follows from the array; the
/// writers are plain functions of the renderer and the row's item (nothing allocated per cell).
struct ListColumn<Item>: Sendable {
    /// How the column is coloured by band (conditional formats over the whole column).
    enum Fill: Sendable { case none, byScore }
    typealias Writer = @Sendable (ScorecardRenderer, XlsxSheet, _ row: Int, _ col: Int, Item) throws -> Void

    let id: String
    /// The `Wording` key of the header.
    let titleKey: String
    let width: Double
    /// The column holds the row's score (the band fills key on it).
    var isScore = false
    var fill = Fill.none
    /// The text the cell wraps, for the row's height; `nil` for a column that does not wrap.
    var wraps: (@Sendable (ScorecardRenderer, Item) -> String)?
    let write: Writer
}

extension Array {
    /// The position of the list column `id` (a programming error when absent).
    func position<Item>(_ id: String) -> Int where Element == ListColumn<Item> {
        guard let i = firstIndex(where: { $0.id == id }) else { preconditionFailure("no column \(id)") }
        return i
    }
}
