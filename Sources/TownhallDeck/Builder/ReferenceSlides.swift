import TownhallCore

/// The closing part: values, playbook health, how the cycle was scored, and the data appendix.
extension DeckBuilder {
    mutating func valuesSlide() {
        let summaries = report.values
        guard !summaries.isEmpty else { return }
        var objectivesByValue: [String: Int] = [:]
        for o in report.objectives where !o.value.isEmpty { objectivesByValue[o.value, default: 0] += 1 }
        var byValue: [String: ValueSummary] = [:]
        for v in summaries { byValue[v.value] = v }
        // The organization's own order first (values without OKRs included), then the others.
        var order: [String] = []
        var seen = Set<String>()
        for v in report.organization.values + summaries.map(\.value) where seen.insert(v).inserted { order.append(v) }
        let rows = order.prefix(max(1, options.valueRows)).map { v -> BarRow in
            guard let sum = byValue[v] else { return row(name(v), "no OKRs this cycle", score: nil, value: "–") }
            return row(name(v), "\(Format.plural(objectivesByValue[v] ?? 0, "objective")) · \(Format.plural(sum.keyResults, "key result"))",
                       score: sum.meanScore)
        }
        let scored = summaries.filter { $0.meanScore != nil }
        var notes: [String] = []
        if let best = scored.max(by: { $0.meanScore! < $1.meanScore! }), let worst = scored.min(by: { $0.meanScore! < $1.meanScore! }),
           scored.count > 1 {
            notes.append("Strongest value: \(name(best.value)) at \(Format.score(best.meanScore)) over \(Format.plural(best.keyResults, "key result")). Weakest: \(name(worst.value)) at \(Format.score(worst.meanScore)).")
        }
        let unserved = order.filter { byValue[$0] == nil }
        if !unserved.isEmpty {
            notes.append("No OKR served \(unserved.prefix(3).map { name($0) }.joined(separator: ", ")) this cycle: is that a choice?")
        }
        notes.append("Values are why the OKRs matter: connect one win to the value it served.")
        let hidden = order.count - rows.count
        let footnote = hidden > 0 ? "and \(Format.plural(hidden, "more value"))" : ""
        var s = SlideView(name: "Our values", kind: "values", notes: notes)
        s.valuesSlide = [ValuesSlide(
            lede: "OKRs and mean key-result score per value · bars marked at \(Format.score(th.green))",
            rows: rows, footnote: footnote, hasFootnote: !footnote.isEmpty)]
        add(s)
    }

    mutating func healthSlide() {
        struct Tally { var severity: Severity; var count = 0; var subject = ""; var message = "" }
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        var bySeverity: [Severity: Int] = [:]
        var teamsFlagged = Set<String>()
        for f in report.checks {
            if tallies[f.id] == nil {
                order.append(f.id)
                tallies[f.id] = Tally(severity: f.severity, subject: f.subject, message: f.message)
            }
            tallies[f.id]!.count += 1
            bySeverity[f.severity, default: 0] += 1
            if !f.team.isEmpty { teamsFlagged.insert(f.team) }
        }
        let rank: [Severity: Int] = [.error: 0, .warning: 1, .info: 2]
        let sorted = order.sorted { a, b in
            let x = tallies[a]!, y = tallies[b]!
            return (rank[x.severity] ?? 3, -x.count, a) < (rank[y.severity] ?? 3, -y.count, b)
        }
        let rows = sorted.prefix(max(1, options.checkRows)).map { id -> HealthRow in
            let t = tallies[id]!
            let example = [name(t.subject), Format.clip(t.message.trimmed, 90)].filter { !$0.isEmpty }.joined(separator: ": ")
            return HealthRow(severity: t.severity.rawValue, title: checkTitle(id), count: Format.count(t.count),
                             example: example, hasExample: !example.isEmpty)
        }
        let hidden = sorted.count - rows.count
        let tallyFigures = [
            figure(Format.count(bySeverity[.error] ?? 0), "Errors", "fix before next cycle", tone: (bySeverity[.error] ?? 0) > 0 ? "red" : "green"),
            figure(Format.count(bySeverity[.warning] ?? 0), "Warnings", "worth a look", tone: (bySeverity[.warning] ?? 0) > 0 ? "yellow" : "green"),
            figure(Format.count(teamsFlagged.count), "Teams flagged", "of \(Format.count(report.counts.teams))"),
        ]
        var notes = ["The playbook checks found \(Format.plural(report.checks.count, "finding")) in \(Format.plural(teamsFlagged.count, "team"))."]
        if let top = sorted.first.flatMap({ id in tallies[id].map { (id, $0) } }) {
            notes.append("Most common: \(checkTitle(top.0).lowercased()) (\(Format.count(top.1.count))).")
        }
        notes.append("These are about how we write OKRs, not how we did: fix them while planning next cycle.")
        var s = SlideView(name: "Playbook health", kind: "health", notes: notes)
        s.healthSlide = [HealthSlide(
            lede: report.checks.isEmpty ? "Every playbook check passed" : "\(Format.plural(report.checks.count, "finding")) from \(Format.plural(order.count, "check"))",
            tallies: tallyFigures, rows: Array(rows), allClear: report.checks.isEmpty,
            more: hidden > 0 ? "and \(Format.plural(hidden, "more check")) with findings" : "", hasMore: hidden > 0)]
        add(s)
    }

    /// What a playbook check asks, in words, with the limits in force (the core's own summary of
    /// the check), else its id.
    func checkTitle(_ id: String) -> String {
        let words = Playbook.summary(of: id, limits: report.limits, thresholds: th)
            ?? id.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    mutating func scoringSlide() {
        let c = report.counts
        func n(_ r: ScoringRule) -> String { Format.count(digest.rules[r] ?? 0) }
        let rules = [
            RuleRow(number: "1", text: "Dropped, cancelled or deferred: not scored", count: Format.count(c.dropped)),
            RuleRow(number: "2", text: "A final grade in the score column is the score", count: n(.manualScore)),
            RuleRow(number: "3", text: "A yes/no result scores 1 or 0", count: n(.yesNo)),
            RuleRow(number: "4", text: "At least / at most: 1 if the threshold held, else 0", count: n(.threshold)),
            RuleRow(number: "5", text: "Progress (current − start) ÷ (target − start), kept within 0–1", count: n(.linear)),
            RuleRow(number: "6", text: "Nothing to score by: unscored, listed in the appendix", count: Format.count(c.unscored)),
        ]
        let l = report.limits
        let thresholds = [
            KeyValue(key: "Committed win", value: "≥ \(Format.score(th.committedWin))"),
            KeyValue(key: "Aspirational win · progress", value: "≥ \(Format.score(th.aspirationalWin)) · ≥ \(Format.score(th.aspirationalProgress))"),
            KeyValue(key: "Bands green · amber", value: "≥ \(Format.score(th.green)) · ≥ \(Format.score(th.yellow))"),
            KeyValue(key: "Aspirational sweet spot", value: Format.score(th.aspirationalTarget)),
            KeyValue(key: "Too safe at", value: "≥ \(Format.score(th.sandbagging))"),
            KeyValue(key: "Objectives per team", value: "\(l.minObjectivesPerTeam)–\(l.maxObjectivesPerTeam)"),
            KeyValue(key: "Key results per objective", value: "\(l.minKeyResultsPerObjective)–\(l.maxKeyResultsPerObjective)"),
        ]
        var parts = ["\(Format.count(c.inputRows)) input rows = \(Format.plural(c.keyResults, "key result")) + \(Format.count(c.rejectedRows)) rejected"]
        if c.otherCycleRows > 0 { parts[0] += " + \(Format.count(c.otherCycleRows)) of other cycles" }
        let source = report.sourceName.trimmed
        if !source.isEmpty { parts.append("from \(Format.clip(source, 60))") }
        var s = SlideView(name: "How the cycle was scored", kind: "scoring", notes: [
            "Every key result scores from 0 to 1 by the first rule that applies, in this order.",
            "Committed key results count as met at \(Format.score(th.committedWin)); aspirational ones win at \(Format.score(th.aspirationalWin)). Objective scores are weighted means of their key results; team scores are means of their objectives.",
            "Nothing is lost: \(parts[0]).",
        ])
        s.scoringSlide = [ScoringSlide(rules: rules, thresholds: thresholds, reconciliation: parts.joined(separator: " · "))]
        add(s)
    }

    mutating func appendixSlide() {
        let problems = report.problems, rejected = report.rejected
        let limit = max(1, options.appendixRows)
        // The first rows by line, from both lists, without sorting them whole.
        var firstProblems = BoundedSelection(limit: limit) { (problems[$0].line, $0) < (problems[$1].line, $1) }
        for i in problems.indices { firstProblems.offer(i) }
        var firstRejected = BoundedSelection(limit: limit) { (rejected[$0].line, $0) < (rejected[$1].line, $1) }
        for i in rejected.indices { firstRejected.offer(i) }
        var rows: [(line: Int, row: ProblemRow)] = firstProblems.items.map { i in
            let p = problems[i]
            let place = p.file.map { "\(Format.clip($0, 30)):\(p.line)" } ?? "line \(p.line)"
            return (p.line, ProblemRow(place: place, column: name(p.column), message: clip(p.message), kind: "problem"))
        }
        rows += firstRejected.items.map { i in
            let r = rejected[i]
            return (r.line, ProblemRow(place: "line \(r.line)", column: "row rejected", message: clip(r.reason), kind: "rejected"))
        }
        rows.sort { $0.line < $1.line }
        let shown = rows.prefix(limit).map(\.row)
        let total = problems.count + rejected.count
        let hidden = total - shown.count
        var s = SlideView(name: "Appendix: data problems", kind: "appendix", notes: [
            total == 0
                ? "Every input row was usable: no data problems this cycle."
                : "\(Format.plural(problems.count, "row problem")) and \(Format.plural(rejected.count, "rejected row")). The scorecard lists every one with its line and column.",
            "Fix them in the source export so next cycle's numbers are complete.",
        ])
        s.appendixSlide = [AppendixSlide(
            lede: total == 0 ? "Every row was usable" : "\(Format.plural(problems.count, "row problem")) · \(Format.plural(rejected.count, "rejected row"))",
            rows: Array(shown), allClear: total == 0,
            more: hidden > 0 ? "and \(Format.count(hidden)) more: see the scorecard's data problems" : "", hasMore: hidden > 0)]
        add(s)
    }
}
