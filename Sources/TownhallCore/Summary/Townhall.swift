import Foundation

/// What a run is asked to do, beyond the bytes of the export.
public struct ReportOptions: Sendable {
    /// The input's name as the user gave it, used in messages (`FILE:LINE: …`).
    public var sourceName: String
    /// `--cycle`: which cycle to report when the file holds several.
    public var cycle: String?
    public var configuration: Configuration
    /// `--delimiter`: forces `,` `;` or tab instead of detecting it.
    public var delimiter: UInt8?
    /// `--decimal-comma`: forces reading `1.234,5` (default: on for `;` files).
    public var decimalComma: Bool?
    public var generatedAt: Date

    public init(
        sourceName: String = "input", cycle: String? = nil, configuration: Configuration = .init(),
        delimiter: UInt8? = nil, decimalComma: Bool? = nil, generatedAt: Date = Date()
    ) {
        self.sourceName = sourceName
        self.cycle = cycle
        self.configuration = configuration
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.generatedAt = generatedAt
    }
}

/// The core's entry point: an export's bytes in, a scored and checked cycle out.
public enum Townhall {
    /// Reads, scores and checks a cycle export — the pipeline of SPEC §2–§4, step by step.
    /// - Throws: `InputError` when the input is unusable (SPEC §1 exit 65).
    /// - Parameter checkIns: the check-ins file's bytes and name (`--checkins`), when given.
    public static func report(
        from bytes: consuming [UInt8], checkIns: (bytes: [UInt8], name: String)? = nil, options: ReportOptions = .init()
    ) throws -> CycleReport {
        let file = options.sourceName
        let config = options.configuration
        let table = try RawTable(bytes: consume bytes, file: file, delimiter: options.delimiter,
                                 decimalComma: options.decimalComma, columns: config.columns)
        let cycle = try CycleSelection(table: table, requested: options.cycle, file: file)
        var rows = KeyResultRows(table: table, cycle: cycle, thresholds: config.thresholds, file: file)
        let keyResults = rows.keyResults
        rows.keyResults = []  // hand the only reference on, so grouping edits ids in place
        var grouping = Grouping(keyResults: consume keyResults)
        let rollup = Rollup.apply(to: &grouping, thresholds: config.thresholds)
        let activity = try checkIns.map { input in
            try CheckInAnalysis.analyze(
                bytes: input.bytes, file: input.name, keyResults: grouping.keyResults, teams: rollup.teams,
                cycleName: cycle.name, configuredDates: config.cycleDates, thresholds: config.thresholds,
                limits: config.limits, delimiter: options.delimiter, decimalComma: options.decimalComma)
        }
        let checks = Playbook.run(.init(
            keyResults: grouping.keyResults, objectives: rollup.objectives, teams: rollup.teams,
            thresholds: config.thresholds, limits: config.limits,
            numbers: NumberParser(decimalComma: table.decimalComma),
            activity: activity?.activity, teamCadence: activity?.teamCadence))

        var counts = Counts()
        counts.inputRows = table.rowCount
        counts.keyResults = grouping.keyResults.count
        let outcomes = rollup.headline.outcomes
        counts.dropped = outcomes[.dropped, default: 0]
        counts.unscored = outcomes[.unscored, default: 0]
        counts.scored = counts.keyResults - counts.dropped - counts.unscored
        counts.rejectedRows = rows.rejected.count
        counts.otherCycleRows = rows.otherCycleRows
        counts.objectives = rollup.objectives.count
        counts.teams = rollup.teams.filter(\.ownsOKRs).count
        assert(counts.inputRows == counts.keyResults + counts.rejectedRows + counts.otherCycleRows)

        var warnings = cycle.warnings + rows.warnings + rollup.warnings
        let defaulted = grouping.keyResults.indices.reduce(0) { $0 + (grouping.keyResults[$1].startDefaulted ? 1 : 0) }
        if defaulted > 0 {
            warnings.append(RunWarning(location: .init(file: file),
                message: "\(defaulted) key result\(defaulted == 1 ? "" : "s") without a start: progress counted from 0 (see the \(Playbook.MissingStart.id) check)"))
        }
        return CycleReport(
            cycle: cycle.name, organization: config.organization, generatedAt: options.generatedAt,
            sourceName: file, header: table.header.names, headerFields: table.header.fields,
            keyResults: grouping.keyResults, objectives: rollup.objectives, teams: rollup.teams,
            rejected: rows.rejected, problems: rows.problems + (activity?.problems ?? []), checks: checks,
            warnings: warnings, counts: counts, headline: rollup.headline, thresholds: config.thresholds,
            limits: config.limits, checkIns: activity)
    }
}
