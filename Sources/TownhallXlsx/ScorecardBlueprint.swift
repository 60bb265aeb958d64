import CXlsxWriter
import TownhallCore

/// The scorecard's layout as data, for a program that writes the same workbook another way: the
/// speed floor (`Benchmarks/xlsx-floor`) takes its sheet names, column titles and widths, cell words,
/// Key Results formulas and cell formats from here, so it writes what the scorecard writes and a
/// change to the scorecard's tables reaches it without a copy to keep in step.
public struct ScorecardBlueprint: Sendable {
    /// A column: its header and its width in characters.
    public struct Column: Sendable, Hashable {
        public let title: String
        public let width: Double
    }

    public init() {}

    // MARK: Sheets

    private var names: SheetNames { SheetNames(.english) }
    public var summarySheet: String { names.summary }
    public var objectivesSheet: String { names.objectives }
    public var keyResultsSheet: String { names.keyResults }
    public var winsSheet: String { names.wins }
    public var missesSheet: String { names.misses }
    public var checksSheet: String { names.checks }
    public var problemsSheet: String { names.problems }
    public var chartDataSheet: String { names.chartData }

    // MARK: Columns

    /// A column Key Results adds after the input ones (no check-ins, no comparison).
    public enum ComputedColumn: CaseIterable, Sendable {
        case score, progress, band, outcome, countsAs, scoredBy, start, target, current, weight, id, objectiveID, line
    }

    /// Where `column` sits, counted from the first column after the input ones.
    public func offset(_ column: ComputedColumn) -> Int {
        let name = "\(column)"
        guard let added = KeyResultColumns.Added.allCases.first(where: { "\($0)" == name }) else {
            preconditionFailure("the scorecard has no Key Results column \(name)")
        }
        return KeyResultColumns(inputColumns: 0)[added]
    }

    /// The columns Key Results adds after the input ones (no check-ins, no comparison).
    public var keyResultColumns: [Column] {
        KeyResultColumns.added(cadence: false, carriedOver: false).map { Column(title: $0.id.title, width: $0.width) }
    }
    public var objectiveColumns: [Column] { Self.columns(ScorecardRenderer.objectiveColumns) }
    public var winColumns: [Column] { Self.columns(ScorecardRenderer.winColumns) }
    public var missColumns: [Column] { Self.columns(ScorecardRenderer.missColumns) }
    public var checkColumns: [Column] { Self.columns(ScorecardRenderer.checkColumns) }
    public var problemColumns: [Column] { Self.columns(ScorecardRenderer.problemColumns) }
    /// The Summary team table's columns without check-ins and comparison.
    public var teamColumns: [Column] {
        zip(SummaryLayout.baseTitles, SummaryLayout.baseWidths).map { Column(title: $0, width: $1) }
    }

    private static func columns<Item>(_ list: [ListColumn<Item>]) -> [Column] {
        list.map { Column(title: Wording.english($0.titleKey), width: $0.width) }
    }

    // MARK: Words and formulas

    /// The word a band, an outcome or a KR type is written as (formulas compare with the same words).
    /// The English scorecard's words.
    public func word(_ band: Band?) -> String { ScorecardWords(.english).band(band) }
    public func word(_ outcome: Outcome) -> String { ScorecardWords(.english).outcome(outcome) }
    public func word(_ type: KRType) -> String { ScorecardWords(.english).type(type) }

    /// The Key Results per-row formulas for a sheet with `inputColumns` input columns and no
    /// check-ins, `#` standing for the row number.
    public struct KeyResultFormulas: Sendable {
        public let linearScore, linearProgress, atLeast, atMost, progressFromScore, band, outcome: String
    }

    public func keyResultFormulas(inputColumns: Int, thresholds: Thresholds = Thresholds()) -> KeyResultFormulas {
        let c = KeyResultColumns(inputColumns: inputColumns)
        let f = ScorecardRenderer.KeyResultFormulas(c, thresholds: FormulaThresholds(thresholds), words: ScorecardWords(.english))
        return KeyResultFormulas(linearScore: f.linearScore.text, linearProgress: f.linearProgress.text,
                                 atLeast: f.atLeast.text, atMost: f.atMost.text,
                                 progressFromScore: f.progressFromScore.text, band: f.band.text, outcome: f.outcome.text)
    }

    // MARK: Formats

    /// The scorecard's cell formats, created in `workbook` in the scorecard's order.
    public struct Formats {
        public let title, subtitle, figureLabel, figureNote, section, tableHeader, footnote: UnsafeMutablePointer<lxw_format>
        public let bigScore, figureScore, figurePercent, figureCount: UnsafeMutablePointer<lxw_format>
        public let inputHeader, computedHeader, header: UnsafeMutablePointer<lxw_format>
        public let score, percent, count, integer, general, muted, wrap, bold, top: UnsafeMutablePointer<lxw_format>
        public let centered, scoreCentered, percentCentered, countCentered: UnsafeMutablePointer<lxw_format>
        public let committed, severityError, severityWarning, severityInfo: UnsafeMutablePointer<lxw_format>
        public let greenBand, yellowBand, redBand: UnsafeMutablePointer<lxw_format>
        public let teamNames, parentTeamNames: [UnsafeMutablePointer<lxw_format>]
        public let accent: UInt32

        init(_ s: Styles) {
            title = s.title.pointer; subtitle = s.subtitle.pointer; figureLabel = s.figureLabel.pointer
            figureNote = s.figureNote.pointer; section = s.section.pointer; tableHeader = s.tableHeader.pointer
            footnote = s.footnote.pointer; bigScore = s.bigScore.pointer; figureScore = s.figureScore.pointer
            figurePercent = s.figurePercent.pointer; figureCount = s.figureCount.pointer
            inputHeader = s.inputHeader.pointer; computedHeader = s.computedHeader.pointer; header = s.header.pointer
            score = s.score.pointer; percent = s.percent.pointer; count = s.count.pointer; integer = s.integer.pointer
            general = s.general.pointer; muted = s.muted.pointer; wrap = s.wrap.pointer; bold = s.bold.pointer
            top = s.top.pointer; centered = s.centered.pointer; scoreCentered = s.scoreCentered.pointer
            percentCentered = s.percentCentered.pointer; countCentered = s.countCentered.pointer
            committed = s.committed.pointer; severityError = s.severityError.pointer
            severityWarning = s.severityWarning.pointer; severityInfo = s.severityInfo.pointer
            greenBand = s.greenBand.pointer; yellowBand = s.yellowBand.pointer; redBand = s.redBand.pointer
            teamNames = s.teamNames.map(\.pointer); parentTeamNames = s.parentTeamNames.map(\.pointer)
            accent = s.accent
        }

        public func teamName(depth: Int, parent: Bool) -> UnsafeMutablePointer<lxw_format> {
            let d = Swift.min(Swift.max(depth, 0), Styles.maxIndent)
            return parent ? parentTeamNames[d] : teamNames[d]
        }
    }

    /// Creates every scorecard format in `workbook` (with the default accent colour unless given).
    public func makeFormats(in workbook: UnsafeMutablePointer<lxw_workbook>, accent: UInt32? = nil) throws -> Formats {
        Formats(try Styles(handle: workbook, accent: accent ?? Palette.defaultAccent))
    }
}
