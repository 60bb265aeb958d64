/// Step 3: rows → key results, rejected rows and row problems (SPEC §2–§3).
public struct KeyResultRows: Sendable {
    public var keyResults: [KeyResult] = []
    public var rejected: [RejectedRow] = []
    public var problems: [RowProblem] = []
    public var otherCycleRows = 0
    public var warnings: [RunWarning] = []

    /// Builds and scores every row of `table` that belongs to `cycle`.
    public init(table: RawTable, cycle: CycleSelection, thresholds: Thresholds, file: String? = nil) {
        let header = table.header
        let width = header.names.count
        let numbers = NumberParser(decimalComma: table.decimalComma)
        let ix = header.index
        keyResults.reserveCapacity(table.rows.count)
        for row in table.rows {
            if CycleSelection.hasExtra(row.fields, width) {
                rejected.append(RejectedRow(line: row.line,
                    reason: "row has \(row.fields.count) fields but the header has \(width)", fields: row.fields))
                continue
            }
            var fields = row.fields
            if fields.count > width { fields.removeLast(fields.count - width) }
            while fields.count < width { fields.append("") }
            func cell(_ f: Field) -> String {
                guard let i = ix[f] else { return "" }
                return fields[i].trimmed
            }
            let rowCycle = cell(.cycle)
            if let key = cycle.key, !rowCycle.isEmpty, rowCycle.lowercased() != key {
                otherCycleRows += 1
                continue
            }
            let team = cell(.team), objective = cell(.objective), title = cell(.keyResult)
            let absent = [(Field.team, team), (.objective, objective), (.keyResult, title)]
                .filter { $0.1.isEmpty }.map { header.displayName(of: $0.0) }
            if !absent.isEmpty {
                rejected.append(RejectedRow(line: row.line,
                    reason: "missing \(absent.joined(separator: ", "))", fields: fields))
                continue
            }
            let typeText = cell(.type), measureText = cell(.measure), status = cell(.status)
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
                    result.problem = .init(field: .weight, message: "weight \"\(weightText)\" is not a number ≥ 0")
                }
            }
            if let p = result.problem {
                problems.append(RowProblem(line: row.line, column: header.displayName(of: p.field), message: p.message))
                result.score = nil
                result.progress = nil
                result.rule = nil
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
                id: cell(.krID), objectiveID: cell(.objectiveID), team: team, parentTeam: cell(.parentTeam),
                objective: objective, title: title, line: row.line, cycle: rowCycle,
                objectiveOwner: cell(.objectiveOwner), owner: cell(.krOwner), alignedTo: cell(.alignedTo),
                typeText: typeText, type: type, measureText: measureText,
                measure: measure ?? Self.inferMeasure(start: start ?? 0, target: target, current: currentText,
                                                      rule: result.rule),
                startText: startText, targetText: targetText, currentText: currentText,
                start: start, target: target, current: current, unit: cell(.unit), scoreText: scoreText,
                weight: weight, confidence: Self.confidence(cell(.confidence), numbers), status: status,
                notes: cell(.notes), value: cell(.value), fields: fields,
                score: result.score, progress: result.progress, outcome: outcome,
                band: thresholds.band(result.score), startDefaulted: result.startDefaulted, rule: result.rule))
        }
    }

    /// SPEC §2: `measure` is inferred when absent — a milestone for yes/no, else the direction of travel.
    static func inferMeasure(start: Double, target: Double?, current: String, rule: ScoringRule?) -> Measure? {
        if rule == .yesNo { return .milestone }
        guard let target else { return nil }
        return target < start ? .decrease : .increase
    }

    /// Confidence as a fraction: `0.8`, `80%`, `8` (of 10) and `80` (of 100) all give 0.8.
    static func confidence(_ text: String, _ numbers: NumberParser) -> Double? {
        guard !text.isEmpty, let p = numbers.parse(text), p.value >= 0 else { return nil }
        if p.isPercent { return p.value <= 100 ? p.value / 100 : nil }
        if p.value <= 1 { return p.value }
        if p.value <= 10 { return p.value / 10 }
        if p.value <= 100 { return p.value / 100 }
        return nil
    }
}
