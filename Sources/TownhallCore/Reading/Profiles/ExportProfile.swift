/// How one tool's export is read: its header signature, what each column means, its value
/// conventions and its row structure.
///
/// A tool's export is read as that tool means it, not only by matching header names: the same
/// word (`Progress`) is a key result's grade in one tool and its objective's progress in another.
/// Profiles are recognised from the header alone, in `ExportProfiles.all` order.
protocol ExportProfile: Sendable {
    /// The name `--profile` takes (`viva-goals`).
    var name: String { get }
    /// What the file is, for messages: `a Viva Goals export`.
    var title: String { get }
    /// Why `header` looks like this tool's export, or `nil` when it does not.
    func recognize(_ header: [String], context: ProfileContext) -> String?
    /// How to read a file with this header.
    /// - Throws: `InputError` when the header cannot be read this way (a required column missing).
    func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading
}

/// What a profile may use besides the header.
struct ProfileContext: Sendable {
    /// The config's `[columns]` mapping.
    public var columns: [String: Field]
    /// The config's `[organization] name` (names the team of a single team's sheet).
    public var organization: String
    public var file: String?

    public init(columns: [String: Field] = [:], organization: String = "", file: String? = nil) {
        self.columns = columns
        self.organization = organization
        self.file = file
    }
}

/// The plan a profile makes for one header.
struct ProfileReading: Sendable {
    /// The header the rows are handed on with (the file's own, or the profile's rewritten rows').
    public var header: [String]
    /// The field of each of those columns as the profile decided it; `nil` lets the alias table decide.
    public var fields: [Field?]?
    /// What each column of the file means, in file order (for `explain`).
    public var meanings: [ColumnMeaning] = []
    /// How values are read (percent scales, weights, words), one sentence each.
    public var conventions: [String] = []
    /// How rows make key results (wide groups unfolded, objective rows linked), one sentence each.
    public var structure: [String] = []
    /// Said once on stderr for every file read this way (and listed in the deck and workbook).
    public var warnings: [Phrase] = []
    /// Rewrites the records after the header; `nil` hands them on as they are (the fast path).
    public var rows: (@Sendable ([CSVReader.Record]) -> ProfileRows)?
    /// A column (of `header`) holding the objective's own progress as the tool computed it,
    /// compared with townhall's objective score.
    public var statedObjectiveProgress: Int?
    /// The columns of `header` the profile made itself (appended after the file's own): their
    /// headers are field names and some values are townhall's words, not input, so an output
    /// words them in its language while the file's own headers stay as written.
    public var derivedColumns: Range<Int> = 0..<0

    public init(header: [String], fields: [Field?]? = nil) {
        self.header = header
        self.fields = fields
    }
}

/// One column of the input and what townhall makes of it.
struct ColumnMeaning: Sendable, Hashable {
    public var header: String
    /// The field it becomes, `nil` when kept as an extra column.
    public var field: Field?
    /// What the column means in the tool, when it says more than the field.
    public var note: String

    public init(_ header: String, _ field: Field?, _ note: String = "") {
        self.header = header
        self.field = field
        self.note = note
    }
}

/// Records rewritten by a profile, and what they held besides key results.
struct ProfileRows: Sendable {
    /// One record per key result (or per row to reject), in the profile's header.
    public var records: [CSVReader.Record] = []
    /// Rows that describe objectives, not key results (Viva Goals `Object Type` = Objective).
    public var objectiveRows = 0
    /// Rows of other items that are not key results (deliverables, projects).
    public var otherItemRows = 0
    /// Check-ins found inside the rows.
    public var checkIns: [PackedCheckIn] = []
    /// The cycle's dates as the export states them (Viva Goals' `Start Date`/`End Date`).
    public var cycleDates: CycleDates?
    public var warnings: [Phrase] = []

    public init() {}
}

/// A check-in stored inside the export's own row (Viva Goals), tied to the row's line.
struct PackedCheckIn: Sendable, Hashable {
    /// Line of the key result's row.
    public var line: Int
    public var date: String
    public var value: String
    public var comment: String

    public init(line: Int, date: String, value: String, comment: String) {
        self.line = line
        self.date = date
        self.value = value
        self.comment = comment
    }
}

/// The profiles townhall knows, in recognition order: the most specific signature first,
/// the generic CSV of SPEC §2 last (it takes any header).
public enum ExportProfiles {
    static let all: [any ExportProfile] = [
        VivaGoalsProfile(), BurningOKRProfile(), WideLayoutProfile(), SingleTeamProfile(), GenericProfile(),
    ]

    /// The profile named `name` (`--profile`), matched like headers are.
    static func named(_ name: String) -> (any ExportProfile)? {
        all.first { Field.matchKey($0.name) == Field.matchKey(name) }
    }

    /// The profiles' `--profile` names, in recognition order.
    public static var names: [String] { all.map(\.name) }

    /// Whether `--profile name` names a profile (matched like headers are).
    public static func isKnown(_ name: String) -> Bool { named(name) != nil }

    /// The first profile that recognises `header`, with its reason.
    static func recognize(_ header: [String], context: ProfileContext) -> (any ExportProfile, String) {
        for p in all {
            if let why = p.recognize(header, context: context) { return (p, why) }
        }
        return (GenericProfile(), "no tool's signature matched")
    }

    /// Headers as match keys, for signatures.
    static func keys(_ header: [String]) -> [String] { header.map { Field.matchKey($0) } }

    /// `"A", "B" and "C"`.
    static func quoted(_ names: [String]) -> String {
        let q = names.map { "\"\($0)\"" }
        return q.count <= 1 ? q.joined() : q.dropLast().joined(separator: ", ") + " and " + q.last!
    }

    /// `"a", "b" and "c"` as a hole of a phrase: the names are input, the `and` is worded.
    static func quotedList(_ names: [String]) -> TextArgument {
        let q = names.map { "\"\($0)\"" }
        return q.count <= 1 ? .text(q.joined())
            : .phrase(Phrase("warning.list", ["head": .text(q.dropLast().joined(separator: ", ")), "last": .text(q.last!)]))
    }

    /// The meanings of a header as the alias table (and the config) map it.
    static func aliasMeanings(_ header: [String], _ map: HeaderMap) -> [ColumnMeaning] {
        header.indices.map { i in ColumnMeaning(header[i], i < map.fields.count ? map.fields[i] : nil) }
    }
}

/// Which profile read a file, and why.
struct ProfileMatch: Sendable {
    public var name: String
    public var title: String
    public var reason: String
    /// `true` when `--profile` chose it.
    public var forced: Bool
    public var reading: ProfileReading
}
