import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// The appendix fits its slide; the weekly line says what it averages.
@Suite struct ReferenceSlideTests {
    @Test func longProblemsCountAsTwoLinesSoTheAppendixFits() throws {
        let long = String(repeating: "a value that is far too long to read ", count: 4)
        let problems = (1...30).map { RowProblem(line: $0 + 1, column: "current", message: "current \"\(long)\" is not a number") }
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "A", objectives: [Fixture.Obj(title: "O", krs: [Fixture.KR(title: "k", score: 1)])])],
                                    problems: problems)
        var options = DeckOptions()
        options.appendixRows = 12
        let html = try #require(try slides(report, kind: "appendix", options: options).first).html
        #expect(html.count(of: "<tr class=\"problem\">") == 6)
        #expect(html.contains("and 24 more: see the scorecard"))
        #expect(DeckStyle.css.contains("-webkit-line-clamp: 2"))
    }

    @Test func shortProblemsFillTheRows() throws {
        let problems = (1...30).map { RowProblem(line: $0 + 1, column: "current", message: "not a number") }
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "A", objectives: [Fixture.Obj(title: "O", krs: [Fixture.KR(title: "k", score: 1)])])],
                                    problems: problems)
        let html = try #require(try slides(report, kind: "appendix").first).html
        #expect(html.count(of: "<tr class=\"problem\">") == DeckOptions().appendixRows)
    }

    @Test func theWeeklyLineSaysItAveragesKeyResultsNotObjectives() throws {
        let report = Fixture.withCheckIns(Fixture.northwind())
        let html = try #require(try slides(report, kind: "unfolded").first).html
        #expect(html.contains("not of objectives like the overall score (\(Format.score(report.headline.overallScore)))"))
    }

    @Test func aSlideRendersOnItsOwn() throws {
        let slide = try #require(try slides(Fixture.northwind(), kind: "title").first)
        #expect(slide.html.hasPrefix("<section class=\"slide slide-title\" id=\"1\""))
        #expect(slide.html.contains("<h1>2026-Q3</h1>"))
        #expect(slide.html.contains("Northwind Robotics · 2026-Q3 town hall"))  // the deck's footer
    }
}

/// Playbook health lists what was found, counted, each with an example in the deck's language.
@Suite struct HealthSlideTests {
    @Test func rowsAreFindingsNotRules() throws {
        var report = Fixture.northwind()
        report.checks = (1...5).map { i in
            CheckFinding(id: Playbook.NotUpdatedLately.id, subject: "Team / KR \(i)", team: "Team", lines: [i + 1],
                         details: ["last": .text("2026-08-28"), "days_since": .count(33), "limit": .count(30)])
        }
        let html = try #require(try slides(report, kind: "health").first).html
        #expect(html.contains("<p class=\"check-title\">5 key results not updated in the last 30 days</p>"))
        #expect(html.contains("e.g. Team / KR 1: last updated 2026-08-28, 33 days before the cycle ended (limit 30)"))
        #expect(!html.contains("Every key result was updated"))
        #expect(html.contains("<span class=\"sev\">warning</span>"))
    }

    @Test func everyCheckWordsItsFindingsCounted() {
        for check in Playbook.all {
            let one = check.found(PlaybookLimits(), Thresholds(), count: 1, in: .english)
            let many = check.found(PlaybookLimits(), Thresholds(), count: 3, in: .english)
            #expect(one.hasPrefix("1 "), "\(check.id): \(one)")
            #expect(many.hasPrefix("3 "), "\(check.id): \(many)")
        }
    }

    @Test func aCleanAppendixDoesNotAskToFixProblems() throws {
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "Ops", objectives: [
            Fixture.Obj(title: "Run", krs: [Fixture.KR(title: "Cut cost", score: 1), Fixture.KR(title: "Keep uptime", score: 0.5)]),
        ])])
        #expect(report.problems.isEmpty && report.rejected.isEmpty)
        let notes = try #require(try slides(report, kind: "appendix").first).view.notes
        #expect(notes == ["Every input row was usable: no data problems this cycle."])
    }

    @Test func theScoringSlideNamesTheInputFileNotWhereItSat() throws {
        var report = Fixture.report(teams: [Fixture.TeamSpec(name: "Ops", objectives: [
            Fixture.Obj(title: "Run", krs: [Fixture.KR(title: "Cut cost", score: 1)]),
        ])])
        report.sourceName = "/home/jane.doe/Downloads/okr exports/2026/northwind-2026-q3.csv"
        let html = try #require(try slides(report, kind: "scoring").first).html
        #expect(html.contains("from northwind-2026-q3.csv</p>"))
        #expect(!html.contains("jane.doe"))
    }
}
