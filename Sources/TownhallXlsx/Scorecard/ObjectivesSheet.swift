import TownhallCore

extension ScorecardRenderer {
    /// At most this many ranges in one roll-up formula; beyond, the figure is written as a number.
    static let formulaRangeLimit = 24

    /// The live score of objective `o`: the weighted mean of its scored KRs' cells on Key Results
    /// (SPEC §3: weights default 1; when the scored weights sum to 0, the plain mean). `nil` when
    /// its KRs are too scattered for one formula.
    func objectiveScoreFormula(_ o: Objective) -> String? {
        let indices = o.keyResults.sorted()
        guard !indices.isEmpty,
              let scores = krPaging.ranges(ofSorted: indices, col: krColumns.score, limit: Self.formulaRangeLimit),
              let weights = krPaging.ranges(ofSorted: indices, col: krColumns.weight, limit: Self.formulaRangeLimit)
        else { return nil }
        let all = scores.joined(separator: ",")
        let num = zip(scores, weights).map { "SUMPRODUCT(\($0),\($1))" }.joined(separator: "+")
        let den = zip(scores, weights).map { "SUMIFS(\($1),\($0),\"<>\")" }.joined(separator: "+")
        return "=IF(COUNT(\(all))=0,\"\",IF(\(den)>\(tolerance),(\(num))/(\(den)),AVERAGE(\(all))))"
    }

    func writeObjectives() throws {
        let s = styles
        let band = bandTemplate(ObjectiveColumn.score)
        for k in 0..<objectivePaging.sheetCount {
            let ws = sheet(objectivePaging.name(k))
            let items = objectivePaging.items(onSheet: k)
            try frame(ws, titles: ObjectiveColumn.titles, widths: ObjectiveColumn.widths, lastRow: items.count) { _ in
                s.header
            }
            try bandFills(ws, rows: 1, items.count, col: ObjectiveColumn.score, scoreCol: ObjectiveColumn.score)
            try bandFills(ws, rows: 1, items.count, col: ObjectiveColumn.band, scoreCol: ObjectiveColumn.score)
            var row = 0
            for p in items {
                row += 1
                let o = report.objectives[tree.objectiveOrder[p]]
                ws.sourceLine = o.line
                try ws.text(row, ObjectiveColumn.id, o.id)
                try ws.text(row, ObjectiveColumn.team, o.team)
                try ws.text(row, ObjectiveColumn.title, o.title)
                try ws.text(row, ObjectiveColumn.owner, o.owner)
                try ws.text(row, ObjectiveColumn.type, o.type.rawValue)
                if objectiveFormulaAgrees(o), let formula = objectiveScoreFormula(o) {
                    try ws.formula(row, ObjectiveColumn.score, formula, cached: o.score, s.score)
                } else if let v = o.score {
                    try ws.number(row, ObjectiveColumn.score, v, s.score)
                }
                if report.thresholds.band(Self.cellValue(o.score)) == o.band {
                    try ws.formula(row, ObjectiveColumn.band, band, cachedText: o.band?.rawValue ?? "")
                } else {
                    try ws.text(row, ObjectiveColumn.band, o.band?.rawValue ?? "")
                }
                try ws.number(row, ObjectiveColumn.keyResults, Double(o.keyResults.count), s.integer)
                try ws.number(row, ObjectiveColumn.line, Double(o.line), s.integer)
                try ws.text(row, ObjectiveColumn.alignedTo, o.alignedTo)
                try ws.text(row, ObjectiveColumn.value, o.value)
            }
        }
    }
}
