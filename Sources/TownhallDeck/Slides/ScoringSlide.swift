import TownhallCore

/// How the cycle was scored: the rules in order, the thresholds and limits in force.
struct ScoringSlide {
    var rules: [RuleRow]
    var thresholds: [KeyValue]
    var reconciliation: String
}

struct RuleRow {
    var number: String
    var text: String
    var count: String
}

extension ScoringSlide: SlideContent {
    static let partial = "scoring"

    static let template = """
        <header class="head"><p class="kicker">How the cycle was scored</p><h2>The rules and thresholds in force</h2></header>
        <div class="scoring-body"><div><p class="rules-head"><span>First rule that applies</span><span>Key results</span></p><ol class="rules">{{#rules}}<li><span class="rule-n">{{number}}</span><span>{{text}}</span><span class="rule-count">{{count}}</span></li>{{/rules}}</ol></div>
        <div><p class="rules-head"><span>Thresholds and limits</span></p><dl class="thresholds">{{#thresholds}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>{{/thresholds}}</dl></div></div>
        <p class="footnote">{{reconciliation}}</p>
        """
}

extension DeckBuilder {
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
        s.content = [ScoringSlide(rules: rules, thresholds: thresholds, reconciliation: parts.joined(separator: " · "))]
        add(s)
    }
}
