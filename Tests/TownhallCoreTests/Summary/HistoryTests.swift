import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct HistoryTests {
    func cycle(_ name: String, teams: [ArchivedTeam], overall: Double? = 0.5) -> ArchivedCycle {
        ArchivedCycle(name: name, generatedAt: Date(timeIntervalSince1970: 0),
                      dates: CycleDates(cycleName: name), overallScore: overall, teamFigures: teams)
    }

    @Test func cyclesAreOrderedByDateAndStreaksFound() {
        let safe = ArchivedTeam(name: "A", score: 0.9, aspirationalMean: 0.97, aspirationalScored: 2)
        let fine = ArchivedTeam(name: "A", score: 0.7, aspirationalMean: 0.7, aspirationalScored: 2)
        let missing = ArchivedTeam(name: "B", score: 0.6, committedMisses: 1)
        let h = HistoryReport(cycles: [
            cycle("2026-Q3", teams: [safe, missing]), cycle("2025-Q4", teams: [fine]),
            cycle("2026-Q2", teams: [safe, missing]), cycle("2026-Q1", teams: [fine, missing]),
        ], generatedAt: Date())
        #expect(h.cycles.map(\.name) == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(h.teams == ["A", "B"])
        #expect(h.teamScores[1] == [nil, 0.6, 0.6, 0.6])
        #expect(h.goalsTooSafe == [.init(team: "A", cycles: ["2026-Q2", "2026-Q3"])])
        #expect(h.overCommitting == [.init(team: "B", cycles: ["2026-Q1", "2026-Q2", "2026-Q3"])])
    }

    @Test func comparisonDeltasAndCarriedOverKRs() throws {
        let csv = "team,objective,kr_id,key_result,target,current\nA,O,K1,Grow,10,10\nA,O,,Shrink churn,10,5\nB,P,,New thing,1,1\n"
        let r = try Townhall.report(from: Array(csv.utf8))
        let previous = ArchivedCycle(
            name: "Before", generatedAt: Date(), overallScore: 0.5, keyResults: 2, wins: 0, misses: 2,
            teamFigures: [ArchivedTeam(name: "A", score: 0.25)],
            keyResultKeys: [ArchivedKeyResult(id: "K1", team: "A", title: "old title"),
                            ArchivedKeyResult(id: "x", team: "A", title: "shrink CHURN")])
        let c = CycleComparison(current: r, previous: previous)
        #expect(c.carriedOver == [0, 1])
        #expect(c.teamScoreDelta == ["A": 0.5])
        #expect(c.keyResults == 1)
        #expect(abs(c.overallScore! - (r.headline.overallScore! - 0.5)) < 1e-12)
        let en = Wording.english
        #expect(en.change(0.051) == "▲ 0.05")
        #expect(en.change(-0.12) == "▼ 0.12")
        #expect(en.change(0.001) == "= 0.00")
        #expect(en.change(0.25, percent: true) == "▲ 25 pts")
        #expect(en.change(0.01, percent: true) == "▲ 1 pt")
        #expect(en.change(nil) == "" && en.change(.nan) == "")
        // The core gives the number; each language words it (decimal comma, its own unit).
        let de = Wording(Language.named("de")!)
        #expect(de.change(-0.12) == "▼ 0,12")
        #expect(de.change(0.25, percent: true) == "▲ 25 Pp.")
        #expect(Wording(Language.named("ja")!).change(0.25, percent: true) == "▲ 25pt")
    }

    @Test(arguments: [("2026-Q3", "2026-Q4"), ("2026-Q4", "2027-Q1"), ("Q4 2026", "Q1 2027"), ("2026-H2", "2027-H1"),
                      ("FY2026", "FY2027"), ("2026", "2027"), ("2026q1", "2026q2")])
    func nextCycleNames(name: String, next: String) {
        #expect(CarryForward.nextCycle(after: name) == next)
    }

    @Test func noNextCycleWithoutAYear() {
        #expect(CarryForward.nextCycle(after: "Autumn push") == nil)
    }
}
