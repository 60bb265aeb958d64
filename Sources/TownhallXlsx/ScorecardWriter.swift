import TownhallCore

/// Writes the Excel scorecard of a cycle (SPEC §5) with libxlsxwriter.
public enum ScorecardWriter {
    /// Writes the workbook to `path` (a temporary file the command renames into place).
    public static func write(_ report: CycleReport, to path: String) throws {
        fatalError("not implemented yet")
    }
}
