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

    /// The Objectives sheet's columns. Team, title, aligned-to and value wrap (rows grow to fit), so
    /// long texts do not run into the next column on screen or on paper.
    static let objectiveColumns: [ListColumn<Objective>] = [
        ListColumn(id: "id", titleKey: "workbook.column.objectiveID", width: 18) { r, ws, row, c, o in try ws.text(row, c, o.id, r.styles.top) },
        ListColumn(id: "team", titleKey: "workbook.column.team", width: 22, wraps: { $1.team }) { r, ws, row, c, o in try ws.text(row, c, o.team, r.styles.wrap) },
        ListColumn(id: "objective", titleKey: "workbook.column.objective", width: 50, wraps: { $1.title }) { r, ws, row, c, o in
            try ws.text(row, c, o.title, r.styles.wrap)
        },
        ListColumn(id: "owner", titleKey: "workbook.column.owner", width: 18) { r, ws, row, c, o in try ws.text(row, c, o.owner, r.styles.top) },
        ListColumn(id: "type", titleKey: "workbook.column.type", width: 13) { r, ws, row, c, o in try ws.text(row, c, r.words.objectiveType(o.type), r.styles.top) },
        ListColumn(id: "score", titleKey: "workbook.column.scoreShort", width: 9, isScore: true, fill: .byScore) { r, ws, row, c, o in
            if r.objectiveFormulaAgrees(o), let formula = r.objectiveScoreFormula(o) {
                try ws.formula(row, c, formula, cached: o.score, r.styles.score)
            } else if let v = o.score {
                try ws.number(row, c, v, r.styles.score)
            }
        },
        ListColumn(id: "band", titleKey: "workbook.column.band", width: 9, fill: .byScore) { r, ws, row, c, o in
            if r.report.thresholds.band(ScorecardRenderer.cellValue(o.score)) == o.band {
                try ws.formula(row, c, r.objectiveBand, cachedText: r.words.band(o.band), r.styles.top)
            } else {
                try ws.text(row, c, r.words.band(o.band), r.styles.top)
            }
        },
        ListColumn(id: "keyResults", titleKey: "workbook.column.keyResults", width: 11) { r, ws, row, c, o in
            try ws.number(row, c, Double(o.keyResults.count), r.styles.integer)
        },
        ListColumn(id: "line", titleKey: "workbook.column.line", width: 8) { r, ws, row, c, o in try ws.number(row, c, Double(o.line), r.styles.integer) },
        ListColumn(id: "alignedTo", titleKey: "workbook.column.alignedTo", width: 24, wraps: { $1.alignedTo }) { r, ws, row, c, o in
            try ws.text(row, c, o.alignedTo, r.styles.wrap)
        },
        ListColumn(id: "value", titleKey: "workbook.column.objectiveValue", width: 24, wraps: { $1.value }) { r, ws, row, c, o in
            try ws.text(row, c, o.value, r.styles.wrap)
        },
    ]

    func writeObjectives() throws {
        try writeList(objectivePaging, columns: Self.objectiveColumns, empty: nil, line: { $0.line }) {
            report.objectives[tree.objectiveOrder[$0]]
        }
    }
}
