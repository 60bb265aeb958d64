import Testing
import TownhallCore
@testable import TownhallXlsx

/// The Summary's roll-up cells are checked against the subtree means in one pass, for any depth.
@Suite struct TeamTreeTests {
    func report(_ rows: [String]) throws -> CycleReport {
        try Townhall.report(from: Array(("team,parent_team,objective,key_result,start,target,current\n"
            + rows.joined(separator: "\n") + "\n").utf8))
    }

    @Test func subtreeMeansEqualTheCoresRollUps() throws {
        let r = try report(["Org,,O1,k1,0,10,10", "Eng,Org,O2,k2,0,10,5", "Eng,Org,O3,k3,0,10,0", "Web,Eng,O4,k4,0,10,10",
                            "Ops,Org,O5,k5,0,10,3", "Sales,,O6,k6,0,10,7"])
        let tree = TeamTree(r)
        for (p, t) in tree.order.enumerated() {
            let want = r.teams[t].rollupScore
            #expect(ScorecardRenderer.agrees(tree.subtreeScoreMean[p], want), "\(r.teams[t].name)")
        }
        #expect(tree.subtreeScoreMean[0] == (1 + 0.5 + 0 + 1 + 0.3) / 5)
    }

    @Test func aTenThousandDeepChainHasEveryLevelsMean() throws {
        let n = 10_000
        let r = try report((0..<n).map { i in "T\(i),\(i == 0 ? "" : "T\(i - 1)"),O,k,0,10,\(i % 2 == 0 ? 10 : 0)" })
        let tree = TeamTree(r)
        #expect(tree.order == Array(0..<n))
        #expect(tree.subtreeScoreMean[0] == 0.5)
        #expect(tree.subtreeScoreMean[n - 1] == 0)
        for p in [0, 1, 2, 5_000, 9_998] {
            #expect(ScorecardRenderer.agrees(tree.subtreeScoreMean[p], r.teams[tree.order[p]].rollupScore), "T\(p)")
        }
    }

    @Test func compensatedSumsDoNotDependOnTheOrder() {
        var forward = CompensatedSum(), halves = CompensatedSum(), second = CompensatedSum()
        let xs = (0..<1000).map { Double($0 % 10) / 10 }  // tenths are not exact in binary
        for x in xs { forward.add(x) }
        for x in xs.prefix(500) { halves.add(x) }
        for x in xs.suffix(500) { second.add(x) }
        halves.add(second)
        #expect(forward.value == 450)
        #expect(halves.value == 450 && halves.count == 1000)
    }
}
