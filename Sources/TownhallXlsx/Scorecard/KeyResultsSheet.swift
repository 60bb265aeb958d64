import TownhallCore

extension ScorecardRenderer {
    /// The per-row formulas of the Key Results sheet, built once.
    struct KeyResultFormulas {
        /// SPEC §3 rule 5: `=MAX(0,MIN(1,(current-start)/(target-start)))`; an empty start counts as 0.
        let linearScore: FormulaTemplate
        let linearProgress: FormulaTemplate
        /// SPEC §3 rule 4: `=IF(current>=target-tol,1,0)` / `<=target+tol`.
        let atLeast: FormulaTemplate
        let atMost: FormulaTemplate
        /// Progress equals the score for thresholds.
        let progressFromScore: FormulaTemplate
        let band: FormulaTemplate
        let outcome: FormulaTemplate

        init(_ c: KeyResultColumns, thresholds t: FormulaThresholds, words w: ScorecardWords) {
            let s = A1.column(c[.start]) + "#", t0 = A1.column(c[.target]) + "#", v = A1.column(c[.current]) + "#"
            let score = A1.column(c[.score]) + "#", type = A1.column(c[.countsAs]) + "#"
            linearScore = FormulaTemplate("=MAX(0,MIN(1,(\(v)-\(s))/(\(t0)-\(s))))")
            linearProgress = FormulaTemplate("=(\(v)-\(s))/(\(t0)-\(s))")
            atLeast = FormulaTemplate("=IF(\(v)>=\(t0)-\(t.tolerance),1,0)")
            atMost = FormulaTemplate("=IF(\(v)<=\(t0)+\(t.tolerance),1,0)")
            progressFromScore = FormulaTemplate("=\(score)")
            band = FormulaTemplate("=IF(ISNUMBER(\(score)),\(t.bandExpression(score, w)),\"\")")
            let L = ScorecardWords.literal
            outcome = FormulaTemplate(
                "=IF(ISNUMBER(\(score)),IF(\(type)=\(L(w.aspirational)),"
                    + "IF(\(score)>=\(t.aspirationalWinAt),\(L(w.win)),IF(\(score)>=\(t.aspirationalProgressAt),\(L(w.progress)),\(L(w.miss)))),"
                    + "IF(\(score)>=\(t.committedWinAt),\(L(w.win)),\(L(w.miss)))),\(L(w.unscored)))")
        }
    }

    /// Widths from the header and the first rows (libxlsxwriter has no autofit).
    private func inputWidths() -> [Double] {
        let c = krColumns
        var widths = c.names.map { Double(min(max($0.count + 3, 8), 40)) }
        for kr in report.keyResults.prefix(500) {
            for i in 0..<min(kr.fieldCount, c.input) {
                let w = Double(min(kr.field(i).utf8.count + 2, 50))
                if w > widths[i] { widths[i] = w }
            }
        }
        return widths
    }

    func writeKeyResults() throws {
        let c = krColumns
        let widths = inputWidths() + c.addedWidths
        let titles = c.names + c.addedTitles
        let folded = [Bool](repeating: false, count: c.input) + c.addedFolded
        for k in 0..<krPaging.sheetCount {
            let ws = sheet(krPaging.name(k))
            let items = krPaging.items(onSheet: k)
            let last = items.count
            ws.sourceColumns = c.names
            try frame(ws, titles: titles, widths: widths, folded: folded, lastRow: last) { col in
                // A profile's derived columns are townhall's, headed as computed ones (their titles may repeat the file's).
                col < min(c.input, c.derivedFrom) ? self.styles.inputHeader : self.styles.computedHeader
            }
            try bandFills(ws, rows: 1, last, col: c.score, scoreCol: c.score)
            try bandFills(ws, rows: 1, last, col: c.band, scoreCol: c.score)
            if c.hasCadence { try cadenceFills(ws, rows: 1, last) }
            var row = 0
            for i in items {
                row += 1
                try writeKeyResult(report.keyResults[i], index: i, row: row, on: ws)
            }
        }
    }

    private func writeKeyResult(_ kr: borrowing KeyResult, index: Int, row: Int, on ws: XlsxSheet) throws {
        let c = krColumns
        ws.sourceLine = kr.line
        for col in 0..<min(kr.fieldCount, c.input) {
            if col < c.derivedFrom { try ws.text(row, col, kr.field(col)) } else { try writeDerived(kr.field(col), row, col, ws) }
        }
        let form: KeyResultRow.Form
        switch kr.rule {
        case .linear? where linearFormulaAgrees(kr): form = .linear
        case .threshold? where kr.measure == .atLeast && thresholdFormulaAgrees(kr): form = .atLeast
        case .threshold? where kr.measure == .atMost && thresholdFormulaAgrees(kr): form = .atMost
        default: form = .numbers
        }
        var activity: KRActivity?
        if let checkIns = report.checkIns, index < checkIns.activity.count { activity = checkIns.activity[index] }
        let r = KeyResultRow(renderer: self, sheet: ws, row: row, index: index, form: form,
                             bandIsLive: bandAndOutcomeAgree(kr), activity: activity)
        var col = c.input
        for column in c.added {
            try column.write(kr, r, col)
            col += 1
        }
    }

    /// A cell of a column the profile made: townhall's own words (a KR type, a deferred status) in
    /// the report's language, text copied from the input as written.
    private func writeDerived(_ text: String, _ row: Int, _ col: Int, _ ws: XlsxSheet) throws {
        switch report.derivedWord(column: col, text) {
        case .type(let t)?: try ws.text(row, col, words.type(t))
        case .deferred?: try ws.text(row, col, words.deferred)
        case nil: try ws.text(row, col, text)
        }
    }

    /// Check-in columns: no check-in at all and an update too long ago (stale) in red; the confidence
    /// trend green when it rose, red when it fell.
    private func cadenceFills(_ ws: XlsxSheet, rows r1: Int, _ r2: Int) throws {
        guard r2 >= r1 else { return }
        let c = krColumns
        let n = "$\(A1.column(c[.checkIns]))\(r1 + 1)", o = "$\(A1.column(c.outcome))\(r1 + 1)"
        let d = "$\(A1.column(c[.daysSinceUpdate]))\(r1 + 1)", t = "$\(A1.column(c[.confidenceTrend]))\(r1 + 1)"
        try ws.conditionalFormat(r1, c[.checkIns], r2, c[.checkIns],
                                 formula: "=AND(ISNUMBER(\(n)),\(n)=0,\(o)<>\(ScorecardWords.literal(words.dropped)))", format: styles.redBand)
        try ws.conditionalFormat(r1, c[.daysSinceUpdate], r2, c[.daysSinceUpdate],
                                 formula: "=AND(ISNUMBER(\(d)),\(d)>=\(report.limits.staleDays))", format: styles.redBand)
        try ws.conditionalFormat(r1, c[.confidenceTrend], r2, c[.confidenceTrend], formula: "=LEFT(\(t),1)=\"▲\"",
                                 format: styles.upText)
        try ws.conditionalFormat(r1, c[.confidenceTrend], r2, c[.confidenceTrend], formula: "=LEFT(\(t),1)=\"▼\"",
                                 format: styles.downText)
    }
}
