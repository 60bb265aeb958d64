import TownhallCore

/// A live formula is written only where it computes what the report says: each check below redoes,
/// in Swift, what the formula will do in Excel with the cells as written. Where they disagree (an
/// overflowing input, a core that counts differently), the figure is written as a plain number, so
/// a viewer that recalculates never shows anything but the report's figures.
extension ScorecardRenderer {
    /// The same figure: both missing, or finite and equal to 12 significant digits.
    static func agrees(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return x.isFinite && y.isFinite && abs(x - y) <= 1e-12 * max(1, abs(x), abs(y))
        default: return false
        }
    }

    /// The value a score cell shows: the report's score when it is a number a cell can hold.
    static func cellValue(_ x: Double?) -> Double? { x.flatMap { $0.isFinite ? $0 : nil } }

    /// Mean of the numbers, `nil` without any (Excel's AVERAGE over cells, skipping blanks).
    static func mean<S: Sequence>(_ xs: S) -> Double? where S.Element == Double {
        var n = 0
        var sum = 0.0
        for x in xs { n += 1; sum += x }
        return n == 0 ? nil : sum / Double(n)
    }

    /// Rule 5's formula, `(current − start) ÷ (target − start)` with an empty start as 0, gives the report's numbers.
    func linearFormulaAgrees(_ kr: borrowing KeyResult) -> Bool {
        guard let t = kr.target, let c = kr.current else { return false }
        let s = kr.start ?? 0
        // Excel gives #NUM! where an intermediate result overflows, so every step must stay finite.
        let rise = c - s, span = t - s
        guard rise.isFinite, span.isFinite else { return false }
        let progress = rise / span
        return progress.isFinite && Self.agrees(progress, kr.progress) && Self.agrees(min(1, max(0, progress)), kr.score)
    }

    /// Rule 4's formula gives the report's score.
    func thresholdFormulaAgrees(_ kr: borrowing KeyResult) -> Bool {
        guard let t = kr.target, let c = kr.current, t.isFinite, c.isFinite else { return false }
        let tol = report.thresholds.tolerance
        let met = kr.measure == .atLeast ? c >= t - tol : c <= t + tol
        return Self.agrees(met ? 1 : 0, kr.score) && Self.agrees(kr.progress, kr.score)
    }

    /// The band and outcome formulas of a key result give the report's words.
    func bandAndOutcomeAgree(_ kr: borrowing KeyResult) -> Bool {
        let th = report.thresholds
        let score = Self.cellValue(kr.score)
        guard th.band(score) == kr.band else { return false }
        guard let s = score else { return kr.outcome == .unscored }
        return th.outcome(type: kr.type, score: s) == kr.outcome
    }

    /// The objective formula (weighted mean of the scored KR cells; plain mean when the weights sum to
    /// zero) gives the report's objective score.
    func objectiveFormulaAgrees(_ o: Objective) -> Bool {
        var scored: [(score: Double, weight: Double)] = []
        for i in o.keyResults {
            guard i >= 0, i < report.keyResults.count else { return false }
            let w = report.keyResults[i].weight
            guard w.isFinite else { return false }
            if let s = Self.cellValue(report.keyResults[i].score) { scored.append((s, w)) }
        }
        guard !scored.isEmpty else { return o.score == nil }
        let den = scored.reduce(0) { $0 + $1.weight }
        let num = scored.reduce(0) { $0 + $1.score * $1.weight }
        guard den.isFinite, num.isFinite else { return false }  // Excel: #NUM!
        let value = den > report.thresholds.tolerance ? num / den : Self.mean(scored.map(\.score))
        return Self.agrees(value, o.score)
    }

    /// The mean of the objective cells at `positions` (Objectives-sheet order); a subtree's is
    /// `tree.subtreeScoreMean`.
    func objectiveMean(_ positions: Range<Int>) -> Double? {
        Self.mean(positions.lazy.compactMap { Self.cellValue(self.report.objectives[self.tree.objectiveOrder[$0]].score) })
    }

    /// The headline figures recomputed from the cells the Summary's formulas read.
    struct HeadlineCheck {
        var overall = true, attainment = true, aspirational = true, keyResults = true, objectives = true
        var outcomes: [Outcome: Int] = [:]
    }

    func headlineCheck() -> HeadlineCheck {
        let th = report.thresholds
        var check = HeadlineCheck()
        var scoredCommitted = 0, met = 0, scoredAspirational = 0
        var sumAspirational = 0.0
        for i in report.keyResults.indices {
            check.outcomes[report.keyResults[i].outcome, default: 0] += 1
            guard let s = Self.cellValue(report.keyResults[i].score) else { continue }
            switch report.keyResults[i].type {
            case .committed:
                scoredCommitted += 1
                if s >= th.committedWin - th.tolerance { met += 1 }
            case .aspirational:
                scoredAspirational += 1
                sumAspirational += s
            }
        }
        let h = report.headline
        check.attainment = Self.agrees(scoredCommitted == 0 ? nil : Double(met) / Double(scoredCommitted), h.committed.attainment)
        check.aspirational = Self.agrees(scoredAspirational == 0 ? nil : sumAspirational / Double(scoredAspirational),
                                         h.aspirational.meanScore)
        check.overall = Self.agrees(Self.mean(report.objectives.lazy.compactMap { Self.cellValue($0.score) }), h.overallScore)
        check.keyResults = report.keyResults.count == report.counts.keyResults
        check.objectives = report.objectives.count == report.counts.objectives
        return check
    }
}
