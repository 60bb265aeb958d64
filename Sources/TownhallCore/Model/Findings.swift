import Foundation

/// Problems and findings flow as values; the command decides how to print them.

/// A place in an input file. `line` is the 1-based physical line where the row starts
/// (the header is line 1); `column` is the header name of the field, when there is one.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: String?
    /// The sheet, when the file is a workbook: `line` is then the sheet row.
    public var sheet: String?

    public init(file: String? = nil, line: Int? = nil, column: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `FILE:LINE`, or `FILE:SHEET!ROW` in a workbook (`okrs.xlsx:okr!12`, `okrs.xlsx:'Key Results'!12`).
    public var description: String { Self.describe(file: file ?? "input", sheet: sheet, line: line) }

    /// The one place a position in an input is written for people.
    public static func describe(file: String, sheet: String?, line: Int?) -> String {
        guard let line else { return file }
        guard let sheet else { return "\(file):\(line)" }
        let plain = sheet.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "." }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(file):\(Printable.text(name))!\(line)"
    }
}

/// A row problem (SPEC §3): the run goes on (fails under `--strict`). A problem in what scores the
/// KR keeps it as `unscored`; one in a field the score does not use (confidence) leaves the score.
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
    /// What was found, in English (the JSON, the archive and `lint` show this).
    public var message: String
    /// The holes of the check's `finding` text, so each output can word it in its own language;
    /// `nil` for a finding made from a message (an archived one).
    public var details: [String: TextArgument]?

    public init(id: String, severity: Severity = .warning, subject: String, team: String, lines: [Int], message: String) {
        self.id = id
        self.severity = severity
        self.subject = subject
        self.team = team
        self.lines = lines.sorted()
        self.message = message
    }

    /// A finding of check `id`, worded by its `finding` text.
    public init(id: String, severity: Severity = .warning, subject: String, team: String, lines: [Int],
                details: [String: TextArgument]) {
        self.init(id: id, severity: severity, subject: subject, team: team, lines: lines,
                  message: Wording.english("check.\(id).finding", details))
        self.details = details
    }

    /// What was found, worded in `words`' language.
    public func message(in words: Wording) -> String {
        guard let details else { return message }
        return words("check.\(id).finding", details)
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
