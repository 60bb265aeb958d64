import TownhallCore

/// How the cycle was scored: the rules in order, the thresholds and limits in force.
struct ScoringSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="scoring-body"><div><p class="rules-head"><span>{{words.scoring.t.firstRuleThat}}</span><span>{{words.scoring.t.keyResults}}</span></p><ol class="rules">{{#rules}}<li><span class="rule-n">{{number}}</span><span>{{text}}</span><span class="rule-count">{{count}}</span></li>{{/rules}}</ol></div>
        <div><p class="rules-head"><span>{{words.scoring.t.thresholdsAndLimits}}</span></p><dl class="thresholds">{{#thresholds}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>{{/thresholds}}</dl></div></div>
        <p class="footnote">{{reconciliation}}</p>
        """

    var heading: Heading
    var rules: [RuleRow]
    var thresholds: [KeyValue]
    var reconciliation: String
}

struct RuleRow {
    var number: String
    var text: String
    var count: String
}

extension DeckBuilder {
    mutating func scoringSlide() {
        let c = report.counts
        func rule(_ r: ScoringRule) -> String { words.count(digest.rules[r] ?? 0) }
        let rules = [
            RuleRow(number: "1", text: say("scoring.droppedCancelledOr"), count: words.count(c.dropped)),
            RuleRow(number: "2", text: say("scoring.aFinalGrade"), count: rule(.manualScore)),
            RuleRow(number: "3", text: say("scoring.aYesNo"), count: rule(.yesNo)),
            RuleRow(number: "4", text: say("scoring.atLeastAt"), count: rule(.threshold)),
            RuleRow(number: "5", text: say("scoring.progressCurrentStart"), count: rule(.linear)),
            RuleRow(number: "6", text: say("scoring.nothingToScore"), count: words.count(c.unscored)),
        ]
        let l = report.limits
        let thresholds = [
            KeyValue(key: say("scoring.committedWin"), value: "≥ \(words.score(th.committedWin))"),
            KeyValue(key: say("scoring.aspirationalWinProgress"), value: "≥ \(words.score(th.aspirationalWin)) · ≥ \(words.score(th.aspirationalProgress))"),
            KeyValue(key: say("scoring.bandsGreenAmber"), value: "≥ \(words.score(th.green)) · ≥ \(words.score(th.yellow))"),
            KeyValue(key: say("scoring.aspirationalSweetSpot"), value: words.score(th.aspirationalTarget)),
            KeyValue(key: say("scoring.tooSafeAt"), value: "≥ \(words.score(th.sandbagging))"),
            KeyValue(key: say("scoring.objectivesPerTeam"), value: say("scoring.range", ["from": .count(l.minObjectivesPerTeam), "to": .count(l.maxObjectivesPerTeam)])),
            KeyValue(key: say("scoring.keyResultsPer"), value: say("scoring.range", ["from": .count(l.minKeyResultsPerObjective), "to": .count(l.maxKeyResultsPerObjective)])),
        ]
        let rows: [String: TextArgument] = ["inputRows": .count(c.inputRows), "keyResults": .text(many(c.keyResults, .keyResults)),
                                            "rejectedRows": .count(c.rejectedRows), "otherCycleRows": .count(c.otherCycleRows)]
        var parts = [say(c.otherCycleRows > 0 ? "scoring.inputRowsOtherCycles" : "scoring.inputRowsRejected", rows)]
        // The file's name, not its path: the big screen need not show where it sat on a laptop
        // (`/home/…/Downloads/…`, cut at 60 characters before the name).
        let source = report.sourceName.trimmed.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        if !source.isEmpty { parts.append(say("scoring.from", ["source": .text(Format.clip(source, 60))])) }
        var s = SlideView(name: say("scoring.howTheCycle"), kind: "scoring", notes: [
            say("scoring.everyKeyResult"),
            say("scoring.committedKeyResults", ["committedWin": .text(words.score(th.committedWin)), "aspirationalWin": .text(words.score(th.aspirationalWin))]),
            say("scoring.nothingIsLost", ["parts": .text(parts[0])]),
        ])
        s.content = [ScoringSlide(heading: Heading(kicker: say("scoring.t.howTheCycle"), title: say("scoring.t.theRulesAnd")), rules: rules, thresholds: thresholds, reconciliation: parts.joined(separator: " · "))]
        add(s)
    }
}
