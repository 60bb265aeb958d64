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
    /// Whether `column` is a name townhall supplies (`row`, or the field of a column the input
    /// lacks) rather than a header of the input: the outputs then word it.
    public var columnIsFixed = false
    /// What is wrong, in English (stderr, the JSON summary and the archive show this).
    public var message: String
    /// The message's key and holes, so the deck and the workbook can word it in their language;
    /// `nil` for a problem made from a message.
    public var phrase: Phrase?

    public init(file: String? = nil, line: Int, column: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A problem worded by `phrase` (its English made here, once).
    public init(file: String? = nil, line: Int, column: String, columnIsFixed: Bool = false, _ phrase: Phrase) {
        self.init(file: file, line: line, column: column, message: phrase.english)
        self.columnIsFixed = columnIsFixed
        self.phrase = phrase
    }

    /// What is wrong, worded in `words`' language.
    public func message(in words: Wording) -> String { phrase.map { $0.text(in: words) } ?? message }

    /// The column, worded in `words`' language when townhall named it (a header stays as it is).
    public func column(in words: Wording) -> String {
        columnIsFixed ? words("problem.column", ["name": .text(column)]) : column
    }
}

/// A row that could not form a key result at all; its raw fields are kept for the workbook.
public struct RejectedRow: Sendable, Hashable {
    public var line: Int
    /// Why, in English (stderr and the JSON summary show this).
    public var reason: String
    public var fields: [String]
    /// The reason's key and holes, for the deck and the workbook; `nil` for one made from a text.
    public var phrase: Phrase?

    public init(line: Int, reason: String, fields: [String]) {
        self.line = line
        self.reason = reason
        self.fields = fields
    }

    /// A row rejected for the reason `phrase` says.
    public init(line: Int, _ phrase: Phrase, fields: [String]) {
        self.init(line: line, reason: phrase.english, fields: fields)
        self.phrase = phrase
    }

    /// Why, worded in `words`' language.
    public func reason(in words: Wording) -> String { phrase.map { $0.text(in: words) } ?? reason }
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
    /// The check's `finding` text with its holes, so each output can word it in its own language;
    /// `nil` for a finding made from a message (an archived one).
    public var phrase: Phrase?

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
        let phrase = Phrase("check.\(id).finding", details)
        self.init(id: id, severity: severity, subject: subject, team: team, lines: lines, message: phrase.english)
        self.phrase = phrase
    }

    /// What was found, worded in `words`' language.
    public func message(in words: Wording) -> String { phrase?.text(in: words) ?? message }
}

/// A non-fatal remark about the run as a whole (printed as `townhall: warning: …`).
public struct RunWarning: Sendable, Hashable {
    public var location: SourceLocation
    /// The remark in English (stderr, the JSON summary and `lint` show this).
    public var message: String
    /// The message's key and holes, for the deck and the workbook; `nil` for one made from a text.
    public var phrase: Phrase?

    public init(location: SourceLocation = .init(), message: String) {
        self.location = location
        self.message = message
    }

    /// A warning worded by `phrase`.
    public init(location: SourceLocation = .init(), _ phrase: Phrase) {
        self.init(location: location, message: phrase.english)
        self.phrase = phrase
    }

    /// The remark, worded in `words`' language.
    public func message(in words: Wording) -> String { phrase.map { $0.text(in: words) } ?? message }
}
