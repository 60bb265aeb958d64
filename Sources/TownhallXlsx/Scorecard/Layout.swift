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

/// The columns of the Key Results sheet: every input column as written, then what scoring made of it,
/// then, with check-ins, each KR's review cadence and, with a comparison, whether it was carried over.
struct KeyResultColumns {
    /// Input columns written (all of them, unless Excel's 16,384 columns run out).
    let input: Int
    /// Input columns that did not fit.
    let dropped: Int
    let names: [String]
    /// Check-in columns (`--checkins`) are present.
    let hasCadence: Bool
    /// The carried-over column (a comparison with the previous archived cycle) is present.
    let hasCarriedOver: Bool

    /// A column after the input ones: its title and width. Its position is its place in `all` among
    /// the columns present, so inserting one moves every later column with it.
    enum Added: CaseIterable {
        case score, progress, band, outcome, countsAs, scoredBy, start, target, current, weight, id, objectiveID, line
        // With check-ins.
        case checkIns, firstUpdate, lastUpdate, daysSinceUpdate, confidenceFirst, confidenceLast, confidenceTrend
        // With a comparison.
        case carriedOver

        var title: String { Self.table[self]!.title }
        var width: Double { Self.table[self]!.width }

        /// Which report the column needs.
        enum Group { case always, cadence, comparison }

        var group: Group {
            switch self {
            case .checkIns, .firstUpdate, .lastUpdate, .daysSinceUpdate, .confidenceFirst, .confidenceLast, .confidenceTrend:
                .cadence
            case .carriedOver: .comparison
            default: .always
            }
        }

        /// The computed columns' titles are stated in the core, which recognises a scorecard given
        /// back as input by them.
        private static let T = ScorecardLayout.computedKeyResultTitles
        static let table: [Added: (title: String, width: Double)] = [
            .score: (T[0], 10), .progress: (T[1], 10), .band: (T[2], 9), .outcome: (T[3], 11),
            .countsAs: (T[4], 13), .scoredBy: (T[5], 15), .start: (T[6], 11),
            .target: (T[7], 11), .current: (T[8], 11), .weight: (T[9], 11),
            .id: (T[10], 18), .objectiveID: (T[11], 18), .line: (T[12], 8),
            .checkIns: ("Check-ins", 10), .firstUpdate: ("First update", 12), .lastUpdate: ("Last update", 12),
            .daysSinceUpdate: ("Days since update", 11), .confidenceFirst: ("Confidence (first)", 12),
            .confidenceLast: ("Confidence (last)", 12), .confidenceTrend: ("Confidence trend", 13),
            .carriedOver: ("Carried over", 12),
        ]
    }

    static let computedTitles = Added.allCases.filter { $0.group == .always }.map(\.title)
    static let cadenceTitles = Added.allCases.filter { $0.group == .cadence }.map(\.title)
    static let excelColumns = 16_384

    init(report: CycleReport) {
        hasCadence = report.checkIns != nil
        hasCarriedOver = report.comparison != nil
        var n = report.header.count
        for kr in report.keyResults where kr.fieldCount > n { n = kr.fieldCount }
        let extra = (hasCadence ? KeyResultColumns.cadenceTitles.count : 0) + (hasCarriedOver ? 1 : 0)
        let room = KeyResultColumns.excelColumns - KeyResultColumns.computedTitles.count - extra
        input = min(n, room)
        dropped = n - input
        let present = Self.added(cadence: hasCadence, carriedOver: hasCarriedOver)
        let input = self.input
        func at(_ column: Added) -> Int { input + present.prefix { $0 != column }.count }
        score = at(.score)
        progress = at(.progress)
        band = at(.band)
        outcome = at(.outcome)
        countsAs = at(.countsAs)
        scoredBy = at(.scoredBy)
        start = at(.start)
        target = at(.target)
        current = at(.current)
        weight = at(.weight)
        id = at(.id)
        objectiveID = at(.objectiveID)
        line = at(.line)
        checkIns = at(.checkIns)
        firstUpdate = at(.firstUpdate)
        lastUpdate = at(.lastUpdate)
        daysSinceUpdate = at(.daysSinceUpdate)
        confidenceFirst = at(.confidenceFirst)
        confidenceLast = at(.confidenceLast)
        confidenceTrend = at(.confidenceTrend)
        carriedOver = at(.carriedOver)
        names = (0..<input).map { i in
            let h = i < report.header.count ? report.header[i].trimmed : ""
            return h.isEmpty ? "Column \(i + 1)" : h
        }
    }

    /// The added columns present, in order.
    var added: [Added] { Self.added(cadence: hasCadence, carriedOver: hasCarriedOver) }

    static func added(cadence: Bool, carriedOver: Bool) -> [Added] {
        Added.allCases.filter { c in
            switch c.group {
            case .always: true
            case .cadence: cadence
            case .comparison: carriedOver
            }
        }
    }

    /// Positions of the added columns, worked out once from `Added`'s order (they are read for every
    /// cell of every row). An absent column keeps the place it would take; nothing writes to it.
    let score, progress, band, outcome, countsAs, scoredBy, start, target, current, weight, id, objectiveID, line, checkIns, firstUpdate, lastUpdate, daysSinceUpdate, confidenceFirst, confidenceLast, confidenceTrend, carriedOver: Int
    /// Titles and widths after the input columns.
    var addedTitles: [String] { added.map(\.title) }
    var addedWidths: [Double] { added.map(\.width) }
    var count: Int { input + addedTitles.count }
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
    /// With a comparison: "vs <previous cycle>: ▲ 0.05" under each figure.
    static let figureVersusRow = 6
    static let baseWidths: [Double] = [36, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5]
    // Team table columns.
    static let team = 0, score = 1, band = 2, rollup = 3, attainment = 4, aspirational = 5
    static let objectives = 6, keyResults = 7, committedMisses = 8
    static let baseTitles = ["Team", "Score", "Band", "Roll-up", "Committed attainment", "Aspirational mean",
                             "Objectives", "Key results", "Committed misses"]
    static let cadenceTitles = ["Updated last 30 days", "Median days between updates", "Net confidence"]
    /// Pixel width of a column of `width` characters (Calibri 11).
    static func pixels(_ width: Double) -> Double { (width * 7 + 5).rounded(.down) }
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

    var updatedLast30: Int { SummaryLayout.baseTitles.count }
    var medianDays: Int { updatedLast30 + 1 }
    var netConfidence: Int { updatedLast30 + 2 }
    var versus: Int { SummaryLayout.baseTitles.count + (cadence ? SummaryLayout.cadenceTitles.count : 0) }

    var teamTitles: [String] {
        SummaryLayout.baseTitles + (cadence ? SummaryLayout.cadenceTitles : []) + (previous.map { ["vs \($0)"] } ?? [])
    }
    var count: Int { teamTitles.count }
    var widths: [Double] { SummaryLayout.baseWidths + Array(repeating: 13.5, count: count - SummaryLayout.baseWidths.count) }
    var totalPixels: Double { widths.map(SummaryLayout.pixels).reduce(0, +) }
    /// The first row of the chart band: one lower when the comparison row sits under the figures.
    var chartRow: Int { previous == nil ? 7 : 8 }
}
