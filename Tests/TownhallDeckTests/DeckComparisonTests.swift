import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// With a previous cycle in the archive: ▲/▼ on every headline figure and team, carried-over marks.
@Suite struct DeckComparisonTests {
    static let report = Fixture.withComparison(Fixture.northwind())
    static let html = try! DeckRenderer.render(report)

    @Test func arrowsAppearOnlyWithAComparison() {
        let plain = try! DeckRenderer.render(Fixture.northwind())
        #expect(!plain.contains("▲"))
        #expect(!plain.contains("▼"))
        #expect(!plain.contains("class=\"delta"))
        #expect(!plain.contains("carried over"))
        #expect(Self.html.contains("▲"))
        #expect(Self.html.contains("▼"))
        // The same slides: the comparison adds figures, not slides.
        #expect(DeckRenderer.slideNames(Self.report) == DeckRenderer.slideNames(Fixture.northwind()))
    }

    @Test func headlineFiguresSayWhichWayAndAgainstWhat() {
        let glance = DeckCheckInTests.slide(Self.html, "The cycle at a glance")
        #expect(glance.contains("compared with 2026-Q2"))
        // Overall score up 0.05: green; committed attainment up 10 points; misses down 2: green too.
        #expect(glance.contains("<span class=\"delta tone-green\"><span aria-hidden=\"true\">▲</span><span class=\"sr-only\">up</span> 0.05 <span class=\"delta-vs\">vs 2026-Q2</span></span>"))
        #expect(glance.contains("<span class=\"sr-only\">up</span> 10 pts <span class=\"delta-vs\">vs 2026-Q2</span>"))
        #expect(glance.contains("<span class=\"delta tone-green\"><span aria-hidden=\"true\">▼</span><span class=\"sr-only\">down</span> 2 <span class=\"delta-vs\">vs 2026-Q2</span></span>"))
        // Wins up 3: green. Key results down 4: neutral, neither good nor bad.
        #expect(glance.contains("<span class=\"delta tone-green\"><span aria-hidden=\"true\">▲</span><span class=\"sr-only\">up</span> 3 <span class=\"delta-vs\">"))
        #expect(glance.contains("<span class=\"delta tone-none\"><span aria-hidden=\"true\">▼</span><span class=\"sr-only\">down</span> 4 <span class=\"delta-vs\">"))
        // The aspirational mean fell 0.20 from far above the sweet spot towards it: better, so green.
        #expect(glance.contains("<span class=\"delta tone-green\"><span aria-hidden=\"true\">▼</span><span class=\"sr-only\">down</span> 0.20 <span class=\"delta-vs\">"))
        #expect(glance.occurrences(of: "class=\"fig-delta\"") == 7)
        let balance = DeckCheckInTests.slide(Self.html, "Committed vs aspirational")
        #expect(balance.occurrences(of: "class=\"side-delta\"") == 2)
    }

    @Test func everyTeamIsComparedWithItsPreviousScore() throws {
        let ranking = DeckCheckInTests.slide(Self.html, "Teams at a glance")
        let rows = ranking.occurrences(of: "<div class=\"bar-row\">")
        #expect(ranking.occurrences(of: "<span class=\"bar-delta\">") == rows)
        #expect(ranking.contains("vs 2026-Q2"))
        #expect(ranking.contains("class=\"bars with-delta") || ranking.contains("with-delta\""))
        // The last team did not exist last cycle: it is new, not up or down.
        #expect(ranking.contains("<span class=\"delta tone-none\"><span aria-hidden=\"true\"></span><span class=\"sr-only\"></span> new</span>"))
        // A team slide shows its own change beside its score.
        let team = DeckCheckInTests.slide(Self.html, "Team: Engineering")
        #expect(team.contains("<p class=\"badge-delta\"><span class=\"delta tone-green\"><span aria-hidden=\"true\">▲</span><span class=\"sr-only\">up</span> 0.10 <span class=\"delta-vs\">vs 2026-Q2</span></span></p>"))
        let first = DeckCheckInTests.slide(Self.html, "Team: Northwind Robotics")
        #expect(first.contains("<span class=\"delta tone-red\"><span aria-hidden=\"true\">▼</span><span class=\"sr-only\">down</span> 0.10 <span class=\"delta-vs\">vs 2026-Q2</span></span>"))
    }

    @Test func keyResultsThatCameBackAreMarkedCarriedOver() throws {
        let carried = try #require(Self.report.comparison?.carriedOver)
        #expect(!carried.isEmpty)
        // Team slides list every key result once: each carried-over one is marked there.
        var marked = 0
        for name in DeckRenderer.slideNames(Self.report) where name.hasPrefix("Team: ") {
            marked += DeckCheckInTests.slide(Self.html, name.replacingOccurrences(of: "&", with: "&amp;"))
                .occurrences(of: "<span class=\"carried\">carried over</span>")
        }
        #expect(marked == carried.count)
        // Wins and misses mark theirs too, and the carry slide counts the repeats.
        let wins = DeckCheckInTests.slide(Self.html, "Wins to celebrate")
        #expect(wins.contains("<span class=\"carried\">carried over</span>"))
        let carry = DeckCheckInTests.slide(Self.html, "Carried forward")
        #expect(carry.contains("Repeated from 2026-Q2"))
        #expect(carry.contains("<p class=\"fig-value\">\(carried.count)</p>"))
    }

    @Test func deltasRoundLikeTheCore() {
        for d in [0.004, -0.004, 0.006, -0.12, 0.3, 0, 1e-12] {
            let v = Delta(.english).view(d, .score)[0]
            let core = Wording.english.change(d)
            #expect("\(v.arrow) \(v.amount)" == core, "\(d)")
        }
        for d in [0.004, -0.006, 0.25, -0.1] {
            let v = Delta(.english).view(d, .points)[0]
            #expect("\(v.arrow) \(v.amount)" == Wording.english.change(d, percent: true))
        }
        let delta = Delta(.english)
        #expect(delta.view(nil, .score).isEmpty)
        #expect(delta.view(.nan, .score).isEmpty)
        #expect(delta.view(2, .count, better: .down)[0].tone == "red")
        #expect(delta.view(-2, .count, better: .down)[0].tone == "green")
        #expect(delta.view(0.001, .score)[0].tone == "none")
        #expect(delta.spoken(-0.03, .points) == "down 3 points")
        #expect(delta.spoken(0.001, .score) == "unchanged")
    }

    @Test func withCheckInsAndAComparisonTogether() throws {
        let report = Fixture.withComparison(Fixture.withCheckIns(Fixture.northwind()))
        let html = try DeckRenderer.render(report)
        #expect(html.contains("Review rhythm"))
        #expect(html.contains("vs 2026-Q2"))
        #expect(html.occurrences(of: "aria-roledescription=\"slide\"") == DeckRenderer.slideNames(report).count)
    }
}
