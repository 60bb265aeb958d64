import CXlsxWriter
import Foundation
import TownhallCore

/// How the scorecard is written. The defaults are what `townhall report` uses.
public struct ScorecardOptions: Sendable, Hashable {
    /// Rows a sheet may hold, header included: Excel's 1,048,576. Longer lists continue on
    /// `Key Results (2)`, … Lower it only to exercise that in tests.
    public var rowsPerSheet: Int
    /// Where libxlsxwriter keeps its temporary files while writing (`nil`: the system's).
    public var temporaryDirectory: String?

    public init(rowsPerSheet: Int = 1_048_576, temporaryDirectory: String? = nil) {
        self.rowsPerSheet = max(2, min(rowsPerSheet, 1_048_576))
        self.temporaryDirectory = temporaryDirectory
    }
}

/// Writes the Excel scorecard of a cycle (SPEC §5) with libxlsxwriter.
///
/// Sheets: *Summary* (headline figures, team table, charts), *Objectives*, *Key Results* (every input
/// column plus the computed ones), *Wins*, *Misses*, *Playbook checks*, *Problems*, and a hidden
/// *Chart data*. With check-ins (`report.checkIns`): a *Check-ins* sheet after *Misses* (every row of
/// the file with its score, unusable rows marked), cadence columns on *Key Results* and on the team
/// table, the review-cadence headline figures and a line chart of the mean score week by week. With a
/// comparison (`report.comparison`): a "vs <previous>" row under the figures and column in the team
/// table, and a *Carried over* column on *Key Results*. Without them the layout is unchanged. Figures that follow from other cells are live formulas carrying the report's values
/// as their cached results. The workbook is written in constant-memory mode, so memory does not
/// grow with the number of key results.
public enum ScorecardWriter {
    /// The libxlsxwriter version linked in (e.g. `1.1.4`), from `lxw_version()`.
    public static var libraryVersion: String { String(cString: lxw_version()) }

    /// Writes the workbook to `path` (a temporary file the command renames into place).
    ///
    /// - Returns: warnings about the output (a text cut to Excel's 32,767-character cell limit,
    ///   a NUL character that cannot be stored, columns beyond Excel's 16,384); the workbook is
    ///   complete all the same. Print them like the report's own `warnings`.
    /// - Throws: `ScorecardError` when libxlsxwriter fails; no file is then left at `path`.
    @discardableResult
    public static func write(_ report: CycleReport, to path: String, options: ScorecardOptions = .init()) throws
        -> [RunWarning]
    {
        let diagnostics = Diagnostics(file: report.sourceName.isEmpty ? nil : report.sourceName)
        let book = try XlsxWorkbook(path: path, constantMemory: true, zip64: needsZip64(report),
                                    temporaryDirectory: options.temporaryDirectory, diagnostics: diagnostics)
        try book.write {
            try ScorecardRenderer(report: report, book: book, options: options, diagnostics: diagnostics).render()
        }
        return diagnostics.all
    }

    /// ZIP64 when the sheet XML may near 4 GB (ZIP's limit without it). Measured: 1,000,000 generated
    /// KRs make about 3 GB of XML, 2 KB a Key Results row; their texts appear again on Wins and Misses.
    /// Check-ins add a row each.
    static func needsZip64(_ report: CycleReport) -> Bool {
        var bytes = 0
        for i in report.keyResults.indices {
            bytes += 2_200
            bytes += 2 * report.keyResults[i].textByteCount
            if bytes > 2_000_000_000 { return true }
        }
        // The Check-ins sheet: about 700 bytes of XML a row, plus its texts and its key result's title and team.
        if let checkIns = report.checkIns {
            for c in checkIns.checkIns {
                bytes += 700 + c.comment.utf8.count + c.krID.utf8.count + c.valueText.utf8.count
                if let k = c.keyResult, k < report.keyResults.count {
                    bytes += report.keyResults[k].title.utf8.count + report.keyResults[k].team.utf8.count
                }
                if bytes > 2_000_000_000 { return true }
            }
        }
        return false
    }
}
