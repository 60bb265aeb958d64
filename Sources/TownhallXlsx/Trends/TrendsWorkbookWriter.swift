import CXlsxWriter
import Foundation
import TownhallCore

/// Writes the history trends workbook (`townhall history`): every archived cycle side by side.
///
/// Sheets: *Trends* (one row per cycle with its headline figures and review cadence, and native line
/// charts of them), *Teams* (each team's score in each cycle, coloured by band, header frozen,
/// filterable), *Patterns* (teams whose goals were too safe, or that over-committed, two cycles
/// running, with the cycles). Written in constant-memory mode like the scorecard; a list longer than
/// Excel's 1,048,576 rows continues on `Teams (2)`, ….
public enum TrendsWorkbookWriter {
    /// Writes the workbook to `path` (a temporary file the command renames into place).
    ///
    /// The bands that colour the scores and the sandbagging level the patterns name are the
    /// history's own thresholds, the ones its patterns were found with.
    ///
    /// - Parameter options: rows per sheet (lower only in tests) and libxlsxwriter's temporary folder.
    /// - Throws: `ScorecardError` when libxlsxwriter fails; no file is then left at `path`.
    public static func write(_ h: HistoryReport, to path: String, options: ScorecardOptions = .init()) throws {
        let diagnostics = Diagnostics(file: nil)
        let book = try XlsxWorkbook(path: path, constantMemory: true, zip64: false,
                                    temporaryDirectory: options.temporaryDirectory, diagnostics: diagnostics)
        try book.write {
            try TrendsRenderer(history: h, book: book, options: options).render()
        }
    }
}
