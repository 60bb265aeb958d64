/// The rows stage of `Townhall.report`, after cycle selection: rows → key results, rejected rows
/// and row problems (SPEC §2–§3).
struct KeyResultRows: Sendable {
    public var keyResults: [KeyResult] = []
    public var rejected: [RejectedRow] = []
    public var problems: [RowProblem] = []
    public var otherCycleRows = 0
    /// Rows whose `type` says they are an objective (a table listing objectives and key results
    /// alike): counted, not key results, not rejected.
    public var objectiveRows = 0
    public var warnings: [RunWarning] = []

    /// Builds and scores every row of `table` that belongs to `cycle`.
    public init(table: RawTable, cycle: CycleSelection, thresholds: Thresholds, file: String? = nil) {
        let header = table.header
        let width = header.names.count
        let numbers = NumberParser(decimalComma: table.decimalComma)
        let store = table.store
        var names = Interner(store: store)
        var lastCycle = "", lastCycleKey = CycleSelection.key("")
        keyResults.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let line = table.lines[row]
            if CycleSelection.hasExtra(store, row, width) {
                rejected.append(RejectedRow(line: line, Phrase("rejected.fieldCount", [
                    "fields": .integer(store.fieldCount(row)), "width": .integer(width)]), fields: table.fields(row)))
                continue
            }
            func cell(_ f: Field) -> String { store.cell(row, f) }
            let rowCycle = cell(.cycle)
            if rowCycle != lastCycle { (lastCycle, lastCycleKey) = (rowCycle, CycleSelection.key(rowCycle)) }
            if let key = cycle.key, !rowCycle.isEmpty, lastCycleKey != key {
                otherCycleRows += 1
                continue
            }
            let typeText = cell(.type)
            // Only a type starting with `o` can be an objective row's: the common case costs one byte.
            if typeText.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "o") && RowItem(typeWord: typeText) == .objective {
                objectiveRows += 1
                continue
            }
            let team = names.string(row, .team), objective = names.string(row, .objective)
            let title = cell(.keyResult)
            let absent = [(Field.team, team), (.objective, objective), (.keyResult, title)]
                .filter { $0.1.isEmpty }.map { header.displayName(of: $0.0) }
            if !absent.isEmpty {
                rejected.append(RejectedRow(line: line, Phrase("rejected.missing", ["columns": .text(absent.joined(separator: ", "))]),
                                            fields: store.fields(row, count: width)))
                continue
            }
            let measureText = cell(.measure), status = cell(.status)
            let startText = cell(.start), targetText = cell(.target), currentText = cell(.current)
            let scoreText = cell(.score), weightText = cell(.weight)
            let measure = Measure(word: measureText)
            var result = KeyResultScoring.score(
                status: status, score: scoreText, start: startText, target: targetText, current: currentText,
                measure: measure, numbers: numbers, tolerance: thresholds.tolerance)
            var weight = 1.0
            if result.rule != .dropped && !weightText.isEmpty {
                if let w = numbers.parse(weightText)?.value, w >= 0 {
                    weight = w
                } else if result.problem == nil {
                    result.problem = .init(field: .weight, phrase: Phrase("problem.weight.notANumber", ["text": .text(weightText)]))
                }
            }
            if let p = result.problem {
                problems.append(RowProblem(line: line, column: header.displayName(of: p.field),
                                           columnIsFixed: header.index[p.field] == nil, p.phrase))
                result.score = nil
                result.progress = nil
                result.rule = nil
            }
            // Confidence plays no part in the score: a bad one is a problem of its own, the score stands.
            var confidence: Double?
            switch Confidence.read(cell(.confidence), numbers) {
            case .absent: break
            case .fraction(let f): confidence = f
            case .invalid(let phrase):
                problems.append(RowProblem(line: line, column: header.displayName(of: .confidence),
                                           Phrase("problem.confidence.leftOut", ["problem": .phrase(phrase)])))
            }
            let type = KRType(word: typeText) ?? .committed
            let start = startText.isEmpty ? nil : numbers.parse(startText)?.value
            let target = targetText.isEmpty ? nil : numbers.parse(targetText)?.value
            let current = currentText.isEmpty ? nil : numbers.parse(currentText)?.value
            let outcome: Outcome
            if result.rule == .dropped {
                outcome = .dropped
            } else if let s = result.score {
                outcome = thresholds.outcome(type: type, score: s)
            } else {
                outcome = .unscored
            }
            keyResults.append(KeyResult(
                id: cell(.krID), objectiveID: names.string(row, .objectiveID), team: team, objective: objective,
                line: line,
                text: RowText(store: store, row: row), type: type,
                measure: measure ?? Self.inferMeasure(start: start ?? 0, target: target, current: currentText,
                                                      rule: result.rule),
                start: start, target: target, current: current, weight: weight,
                confidence: confidence,
                score: result.score, progress: result.progress, outcome: outcome,
                band: thresholds.band(result.score), startDefaulted: result.startDefaulted, rule: result.rule))
        }
    }

    /// One shared `String` for the names that repeat row after row (team, objective, owner, ids):
    /// a row holding the same bytes as the row before reuses its string without making one.
    struct Interner {
        let store: RowStore
        var previous = [Int](repeating: -1, count: Field.allCases.count)
        var last = [String](repeating: "", count: Field.allCases.count)
        var seen: [String: String] = [:]

        init(store: RowStore) { self.store = store }

        mutating func string(_ row: Int, _ field: Field) -> String {
            let k = field.ordinal
            let column = store.columns[k]
            if column < 0 { return "" }
            if previous[k] >= 0 && store.sameRaw(previous[k], row, column) {
                previous[k] = row
                return last[k]
            }
            let s = store.cell(row, field)
            let shared = seen[s] ?? s
            if seen.count < 1 << 20 { seen[s] = shared }  // bounded: names are few, a runaway column is not
            previous[k] = row
            last[k] = shared
            return shared
        }
    }

    /// SPEC §2: `measure` is inferred when absent — a milestone for yes/no, else the direction of travel.
    static func inferMeasure(start: Double, target: Double?, current: String, rule: ScoringRule?) -> Measure? {
        if rule == .yesNo { return .milestone }
        guard let target else { return nil }
        return target < start ? .decrease : .increase
    }
}
