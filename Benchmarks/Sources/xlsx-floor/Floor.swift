import CXlsxWriter
import Foundation
@_spi(Stages) import TownhallCore  // the floor reads with the core's own reader stages
import TownhallXlsx

/// How the stand-in pass classes a row: the cell types townhall writes follow from it
/// (formulas for linear and threshold KRs, numbers for grades and yes/no, text only for dropped).
enum Rule {
    case dropped, manual, yesNo, threshold, linear

    var word: String {
        switch self {
        case .dropped: "dropped"
        case .manual: "manual score"
        case .yesNo: "yes/no"
        case .threshold: "threshold"
        case .linear: "linear progress"
        }
    }
}

/// One objective as the Objectives sheet and the Summary need it.
struct ObjectiveInfo {
    var id, team, title, owner, alignedTo, value: String
    var line: Int
    var teamIndex: Int
    /// Key Results rows (1-based sheet rows) of its first and last KR, and how many.
    var firstRow: Int, lastRow: Int, count = 0
    var committed = false, aspirational = false
    var scored = 0
    var sum = 0.0, weightedSum = 0.0, weights = 0.0
    var lines: [Int] = []

    var score: Double? {
        guard scored > 0 else { return nil }
        return weights > 1e-9 ? weightedSum / weights : sum / Double(scored)
    }
    var type: String { committed && aspirational ? "mixed" : aspirational ? "aspirational" : "committed" }
}

/// One team as the Summary table and the team checks need it.
struct TeamInfo {
    var name: String
    var parent: String?
    var ownsOKRs = true
    var objectives: [Int] = []
    var keyResults = 0
    var committedKRs = 0, aspirationalKRs = 0
    var committedScored = 0, committedMet = 0, committedMisses = 0
    var aspirationalScored = 0, aspirationalSum = 0.0
    var lines: [Int] = []
    var aspirationalLines: [Int] = []
    var depth = 0
    var hasChildren = false
    /// Objectives-sheet rows of its own objectives (first, last), and their mean score.
    var objectiveRows: (Int, Int)? = nil
    var score: Double? = nil
}

/// A row of the Problems sheet, kept until the pass ends (its width depends on the widest rejected row).
struct ProblemItem {
    enum Kind { case rejected, problem, warning }
    var kind: Kind
    var line: Int?
    var column: String
    var message: String
    var fields: [String] = []
}

/// Writes townhall's scorecard workbook — the same sheets, cells, cell types, formats, conditional
/// formats, autofilters, frozen panes, charts and properties — from one streaming pass over the
/// CSV, with libxlsxwriter and nothing else. Rows are written as they are read: Key Results, Wins,
/// Misses and the per-KR playbook checks in input order; what needs the whole file (objectives,
/// teams, the summary) after it.
final class Floor {
    /// The scorecard's own tables: sheet names, column titles and widths, words, formulas, formats.
    static let blueprint = ScorecardBlueprint()
    static let wins = blueprint.winsSheet, misses = blueprint.missesSheet, checks = blueprint.checksSheet
    static let problems = blueprint.problemsSheet
    static let summaryName = blueprint.summarySheet, objectivesName = blueprint.objectivesSheet
    static let keyResultsName = blueprint.keyResultsSheet, chartDataName = blueprint.chartDataSheet
    static let computedTitles = blueprint.keyResultColumns.map(\.title)
    /// Offsets of the computed columns after the input ones.
    static let k = Offsets()
    struct Offsets {
        let score, progress, band, outcome, countsAs, scoredBy, start, target, current, weight, id, objectiveID, line: Int
        init() {
            let b = Floor.blueprint
            score = b.offset(.score); progress = b.offset(.progress); band = b.offset(.band); outcome = b.offset(.outcome)
            countsAs = b.offset(.countsAs); scoredBy = b.offset(.scoredBy); start = b.offset(.start)
            target = b.offset(.target); current = b.offset(.current); weight = b.offset(.weight); id = b.offset(.id)
            objectiveID = b.offset(.objectiveID); line = b.offset(.line)
        }
    }
    static let droppedStatuses: Set<String> = ["dropped", "cancelled", "canceled", "deferred"]
    static let yesWords: Set<String> = ["yes", "true", "done", "complete"]
    static let noWords: Set<String> = ["no", "false", "not done", "incomplete"]
    static let taskVerbs = Playbook.ReadsAsTask.taskVerbs
    static let winWidths = blueprint.winColumns.map(\.width)
    static let missWidths = blueprint.missColumns.map(\.width)
    static let checkWidths = blueprint.checkColumns.map(\.width)
    static let thresholds = Thresholds()
    /// The cell words, decided once (formulas compare with them).
    static let words = Words()
    struct Words {
        let dropped = blueprint.word(Outcome.dropped)
        let committed = blueprint.word(KRType.committed), aspirational = blueprint.word(KRType.aspirational)
        let bands = [Band.green, .yellow, .red].map { blueprint.word($0) }
        let outcomes = Outcome.allCases.map { blueprint.word($0) }
        func band(_ b: Band?) -> String { b.map { bands[[Band.green, .yellow, .red].firstIndex(of: $0)!] } ?? "" }
        func outcome(_ o: Outcome) -> String { outcomes[Outcome.allCases.firstIndex(of: o)!] }
        func type(_ t: KRType) -> String { t == .committed ? committed : aspirational }
    }
    // Formula literals of the default thresholds, as townhall writes them.
    static let greenAt = "0.699999999", yellowAt = "0.399999999", committedWinAt = "0.999999999"
    static let aspirationalWinAt = "0.699999999", aspirationalProgressAt = "0.399999999", tolerance = "1E-09"

    let input: String
    let wb: UnsafeMutablePointer<lxw_workbook>
    let f: Formats
    let summary, objectives, keyResults, wins, misses, checks, problems, chartData: Sheet

    // The header, once read.
    var names: [String] = []
    var width = 0
    var col: [Field: Int] = [:]
    var templates: Templates!

    // Running state.
    var krRow = 0, winRow = 0, missRow = 0, checkRow = 0
    var widths: [Double] = []
    var cycle: String?
    var objectiveByID: [String: Int] = [:]
    var objectiveByTitle: [String: Int] = [:]
    var objectiveList: [ObjectiveInfo] = []
    var teamIndex: [String: Int] = [:]
    var teamList: [TeamInfo] = []
    var problemItems: [ProblemItem] = []
    var outcomeCounts: [Outcome: Int] = [:]
    var committedScored = 0, committedMet = 0, aspirationalScored = 0, aspirationalSum = 0.0
    var startDefaulted = 0
    var buffer: [CChar] = []

    /// The scorecard's per-row formulas for this header.
    struct Templates {
        let linearScore, linearProgress, atLeast, atMost, progressFromScore, band, outcome: Template

        init(input n: Int) {
            let f = Floor.blueprint.keyResultFormulas(inputColumns: n, thresholds: Floor.thresholds)
            linearScore = Template(f.linearScore)
            linearProgress = Template(f.linearProgress)
            atLeast = Template(f.atLeast)
            atMost = Template(f.atMost)
            progressFromScore = Template(f.progressFromScore)
            band = Template(f.band)
            outcome = Template(f.outcome)
        }
    }

    /// `=IF(ISNUMBER(x),<band word>,"")`, the scorecard's band formula over the score at `x`.
    static func bandFormula(_ x: String) -> String {
        blueprint.keyResultFormulas(inputColumns: 0, thresholds: thresholds).band
            .replacingOccurrences(of: "A#", with: x)
    }

    init(input: String, output: String, zip64: Bool) {
        self.input = input
        var options = lxw_workbook_options()
        options.constant_memory = 1
        options.use_zip64 = zip64 ? 1 : 0
        guard let wb = output.withCString({ workbook_new_opt($0, &options) }) else { fail("cannot create \(output)") }
        self.wb = wb
        f = Formats(wb, Floor.blueprint)
        func add(_ name: String) -> Sheet {
            guard let ws = workbook_add_worksheet(wb, name) else { fail("cannot add sheet \(name)") }
            return Sheet(ws: ws, name: name)
        }
        // Sheet order as in townhall.
        summary = add(Self.summaryName)
        objectives = add(Self.objectivesName)
        keyResults = add(Self.keyResultsName)
        wins = add(Self.wins)
        misses = add(Self.misses)
        checks = add(Self.checks)
        problems = add(Self.problems)
        chartData = add(Self.chartDataName)
        buffer.reserveCapacity(512)
    }

    // MARK: The pass

    /// The header line: column names, the Key Results header row and the list sheets' header rows.
    func header(_ fields: [String]) {
        let map: HeaderMap
        do { map = try HeaderMap(header: fields, file: input) } catch { fail("\(input): \(error)") }
        col = map.index
        width = fields.count
        names = (0..<width).map { i in
            let h = fields[i].trimmed
            return h.isEmpty ? "Column \(i + 1)" : h
        }
        templates = Templates(input: width)
        widths = names.map { Double(min(max($0.count + 3, 8), 40)) }
        headerRow(keyResults, names + Self.computedTitles) { $0 < self.width ? self.f.inputHeader : self.f.computedHeader }
        headerRow(wins, Self.blueprint.winColumns.map(\.title))
        headerRow(misses, Self.blueprint.missColumns.map(\.title))
        headerRow(checks, Self.blueprint.checkColumns.map(\.title))
    }

    func headerRow(_ s: Sheet, _ titles: [String], format: ((Int) -> Format)? = nil) {
        s.row(0, height: 20)
        for (c, t) in titles.enumerated() { s.text(0, c, t, format?(c) ?? f.header) }
    }

    static let numbers = NumberParser()

    /// A number cell's value: the plain fast path, else the core's parser (`1,234`, `$ 5`, `−3`).
    @inline(__always)
    static func number(_ s: String) -> (value: Double, percent: Bool)? {
        guard let last = s.utf8.last else { return nil }
        if last == UInt8(ascii: "%") {
            if let v = Double(s.dropLast()), v.isFinite { return (v, true) }
        } else if let v = Double(s), v.isFinite {
            return (v, false)
        }
        guard let first = s.utf8.first, first < 0x41 || first >= 0x80 else { return nil }  // words are not numbers
        return numbers.parse(s).map { ($0.value, $0.isPercent) }
    }

    /// One data record.
    func record(_ fields: [String], line: Int) {
        if fields.count > width {
            for i in width..<fields.count where !fields[i].trimmed.isEmpty {
                problemItems.append(ProblemItem(kind: .rejected, line: line, column: "",
                                                message: "row has \(fields.count) fields but the header has \(width)",
                                                fields: fields))
                return
            }
        }
        @inline(__always) func cell(_ field: Field) -> String {
            guard let i = col[field], i < fields.count else { return "" }
            return fields[i].trimmed
        }
        let team = cell(.team), objective = cell(.objective), title = cell(.keyResult)
        if team.isEmpty || objective.isEmpty || title.isEmpty {
            let absent = [(Field.team, team), (.objective, objective), (.keyResult, title)].filter { $0.1.isEmpty }
            var padded = Array(fields.prefix(width))
            while padded.count < width { padded.append("") }
            problemItems.append(ProblemItem(kind: .rejected, line: line, column: "",
                                            message: "missing \(absent.map { names[col[$0.0]!] }.joined(separator: ", "))",
                                            fields: padded))
            return
        }
        if cycle == nil {
            let c = cell(.cycle)
            if !c.isEmpty { cycle = c }
        }

        // Stand-in scoring: enough to write the cell types townhall writes.
        let status = cell(.status), scoreText = cell(.score), typeText = cell(.type), weightText = cell(.weight)
        let startText = cell(.start), targetText = cell(.target), currentText = cell(.current)
        let start = startText.isEmpty ? nil : Self.number(startText)?.value
        let target = targetText.isEmpty ? nil : Self.number(targetText)?.value
        let current = currentText.isEmpty ? nil : Self.number(currentText)?.value
        var rule: Rule?
        var score: Double?, progress: Double?
        var problem: (Field, String)?
        var defaulted = false
        var measure: Measure?
        if !status.isEmpty, Self.droppedStatuses.contains(status.lowercased()) {
            rule = .dropped
        } else if !scoreText.isEmpty {
            if let p = Self.number(scoreText), p.value >= 0, p.value <= 100 {
                score = min(1, p.percent || p.value > 1 ? p.value / 100 : p.value)
                progress = score
                rule = .manual
            } else {
                problem = (.score, "score \"\(scoreText)\" is not a fraction 0–1 or a percentage 0–100")
            }
        } else if current == nil, !currentText.isEmpty, Self.yesWords.contains(currentText.lowercased()) {
            (rule, score, progress) = (.yesNo, 1, 1)
        } else if current == nil, !currentText.isEmpty, Self.noWords.contains(currentText.lowercased()) {
            (rule, score, progress) = (.yesNo, 0, 0)
        } else if let t = target, let c = current {
            measure = col[.measure] == nil ? nil : Measure(word: cell(.measure))
            if measure == .atLeast || measure == .atMost {
                let met = measure == .atLeast ? c >= t - 1e-9 : c <= t + 1e-9
                (rule, score, progress) = (.threshold, met ? 1 : 0, met ? 1 : 0)
            } else {
                defaulted = startText.isEmpty
                if let s = defaulted ? 0 : start {
                    if abs(t - s) <= 1e-9 {
                        problem = (.target, "target equals start: progress undefined")
                    } else {
                        let p = (c - s) / (t - s)
                        (rule, score, progress) = (.linear, min(1, max(0, p)), p)
                    }
                } else {
                    problem = (.start, "start \"\(startText)\" is not a number")
                }
            }
        } else {
            problem = (.target, "nothing to score it by: no score and no target")
        }
        var weight = 1.0
        if rule != .dropped, !weightText.isEmpty {
            if let w = Self.number(weightText)?.value, w >= 0 { weight = w } else if problem == nil {
                problem = (.weight, "weight \"\(weightText)\" is not a number ≥ 0")
            }
        }
        if let (field, message) = problem {
            problemItems.append(ProblemItem(kind: .problem, line: line, column: col[field].map { names[$0] } ?? field.rawValue,
                                            message: message))
            (rule, score, progress) = (nil, nil, nil)
        }
        if defaulted { startDefaulted += 1 }
        let type: KRType = typeText == "committed" ? .committed : typeText == "aspirational" ? .aspirational
            : KRType(word: typeText) ?? .committed
        let outcome: Outcome = rule == .dropped ? .dropped : score.map { Self.thresholds.outcome(type: type, score: $0) } ?? .unscored
        outcomeCounts[outcome, default: 0] += 1

        // Grouping: objectives by id, else by team and title; teams by name.
        let t: Int
        if let found = teamIndex[team] { t = found } else {
            t = teamList.count
            teamIndex[team] = t
            teamList.append(TeamInfo(name: team))
        }
        krRow += 1
        let row = krRow
        let objectiveIDText = cell(.objectiveID)
        var o = objectiveIDText.isEmpty ? objectiveByTitle[team + "\u{1F}" + objective] : objectiveByID[objectiveIDText]
        if o == nil {
            o = objectiveList.count
            if objectiveIDText.isEmpty { objectiveByTitle[team + "\u{1F}" + objective] = o } else { objectiveByID[objectiveIDText] = o }
            objectiveList.append(ObjectiveInfo(
                id: objectiveIDText.isEmpty ? "\(team).\(objective)" : objectiveIDText, team: team, title: objective,
                owner: cell(.objectiveOwner), alignedTo: cell(.alignedTo), value: cell(.value), line: line,
                teamIndex: t, firstRow: row, lastRow: row))
            teamList[t].objectives.append(o!)
        }
        let oi = o!
        objectiveList[oi].count += 1
        objectiveList[oi].lastRow = row
        if objectiveList[oi].lines.count < 100 { objectiveList[oi].lines.append(line) }
        if type == .committed { objectiveList[oi].committed = true } else { objectiveList[oi].aspirational = true }
        if let s = score {
            objectiveList[oi].scored += 1
            objectiveList[oi].sum += s
            objectiveList[oi].weightedSum += s * weight
            objectiveList[oi].weights += weight
        }
        if teamList[t].parent == nil {
            let p = cell(.parentTeam)
            if !p.isEmpty { teamList[t].parent = p }
        }
        teamList[t].keyResults += 1
        if teamList[t].lines.count < 100 { teamList[t].lines.append(line) }
        switch type {
        case .committed:
            teamList[t].committedKRs += 1
            if let s = score {
                teamList[t].committedScored += 1
                committedScored += 1
                if s >= 1 - 1e-9 { teamList[t].committedMet += 1; committedMet += 1 }
            }
            if outcome == .miss { teamList[t].committedMisses += 1 }
        case .aspirational:
            teamList[t].aspirationalKRs += 1
            if teamList[t].aspirationalLines.count < 100 { teamList[t].aspirationalLines.append(line) }
            if let s = score {
                teamList[t].aspirationalScored += 1
                teamList[t].aspirationalSum += s
                aspirationalScored += 1
                aspirationalSum += s
            }
        }

        // Key Results: every input column as text, then the computed columns.
        let ws = keyResults
        let n = width
        let measured = min(fields.count, n)
        for i in 0..<measured where !fields[i].isEmpty { ws.text(row, i, fields[i]) }
        if row <= 500 {
            for i in 0..<measured {
                let w = Double(min(fields[i].utf8.count + 2, 50))
                if w > widths[i] { widths[i] = w }
            }
        }
        let tp = templates!
        switch rule {
        case .linear?:
            ws.formula(row, n + Self.k.score, tp.linearScore, &buffer, cached: score, f.score)
            ws.formula(row, n + Self.k.progress, tp.linearProgress, &buffer, cached: progress, f.percent)
        case .threshold?:
            ws.formula(row, n + Self.k.score, measure == .atMost ? tp.atMost : tp.atLeast, &buffer,
                       cached: score, f.score)
            ws.formula(row, n + Self.k.progress, tp.progressFromScore, &buffer, cached: progress, f.percent)
        default:
            if let score { ws.number(row, n + Self.k.score, score, f.score) }
            if let progress { ws.number(row, n + Self.k.progress, progress, f.percent) }
        }
        let band = Self.thresholds.band(score)
        if outcome == .dropped {
            ws.text(row, n + Self.k.outcome, Self.words.dropped)
        } else {
            ws.formula(row, n + Self.k.band, tp.band, &buffer, cachedText: Self.words.band(band))
            ws.formula(row, n + Self.k.outcome, tp.outcome, &buffer, cachedText: Self.words.outcome(outcome))
        }
        ws.text(row, n + Self.k.countsAs, type == .committed ? Self.words.committed : Self.words.aspirational)
        if let rule { ws.text(row, n + Self.k.scoredBy, rule.word) }
        if let start { ws.number(row, n + Self.k.start, start, f.general) }
        if let target { ws.number(row, n + Self.k.target, target, f.general) }
        if let current { ws.number(row, n + Self.k.current, current, f.general) }
        ws.number(row, n + Self.k.weight, weight, f.general)
        let krID = cell(.krID)
        let objectiveID = objectiveList[oi].id
        ws.text(row, n + Self.k.id, krID.isEmpty ? "\(objectiveID).kr-\(row)" : krID)
        ws.text(row, n + Self.k.objectiveID, objectiveID)
        ws.number(row, n + Self.k.line, Double(line), f.integer)

        // Wins and misses, in input order (townhall sorts them: the same cells in another order).
        let owner = cell(.krOwner)
        if outcome == .win {
            winRow += 1
            let r = winRow, w = Self.winWidths
            fitRow(wins, r, objective, w[1], title, w[2])
            wins.text(r, 0, team, f.top)
            wins.text(r, 1, objective, f.wrap)
            wins.text(r, 2, title, f.wrap)
            wins.text(r, 3, Self.words.type(type), f.top)
            wins.number(r, 4, score, f.score)
            wins.number(r, 5, progress, f.percent)
            wins.text(r, 6, owner, f.top)
            wins.number(r, 7, Double(line), f.integer)
        } else if outcome == .miss {
            missRow += 1
            let r = missRow, w = Self.missWidths
            let notes = cell(.notes)
            fitRow(misses, r, objective, w[1], title, w[2], notes, w[7])
            misses.text(r, 0, team, f.top)
            misses.text(r, 1, objective, f.wrap)
            misses.text(r, 2, title, f.wrap)
            misses.text(r, 3, Self.words.type(type), type == .committed ? f.committed : f.top)
            misses.number(r, 4, score, f.score)
            misses.number(r, 5, progress, f.percent)
            misses.text(r, 6, Self.words.band(band), f.top)
            if notes.isEmpty {
                misses.text(r, 7, type == .committed ? "(no reflection written)" : "", f.muted)
            } else {
                misses.text(r, 7, notes, f.wrap)
            }
            misses.text(r, 8, owner, f.top)
            misses.number(r, 9, Double(line), f.integer)
        }

        // The per-KR playbook checks (townhall lists the team and objective checks first; here they follow).
        if outcome != .dropped {
            if targetText.isEmpty && scoreText.isEmpty {
                checkRow(team, title, line, Playbook.NotMeasurable.id, "nothing measurable: no target and no score")
            }
            if target == nil, let verb = Self.firstWord(title), Self.taskVerbs.contains(verb) {
                checkRow(team, title, line, Playbook.ReadsAsTask.id,
                         "starts with '\(verb)' and has no numeric target: reads as a task, not an outcome")
            }
            if typeText.isEmpty {
                checkRow(team, title, line, Playbook.MissingType.id, "type is empty; counted as committed")
            } else if KRType(word: typeText) == nil {
                checkRow(team, title, line, Playbook.UnknownType.id,
                         "type \"\(typeText)\" is not committed or aspirational; counted as committed")
            }
            if defaulted { checkRow(team, title, line, Playbook.MissingStart.id, "start is empty; progress counted from 0") }
        }
        if type == .committed, outcome == .miss, cell(.notes).isEmpty {
            checkRow(team, title, line, Playbook.CommittedMissWithoutNotes.id, "missed commitment without notes: add a reflection")
        }
    }

    /// The lower-cased letters a title starts with (ASCII: enough for the stand-in).
    @inline(__always)
    static func firstWord(_ s: String) -> String? {
        var bytes: [UInt8] = []
        for b in s.utf8 {
            if b >= 0x41 && b <= 0x5A { bytes.append(b | 0x20) } else if b >= 0x61 && b <= 0x7A { bytes.append(b) } else { break }
            if bytes.count > 12 { return nil }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    func checkRow(_ team: String, _ title: String, _ line: Int, _ id: String, _ message: String) {
        checkRow(subject: "\(team) / \(title)", team: team, id: id, message: message, lines: String(line))
    }

    func checkRow(subject: String, team: String, id: String, message: String, lines: String) {
        checkRow += 1
        let r = checkRow, w = Self.checkWidths
        fitRow(checks, r, subject, w[3], message, w[4], lines, w[5])
        checks.text(r, 0, "warning", f.severityWarning)
        checks.text(r, 1, id, f.top)
        checks.text(r, 2, team, f.top)
        checks.text(r, 3, subject, f.wrap)
        checks.text(r, 4, message, f.wrap)
        checks.text(r, 5, lines, f.wrap)
    }

    /// Lines a text of `width` characters wraps to (townhall's estimate, counted in bytes).
    @inline(__always)
    static func wrappedLines(_ s: String, _ width: Double) -> Int {
        let u = s.utf8
        if u.count <= Int(width) && !u.contains(10) { return 1 }
        let perLine = max(1, Int(width * 1.15))
        var n = 0, run = 0
        for b in u {
            if b == 10 {
                n += max(1, (run + perLine - 1) / perLine)
                run = 0
                if n >= 12 { return 12 }
            } else if b & 0xC0 != 0x80 {
                run += 1
            }
        }
        n += max(1, (run + perLine - 1) / perLine)
        return min(n, 12)
    }

    @inline(__always)
    func fitRow(_ s: Sheet, _ row: Int, _ a: String, _ wa: Double, _ b: String, _ wbb: Double,
                _ c: String = "", _ wc: Double = 1000) {
        let lines = max(Self.wrappedLines(a, wa), Self.wrappedLines(b, wbb), Self.wrappedLines(c, wc))
        if lines > 1 { s.row(row, height: 15 * Double(lines) + 2) }
    }

    static func linesText(_ lines: [Int], total: Int) -> String {
        let shown = lines.prefix(100).map(String.init).joined(separator: ", ")
        return total > 100 ? shown + " … (+\(total - 100) more)" : shown
    }
}
