/// The check-ins stage of `Townhall.report`, after the roll-up (with `--checkins`): read the
/// check-ins, match them to key results, and derive each KR's trajectory and each team's review rhythm.
enum CheckInAnalysis {
    /// The check-ins file's columns.
    enum Column: String, CaseIterable {
        case krID = "kr_id", date, value, confidence, comment

        static func of(_ header: String) -> Column? {
            switch Field.matchKey(header) {
            case "krid", "keyresultid", "id": return .krID
            case "date", "checkindate", "updated", "updatedat", "day": return .date
            case "value", "current", "currentvalue", "actual", "progress": return .value
            case "confidence": return .confidence
            case "comment", "comments", "note", "notes", "update": return .comment
            default: return nil
            }
        }
    }

    /// The most points of the week-by-week series: two years of weeks. A longer cycle's series has
    /// one point every few weeks, so no cycle (check-ins dated 0001 to 9999 give 521,775 weeks) makes
    /// a summary or a chart bigger than a slide can show.
    public static let maxSeriesPoints = 105

    /// Longest cycle taken from the check-ins' own dates without a warning: two years.
    static let longestInferredDays = 731

    /// Reads and analyses a check-ins file against a scored cycle.
    /// - Throws: `InputError` when the file is unusable (not text, no header, a required column missing).
    public static func analyze(
        bytes: [UInt8], file: String, keyResults: [KeyResult], teams: [Team], cycleName: String?,
        configuredDates: CycleDates?, thresholds: Thresholds, limits: PlaybookLimits,
        delimiter: UInt8? = nil, decimalComma: Bool? = nil
    ) throws -> CheckInReport {
        let (text, _) = try TextDecoding.utf8(bytes, file: file)
        let delim = delimiter ?? CSVReader.detectDelimiter(text)
        let numbers = NumberParser(decimalComma: decimalComma ?? (delim == UInt8(ascii: ";")))
        var columns: [Column: Int]?
        var header: [String] = []
        var checkIns: [CheckIn] = []
        var problems: [RowProblem] = []
        var krIndex: [String: Int] = [:]
        for (i, kr) in keyResults.enumerated() where krIndex[kr.id] == nil { krIndex[kr.id] = i }

        try CSVReader(delimiter: delim).forEachRecord(in: text, file: file, columnName: { i in
            i < header.count ? header[i] : "field \(i + 1)"
        }) { record in
            if RawTable.isBlank(record.fields) { return }
            guard let cols = columns else {
                header = record.fields.map(\.trimmed)
                var found: [Column: Int] = [:]
                for (i, h) in header.enumerated() {
                    if let c = Column.of(h), found[c] == nil { found[c] = i }
                }
                let missing = [Column.krID, .date, .value].filter { found[$0] == nil }
                if !missing.isEmpty {
                    throw InputError("missing required column\(missing.count > 1 ? "s" : ""): \(missing.map { "`\($0.rawValue)`" }.joined(separator: ", "))",
                                     file: file, line: record.line)
                }
                columns = found
                return
            }
            func cell(_ c: Column) -> String {
                guard let i = cols[c], i < record.fields.count else { return "" }
                return record.fields[i].trimmed
            }
            var usable = true
            func problem(_ c: Column, _ phrase: Phrase) {
                problems.append(RowProblem(file: file, line: record.line, column: header[cols[c] ?? 0],
                                           Phrase("problem.checkIn.notUsed", ["problem": .phrase(phrase)])))
                usable = false
            }
            if record.fields.count > header.count,
               record.fields[header.count...].contains(where: { !$0.trimmed.isEmpty }) {
                problems.append(RowProblem(file: file, line: record.line, column: "row", columnIsFixed: true,
                    Phrase("problem.checkIn.fieldCount", ["fields": .integer(record.fields.count), "width": .integer(header.count)])))
                return
            }
            var c = CheckIn(line: record.line, krID: cell(.krID), keyResult: nil, dateText: cell(.date), date: nil,
                            valueText: cell(.value), value: nil, confidence: nil, comment: cell(.comment), score: nil)
            c.keyResult = krIndex[c.krID]
            if c.keyResult == nil {
                problem(.krID, c.krID.isEmpty ? Phrase("problem.checkIn.noKRID")
                                              : Phrase("problem.checkIn.unknownKRID", ["id": .text(c.krID)]))
            }
            read(&c, confidence: cell(.confidence), keyResults: keyResults, numbers: numbers, thresholds: thresholds,
                 problem: problem)
            if !usable { c.keyResult = nil }
            score(&c, keyResults: keyResults, numbers: numbers, thresholds: thresholds)
            checkIns.append(c)
        }
        guard columns != nil else { throw InputError("no header line: the check-ins file is empty", file: file, line: 1) }
        return finish(checkIns: checkIns, problems: problems, file: file, dateColumn: header[columns![.date]!],
                      keyResults: keyResults, teams: teams, cycleName: cycleName, configuredDates: configuredDates,
                      thresholds: thresholds, limits: limits)
    }

    /// Analyses check-ins an export packed into its own rows (Viva Goals), each tied to its key
    /// result's line; those of rows that made no key result (another cycle, rejected) are left out.
    public static func analyze(
        packed: [PackedCheckIn], file: String, column: String, keyResults: [KeyResult], teams: [Team],
        cycleName: String?, configuredDates: CycleDates?, exportDates: CycleDates? = nil, thresholds: Thresholds,
        limits: PlaybookLimits, decimalComma: Bool
    ) -> CheckInReport {
        let numbers = NumberParser(decimalComma: decimalComma)
        var byLine: [Int: Int] = [:]
        for (i, kr) in keyResults.enumerated() where byLine[kr.line] == nil { byLine[kr.line] = i }
        var checkIns: [CheckIn] = []
        var problems: [RowProblem] = []
        for p in packed {
            guard let k = byLine[p.line] else { continue }
            var c = CheckIn(line: p.line, krID: keyResults[k].id, keyResult: k, dateText: p.date, date: nil,
                            valueText: p.value, value: nil, confidence: nil, comment: p.comment, score: nil)
            var usable = true
            read(&c, confidence: "", keyResults: keyResults, numbers: numbers, thresholds: thresholds) { _, phrase in
                problems.append(RowProblem(file: file, line: p.line, column: column,
                                           Phrase("problem.checkIn.notUsed", ["problem": .phrase(phrase)])))
                usable = false
            }
            if !usable { c.keyResult = nil }
            score(&c, keyResults: keyResults, numbers: numbers, thresholds: thresholds)
            checkIns.append(c)
        }
        return finish(checkIns: checkIns, problems: problems, file: file, dateColumn: column, keyResults: keyResults,
                      teams: teams, cycleName: cycleName, configuredDates: configuredDates, exportDates: exportDates,
                      thresholds: thresholds, limits: limits)
    }

    /// Reads a check-in's date, value and confidence, calling `problem` for each that is unusable.
    static func read(
        _ c: inout CheckIn, confidence: String, keyResults: [KeyResult], numbers: NumberParser, thresholds: Thresholds,
        problem: (Column, Phrase) -> Void
    ) {
        c.date = Day(iso: c.dateText)
        if c.date == nil { problem(.date, Phrase("problem.checkIn.badDate", ["text": .text(c.dateText)])) }
        c.value = numbers.parse(c.valueText)?.value
        let word = c.valueText.lowercased()
        if c.value == nil && !(KeyResultScoring.yesWords.contains(word) || KeyResultScoring.noWords.contains(word)) {
            problem(.value, c.valueText.isEmpty ? Phrase("problem.checkIn.noValue")
                                                : Phrase("problem.checkIn.badValue", ["text": .text(c.valueText)]))
        }
        switch Confidence.read(confidence, numbers) {
        case .absent: break
        case .fraction(let f): c.confidence = f
        case .invalid(let phrase): problem(.confidence, phrase)
        }
    }

    /// The key result's score had this check-in's value been final (a usable check-in only).
    static func score(_ c: inout CheckIn, keyResults: [KeyResult], numbers: NumberParser, thresholds: Thresholds) {
        if let k = c.keyResult {
            let kr = keyResults[k]
            let r = KeyResultScoring.score(
                status: "", score: "", start: kr.startText, target: kr.targetText, current: c.valueText,
                measure: Measure(word: kr.measureText), numbers: numbers, tolerance: thresholds.tolerance)
            c.score = r.score
        }
    }

    /// The warning for a check-ins file none of whose dates falls in the cycle: every row was set
    /// aside one by one, but together they almost always mean last quarter's file was given, which
    /// would otherwise pass as a cycle nobody checked in on. `nil` when any dated check-in is inside
    /// the cycle (some rows outside is ordinary: they stay row problems) or none has a date.
    static func allOutside(outside: Int, dated: Int, dates: CycleDates, file: String) -> RunWarning? {
        guard dated > 0, outside == dated else { return nil }
        return RunWarning(location: .init(file: file), Phrase("warning.checkIns.allOutside", [
            "n": .count(dated), "start": .text("\(dates.start)"), "end": .text("\(dates.end)")]))
    }

    /// Where the cycle's dates came from, as the `source` select of `problem.checkIn.outsideCycle` names it.
    static let sourceKeys = ["config": "config", "export": "export", "cycle name": "cycleName", "check-ins": "checkIns"]

    /// The analysis common to every source of check-ins: dates, activity, cadence, weeks.
    static func finish(
        checkIns: [CheckIn], problems: [RowProblem], file: String, dateColumn: String, keyResults: [KeyResult],
        teams: [Team], cycleName: String?, configuredDates: CycleDates?, exportDates: CycleDates? = nil,
        thresholds: Thresholds, limits: PlaybookLimits
    ) -> CheckInReport {
        var checkIns = checkIns
        var problems = problems

        // The cycle's dates: configured, else from its name, else from the check-ins themselves.
        var dates: CycleDates
        var source: String
        if let configuredDates {
            (dates, source) = (configuredDates, "config")
        } else if let exportDates {
            (dates, source) = (exportDates, "export")
        } else if let name = cycleName, let d = CycleDates(cycleName: name) {
            (dates, source) = (d, "cycle name")
        } else {
            let days = checkIns.compactMap(\.date)
            let lo = days.min() ?? Day(number: 0), hi = days.max() ?? Day(number: 0)
            (dates, source) = (CycleDates(start: lo, end: hi), "check-ins")
        }
        var outside = 0, dated = 0
        for i in checkIns.indices {
            if checkIns[i].date != nil { dated += 1 }
            if let d = checkIns[i].date, !dates.contains(d) {
                outside += 1
                problems.append(RowProblem(file: file, line: checkIns[i].line, column: dateColumn,
                    Phrase("problem.checkIn.outsideCycle", [
                        "date": .text("\(d)"), "start": .text("\(dates.start)"), "end": .text("\(dates.end)"),
                        "source": .text(Self.sourceKeys[source] ?? source)])))
                checkIns[i].keyResult = nil
            }
        }

        // Per KR: its check-ins by date, first/last, staleness, confidence trend.
        var activity = Array(repeating: KRActivity(), count: keyResults.count)
        for (i, c) in checkIns.enumerated() where c.keyResult != nil && c.date != nil {
            activity[c.keyResult!].checkIns.append(i)
        }
        let staleDays = limits.staleDays
        for k in activity.indices where !activity[k].checkIns.isEmpty {
            activity[k].checkIns.sort { (checkIns[$0].date!, checkIns[$0].line) < (checkIns[$1].date!, checkIns[$1].line) }
            let list = activity[k].checkIns
            activity[k].first = checkIns[list.first!].date
            activity[k].last = checkIns[list.last!].date
            activity[k].daysSinceLast = dates.end - checkIns[list.last!].date!
            activity[k].isStale = activity[k].daysSinceLast! >= staleDays
            let confidences = list.compactMap { checkIns[$0].confidence }
            activity[k].firstConfidence = confidences.first
            activity[k].lastConfidence = confidences.last
        }

        func cadence(_ members: some Sequence<Int>) -> Cadence {
            var c = Cadence()
            var gaps: [Int] = []
            var onTrack = 0, offTrack = 0
            for k in members where keyResults[k].outcome != .dropped {
                c.keyResults += 1
                let a = activity[k]
                guard let since = a.daysSinceLast else { c.neverUpdated += 1; continue }
                if since < Cadence.fortnightDays { c.updatedLast14 += 1 }
                if since < Cadence.recentDays { c.updatedLast30 += 1 }
                if a.isStale { c.stale += 1 }
                var previous: Day?
                for i in a.checkIns {
                    let d = checkIns[i].date!
                    if let p = previous, d > p { gaps.append(d - p) }
                    previous = d
                }
                if let conf = a.lastConfidence {
                    c.withConfidence += 1
                    if conf >= thresholds.green - thresholds.tolerance { onTrack += 1 }
                    else if conf < thresholds.yellow - thresholds.tolerance { offTrack += 1 }
                }
            }
            if !gaps.isEmpty {
                gaps.sort()
                let n = gaps.count
                c.medianDaysBetween = n % 2 == 1 ? Double(gaps[n / 2]) : Double(gaps[n / 2 - 1] + gaps[n / 2]) / 2
            }
            if c.withConfidence > 0 { c.netConfidence = Double(onTrack - offTrack) / Double(c.withConfidence) }
            return c
        }
        let teamCadence = teams.map { cadence($0.keyResults) }
        let overall = cadence(keyResults.indices)

        var warnings: [RunWarning] = []
        if let w = allOutside(outside: outside, dated: dated, dates: dates, file: file) { warnings.append(w) }
        if source == "check-ins" && dates.days > longestInferredDays {
            warnings.append(RunWarning(location: .init(file: file), Phrase("warning.checkIns.longSpan", [
                "start": .text("\(dates.start)"), "end": .text("\(dates.end)"), "days": .integer(dates.days)])))
        }

        // Week by week: each KR's latest known score at the end of each week of the cycle
        // (every `step` weeks when the cycle has more weeks than the series may hold points).
        let cycleWeeks = max(1, (dates.days + 6) / 7)
        let step = (cycleWeeks + Self.maxSeriesPoints - 1) / Self.maxSeriesPoints
        let weekCount = (cycleWeeks + step - 1) / step
        func pointEnd(_ w: Int) -> Day { w == weekCount - 1 ? dates.end : dates.start + (7 * step * (w + 1) - 1) }
        var sums = Array(repeating: (all: 0.0, n: 0, c: 0.0, cn: 0, a: 0.0, an: 0), count: weekCount)
        for k in activity.indices where keyResults[k].outcome != .dropped {
            let scored = activity[k].checkIns.filter { checkIns[$0].score != nil }
            guard !scored.isEmpty else { continue }
            var j = 0
            var latest: Double?
            for w in 0..<weekCount {
                let weekEnd = pointEnd(w)
                while j < scored.count && checkIns[scored[j]].date! <= weekEnd {
                    latest = checkIns[scored[j]].score
                    j += 1
                }
                guard let s = latest else { continue }
                sums[w].all += s; sums[w].n += 1
                if keyResults[k].type == .committed { sums[w].c += s; sums[w].cn += 1 } else { sums[w].a += s; sums[w].an += 1 }
            }
        }
        let weeks = sums.enumerated().map { w, s in
            WeekPoint(week: w == weekCount - 1 ? cycleWeeks : step * (w + 1), end: pointEnd(w),
                      mean: s.n > 0 ? s.all / Double(s.n) : nil, committed: s.cn > 0 ? s.c / Double(s.cn) : nil,
                      aspirational: s.an > 0 ? s.a / Double(s.an) : nil, keyResults: s.n)
        }
        problems.sort { $0.line < $1.line }
        return CheckInReport(file: file, checkIns: checkIns, dates: dates, datesSource: source, activity: activity,
                             teamCadence: teamCadence, overall: overall, weeks: weeks, problems: problems,
                             warnings: warnings)
    }
}
