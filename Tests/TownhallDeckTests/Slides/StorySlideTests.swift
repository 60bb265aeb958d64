import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// The wins and misses tell one story: every team with wins is named, colours follow the outcome.
@Suite struct StorySlideTests {
    /// One team with many perfect wins, seven with one smaller win each.
    static func crowdedWins() -> CycleReport {
        var specs = [Fixture.TeamSpec(name: "Big", objectives: [Fixture.Obj(title: "Win everything", krs: (1...50).map {
            Fixture.KR(title: "Perfect win \($0)", score: 1)
        })])]
        for t in 1...7 {
            specs.append(Fixture.TeamSpec(name: "Small \(t)", objectives: [Fixture.Obj(title: "One good stretch", krs: [
                Fixture.KR(title: "A stretch that landed \(t)", type: .aspirational, score: 0.8),
            ])]))
        }
        return Fixture.report(teams: specs)
    }

    @Test func everyTeamWithWinsIsNamed() throws {
        let wins = try slides(Self.crowdedWins(), kind: "wins")
        let html = wins.map(\.html).joined()
        for t in 1...7 { #expect(html.contains("<h3>Small \(t)</h3>"), "Small \(t) has a win but is not named") }
        #expect(html.contains("<h3>Big</h3>"))
    }

    @Test func andMoreCountsTheWinsAndTeamsItLeavesOut() throws {
        let report = Self.crowdedWins()
        let wins = try slides(report, kind: "wins")
        let shown = wins.map { $0.html.count(of: "<li class=\"win\">") }.reduce(0, +)
        let more = try #require(wins.last?.html.firstMatch(of: /and (\d+) more wins from (\d+) teams?:/))
        #expect(Int(more.1) == report.wins.count - shown)
        #expect(Int(more.2) == 1)  // only Big has wins left out
    }

    @Test func committedMissesWearTheMissColourNotTheirBand() throws {
        let report = Fixture.northwind()
        let near = try #require(report.keyResults.first { $0.isCommittedMiss && ($0.score ?? 0) >= 0.7 })
        let html = try slides(report, kind: "misses").map(\.html).joined()
        #expect(html.contains("<span class=\"chip band-red\">\(Format.score(near.score))</span>"))
        #expect(!html.contains("chip band-green"))
        #expect(html.contains("Colour is the outcome: every one a miss"))
    }

    @Test func winsWearTheWinColour() throws {
        let html = try slides(Fixture.northwind(), kind: "wins").map(\.html).joined()
        #expect(html.contains("chip band-green"))
        #expect(!html.contains("chip band-yellow") && !html.contains("chip band-red"))
        #expect(html.contains("Colour is the outcome: every one a win"))
    }

    @Test func aCommittedMissCarriedForwardWearsTheMissColourAsOnTheMissesSlide() throws {
        let report = Fixture.northwind()
        let carry = try #require(try slides(report, kind: "carry").first).html
        var missesNotInRedBand = 0
        for m in carry.matches(of: /<li><span class="chip band-(\w+)">[^<]*<\/span><span class="kr-title">([^<]*)</) {
            let kr = try #require(report.keyResults.first { $0.title == String(m.2) })
            guard kr.isCommittedMiss else { continue }
            #expect(m.1 == "red", "\(kr.title) at \(Format.score(kr.score)) carried forward in \(m.1)")
            if Tone.band(kr.score, report.thresholds) != "red" { missesNotInRedBand += 1 }
        }
        #expect(missesNotInRedBand > 0)  // the case that differs: a miss whose band is not red
    }

    @Test func aTrajectoryEndsInTheColourOfItsChip() throws {
        let report = Fixture.withCheckIns(Fixture.northwind())
        for slide in try slides(report, kind: "misses") {
            #expect(!slide.html.contains("<circle class=\"band-green\""), "a miss's trajectory ends green")
        }
    }
}
