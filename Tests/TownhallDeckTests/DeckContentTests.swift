import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// What the slides say, and that the deck stays bounded for large cycles.
@Suite struct DeckContentTests {
    @Test func bestWinsAndMissesFollowTheCoreOrder() {
        let report = Fixture.large(krs: 3_000)
        let digest = CycleDigest(report, winLimit: 36, missLimit: 18, carryLimit: 4)
        #expect(digest.topWins.map { report.keyResults[$0].id } == report.wins.prefix(36).map(\.id))
        #expect(digest.topMisses.map { report.keyResults[$0].id } == report.misses.prefix(18).map(\.id))
        #expect(digest.wins == report.wins.count)
        #expect(digest.committedMisses + digest.aspirationalMisses == report.misses.count)
        #expect(digest.carriedCommitted + digest.carriedAspirational == report.carryForward.count)
        #expect(digest.histogram.joined().reduce(0, +) == report.counts.scored)
    }

    @Test func boundedSelectionKeepsTheFirstInOrder() {
        var sel = BoundedSelection(limit: 3) { $0 < $1 }
        for i in [9, 4, 7, 1, 8, 3, 3, 0] { sel.offer(i) }
        #expect(sel.items == [0, 1, 3])
    }

    @Test func winsAreGroupedByTeamWithOwnersNamed() throws {
        let html = try DeckRenderer.render(Fixture.northwind())
        #expect(html.contains("<h3>Enterprise Sales</h3>"))
        #expect(html.contains("<span>Eva Novak</span>"))
        #expect(html.contains("<span class=\"stretch\">133% of target</span>"))
    }

    @Test func missesPutCommitmentsFirstAndCallOutMissingReflections() throws {
        let report = Fixture.northwind()
        let html = try DeckRenderer.render(report)
        let misses = html.components(separatedBy: "<article class=\"miss\">").dropFirst()
        let kinds = misses.map { $0.contains("tag-committed") }
        #expect(kinds.first == true)
        #expect(kinds == kinds.sorted { $0 && !$1 })  // committed ones, then aspirational
        #expect(html.contains("No reflection yet: every missed commitment deserves one"))
        #expect(html.contains("Two offers declined in the last week."))
        #expect(html.contains("without a reflection"))
    }

    @Test func balanceVerdictsFollowThePlaybook() {
        let th = Thresholds()
        func asp(_ m: Double) -> String {
            var f = Headline.TypeFigures()
            f.scored = 10; f.meanScore = m
            return Verdict.aspirational(f, th, .english).headline
        }
        #expect(asp(0.97) == "Too safe")
        #expect(asp(0.95) == "Too safe")
        #expect(asp(0.85) == "Above the sweet spot")
        #expect(asp(0.70) == "In the sweet spot")
        #expect(asp(0.62) == "In the sweet spot")
        #expect(asp(0.5) == "Below the sweet spot")
        #expect(asp(0.2) == "Far below the sweet spot")
        func com(_ met: Int, of scored: Int) -> String {
            var f = Headline.TypeFigures()
            f.scored = scored; f.met = met; f.attainment = Double(met) / Double(scored)
            return Verdict.committed(f, th, .english).headline
        }
        #expect(com(10, of: 10) == "Every commitment delivered")
        #expect(com(19, of: 20) == "Nearly every commitment delivered")
        #expect(com(5, of: 10) == "Too many commitments missed")
        #expect(Verdict.committed(Headline.TypeFigures(), th, .english).headline == "Nothing to judge")
    }

    @Test func valuesFollowTheOrganizationsOrder() throws {
        let html = try DeckRenderer.render(Fixture.northwind())
        let values = html.components(separatedBy: "class=\"slide slide-values\"")[1]
        let order = ["Customers first", "Safety is non-negotiable", "Own the outcome", "Learn in the open", "Build to last"]
        let positions = order.compactMap { values.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test func largeOrganizationsGetASlidePerTopLevelTeam() {
        let report = Fixture.large(krs: 5_000)
        let names = DeckRenderer.slideNames(report)
        // Eight departments under one company: the company's own OKRs, then one slide each.
        #expect(names.filter { $0.hasPrefix("Team: ") }.count == 9)
        #expect(names.count <= 32)
        #expect(names.filter { $0.hasPrefix("Wins to celebrate") }.count == 3)
        #expect(names.filter { $0.hasPrefix("Misses to reflect on") }.count == 3)
    }

    @Test func aFlatOrganizationOfManyTeamsIsRankedNotListed() throws {
        let teams = (1...300).map { t in
            Fixture.TeamSpec(name: "Team \(t)", objectives: [
                Fixture.Obj(title: "Objective", krs: [
                    Fixture.KR(title: "KR a", score: Double(t % 10) / 10), Fixture.KR(title: "KR b", score: 1),
                ]),
            ])
        }
        let report = Fixture.report(teams: teams)
        let names = DeckRenderer.slideNames(report)
        #expect(!names.contains { $0.hasPrefix("Team: ") })
        #expect(names.count <= 20)
        let html = try DeckRenderer.render(report)
        #expect(html.contains("… 288 more top-level teams …"))
        #expect(html.contains("300 top-level teams: too many for a slide each"))
    }

    @Test func aHundredThousandKeyResultsMakeAReasonableDeck() throws {
        let report = Fixture.large(krs: 100_000)
        let clock = ContinuousClock()
        var html = ""
        let elapsed = try clock.measure { html = try DeckRenderer.render(report) }
        let slides = html.occurrences(of: "aria-roledescription=\"slide\"")
        #expect(html.utf8.count < 5_000_000)
        #expect(html.utf8.count < 400_000)
        #expect(slides <= 32)
        #expect(html.contains(" more wins from "))  // the rest is counted, not listed
        #expect(elapsed < .seconds(20))  // debug build; a release build takes a fraction of this
    }

    @Test func formatting() {
        #expect(Format.count(0) == "0")
        #expect(Format.count(1234) == "1,234")
        #expect(Format.count(1_000_000) == "1,000,000")
        #expect(Format.count(-12345) == "-12,345")
        #expect(Format.score(0.7) == "0.70")
        #expect(Format.score(nil) == "–")
        #expect(Format.percent(0.784) == "78%")
        #expect(Format.clip("abcdef", 3) == "abc…")
        #expect(Format.clip("abc", 3) == "abc")
        #expect(Format.clip("👩‍👩‍👧‍👦👍", 1) == "👩‍👩‍👧‍👦…")
        #expect(Format.geometry(12.5) == "12.5")
        #expect(Format.geometry(100) == "100")
        #expect(Format.geometry(.nan) == "0")
        #expect(Format.plural(1, "win") == "1 win")
        #expect(Format.plural(2, "miss", "misses") == "2 misses")
        #expect(Format.date(Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!) == "1 January 1970")
    }
}
