/// Problems and findings flow as values; the command decides how to print them.

/// A place in an input file. `line` is the 1-based physical line where the row starts
/// (the header is line 1); `column` is the header name of the field, when there is one.
public struct SourceLocation: Sendable, Hashable {
    public var file: String?
    public var line: Int?
    public var column: String?

    public init(file: String? = nil, line: Int? = nil, column: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// A row problem (SPEC §3): the KR is kept as `unscored`, the run goes on (fails under `--strict`).
public struct RowProblem: Sendable, Hashable {
    /// The input file, when the problem is in another input than the main CSV (check-ins, config).
    public var file: String?
    public var line: Int
    /// Canonical field name (`target`, `score`, …) or the header text of the column.
    public var column: String
    public var message: String

    public init(file: String? = nil, line: Int, column: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A row that could not form a key result at all; its raw fields are kept for the workbook.
public struct RejectedRow: Sendable, Hashable {
    public var line: Int
    public var reason: String
    public var fields: [String]

    public init(line: Int, reason: String, fields: [String]) {
        self.line = line
        self.reason = reason
        self.fields = fields
    }
}

/// A playbook finding (SPEC §4).
public struct CheckFinding: Sendable, Hashable {
    /// The stable id of the check that found it (`PlaybookCheck.id`).
    public var id: String
    public var severity: Severity
    /// What it is about: a team, or `team / objective`, or `team / key result`.
    public var subject: String
    /// The team concerned, for grouping.
    public var team: String
    /// Input lines concerned, ascending.
    public var lines: [Int]
    public var message: String

    public init(id: String, severity: Severity = .warning, subject: String, team: String, lines: [Int], message: String) {
        self.id = id
        self.severity = severity
        self.subject = subject
        self.team = team
        self.lines = lines.sorted()
        self.message = message
    }
}

/// A non-fatal remark about the run as a whole (printed as `townhall: warning: …`).
public struct RunWarning: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation = .init(), message: String) {
        self.location = location
        self.message = message
    }
}
