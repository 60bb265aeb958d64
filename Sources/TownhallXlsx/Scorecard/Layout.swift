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

/// The columns of the Key Results sheet: every input column as written, then what scoring made of it.
struct KeyResultColumns {
    /// Input columns written (all of them, unless Excel's 16,384 columns run out).
    let input: Int
    /// Input columns that did not fit.
    let dropped: Int
    let names: [String]

    static let computedTitles = [
        "Score (computed)", "Progress", "Band", "Outcome", "Counts as", "Scored by",
        "Start (number)", "Target (number)", "Current (number)", "Weight (number)", "KR ID", "Objective ID", "Line",
    ]
    static let excelColumns = 16_384

    init(report: CycleReport) {
        var n = report.header.count
        for kr in report.keyResults where kr.fields.count > n { n = kr.fields.count }
        let room = KeyResultColumns.excelColumns - KeyResultColumns.computedTitles.count
        input = min(n, room)
        dropped = n - input
        names = (0..<input).map { i in
            let h = i < report.header.count ? report.header[i].trimmed : ""
            return h.isEmpty ? "Column \(i + 1)" : h
        }
    }

    var score: Int { input }
    var progress: Int { input + 1 }
    var band: Int { input + 2 }
    var outcome: Int { input + 3 }
    var countsAs: Int { input + 4 }
    var scoredBy: Int { input + 5 }
    var start: Int { input + 6 }
    var target: Int { input + 7 }
    var current: Int { input + 8 }
    var weight: Int { input + 9 }
    var id: Int { input + 10 }
    var objectiveID: Int { input + 11 }
    var line: Int { input + 12 }
    var count: Int { input + KeyResultColumns.computedTitles.count }
}

/// Fixed columns of the Objectives sheet.
enum ObjectiveColumn {
    static let titles = ["Objective ID", "Team", "Objective", "Owner", "Type", "Score", "Band", "Key results",
                         "Line", "Aligned to", "Value"]
    static let widths: [Double] = [18, 22, 46, 18, 13, 9, 9, 11, 8, 16, 20]
    static let id = 0, team = 1, title = 2, owner = 3, type = 4, score = 5, band = 6, keyResults = 7, line = 8
    static let alignedTo = 9, value = 10
}

/// The rows of the Summary sheet and the columns of its team table.
enum SummaryLayout {
    static let titleRow = 0, subtitleRow = 1
    static let figureLabelRow = 3, figureRow = 4, figureNoteRow = 5
    static let chartRow = 7
    static let columnWidths: [Double] = [36, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5]
    // Team table columns.
    static let team = 0, score = 1, band = 2, rollup = 3, attainment = 4, aspirational = 5
    static let objectives = 6, keyResults = 7, committedMisses = 8
    static let teamTitles = ["Team", "Score", "Band", "Roll-up", "Committed attainment", "Aspirational mean",
                             "Objectives", "Key results", "Committed misses"]
    /// Pixel width of a column of `width` characters (Calibri 11).
    static func pixels(_ width: Double) -> Double { (width * 7 + 5).rounded(.down) }
    static var totalPixels: Double { columnWidths.map(pixels).reduce(0, +) }
}
