import Foundation

/// Everything townhall knows about a closed cycle: what every renderer draws from.
public struct CycleReport: Sendable {
    /// The cycle's name as written in the input (or `--cycle`), `nil` when nothing names it.
    public var cycle: String?
    /// Organization name (config `[organization] name`, else empty).
    public var organization: Organization
    public var generatedAt: Date
    /// The input file's name as given on the command line (for display only).
    public var sourceName: String
    /// The input header, as written, in order.
    public var header: [String]
    /// Canonical field of each header column (`nil` for columns townhall does not know).
    public var headerFields: [Field?]
    public var keyResults: [KeyResult]
    public var objectives: [Objective]
    /// Teams in tree order (a parent before its children, siblings in first-appearance order).
    public var teams: [Team]
    public var rejected: [RejectedRow]
    public var problems: [RowProblem]
    public var checks: [CheckFinding]
    public var warnings: [RunWarning]
    public var counts: Counts
    public var headline: Headline
    public var thresholds: Thresholds
    public var limits: PlaybookLimits
    /// What the check-ins file says, when one was given (`--checkins`).
    public var checkIns: CheckInReport?
    /// This cycle against the previous archived one (`--archive`), when the archive holds one.
    public var comparison: CycleComparison?
    /// How the input was read: its format and the export profile.
    public var source: InputDescription
    /// Input file name → the sheet read, for inputs that were workbooks (their lines are sheet rows).
    public var sheets: [String: String] = [:]
    /// Whose report this is when it covers one team's subtree (`--team`, `--team-decks`); `nil` for the company.
    public var scope: TeamScope?

    public init(
        cycle: String?, organization: Organization = .init(), generatedAt: Date = Date(), sourceName: String = "",
        header: [String] = [], headerFields: [Field?] = [], keyResults: [KeyResult] = [], objectives: [Objective] = [],
        teams: [Team] = [], rejected: [RejectedRow] = [], problems: [RowProblem] = [], checks: [CheckFinding] = [],
        warnings: [RunWarning] = [], counts: Counts = .init(), headline: Headline = .init(),
        thresholds: Thresholds = .init(), limits: PlaybookLimits = .init(), checkIns: CheckInReport? = nil,
        source: InputDescription = .init()
    ) {
        self.source = source
        self.cycle = cycle; self.organization = organization; self.generatedAt = generatedAt
        self.sourceName = sourceName; self.header = header; self.headerFields = headerFields
        self.keyResults = keyResults; self.objectives = objectives; self.teams = teams
        self.rejected = rejected; self.problems = problems; self.checks = checks; self.warnings = warnings
        self.counts = counts; self.headline = headline; self.thresholds = thresholds; self.limits = limits
        self.checkIns = checkIns
    }

    /// The cycle name slugged to `[a-z0-9-]` for file names (`2026 Q3` → `2026-q3`; nothing left → `cycle`);
    /// a team's report adds the team (`2026-q3-engineering`), so it never overwrites the company's outputs.
    public var slug: String {
        guard let scope else { return Slug.fileName(cycle ?? "", empty: "cycle") }
        return Slug.fileName("\(Slug.make(cycle ?? "", empty: "cycle")) \(Slug.team(scope.team))", empty: "cycle")
    }

    /// Title for display in English (the archive's name for the cycle, the console): the cycle
    /// name, or "OKR cycle" for an export that names none.
    public var displayName: String { displayName(in: .english) }

    /// Title for display in an output's language: the cycle name (input, never translated), or
    /// the language's words for an unnamed cycle.
    public func displayName(in words: Wording) -> String { cycle ?? words("common.cycle.unnamed") }

    /// Wins, best first (score, then progress, then line).
    public var wins: [KeyResult] { keyResults.filter { $0.outcome == .win }.sorted(by: Self.winOrder) }

    /// Misses: committed misses first, then aspirational; lowest score first, then line.
    public var misses: [KeyResult] { keyResults.filter { $0.outcome == .miss }.sorted(by: Self.missOrder) }

    /// The order of `wins`: best score first, then progress, then input line.
    public static func winOrder(_ a: KeyResult, _ b: KeyResult) -> Bool {
        (a.score ?? 0, a.progress ?? 0, -a.line) > (b.score ?? 0, b.progress ?? 0, -b.line)
    }

    /// The order of `misses`: committed first, then lowest score, then input line.
    public static func missOrder(_ a: KeyResult, _ b: KeyResult) -> Bool {
        (a.type == .committed ? 0 : 1, a.score ?? 0, a.line) < (b.type == .committed ? 0 : 1, b.score ?? 0, b.line)
    }

    /// What carries forward into the next cycle: committed misses and aspirational KRs not fully reached.
    public var carryForward: [KeyResult] { keyResults.filter { CarryForward.isCarried($0, thresholds) } }

    /// Mean score and KR count per organization value (the `value` column), in first-appearance order.
    public var values: [ValueSummary] {
        var order: [String] = []
        var acc: [String: (n: Int, scored: Int, sum: Double)] = [:]
        for kr in keyResults where !kr.value.isEmpty && kr.outcome != .dropped {
            if acc[kr.value] == nil { order.append(kr.value); acc[kr.value] = (0, 0, 0) }
            acc[kr.value]!.n += 1
            if let s = kr.score { acc[kr.value]!.scored += 1; acc[kr.value]!.sum += s }
        }
        return order.map { v in
            let a = acc[v]!
            return ValueSummary(value: v, keyResults: a.n, meanScore: a.scored > 0 ? a.sum / Double(a.scored) : nil)
        }
    }

    /// `FILE:LINE`, or `FILE:SHEET!ROW` when the file was a workbook (`file` defaults to the export).
    public func place(file: String? = nil, line: Int?) -> String {
        let name = file ?? sourceName
        return SourceLocation.describe(file: name, sheet: sheets[name], line: line)
    }

    /// Index of a team by name.
    public func teamIndex(named name: String) -> Int? { teams.firstIndex { $0.name == name } }
}

/// Mean score of the KRs serving one organization value.
public struct ValueSummary: Sendable, Hashable {
    public var value: String
    public var keyResults: Int
    public var meanScore: Double?
}

/// The reconciled counts of SPEC §5:
/// `inputRows = keyResults + objectiveRows + otherItemRows + rejectedRows + otherCycleRows`.
public struct Counts: Sendable, Hashable {
    public var inputRows = 0
    /// Rows that describe objectives rather than key results (Viva Goals).
    public var objectiveRows = 0
    /// Rows of other items, neither objectives nor key results (Viva Goals deliverables).
    public var otherItemRows = 0
    public var keyResults = 0
    public var scored = 0
    public var unscored = 0
    public var dropped = 0
    public var rejectedRows = 0
    public var otherCycleRows = 0
    public var objectives = 0
    /// Teams that own key results.
    public var teams = 0
    public init() {}
}

/// The headline figures of the cycle.
public struct Headline: Sendable, Hashable {
    /// Mean of all scored objectives.
    public var overallScore: Double?
    public var committed = TypeFigures()
    public var aspirational = TypeFigures()
    public var wins = 0
    public var progress = 0
    public var misses = 0
    /// KRs by band of their score.
    public var bands: [Band: Int] = [:]
    /// KRs by outcome (every KR counted once).
    public var outcomes: [Outcome: Int] = [:]
    public init() {}

    /// Figures for one KR type.
    public struct TypeFigures: Sendable, Hashable {
        /// Every KR of the type (dropped and unscored included).
        public var keyResults = 0
        public var scored = 0
        /// KRs at or above the committed win threshold (meaningful for committed).
        public var met = 0
        /// `met ÷ scored` (committed attainment).
        public var attainment: Double?
        /// Mean score of the scored KRs (aspirational mean).
        public var meanScore: Double?
        public init() {}
    }
}

/// Who the report is for (config `[organization]`).
public struct Organization: Sendable, Hashable {
    public var name: String
    /// The organization's values, in the order to show them.
    public var values: [String]
    /// Accent colour as `#rrggbb`.
    public var accent: String
    /// Logo as a `data:` URI, embedded by the command from the config's logo path.
    public var logoDataURI: String?
    /// The language of the outputs' fixed texts (`[organization] language`, or `--lang`).
    public var language: Language = .english

    public init(name: String = "", values: [String] = [], accent: String = "#3056d3", logoDataURI: String? = nil) {
        self.name = name; self.values = values; self.accent = accent; self.logoDataURI = logoDataURI
    }
}

/// A cell of a column a profile made (`InputDescription.derivedColumns`) that holds townhall's own
/// word rather than text copied from the input.
public enum DerivedWord: Sendable, Hashable {
    case type(KRType)
    /// The status of an item the export postponed: out of scoring.
    case deferred
}

extension CycleReport {
    /// Whether header column `column` was made by the profile (its header a field name, not input).
    public func isDerived(column: Int) -> Bool { source.derivedColumns.contains(column) }

    /// The townhall word `text` is in derived column `column`, `nil` for a column of the file or
    /// text copied from the input (kept as written).
    public func derivedWord(column: Int, _ text: String) -> DerivedWord? {
        guard isDerived(column: column), column < headerFields.count else { return nil }
        switch headerFields[column] {
        case .type?: return KRType(rawValue: text).map(DerivedWord.type)
        case .status?: return text == VivaGoalsProfile.derivedDeferred ? .deferred : nil
        default: return nil
        }
    }
}
