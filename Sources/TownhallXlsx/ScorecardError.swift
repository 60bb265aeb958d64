import Foundation

/// Why the Excel scorecard could not be written.
///
/// Every libxlsxwriter error code is turned into `.library`, whose message is the
/// library's own (`lxw_strerror`), so the text is right for whatever libxlsxwriter
/// version is installed.
public enum ScorecardError: LocalizedError, Sendable, Hashable {
    /// A libxlsxwriter call returned an error.
    /// - `call`: the C function, `code`: the `lxw_error` value, `message`: `lxw_strerror(code)`,
    /// - `place`: the sheet (and cell) concerned, when there is one.
    case library(call: String, code: UInt32, message: String, place: String?)
    /// libxlsxwriter could not even start a workbook at `path` (out of memory, bad options).
    case cannotStart(path: String)
    /// A sheet could not be added (libxlsxwriter refused its name).
    case cannotAddSheet(name: String)
    /// A chart could not be created.
    case cannotAddChart(title: String)

    public var errorDescription: String? {
        switch self {
        case let .library(call, code, message, place):
            let at = place.map { " (\($0))" } ?? ""
            return "cannot write the Excel scorecard\(at): \(message) [libxlsxwriter \(call) error \(code)]"
        case let .cannotStart(path):
            return "cannot write the Excel scorecard: libxlsxwriter could not start a workbook at \(path)"
        case let .cannotAddSheet(name):
            return "cannot write the Excel scorecard: libxlsxwriter refused the sheet name '\(name)'"
        case let .cannotAddChart(title):
            return "cannot write the Excel scorecard: libxlsxwriter could not create the chart '\(title)'"
        }
    }
}
