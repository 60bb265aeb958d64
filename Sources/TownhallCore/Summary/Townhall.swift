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
    /// `--profile`: reads the file as this export profile instead of recognising one.
    public var profile: String?
    public var generatedAt: Date
    /// `--sheet`: the sheet to read when the export is a workbook (default: the first visible one).
    public var sheet: String?

    public init(
        sourceName: String = "input", cycle: String? = nil, configuration: Configuration = .init(),
        delimiter: UInt8? = nil, decimalComma: Bool? = nil, profile: String? = nil, generatedAt: Date = Date(),
        sheet: String? = nil
    ) {
        self.profile = profile
        self.sheet = sheet
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
    /// Reads, scores and checks a cycle export — the pipeline of SPEC §2–§4, stage by stage.
    /// - Throws: `InputError` when the input is unusable (SPEC §1 exit 65).
    /// - Parameter checkIns: the check-ins file's bytes and name (`--checkins`), when given.
    public static func report(
        from bytes: consuming [UInt8], checkIns: (bytes: [UInt8], name: String)? = nil, options: ReportOptions = .init()
    ) throws -> CycleReport {
        let file = options.sourceName
        // A workbook becomes CSV text here, once; everything after reads it as any export.
        var sheet = try SpreadsheetInput.read(bytes, file: file, sheet: options.sheet)
        var text: [UInt8] = []
        if sheet != nil { swap(&text, &sheet!.csv); bytes = [] } else { text = consume bytes }  // the export is held once
        var checkIns = checkIns
        var checkInSheet = try checkIns.flatMap { try SpreadsheetInput.read($0.bytes, file: $0.name) }
        if checkInSheet != nil { swap(&checkIns!.bytes, &checkInSheet!.csv) }
        do {
            var report = try pipeline(from: consume text, checkIns: checkIns, options: options,
                                      sheet: sheet, checkInSheet: checkInSheet)
            if let sheet {
                report.sheets[file] = sheet.name
                report.source.container = "XLSX"
                report.warnings.insert(contentsOf: sheet.notes.map { RunWarning(location: .init(file: file), $0) }, at: 0)
            } else if options.sheet != nil {
                report.warnings.insert(RunWarning(location: .init(file: file), Phrase("warning.sheetIgnored")), at: 0)
            }
            if let checkInSheet, let name = checkIns?.name { report.sheets[name] = checkInSheet.name }
            for i in report.warnings.indices {
                if let f = report.warnings[i].location.file { report.warnings[i].location.sheet = report.sheets[f] }
            }
            return report
        } catch var e as InputError {
            sheet?.locate(&e, file: file)
            if let name = checkIns?.name { checkInSheet?.locate(&e, file: name, notes: false) }
            throw e
        }
    }

    /// The pipeline proper, on CSV text (a workbook's sheet already converted). Its stages, in the
    /// order they run: reading (`RawTable`), cycle selection (`CycleSelection`), rows
    /// (`KeyResultRows`), grouping (`Grouping`), roll-up (`Rollup`), check-ins (`CheckInAnalysis`),
    /// the playbook checks (`Playbook.run`), then counts and warnings.
    private static func pipeline(
        from bytes: consuming [UInt8], checkIns: (bytes: [UInt8], name: String)?, options: ReportOptions,
        sheet: SpreadsheetInput.Sheet?, checkInSheet: SpreadsheetInput.Sheet?
    ) throws -> CycleReport {
        let file = options.sourceName
        let config = options.configuration
        var table = try RawTable(bytes: consume bytes, file: file, delimiter: sheet == nil ? options.delimiter : UInt8(ascii: ","),
                                 decimalComma: sheet == nil ? options.decimalComma : (options.decimalComma ?? false),
                                 columns: config.columns, profile: options.profile, organization: config.organization.name)
        if let sheet, sheet.linesShifted { table.lines = table.lines.map(sheet.row(ofLine:)) }
        let cycle = try CycleSelection(table: table, requested: options.cycle, file: file)
        var rows = KeyResultRows(table: table, cycle: cycle, thresholds: config.thresholds, file: file)
        let keyResults = rows.keyResults
        rows.keyResults = []  // hand the only reference on, so grouping edits ids in place
        var grouping = Grouping(keyResults: consume keyResults, file: file)
        let rollup = Rollup.apply(to: &grouping, thresholds: config.thresholds)
        var activity = try checkIns.map { input in
            try CheckInAnalysis.analyze(
                bytes: input.bytes, file: input.name, keyResults: grouping.keyResults, teams: rollup.teams,
                cycleName: cycle.name, configuredDates: config.cycleDates, thresholds: config.thresholds,
                limits: config.limits, delimiter: checkInSheet == nil ? options.delimiter : UInt8(ascii: ","),
                decimalComma: checkInSheet == nil ? options.decimalComma : (options.decimalComma ?? false))
        }
        if let checkInSheet, checkInSheet.linesShifted, activity != nil {
            for i in activity!.problems.indices { activity!.problems[i].line = checkInSheet.row(ofLine: activity!.problems[i].line) }
            for i in activity!.checkIns.indices { activity!.checkIns[i].line = checkInSheet.row(ofLine: activity!.checkIns[i].line) }
        }
        if activity == nil && !table.packedCheckIns.isEmpty {  // the export's own rows held them
            activity = CheckInAnalysis.analyze(
                packed: table.packedCheckIns, file: file, column: "Checkins", keyResults: grouping.keyResults,
                teams: rollup.teams, cycleName: cycle.name, configuredDates: config.cycleDates,
                exportDates: table.exportDates, thresholds: config.thresholds, limits: config.limits,
                decimalComma: table.decimalComma)
        }
        let checks = Playbook.run(.init(
            keyResults: grouping.keyResults, objectives: rollup.objectives, teams: rollup.teams,
            thresholds: config.thresholds, limits: config.limits,
            numbers: NumberParser(decimalComma: table.decimalComma),
            activity: activity?.activity, teamCadence: activity?.teamCadence))

        var counts = Counts()
        counts.inputRows = table.rowCount + table.objectiveRows + table.otherItemRows
        counts.objectiveRows = table.objectiveRows + rows.objectiveRows
        counts.otherItemRows = table.otherItemRows
        counts.keyResults = grouping.keyResults.count
        let outcomes = rollup.headline.outcomes
        counts.dropped = outcomes[.dropped, default: 0]
        counts.unscored = outcomes[.unscored, default: 0]
        counts.scored = counts.keyResults - counts.dropped - counts.unscored
        counts.rejectedRows = rows.rejected.count
        counts.otherCycleRows = rows.otherCycleRows
        counts.objectives = rollup.objectives.count
        counts.teams = rollup.teams.filter(\.ownsOKRs).count
        assert(counts.inputRows == counts.keyResults + counts.objectiveRows + counts.otherItemRows
               + counts.rejectedRows + counts.otherCycleRows)

        var warnings = table.profileWarnings.map { RunWarning(location: .init(file: file), $0) }
        warnings += cycle.warnings + rows.warnings + grouping.warnings + rollup.warnings + (activity?.warnings ?? [])
        if table.profile.name == GenericProfile().name,
           let w = GenericProfile.ambiguousProgress(header: table.header, keyResults: grouping.keyResults,
                                                   objectives: rollup.objectives, file: file) {
            warnings.append(w)
        }
        if let column = table.profile.reading.statedObjectiveProgress {
            warnings += StatedProgress.compare(column: column, header: table.header, keyResults: grouping.keyResults,
                                               objectives: rollup.objectives, numbers: NumberParser(decimalComma: table.decimalComma),
                                               file: file)
        }
        let defaulted = grouping.keyResults.indices.reduce(0) { $0 + (grouping.keyResults[$1].startDefaulted ? 1 : 0) }
        if defaulted > 0 {
            warnings.append(RunWarning(location: .init(file: file), Phrase("warning.startDefaulted", [
                "n": .integer(defaulted), "check": .text(Playbook.MissingStart.id)])))
        }
        return CycleReport(
            cycle: cycle.name, organization: config.organization, generatedAt: options.generatedAt,
            sourceName: file, header: table.header.names, headerFields: table.header.fields,
            keyResults: grouping.keyResults, objectives: rollup.objectives, teams: rollup.teams,
            rejected: rows.rejected, problems: rows.problems + (activity?.problems ?? []), checks: checks,
            warnings: warnings, counts: counts, headline: rollup.headline, thresholds: config.thresholds,
            limits: config.limits, checkIns: activity, source: InputDescription(table))
    }
}
