/// `townhall explain`: how townhall reads a file, before anyone presents it — the format found,
/// the export profile and why, what each column becomes, value conventions, row structure,
/// counts, the first problems, and advice for headers that look like a missing required column.
public struct Explanation: Sendable {
    /// The text to print, every input-derived part escaped for a terminal.
    public var text: String
    /// Why the file cannot be reported, when it cannot (exit 65).
    public var error: InputError?

    /// Problems shown at most.
    static let shownProblems = 10

    public static func explain(_ bytes: [UInt8], checkIns: (bytes: [UInt8], name: String)? = nil,
                               options: ReportOptions) -> Explanation {
        let file = options.sourceName
        var lines: [String] = ["townhall explain \(file)", ""]
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(title)
            lines += items.map { "  " + $0 }
            lines.append("")
        }
        // What the header says, read on its own so that a file townhall refuses is still explained.
        let head: Head
        do {
            head = try Head(bytes, options: options)
        } catch let e as InputError {
            lines.append("cannot read the file: \(e.errorDescription ?? e.message)")
            return Explanation(text: finish(lines), error: e)
        } catch {
            return Explanation(text: finish(lines + ["cannot read the file"]), error: InputError("cannot read the file", file: file))
        }
        section("Format", head.description.formatLines.map { pad($0.0, 14) + $0.1 })
        let d = head.description
        section("Profile: \(d.profile) (\(d.profileTitle))", ["why: \(d.profileReason)"]
                + (d.isToolProfile || d.profileForced ? [] : ["force another with --profile NAME: \(ExportProfiles.all.map(\.name).joined(separator: ", "))"]))
        let width = min(40, (head.meanings.map { $0.header.count + 2 }.max() ?? 10))
        section("Columns", head.meanings.map { m in
            let shown = pad("\"\(m.header)\"", width)
            let becomes = m.field.map { "→ \($0.rawValue)" } ?? "kept as an extra column"
            let note = m.note.isEmpty || m.note == "kept as an extra column" ? "" : ": \(m.note)"
            return shown + " " + becomes + note
        })
        section("Value conventions", head.reading.conventions.map { "- " + $0 })
        section("Row structure", head.reading.structure.map { "- " + $0 })

        var failure = head.error
        let suggestions = head.suggestions
        if failure == nil {
            do {
                let r = try Townhall.report(from: bytes, checkIns: checkIns, options: options)
                let c = r.counts
                var counts = ["\(c.inputRows) input row\(c.inputRows == 1 ? "" : "s") = \(c.keyResults) key results + \(c.objectiveRows) objective rows + \(c.otherItemRows) other item rows + \(c.rejectedRows) rejected + \(c.otherCycleRows) of other cycles",
                              "\(c.keyResults) key results: \(c.scored) scored, \(c.unscored) unscored, \(c.dropped) dropped; \(c.objectives) objectives, \(c.teams) teams"]
                if let ci = r.checkIns {
                    let used = ci.checkIns.filter { $0.keyResult != nil }.count
                    counts.append("\(ci.checkIns.count) check-ins\(checkIns == nil ? " from the rows" : " from \(ci.file)"), \(used) used")
                }
                lines.append("Cycle: \(r.displayName)")
                lines.append("")
                section("Counts", counts)
                section("Warnings", r.warnings.map { w in (w.location.line.map { "line \($0): " } ?? "") + w.message })
                let issues = r.problems.map { (file: $0.file ?? file, line: $0.line, text: "\($0.column): \($0.message)") }
                    + r.rejected.map { (file: file, line: $0.line, text: "rejected: \($0.reason)") }
                let sorted = issues.sorted { ($0.line, $0.file) < ($1.line, $1.file) }
                if sorted.isEmpty { lines += ["Problems: none", ""] }
                section("Problems (\(min(sorted.count, shownProblems)) of \(sorted.count))",
                        sorted.prefix(shownProblems).map { "\($0.file):\($0.line): \($0.text)" })
            } catch let e as InputError {
                failure = e
            } catch {
                failure = InputError("cannot read the file", file: file)
            }
        }
        if let failure {
            section("Cannot be reported", [failure.errorDescription ?? failure.message])
        }
        section("Suggestions", suggestions)
        return Explanation(text: finish(lines), error: failure)
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

    /// Escaped line by line: townhall's own words hold no control characters, the input's may.
    static func finish(_ lines: [String]) -> String {
        var l = lines
        while l.last == "" { l.removeLast() }
        return l.map { TerminalText.escape($0) }.joined(separator: "\n") + "\n"
    }

    /// The header of a file and how a profile reads it, without reading the rows.
    struct Head {
        var description = InputDescription()
        var reading: ProfileReading
        var meanings: [ColumnMeaning]
        var missing: [Field] = []
        var suggestions: [String] = []
        /// The header cannot be used (a profile refused it, two columns mean one field).
        var error: InputError?

        /// A workbook is explained as the CSV text its sheet becomes, as `report` reads it, and its
        /// header's errors are told in the sheet's rows, as `report` tells them.
        init(_ bytes: [UInt8], options: ReportOptions) throws {
            let file = options.sourceName
            let sheet = try SpreadsheetInput.read(bytes, file: file, sheet: options.sheet)
            do {
                try self.init(text: bytes, sheet: sheet, options: options)
            } catch var e as InputError {
                sheet?.locate(&e, file: file)
                throw e
            }
            if let sheet, var e = error {
                sheet.locate(&e, file: file)
                error = e
            }
        }

        private init(text bytes: [UInt8], sheet: SpreadsheetInput.Sheet?, options: ReportOptions) throws {
            let file = options.sourceName
            let config = options.configuration
            let (text, encoding) = try TextDecoding.utf8(sheet?.csv ?? bytes, file: file)
            description.encoding = encoding
            if let sheet {
                description.container = "XLSX workbook, sheet \"\(sheet.name)\"" + (sheet.isScorecard ? " (a townhall scorecard: input columns only)" : "")
            }
            let delimiter = sheet != nil ? UInt8(ascii: ",") : options.delimiter ?? CSVReader.detectDelimiter(text)
            description.delimiter = delimiter
            description.decimalComma = sheet != nil ? (options.decimalComma ?? false) : options.decimalComma ?? (delimiter == UInt8(ascii: ";"))
            var header: [String]?
            struct Stop: Error {}
            do {
                try CSVReader(delimiter: delimiter).forEachRecord(in: text, file: file) { record in
                    if RawTable.isBlank(record.fields) { return }
                    header = record.fields
                    throw Stop()
                }
            } catch is Stop {}
            guard let header else { throw InputError("no header line: the file is empty", file: file, line: 1) }
            let context = ProfileContext(columns: config.columns, organization: config.organization.name, file: file)
            let profile: any ExportProfile
            if let name = options.profile {
                guard let p = ExportProfiles.named(name) else {
                    throw InputError("unknown profile \"\(name)\": the profiles are \(ExportProfiles.all.map(\.name).joined(separator: ", "))", file: file)
                }
                (profile, description.profileReason, description.profileForced) = (p, "chosen with --profile", true)
            } else {
                (profile, description.profileReason) = ExportProfiles.recognize(header, context: context)
            }
            description.profile = profile.name
            description.profileTitle = profile.title
            do {
                reading = try profile.reading(header, context: context)
            } catch let e as InputError {
                reading = ProfileReading(header: header)
                error = e
            }
            let map: HeaderMap
            do {
                map = try HeaderMap(header: reading.header, extraAliases: config.columns, fixed: reading.fields,
                                    requireAll: false, file: file)
            } catch let e as InputError {
                meanings = header.map { ColumnMeaning($0.trimmed, nil) }
                error = error ?? e
                return
            }
            meanings = reading.meanings.isEmpty ? ExportProfiles.aliasMeanings(header.map(\.trimmed), map) : reading.meanings
            missing = map.missing
            suggestions = map.suggestions(for: missing)
            if !missing.isEmpty && error == nil {
                do { _ = try HeaderMap(header: reading.header, extraAliases: config.columns, fixed: reading.fields, file: file) }
                catch let e as InputError { error = e }
            }
        }
    }
}
