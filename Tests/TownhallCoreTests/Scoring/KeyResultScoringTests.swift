import Testing
@_spi(Stages) @testable import TownhallCore

/// SPEC §3 rules 1–6, each with exact values.
@Suite struct KeyResultScoringTests {
    let numbers = NumberParser()

    func score(status: String = "", score: String = "", start: String = "", target: String = "",
               current: String = "", measure: Measure? = nil, decimalComma: Bool = false) -> KeyResultScoring.Result {
        KeyResultScoring.score(status: status, score: score, start: start, target: target, current: current,
                               measure: measure, numbers: NumberParser(decimalComma: decimalComma))
    }

    @Test(arguments: ["dropped", "Dropped", "CANCELLED", "canceled", "Deferred"])
    func rule1DroppedStatusesTakeTheKROutOfScoring(status: String) {
        let r = score(status: status, score: "0.9", target: "10", current: "10")
        #expect(r.rule == .dropped)
        #expect(r.score == nil && r.progress == nil && r.problem == nil)
    }

    @Test func rule1MatchesTheWholeCellOnly() {
        #expect(score(status: "dropped?", target: "10", current: "5").rule == .linear)
        #expect(score(status: "not dropped", target: "10", current: "5").score == 0.5)
    }

    @Test func rule2ManualScoreOverridesEverything() {
        #expect(score(score: "0.6", target: "10", current: "10").score == 0.6)
        #expect(score(score: "0.6").rule == .manualScore)
        #expect(score(score: "70%").score == 0.7)
        #expect(score(score: "1").score == 1)
        #expect(score(score: "0").score == 0)
        #expect(score(score: "45").score == 0.45)        // bare (1, 100] is a percentage
        #expect(score(score: "100").score == 1)
        #expect(score(score: "1.5").score == 0.015)      // (1, 100] → percentage
        #expect(score(score: "100%").score == 1)
        #expect(score(score: " 0.25 ").score == 0.25)
    }

    @Test(arguments: ["101", "-0.1", "150%", "abc", "0.5x", "-5%"])
    func rule2OutOfRangeOrTextIsARowProblem(text: String) {
        let r = score(score: text)
        #expect(r.score == nil)
        #expect(r.problem?.field == .score)
    }

    @Test func rule2ProgressEqualsTheGrade() {
        #expect(score(score: "0.3").progress == 0.3)
    }

    @Test(arguments: [("yes", 1.0), ("TRUE", 1), ("done", 1), ("Complete", 1), ("no", 0), ("false", 0),
                      ("not done", 0), ("Not  Done", 0), ("incomplete", 0)])
    func rule3YesNoWords(word: String, expected: Double) {
        let r = score(target: "done", current: word)
        #expect(r.score == expected)
        #expect(r.rule == .yesNo)
    }

    @Test func rule4ThresholdsHoldOrNot() {
        #expect(score(target: "99.9", current: "99.95", measure: .atLeast).score == 1)
        #expect(score(target: "99.9", current: "99.9", measure: .atLeast).score == 1)
        #expect(score(target: "99.9", current: "99.8", measure: .atLeast).score == 0)
        #expect(score(target: "200", current: "180", measure: .atMost).score == 1)
        #expect(score(target: "200", current: "200.5", measure: .atMost).score == 0)
        #expect(score(target: "200", current: "200.5", measure: .atMost).rule == .threshold)
    }

    @Test func rule4UsesTheTolerance() {
        #expect(score(target: "1", current: "0.9999999999", measure: .atLeast).score == 1)
        #expect(score(target: "1", current: "1.0000000001", measure: .atMost).score == 1)
    }

    @Test func rule5LinearProgressKeepsRawProgress() {
        let r = score(start: "100", target: "200", current: "150")
        #expect(r.score == 0.5)
        #expect(r.progress == 0.5)
        let over = score(start: "0", target: "10", current: "13")
        #expect(over.score == 1)
        #expect(over.progress == 1.3)
        let under = score(start: "10", target: "20", current: "5")
        #expect(under.score == 0)
        #expect(under.progress == -0.5)
    }

    @Test func rule5ScoresDecreasingMetrics() {
        let r = score(start: "5", target: "3", current: "4", measure: .decrease)
        #expect(r.score == 0.5)
        let inferred = score(start: "900", target: "400", current: "500")
        #expect(inferred.score == 0.8)
    }

    @Test func rule5StartDefaultsToZero() {
        let r = score(target: "50", current: "20")
        #expect(r.score == 0.4)
        #expect(r.startDefaulted)
        #expect(!score(start: "0", target: "50", current: "20").startDefaulted)
    }

    @Test func rule5SurvivesOverflowingDifferences() {
        #expect(score(start: "-1e308", target: "1e308", current: "1e308").score == 1)
        #expect(score(start: "-1e308", target: "1e308", current: "0").progress == 0.5)
    }

    @Test func rule5DecreaseWithoutStartIsAProblem() {
        let r = score(target: "3", current: "4", measure: .decrease)
        #expect(r.score == nil)
        #expect(r.problem?.field == .start)
    }

    @Test func rule5TargetEqualStartIsAProblem() {
        let r = score(start: "5", target: "5", current: "6")
        #expect(r.problem?.field == .target)
        #expect(r.problem?.message.contains("target equals start") == true)
        #expect(score(target: "0", current: "1").problem?.field == .target)
    }

    @Test func rule5WrongWayTargetsAreProblems() {
        #expect(score(start: "10", target: "5", current: "7", measure: .increase).problem?.field == .target)
        #expect(score(start: "5", target: "10", current: "7", measure: .decrease).problem?.field == .target)
    }

    @Test func rule5NonNumericStartIsAProblem() {
        #expect(score(start: "soon", target: "10", current: "5").problem?.field == .start)
    }

    @Test func rule5ReadsUnitsAndSeparators() {
        #expect(score(start: "$1,000", target: "$2,000", current: "$1,500").score == 0.5)
        #expect(score(start: "8%", target: "12%", current: "10%").score == 0.5)
        #expect(score(start: "1.000,0", target: "2.000,0", current: "1.250,0", decimalComma: true).score == 0.25)
    }

    @Test func rule6NothingToScoreByIsAProblem() {
        #expect(score().problem?.field == .target)
        #expect(score(target: "10").problem?.field == .current)
        #expect(score(current: "10").problem?.field == .target)
        #expect(score(target: "ten", current: "5").problem?.field == .target)
        #expect(score(target: "10", current: "five").problem?.field == .current)
        #expect(score(target: "10", current: "five").problem?.message == "current \"five\" is not a number or a yes/no word")
    }
}

@Suite struct ThresholdTests {
    let t = Thresholds()

    @Test func committedIsAWinOnlyAtOne() {
        #expect(t.outcome(type: .committed, score: 1) == .win)
        #expect(t.outcome(type: .committed, score: 1 - 1e-10) == .win)
        #expect(t.outcome(type: .committed, score: 0.99) == .miss)
        #expect(t.outcome(type: .committed, score: 0) == .miss)
    }

    @Test func aspirationalOutcomes() {
        #expect(t.outcome(type: .aspirational, score: 0.7) == .win)
        #expect(t.outcome(type: .aspirational, score: 0.7 - 1e-10) == .win)
        #expect(t.outcome(type: .aspirational, score: 0.69) == .progress)
        #expect(t.outcome(type: .aspirational, score: 0.4) == .progress)
        #expect(t.outcome(type: .aspirational, score: 0.39) == .miss)
    }

    @Test func bands() {
        #expect(t.band(nil) == nil)
        #expect(t.band(0.7) == .green)
        #expect(t.band(0.6999999999) == .green)
        #expect(t.band(0.69) == .yellow)
        #expect(t.band(0.4) == .yellow)
        #expect(t.band(0.39) == .red)
        #expect(t.band(1.0) == .green)
    }

    @Test func thresholdsCanChange() {
        var custom = Thresholds()
        custom.aspirationalWin = 0.6
        custom.green = 0.8
        #expect(custom.outcome(type: .aspirational, score: 0.65) == .win)
        #expect(custom.band(0.75) == .yellow)
    }
}
