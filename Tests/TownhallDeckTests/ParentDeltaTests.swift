import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// A parent team that owns no OKRs is archived for its roll-up, so the next cycle's subtree
/// slides can say how the whole department moved.
@Suite struct ParentDeltaTests {
    func tree(_ cycle: String, _ current: String) throws -> CycleReport {
        let csv = "cycle,team,parent_team,objective,kr_id,key_result,type,start,target,current\n"
            + "\(cycle),Platform,Engineering,Be fast,P1,Cut latency,committed,0,10,\(current)\n"
            + "\(cycle),Platform,Engineering,Be fast,P2,Lift uptime,aspirational,0,10,5\n"
            + "\(cycle),Data,Engineering,Trust data,D1,Fix pipelines,committed,0,10,6\n"
            + "\(cycle),Data,Engineering,Trust data,D2,Cut lag,aspirational,0,10,6\n"
        return try Townhall.report(from: Array(csv.utf8))
    }

    @Test func aParentsRollUpIsComparedWithItsArchivedRollUp() throws {
        let q2 = try tree("2026-Q2", "4")
        var q3 = try tree("2026-Q3", "8")
        q3.comparison = CycleComparison(current: q3, previous: ArchivedCycle(q2))
        let builder = DeckBuilder(report: q3, options: DeckOptions())
        let parent = try #require(q3.teamIndex(named: "Engineering"))
        let delta = builder.teamDelta(parent, rollup: true)
        #expect(delta.map(\.arrow) == ["▲"])
        #expect(delta.first?.amount == "0.10")  // roll-up 0.475 → 0.575
        // Its own score: none either cycle, and it is not "new" (it was there, as a parent).
        #expect(builder.teamDelta(parent).isEmpty)
        let platform = try #require(q3.teamIndex(named: "Platform"))
        #expect(builder.teamDelta(platform).map(\.arrow) == ["▲"])
    }

    @Test func aTeamThatWasOnlyAParentIsNewWhenItOwnsOKRs() throws {
        let q2 = try tree("2026-Q2", "4")
        let csv = "cycle,team,parent_team,objective,kr_id,key_result,type,start,target,current\n"
            + "2026-Q3,Engineering,,Hire well,E1,Fill roles,committed,0,10,8\n"
            + "2026-Q3,Engineering,,Hire well,E2,Cut time to hire,aspirational,0,10,5\n"
        var q3 = try Townhall.report(from: Array(csv.utf8))
        q3.comparison = CycleComparison(current: q3, previous: ArchivedCycle(q2))
        let builder = DeckBuilder(report: q3, options: DeckOptions())
        let engineering = try #require(q3.teamIndex(named: "Engineering"))
        #expect(builder.teamDelta(engineering).map(\.amount) == ["new"])
    }
}
