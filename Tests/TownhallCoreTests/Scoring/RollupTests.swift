import Testing
@_spi(Stages) @testable import TownhallCore

/// SPEC §3 roll-ups over the team tree: any shape, linear work, loops broken once.
@Suite struct RollupTests {
    /// One KR (and objective) per team, scored `score(i)`, with `parent(i)` as its parent team.
    func rolledUp(_ count: Int, parent: (Int) -> String, score: (Int) -> Double? = { _ in 0.5 })
        -> (teams: [Team], warnings: [RunWarning])
    {
        var g = Grouping(keyResults: (0..<count).map { i in
            KeyResult(team: "t\(i)", parentTeam: parent(i), objective: "o", title: "k", line: i + 2, score: score(i))
        })
        let r = Rollup.apply(to: &g, thresholds: Thresholds())
        return (r.teams, r.warnings)
    }

    /// The roll-up as it was always defined: the mean of the subtree's scores summed in tree order.
    static func meanInTreeOrder(_ teams: [Team], _ t: Int, _ score: (String) -> Double?) -> Double? {
        var scores: [Double] = []
        var stack = [t]
        while let i = stack.popLast() {
            if let s = score(teams[i].name) { scores.append(s) }
            stack += teams[i].children.reversed()
        }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    @Test func aShallowTreeKeepsItsRollUpsToTheLastDigit() {
        // Scores whose sums round differently depending on the order they are added in.
        let scores: [Double] = [0.1, 0.7, 0.3, 0.2, 0.9, 0.6, 0.35, 0.85, 0.15, 0.45, 0.55, 0.05]
        let (teams, _) = rolledUp(scores.count, parent: { i in i == 0 ? "" : "t\((i - 1) / 3)" }, score: { scores[$0] })
        for t in teams.indices {
            let want = Self.meanInTreeOrder(teams, t) { name in scores[Int(name.dropFirst())!] }
            #expect(teams[t].rollupScore == want, "\(teams[t].name)")
        }
    }

    @Test func aTenThousandDeepChainRollsUpEveryLevel() {
        let n = 10_000
        let (teams, warnings) = rolledUp(n, parent: { i in i == 0 ? "" : "t\(i - 1)" }, score: { i in i % 2 == 0 ? 1 : 0 })
        #expect(warnings.isEmpty)
        #expect(teams.map(\.name) == (0..<n).map { "t\($0)" })
        #expect(teams.last?.depth == n - 1)
        #expect(teams[0].rollupScore == 0.5)
        #expect(teams[0].subtreeKeyResults == n)
        #expect(teams[n - 1].rollupScore == 0)    // t9999 alone: score 0
        #expect(teams[n - 2].rollupScore == 0.5)  // t9998 (1) and t9999 (0)
        #expect(teams[n - 3].rollupScore == 1.0 / 3)  // t9997 (0), t9998, t9999
        for t in [1, 17, 5_000, 9_983] { #expect(teams[t].subtreeKeyResults == n - t) }
        for t in [0, 1, 5_000, 9_980] {
            let want = Double((n - t + (t % 2 == 0 ? 1 : 0)) / 2) / Double(n - t)
            #expect(abs(teams[t].rollupScore! - want) < 1e-12, "t\(t)")
        }
    }

    @Test func aWideFlatTreeRollsUpOnce() {
        let n = 10_000
        let (teams, _) = rolledUp(n + 1, parent: { i in i == 0 ? "" : "t0" }, score: { i in i == 0 ? nil : Double(i % 3) / 2 })
        #expect(teams[0].children.count == n)
        #expect(teams[0].subtreeKeyResults == n + 1)
        let want = Self.meanInTreeOrder(teams, 0) { name in let i = Int(name.dropFirst())!; return i == 0 ? nil : Double(i % 3) / 2 }
        #expect(teams[0].rollupScore == want)
    }

    @Test func aLoopIsBrokenAtItsEarliestTeamAndTeamsHangingOffItStay() {
        // t0 → t1 → t2 → t1: the loop is t1, t2; t0 only hangs off it.
        let (teams, warnings) = rolledUp(3, parent: { ["t1", "t2", "t1"][$0] })
        #expect(warnings.count == 1)
        #expect(warnings[0].message.contains("\"t1\""))
        #expect(teams.map(\.name) == ["t1", "t0", "t2"])
        #expect(teams.map(\.parent) == [nil, "t1", "t1"])
        #expect(teams[0].subtreeKeyResults == 3)
    }

    @Test func selfParentingIsBrokenWithAWarning() {
        let (teams, warnings) = rolledUp(2, parent: { _ in "t0" })
        #expect(warnings.count == 1)
        #expect(teams.map(\.name) == ["t0", "t1"])
        #expect(teams[0].parent == nil && teams[0].children == [1])
    }

    @Test func fiveThousandLoopsGiveOneWarningEach() {
        let (teams, warnings) = rolledUp(10_000, parent: { i in "t\(i ^ 1)" })  // pairs t0↔t1, t2↔t3, …
        #expect(warnings.count == 5_000)
        #expect(teams.filter { $0.parent == nil }.map(\.name) == stride(from: 0, to: 10_000, by: 2).map { "t\($0)" })
    }

    @Test func aLongLoopIsFoundOnceAndBrokenAtItsFirstTeam() {
        let n = 10_000
        let (teams, warnings) = rolledUp(n, parent: { i in "t\((i + 1) % n)" })
        #expect(warnings.count == 1)
        #expect(teams[0].name == "t0" && teams[0].parent == nil)
        #expect(teams.last?.name == "t1" && teams.last?.depth == n - 1)
    }
}
