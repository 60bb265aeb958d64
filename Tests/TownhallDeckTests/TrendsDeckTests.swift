import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// The trends deck of `townhall history`: same shell as the town-hall deck, bounded for any archive.
@Suite struct TrendsDeckTests {
    /// The shell's promises, for any deck: numbered accessible slides, notes, CSP, no fetch, balanced markup.
    static func checkShell(_ html: String, slides: Int, urlsInText: Bool = false) {
        #expect(html.occurrences(of: "aria-roledescription=\"slide\"") == slides)
        #expect(html.occurrences(of: "<section ") == slides)
        #expect(html.occurrences(of: "</section>") == slides)
        for n in 1...slides {
            #expect(html.contains("id=\"\(n)\" role=\"group\" aria-roledescription=\"slide\" aria-label=\"\(n) of \(slides)\""))
        }
        #expect(html.occurrences(of: "<aside class=\"notes\"") == slides)
        #expect(html.occurrences(of: "<ul></ul>") == 0)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(DeckTemplates.contentSecurityPolicy)\">"))
        if !urlsInText { #expect(!html.contains("http:") && !html.contains("https:")) }
        #expect(!html.contains("url(") && !html.contains("src=\"http") && !html.contains("href=\"http"))
        #expect(html.occurrences(of: "<script") == 2)
        #expect(html.occurrences(of: "</svg>") == html.occurrences(of: "<svg "))
        #expect(html.contains(DeckStyle.css) && html.contains(DeckScript.js))
        #expect(html.contains("@page { size: 16in 9in; margin: 0; }"))
        let charts = html.occurrences(of: "role=\"img\"")
        #expect(html.occurrences(of: "<title id=\"chart-") == charts)
        #expect(html.occurrences(of: "<desc id=\"chart-") == charts)
    }

    @Test func aPatternNoTeamShowsDoesNotAskAboutTheseTeams() throws {
        var history = Fixture.history(cycles: 6)
        history.goalsTooSafe = []
        let html = try TrendsDeckRenderer.render(history)
        let slide = try #require(html.components(separatedBy: "<section ").first { $0.contains("data-name=\"Goals too safe\"") })
        #expect(slide.contains("No team played it safe two cycles running."))
        #expect(!slide.contains("Ask what these teams would attempt"), "on the slide or in its notes")
        #expect(slide.contains("Move the sure things to committed"))
        let over = try #require(html.components(separatedBy: "<section ").first { $0.contains("data-name=\"Over-committing\"") })
        #expect(over.contains("Ask what they would drop to make the rest land."))  // teams there: asked about
    }

    @Test func oneCycle() throws {
        let history = Fixture.history(cycles: 1, checkInsFrom: 0)
        let names = TrendsDeckRenderer.slideNames(history)
        #expect(names == ["Title", "Cycle over cycle", "Cycle by cycle", "Team by team", "Review rhythm over time", "How to read it"])
        let html = try TrendsDeckRenderer.render(history)
        Self.checkShell(html, slides: names.count)
        // One cycle: columns, not lines; no arrows, no patterns that need two cycles.
        #expect(html.contains("<svg class=\"column-chart\""))
        #expect(!html.contains("<svg class=\"line-chart\""))
        #expect(!html.contains("class=\"delta"))
        #expect(html.contains("One cycle archived so far"))
        #expect(html.contains("Every team&#39;s score in 2025-Q1"))
        #expect(html.contains(">target 1.00</text>"))
        #expect(html.contains(">sweet spot 0.70</text>"))
        print("trends deck, 1 cycle: \(html.utf8.count) bytes, \(names.count) slides")
    }

    @Test func sixCycles() throws {
        let history = Fixture.history(cycles: 6)
        let names = TrendsDeckRenderer.slideNames(history)
        #expect(names == ["Title", "Cycle over cycle", "Cycle by cycle", "Team by team", "Biggest movers", "Goals too safe",
                          "Over-committing", "Review rhythm over time", "How to read it"])
        let html = try TrendsDeckRenderer.render(history)
        Self.checkShell(html, slides: names.count)
        // Six cycles: lines with the 1.0 and 0.7 marks; the first cycle had no check-ins, a gap.
        #expect(html.contains("<svg class=\"line-chart\""))
        #expect(html.contains("1 cycle without check-ins left blank"))
        // Every team a card, with its line and its change since 2026-Q1.
        #expect(html.occurrences(of: "<div class=\"card\">") == 12)
        #expect(html.contains("▲▼ vs 2026-Q1"))
        // Team 1 was too safe and Team 2 over-committed every cycle: named, with the run.
        let safe = DeckCheckInTests.slide(html, "Goals too safe")
        #expect(safe.contains("<span class=\"streak-team\">Team 1</span><span class=\"streak-length\">6 cycles</span>"))
        #expect(safe.contains("2025-Q1 → 2026-Q2"))
        #expect(safe.contains("aspirational mean 0.97 in 2026-Q2"))
        let over = DeckCheckInTests.slide(html, "Over-committing")
        #expect(over.contains("<span class=\"streak-team\">Team 2</span><span class=\"streak-length\">6 cycles</span>"))
        #expect(over.contains("2 commitments missed in 2026-Q2 · 50% met"))
        print("trends deck, 6 cycles: \(html.utf8.count) bytes, \(names.count) slides")
    }

    @Test func manyCyclesAndManyTeamsStayShort() throws {
        let history = Fixture.history(cycles: 40, teams: 5_000)
        let names = TrendsDeckRenderer.slideNames(history)
        #expect(names.count == 9)
        let html = try TrendsDeckRenderer.render(history)
        Self.checkShell(html, slides: names.count)
        #expect(html.occurrences(of: "<div class=\"card\">") == 24)
        #expect(html.contains("The 24 largest of 5,000 teams"))
        #expect(html.contains("and 30 earlier cycles: every cycle is in history.json"))
        let over = DeckCheckInTests.slide(html, "Over-committing")
        #expect(over.occurrences(of: "<li class=\"streak") == DeckOptions().streakRows)
        #expect(over.contains(" more teams: history.json lists every one"))
        #expect(html.utf8.count < 400_000)
        print("trends deck, 40 cycles × 5,000 teams: \(html.utf8.count) bytes, \(names.count) slides")
    }

    @Test func hostileNamesAreEscapedInTheNewSVGs() throws {
        let h = DeckSafetyTests.hostile
        let history = Fixture.history(cycles: 3, teams: h.count, names: h, organization: h[1])
        let html = try TrendsDeckRenderer.render(history)
        let slides = TrendsDeckRenderer.slideNames(history).count
        Self.checkShell(html, slides: slides, urlsInText: true)  // a team is called https://evil.example/x.png
        #expect(html.occurrences(of: "<style>") == 1 && html.occurrences(of: "</style>") == 1)
        #expect(!html.contains("<img"))
        #expect(!html.contains("' onmouseover='"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;: score per cycle"))  // a sparkline's title
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;x()&lt;/script&gt;"))
        var rest = Substring(html)
        while let open = rest.range(of: "<svg "), let close = rest[open.upperBound...].range(of: "</svg>") {
            let svg = String(rest[open.lowerBound..<close.upperBound])
            #expect(!svg.contains("<script"))
            #expect(svg.occurrences(of: "<svg") == 1)
            rest = rest[close.upperBound...]
        }
    }

    @Test func hostileNamesAreEscapedInTheTownHallsNewSlides() throws {
        let report = Fixture.withComparison(Fixture.withCheckIns(DeckSafetyTests.hostileReport()))
        let html = try DeckRenderer.render(report)
        let slides = DeckRenderer.slideNames(report).count
        #expect(html.occurrences(of: "<section") == slides)
        #expect(html.occurrences(of: "<script") == 2)
        #expect(html.occurrences(of: "</svg>") == html.occurrences(of: "<svg "))
        #expect(!html.contains("' onmouseover='"))
        #expect(html.contains("Review rhythm"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; team"))
    }

    @Test func theHistorysThresholdsMarkTheDeck() throws {
        var th = Thresholds()
        th.sandbagging = 0.9
        th.aspirationalTarget = 0.6
        let base = Fixture.history(cycles: 3)
        let history = HistoryReport(cycles: base.cycles, thresholds: th, generatedAt: base.generatedAt)
        let html = try TrendsDeckRenderer.render(history)
        #expect(html.contains("averaged 0.90 or more in consecutive cycles"))
        #expect(html.contains(">sweet spot 0.60</text>"))
        #expect(!html.contains("0.95 or more"))
    }

    @Test func anEmptyArchiveStillRenders() throws {
        let history = HistoryReport(cycles: [], generatedAt: Date(timeIntervalSince1970: 0))
        let html = try TrendsDeckRenderer.render(history)
        #expect(TrendsDeckRenderer.slideNames(history) == ["Title", "How to read it"])
        Self.checkShell(html, slides: 2)
    }

    @Test func theTownHallStaysShortForFiveThousandTeams() throws {
        let teams = (1...5_000).map { t in
            Fixture.TeamSpec(name: "Team \(t)", objectives: [
                Fixture.Obj(title: "Objective", krs: [
                    Fixture.KR(title: "KR a", score: Double(t % 10) / 10), Fixture.KR(title: "KR b", type: .aspirational, score: 0.7),
                ]),
            ])
        }
        let quiet = Set((1...5_000).filter { $0 % 7 == 0 }.map { "Team \($0)" })
        let report = Fixture.withComparison(Fixture.withCheckIns(Fixture.report(teams: teams), quiet: quiet))
        let names = DeckRenderer.slideNames(report)
        #expect(names.count <= 24)
        let html = try DeckRenderer.render(report)
        let rhythm = DeckCheckInTests.slide(html, "Review rhythm")
        #expect(rhythm.occurrences(of: "<div class=\"bar-row\">") <= DeckOptions().rankingRows)
        #expect(rhythm.contains("more teams …"))
        #expect(rhythm.occurrences(of: "<li><strong>") == 3)
        #expect(rhythm.contains("and 711 more teams"))
        #expect(html.utf8.count < 600_000)
        print("town hall, 5,000 teams with check-ins and a comparison: \(html.utf8.count) bytes, \(names.count) slides")
    }
}
