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

        init(_ c: KeyResultColumns, _ r: ScorecardRenderer) {
            let s = A1.column(c.start) + "#", t = A1.column(c.target) + "#", v = A1.column(c.current) + "#"
            let score = A1.column(c.score) + "#", type = A1.column(c.countsAs) + "#"
            linearScore = FormulaTemplate("=MAX(0,MIN(1,(\(v)-\(s))/(\(t)-\(s))))")
            linearProgress = FormulaTemplate("=(\(v)-\(s))/(\(t)-\(s))")
            atLeast = FormulaTemplate("=IF(\(v)>=\(t)-\(r.tolerance),1,0)")
            atMost = FormulaTemplate("=IF(\(v)<=\(t)+\(r.tolerance),1,0)")
            progressFromScore = FormulaTemplate("=\(score)")
            band = r.bandTemplate(c.score)
            outcome = FormulaTemplate(
                "=IF(ISNUMBER(\(score)),IF(\(type)=\"aspirational\","
                    + "IF(\(score)>=\(r.aspirationalWinAt),\"win\",IF(\(score)>=\(r.aspirationalProgressAt),\"progress\",\"miss\")),"
                    + "IF(\(score)>=\(r.committedWinAt),\"win\",\"miss\")),\"unscored\")")
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
        let f = KeyResultFormulas(c, self)
        let widths = inputWidths() + c.addedWidths
        let titles = c.names + c.addedTitles
        for k in 0..<krPaging.sheetCount {
            let ws = sheet(krPaging.name(k))
            let items = krPaging.items(onSheet: k)
            let last = items.count
            ws.sourceColumns = c.names
            try frame(ws, titles: titles, widths: widths, lastRow: last, fitWidth: false) { col in
                col < c.input ? self.styles.inputHeader : self.styles.computedHeader
            }
            try bandFills(ws, rows: 1, last, col: c.score, scoreCol: c.score)
            try bandFills(ws, rows: 1, last, col: c.band, scoreCol: c.score)
            if c.hasCadence { try cadenceFills(ws, rows: 1, last) }
            var row = 0
            for i in items {
                row += 1
                try writeKeyResult(report.keyResults[i], index: i, row: row, on: ws, formulas: f)
            }
        }
    }

    private func writeKeyResult(_ kr: borrowing KeyResult, index: Int, row: Int, on ws: XlsxSheet,
                                formulas f: KeyResultFormulas) throws {
        let c = krColumns
        let s = styles
        ws.sourceLine = kr.line
        for col in 0..<min(kr.fieldCount, c.input) {
            try ws.text(row, col, kr.field(col))
        }
        // Score and progress: live formulas where the numbers are on this row and give the report's values.
        switch kr.rule {
        case .linear? where linearFormulaAgrees(kr):
            try ws.formula(row, c.score, f.linearScore, cached: kr.score, s.score)
            try ws.formula(row, c.progress, f.linearProgress, cached: kr.progress, s.percent)
        case .threshold? where (kr.measure == .atLeast || kr.measure == .atMost) && thresholdFormulaAgrees(kr):
            try ws.formula(row, c.score, kr.measure == .atLeast ? f.atLeast : f.atMost, cached: kr.score, s.score)
            try ws.formula(row, c.progress, f.progressFromScore, cached: kr.progress, s.percent)
        default:
            if let v = kr.score { try ws.number(row, c.score, v, s.score) }
            if let v = kr.progress { try ws.number(row, c.progress, v, s.percent) }
        }
        if kr.outcome == .dropped {
            try ws.text(row, c.outcome, Outcome.dropped.rawValue)
        } else if bandAndOutcomeAgree(kr) {
            try ws.formula(row, c.band, f.band, cachedText: kr.band?.rawValue ?? "")
            try ws.formula(row, c.outcome, f.outcome, cachedText: kr.outcome.rawValue)
        } else {
            try ws.text(row, c.band, kr.band?.rawValue ?? "")
            try ws.text(row, c.outcome, kr.outcome.rawValue)
        }
        try ws.text(row, c.countsAs, kr.type.rawValue)
        if let rule = kr.rule { try ws.text(row, c.scoredBy, rule.rawValue) }
        if let v = kr.start { try ws.number(row, c.start, v, s.general) }
        if let v = kr.target { try ws.number(row, c.target, v, s.general) }
        if let v = kr.current { try ws.number(row, c.current, v, s.general) }
        try ws.number(row, c.weight, kr.weight, s.general)
        try ws.text(row, c.id, kr.id)
        try ws.text(row, c.objectiveID, kr.objectiveID)
        try ws.number(row, c.line, Double(kr.line), s.integer)
        if let checkIns = report.checkIns, index < checkIns.activity.count {
            let a = checkIns.activity[index]
            try ws.number(row, c.checkIns, Double(a.checkIns.count), s.integer)
            if let d = a.first { try ws.day(row, c.firstUpdate, d, s.date) }
            if let d = a.last { try ws.day(row, c.lastUpdate, d, s.date) }
            if let days = a.daysSinceLast { try ws.number(row, c.daysSinceUpdate, Double(days), s.integer) }
            try ws.number(row, c.confidenceFirst, a.firstConfidence, s.percent)
            try ws.number(row, c.confidenceLast, a.lastConfidence, s.percent)
            if let first = a.firstConfidence, let last = a.lastConfidence {
                try ws.text(row, c.confidenceTrend, CycleComparison.arrow(last - first, percent: true))
            }
        }
        if let comparison = report.comparison {
            try ws.text(row, c.carriedOver, comparison.carriedOver.contains(index) ? "yes" : "no")
        }
    }

    /// Check-in columns: no check-in at all and an update too long ago (stale) in red; the confidence
    /// trend green when it rose, red when it fell.
    private func cadenceFills(_ ws: XlsxSheet, rows r1: Int, _ r2: Int) throws {
        guard r2 >= r1 else { return }
        let c = krColumns
        let n = "$\(A1.column(c.checkIns))\(r1 + 1)", o = "$\(A1.column(c.outcome))\(r1 + 1)"
        let d = "$\(A1.column(c.daysSinceUpdate))\(r1 + 1)", t = "$\(A1.column(c.confidenceTrend))\(r1 + 1)"
        try ws.conditionalFormat(r1, c.checkIns, r2, c.checkIns, formula: "=AND(ISNUMBER(\(n)),\(n)=0,\(o)<>\"dropped\")",
                                 format: styles.redBand)
        try ws.conditionalFormat(r1, c.daysSinceUpdate, r2, c.daysSinceUpdate,
                                 formula: "=AND(ISNUMBER(\(d)),\(d)>=\(report.limits.staleDays))", format: styles.redBand)
        try ws.conditionalFormat(r1, c.confidenceTrend, r2, c.confidenceTrend, formula: "=LEFT(\(t),1)=\"▲\"",
                                 format: styles.upText)
        try ws.conditionalFormat(r1, c.confidenceTrend, r2, c.confidenceTrend, formula: "=LEFT(\(t),1)=\"▼\"",
                                 format: styles.downText)
    }
}
