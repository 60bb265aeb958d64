import Testing
@_spi(Stages) @testable import TownhallCore

/// SPEC §2 `confidence` (0–1, 0–100% or 1–10): one rule for the main file and the check-ins.
@Suite struct ConfidenceTests {
    let header = "team,objective,kr_id,key_result,start,target,current,confidence\n"

    func report(_ rows: String, checkIns: String? = nil) throws -> CycleReport {
        try Townhall.report(from: Array((header + rows).utf8),
                            checkIns: checkIns.map { (Array(("kr_id,date,value,confidence\n" + $0).utf8), "c.csv") },
                            options: .init(sourceName: "o.csv", cycle: nil, configuration: .init()))
    }

    @Test func readableConfidenceIsAFraction() throws {
        let r = try report("A,O,K1,k1,0,10,5,0.8\nA,O,K2,k2,0,10,5,80%\nA,O,K3,k3,0,10,5,8\nA,O,K4,k4,0,10,5,10\nA,O,K5,k5,0,10,5,0\nA,O,K6,k6,0,10,5,\n")
        #expect(r.keyResults.map(\.confidence) == [0.8, 0.8, 0.8, 1.0, 0, nil])
        #expect(r.problems.isEmpty)
    }

    /// Out of range or unreadable: a row problem naming the column, and the KR keeps its score
    /// (confidence plays no part in scoring).
    @Test func badConfidenceInTheMainFileIsARowProblemThatKeepsTheScore() throws {
        let bad = ["-1", "NaN", "101%", "abc", "11", "80", "-5%"]
        let rows = bad.enumerated().map { "A,O,K\($0),k\($0),0,10,5,\($1)\n" }.joined()
        let r = try report(rows)
        #expect(r.problems.map(\.line) == Array(2..<(2 + bad.count)))
        #expect(r.problems.allSatisfy { $0.column == "confidence" })
        for (p, text) in zip(r.problems, bad) { #expect(p.message.contains("\"\(text)\"")) }
        #expect(r.keyResults.allSatisfy { $0.score == 0.5 && $0.confidence == nil && $0.outcome == .miss })
        #expect(r.counts.scored == bad.count && r.counts.unscored == 0)
    }

    @Test func checkInsAndMainFileShareTheRule() throws {
        let r = try report("A,O,K1,k1,0,10,5,11\n", checkIns: "K1,2026-07-03,2,11\nK1,2026-07-10,3,0.5\n")
        let main = r.problems.filter { $0.file == nil }, side = r.problems.filter { $0.file == "c.csv" }
        #expect(main.map(\.column) == ["confidence"] && side.map(\.column) == ["confidence"])
        #expect(side.map(\.line) == [2])
        let a = try #require(main.first), b = try #require(side.first)
        #expect(a.message.prefix(while: { $0 != ";" }) == b.message.prefix(while: { $0 != ";" }))
    }
}
