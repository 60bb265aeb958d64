import Foundation

/// Why an input cannot be used at all (SPEC §1 exit status 65), with where it went wrong.
public struct InputError: Error, LocalizedError, Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, file: String? = nil, line: Int? = nil, column: String? = nil, sheet: String? = nil) {
        self.location = SourceLocation(file: file, line: line, column: column, sheet: sheet)
        self.message = message
    }

    /// `FILE:LINE: message` (LINE where there is one; `FILE:SHEET!ROW` in a workbook; the column
    /// is named in the message).
    public var errorDescription: String? { "\(location): \(message)" }

    /// The same error, naming `file` when it had no file yet.
    public func inFile(_ file: String) -> InputError {
        var copy = self
        if copy.location.file == nil { copy.location.file = file }
        return copy
    }
}
