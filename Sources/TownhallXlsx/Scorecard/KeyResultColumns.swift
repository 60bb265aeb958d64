import TownhallCore

/// What one Key Results row needs beyond its key result, worked out once per row so the cell
/// writers of its columns do not each redo it.
struct KeyResultRow {
    /// How the score and progress cells are written.
    enum Form { case linear, atLeast, atMost, numbers }

    let renderer: ScorecardRenderer
    let sheet: XlsxSheet
    let row: Int
    /// The key result's index in `report.keyResults`.
    let index: Int
    let form: Form
    /// The band and outcome formulas give the report's words.
    let bandIsLive: Bool
    /// The key result's check-in activity, with check-ins.
    let activity: KRActivity?
}

/// One column the Key Results sheet adds after the input columns: its title, its width and the
/// writer of its cell, side by side, so a column is added, moved or removed in one place.
struct KeyResultColumn: Sendable {
    /// Which report the column needs.
    enum Group: Sendable { case always, cadence, comparison }

    let id: KeyResultColumns.Added
    /// The `Wording` key of the column's header.
    let titleKey: String
    let width: Double
    let group: Group
    /// The input field this column shows parsed (a number, an id): when the input has that field's
    /// column, this one is folded into a collapsed outline group, so the sheet reads each value once
    /// while the formulas keep the number cells they compute from.
    let parses: Field?
    /// Writes the column's cell of one row at sheet column `col`. A plain function (no captures), so
    /// calling it per cell allocates nothing.
    let write: @Sendable (borrowing KeyResult, KeyResultRow, _ col: Int) throws -> Void
}

/// The columns of the Key Results sheet: every input column as written, then what scoring made of it,
/// then, with check-ins, each KR's review cadence and, with a comparison, whether it was carried over.
struct KeyResultColumns {
    /// Input columns written (all of them, unless Excel's 16,384 columns run out), and those that did not fit.
    let input, dropped: Int
    let names: [String]
    /// The first input column a profile made (its cells may hold townhall's words), `Int.max` when none:
    /// one comparison per cell on the hot path.
    let derivedFrom: Int
    /// Check-in columns (`--checkins`) are present.
    let hasCadence: Bool
    /// The carried-over column (a comparison with the previous archived cycle) is present.
    let hasCarriedOver: Bool
    /// The added columns present, in order: the table less the groups this report lacks.
    let added: [KeyResultColumn]
    /// Sheet column of each added column by `Added.rawValue`; an absent column keeps the place it
    /// would take (nothing writes to it). Read for every cell of every row, so an array, not a lookup.
    private let positions: [Int]

    /// The names of the added columns, in `table` order; a column's position is its place among the
    /// columns present, so inserting one moves every later column with it.
    enum Added: Int, CaseIterable {
        case score, progress, band, outcome, countsAs, scoredBy, start, target, current, weight, id, objectiveID, line
        // With check-ins.
        case checkIns, firstUpdate, lastUpdate, daysSinceUpdate, confidenceFirst, confidenceLast, confidenceTrend
        // With a comparison.
        case carriedOver

        var column: KeyResultColumn { KeyResultColumns.table[rawValue] }
        /// The English header.
        var title: String { Wording.english(column.titleKey) }
        var width: Double { column.width }
    }

    /// Every added column, in `Added` order. The computed columns' keys are stated in the core,
    /// which recognises a scorecard given back as input by their titles.
    static let table: [KeyResultColumn] = {
        func at(_ id: Added, _ width: Double, _ group: KeyResultColumn.Group = .always, parses: Field? = nil,
                title: String? = nil, _ write: @escaping @Sendable (borrowing KeyResult, KeyResultRow, Int) throws -> Void)
            -> KeyResultColumn
        {
            KeyResultColumn(id: id, titleKey: title ?? ScorecardLayout.computedKeyResultKeys[id.rawValue], width: width,
                            group: group, parses: parses, write: write)
        }
        let columns: [KeyResultColumn] = [
            // Score and progress: live formulas where the numbers are on this row and give the report's values.
            at(.score, 10) { kr, r, col in
                let s = r.renderer.styles, f = r.renderer.krFormulas
                switch r.form {
                case .linear: try r.sheet.formula(r.row, col, f.linearScore, cached: kr.score, s.score)
                case .atLeast: try r.sheet.formula(r.row, col, f.atLeast, cached: kr.score, s.score)
                case .atMost: try r.sheet.formula(r.row, col, f.atMost, cached: kr.score, s.score)
                case .numbers: if let v = kr.score { try r.sheet.number(r.row, col, v, s.score) }
                }
            },
            at(.progress, 10) { kr, r, col in
                let s = r.renderer.styles, f = r.renderer.krFormulas
                switch r.form {
                case .linear: try r.sheet.formula(r.row, col, f.linearProgress, cached: kr.progress, s.percent)
                case .atLeast, .atMost: try r.sheet.formula(r.row, col, f.progressFromScore, cached: kr.progress, s.percent)
                case .numbers: if let v = kr.progress { try r.sheet.number(r.row, col, v, s.percent) }
                }
            },
            at(.band, 9) { kr, r, col in
                guard kr.outcome != .dropped else { return }
                let word = r.renderer.words.band(kr.band)
                if r.bandIsLive {
                    try r.sheet.formula(r.row, col, r.renderer.krFormulas.band, cachedText: word)
                } else {
                    try r.sheet.text(r.row, col, word)
                }
            },
            at(.outcome, 11) { kr, r, col in
                let word = r.renderer.words.outcome(kr.outcome)
                if r.bandIsLive && kr.outcome != .dropped {
                    try r.sheet.formula(r.row, col, r.renderer.krFormulas.outcome, cachedText: word)
                } else {
                    try r.sheet.text(r.row, col, word)
                }
            },
            at(.countsAs, 13) { kr, r, col in try r.sheet.text(r.row, col, r.renderer.words.type(kr.type)) },
            at(.scoredBy, 15) { kr, r, col in
                if let rule = kr.rule { try r.sheet.text(r.row, col, r.renderer.words.rule(rule)) }
            },
            at(.start, 11, parses: .start) { kr, r, col in
                if let v = kr.start { try r.sheet.number(r.row, col, v, r.renderer.styles.general) }
            },
            at(.target, 11, parses: .target) { kr, r, col in
                if let v = kr.target { try r.sheet.number(r.row, col, v, r.renderer.styles.general) }
            },
            at(.current, 11, parses: .current) { kr, r, col in
                if let v = kr.current { try r.sheet.number(r.row, col, v, r.renderer.styles.general) }
            },
            at(.weight, 11, parses: .weight) { kr, r, col in
                try r.sheet.number(r.row, col, kr.weight, r.renderer.styles.general)
            },
            at(.id, 18, parses: .krID) { kr, r, col in try r.sheet.text(r.row, col, kr.id) },
            at(.objectiveID, 18, parses: .objectiveID) { kr, r, col in try r.sheet.text(r.row, col, kr.objectiveID) },
            at(.line, 8) { kr, r, col in try r.sheet.number(r.row, col, Double(kr.line), r.renderer.styles.integer) },
            at(.checkIns, 10, .cadence, title: "workbook.column.checkIns") { _, r, col in
                guard let a = r.activity else { return }
                try r.sheet.number(r.row, col, Double(a.checkIns.count), r.renderer.styles.integer)
            },
            at(.firstUpdate, 12, .cadence, title: "workbook.column.firstUpdate") { _, r, col in
                if let d = r.activity?.first { try r.sheet.day(r.row, col, d, r.renderer.styles.date) }
            },
            at(.lastUpdate, 12, .cadence, title: "workbook.column.lastUpdate") { _, r, col in
                if let d = r.activity?.last { try r.sheet.day(r.row, col, d, r.renderer.styles.date) }
            },
            at(.daysSinceUpdate, 11, .cadence, title: "workbook.column.daysSinceUpdate") { _, r, col in
                if let days = r.activity?.daysSinceLast {
                    try r.sheet.number(r.row, col, Double(days), r.renderer.styles.integer)
                }
            },
            at(.confidenceFirst, 12, .cadence, title: "workbook.column.confidenceFirst") { _, r, col in
                guard let a = r.activity else { return }
                try r.sheet.number(r.row, col, a.firstConfidence, r.renderer.styles.percent)
            },
            at(.confidenceLast, 12, .cadence, title: "workbook.column.confidenceLast") { _, r, col in
                guard let a = r.activity else { return }
                try r.sheet.number(r.row, col, a.lastConfidence, r.renderer.styles.percent)
            },
            at(.confidenceTrend, 13, .cadence, title: "workbook.column.confidenceTrend") { _, r, col in
                if let first = r.activity?.firstConfidence, let last = r.activity?.lastConfidence {
                    try r.sheet.text(r.row, col, r.renderer.wording.change(last - first, percent: true))
                }
            },
            at(.carriedOver, 12, .comparison, title: "workbook.column.carriedOver") { _, r, col in
                guard let comparison = r.renderer.report.comparison else { return }
                try r.sheet.text(r.row, col, r.renderer.words.yesNo(comparison.carriedOver.contains(r.index)))
            },
        ]
        precondition(columns.map(\.id) == Added.allCases, "the Key Results table lists every column once, in order")
        return columns
    }()

    /// English headers of the computed and the check-in columns.
    static let computedTitles = table.filter { $0.group == .always }.map { Wording.english($0.titleKey) }
    static let cadenceTitles = table.filter { $0.group == .cadence }.map { Wording.english($0.titleKey) }
    static let excelColumns = 16_384

    init(report: CycleReport) {
        hasCadence = report.checkIns != nil
        hasCarriedOver = report.comparison != nil
        var n = report.header.count
        for kr in report.keyResults where kr.fieldCount > n { n = kr.fieldCount }
        let present = Self.added(cadence: hasCadence, carriedOver: hasCarriedOver)
        let room = KeyResultColumns.excelColumns - present.count
        input = min(n, room)
        dropped = n - input
        added = present
        var positions = [Int](repeating: 0, count: Added.allCases.count)
        var next = input
        for id in Added.allCases {
            positions[id.rawValue] = next
            if present.contains(where: { $0.id == id }) { next += 1 }
        }
        self.positions = positions
        let input = self.input
        let w = report.wording
        names = (0..<input).map { Self.inputTitle(report, $0, w) }
        derivedFrom = report.source.derivedColumns.isEmpty ? Int.max : report.source.derivedColumns.lowerBound
        addedTitles = present.map { w($0.titleKey) }
        foldedAdded = Set(present.compactMap { column in
            column.parses.flatMap { report.headerFields.prefix(input).contains($0) ? column.id : nil }
        })
    }

    /// The columns after `inputColumns` input columns of unknown fields, without check-ins or a
    /// comparison (the benchmark floor's sheet).
    init(inputColumns: Int) {
        self.init(report: CycleReport(cycle: nil, header: Array(repeating: "", count: inputColumns),
                                      headerFields: Array(repeating: nil, count: inputColumns)))
    }

    /// The header of input column `i`: the file's own as written (an empty one numbered), a column
    /// the profile made worded as its field in the report's language.
    static func inputTitle(_ report: CycleReport, _ i: Int, _ w: Wording) -> String {
        if report.isDerived(column: i), i < report.headerFields.count, let f = report.headerFields[i] {
            return derivedTitleKeys[f].map { w($0) } ?? f.rawValue
        }
        let h = i < report.header.count ? report.header[i].trimmed : ""
        return h.isEmpty ? w("workbook.column.inputColumn", ["n": .count(i + 1)]) : h
    }

    /// The title of a profile's derived field: the sheets' own column titles where one says it,
    /// "as given" titles where the computed column's title (`Current (number)`) would repeat.
    static let derivedTitleKeys: [Field: String] = [
        .objective: "workbook.column.objective", .objectiveID: "workbook.column.objectiveID",
        .weight: "workbook.column.weightAsGiven", .alignedTo: "workbook.column.alignedTo",
        .objectiveOwner: "workbook.column.objectiveOwner", .krOwner: "workbook.column.owner",
        .type: "workbook.column.type", .status: "workbook.column.status", .score: "workbook.column.scoreShort",
        .current: "workbook.column.currentAsGiven", .notes: "workbook.column.notes",
        .team: "workbook.column.team", .keyResult: "workbook.column.keyResult", .krID: "workbook.column.krID",
    ]

    /// Added columns whose field the input already shows (collapsed into an outline group).
    let foldedAdded: Set<Added>

    static func added(cadence: Bool, carriedOver: Bool) -> [KeyResultColumn] {
        table.filter { c in
            switch c.group {
            case .always: true
            case .cadence: cadence
            case .comparison: carriedOver
            }
        }
    }

    /// The sheet column of `column`.
    subscript(_ column: Added) -> Int { positions[column.rawValue] }

    var score: Int { self[.score] }
    var band: Int { self[.band] }
    var outcome: Int { self[.outcome] }
    var weight: Int { self[.weight] }

    /// Titles (in the report's language) and widths after the input columns.
    let addedTitles: [String]
    var addedWidths: [Double] { added.map(\.width) }
    /// Whether each added column is folded away (its field has an input column).
    var addedFolded: [Bool] { added.map { foldedAdded.contains($0.id) } }
    var count: Int { input + added.count }
}
