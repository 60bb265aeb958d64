/// SPEC §3, rules 1–6: how one key result gets its score. The rules run in the SPEC's order.
enum KeyResultScoring {
    /// What scoring made of one key result.
    public struct Result: Sendable, Hashable {
        public var score: Double?
        public var progress: Double?
        public var rule: ScoringRule?
        /// The row problem, when there is one (the KR is then unscored).
        public var problem: Problem?
        public var startDefaulted = false

        static func scored(_ s: Double, progress: Double? = nil, _ rule: ScoringRule, startDefaulted: Bool = false) -> Result {
            Result(score: s, progress: progress ?? s, rule: rule, problem: nil, startDefaulted: startDefaulted)
        }
        static func problem(_ field: Field, _ phrase: Phrase, startDefaulted: Bool = false) -> Result {
            Result(score: nil, progress: nil, rule: nil, problem: Problem(field: field, phrase: phrase),
                   startDefaulted: startDefaulted)
        }
    }

    /// A row problem found while scoring: the field it concerns and what is wrong.
    public struct Problem: Sendable, Hashable {
        public var field: Field
        /// What is wrong, by key (`problem.…`) and holes.
        public var phrase: Phrase
        /// What is wrong, in English.
        public var message: String { phrase.english }
    }

    /// Statuses that take a KR out of scoring (whole cell, any case): SPEC §2's four, exactly — the
    /// contract's scores, and the reference pipeline's, depend on this set. Another tool's word for
    /// the same end (`Abandoned`, `Archived`) scores as written; a profile that knows its tool's
    /// word (Viva Goals' `Postponed`) rewrites it to `deferred`.
    public static let droppedStatuses: Set<String> = ["dropped", "cancelled", "canceled", "deferred"]
    /// `current` words that mean done (1) and not done (0).
    public static let yesWords: Set<String> = ["yes", "true", "done", "complete"]
    public static let noWords: Set<String> = ["no", "false", "not done", "incomplete"]

    /// Scores one KR from its trimmed cells.
    public static func score(
        status: String, score scoreText: String, start startText: String, target targetText: String,
        current currentText: String, measure: Measure?, numbers: NumberParser, tolerance: Double = 1e-9
    ) -> Result {
        // Rule 1: dropped statuses.
        if droppedStatuses.contains(status.lowercased()) {
            return Result(score: nil, progress: nil, rule: .dropped, problem: nil)
        }
        // Rule 2: a final grade overrides everything.
        if !scoreText.isEmpty {
            if let p = numbers.parse(scoreText) {
                let x = p.value
                if p.isPercent && x >= -tolerance && x <= 100 + tolerance {
                    return .scored(clamp(x / 100), .manualScore)
                }
                if !p.isPercent && x >= -tolerance && x <= 1 + tolerance {
                    return .scored(clamp(x), .manualScore)
                }
                if !p.isPercent && x > 1 && x <= 100 + tolerance {
                    return .scored(clamp(x / 100), .manualScore)
                }
            }
            return .problem(.score, Phrase("problem.score.notAGrade", ["text": .text(scoreText)]))
        }
        // Rule 3: yes/no words.
        let word = currentText.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if yesWords.contains(word) { return .scored(1, .yesNo) }
        if noWords.contains(word) { return .scored(0, .yesNo) }

        let target = targetText.isEmpty ? nil : numbers.parse(targetText)?.value
        let current = currentText.isEmpty ? nil : numbers.parse(currentText)?.value
        // Rule 4: thresholds to hold.
        if let target, let current, measure == .atLeast || measure == .atMost {
            let met = measure == .atLeast ? current >= target - tolerance : current <= target + tolerance
            return .scored(met ? 1 : 0, .threshold)
        }
        // Rule 5: linear progress from start to target.
        if let target, let current {
            var start = 0.0
            if startText.isEmpty {
                if measure == .decrease {
                    return .problem(.start, Phrase("problem.start.decreaseNeedsStart"))
                }
            } else {
                guard let s = numbers.parse(startText)?.value else {
                    return .problem(.start, Phrase("problem.start.notANumber", ["text": .text(startText)]))
                }
                start = s
            }
            let defaulted = startText.isEmpty
            if abs(target - start) <= tolerance {
                return .problem(.target, Phrase("problem.target.equalsStart", ["start": .number(start)]),
                                startDefaulted: defaulted)
            }
            if (measure == .increase && target < start) || (measure == .decrease && target > start) {
                return .problem(.target, Phrase("problem.target.wrongWay", [
                    "target": .number(target), "measure": .text(measure!.rawValue), "start": .number(start)]))
            }
            var (rise, run) = (current - start, target - start)
            if !rise.isFinite || !run.isFinite {  // the differences overflowed (values near ±1e308): halve everything
                (rise, run) = (current / 2 - start / 2, target / 2 - start / 2)
            }
            let progress = rise / run
            return .scored(clamp(progress), progress: progress, .linear, startDefaulted: defaulted)
        }
        // Rule 6: nothing to score it by.
        if !targetText.isEmpty && target == nil {
            return .problem(.target, Phrase("problem.target.notANumber", ["text": .text(targetText)]))
        }
        if !currentText.isEmpty && current == nil {
            return .problem(.current, Phrase("problem.current.notANumber", ["text": .text(currentText)]))
        }
        let missing: Field = targetText.isEmpty ? .target : .current
        return .problem(missing, Phrase("problem.nothingToScore", ["field": .text(missing.rawValue)]))
    }

    @inlinable static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }

    /// A number the way people write it: `3`, `2.5`, `0.125`.
    public static func format(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        var s = String(x)
        if s.contains("e") { return s }
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
