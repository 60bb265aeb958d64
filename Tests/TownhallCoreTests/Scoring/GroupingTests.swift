import Testing
@_spi(Stages) @testable import TownhallCore

/// SPEC §3 grouping: objectives per team, deterministic ids, never a silent merge.
@Suite struct GroupingTests {
    func kr(_ team: String, _ objective: String, _ title: String, line: Int, objectiveID: String = "", id: String = "",
            score: Double? = 0.5) -> KeyResult {
        KeyResult(id: id, objectiveID: objectiveID, team: team, objective: objective, title: title, line: line, score: score)
    }

    @Test func anObjectiveIDWrittenByTwoTeamsGivesTwoObjectivesAndAWarning() {
        let g = Grouping(keyResults: [
            kr("Sales", "Grow", "k1", line: 2, objectiveID: "O-1"),
            kr("Eng", "Ship", "k2", line: 3, objectiveID: "O-1"),
            kr("Sales", "Grow", "k3", line: 4, objectiveID: "O-1"),
            kr("Eng", "Ship", "k4", line: 5, objectiveID: "O-1"),
        ], file: "okrs.csv")
        #expect(g.objectives.map(\.team) == ["Sales", "Eng"])
        #expect(g.objectives.map(\.id) == ["O-1", "eng.O-1"])
        #expect(g.objectives.map(\.keyResults) == [[0, 2], [1, 3]])
        #expect(g.teams.map(\.objectives) == [[0], [1]])
        #expect(g.keyResults.map(\.objectiveID) == ["O-1", "eng.O-1", "O-1", "eng.O-1"])
        #expect(g.keyResults.map(\.id) == ["O-1.k1", "eng.O-1.k2", "O-1.k3", "eng.O-1.k4"])
        #expect(g.warnings.count == 1)
        let w = g.warnings[0]
        #expect(w.location == SourceLocation(file: "okrs.csv", line: 3, column: "objective_id"))
        #expect(w.message.contains("\"O-1\"") && w.message.contains("\"Sales\"") && w.message.contains("\"Eng\""))
        #expect(w.message.contains("\"eng.O-1\""))
    }

    @Test func aRenamedObjectiveIDNeverTakesAnIDTheFileWrites() {
        // Every id written, so nothing is reserved up front: the rename must still see `eng.O-1`.
        let g = Grouping(keyResults: [
            kr("Sales", "Grow", "k1", line: 2, objectiveID: "O-1", id: "a"),
            kr("Eng", "Ship", "k2", line: 3, objectiveID: "O-1", id: "b"),
            kr("Eng", "Run", "k3", line: 4, objectiveID: "eng.O-1", id: "c"),
        ])
        #expect(g.objectives.map(\.id) == ["O-1", "eng.O-1-2", "eng.O-1"])
        #expect(Set(g.objectives.map(\.id)).count == 3)
    }

    @Test func aThirdTeamOnTheSameIDGetsItsOwnObjectiveToo() {
        let g = Grouping(keyResults: [
            kr("A", "x", "k1", line: 2, objectiveID: "O"), kr("B", "y", "k2", line: 3, objectiveID: "O"),
            kr("C", "z", "k3", line: 4, objectiveID: "O"), kr("B", "y", "k4", line: 5, objectiveID: "O"),
        ])
        #expect(g.objectives.map(\.id) == ["O", "b.O", "c.O"])
        #expect(g.objectives.map(\.keyResults) == [[0], [1, 3], [2]])
        #expect(g.warnings.count == 2)
    }

    @Test func oneTeamReusingItsIDIsOneObjectiveWithoutWarning() {
        let g = Grouping(keyResults: [kr("A", "x", "k1", line: 2, objectiveID: "O"), kr("A", "x", "k2", line: 3, objectiveID: "O")])
        #expect(g.objectives.count == 1)
        #expect(g.warnings.isEmpty)
    }

    @Test func repeatedTitlesGetSuffixesInOrder() {
        let g = Grouping(keyResults: (0..<5).map { kr("A", "O", "Same", line: $0 + 2) })
        #expect(g.keyResults.map(\.id) == ["a.o.same", "a.o.same-2", "a.o.same-3", "a.o.same-4", "a.o.same-5"])
        #expect(g.objectives.map(\.id) == ["a.o"])
    }

    @Test func derivedIDsSkipWrittenOnesAndEachOther() {
        let g = Grouping(keyResults: [
            kr("A", "O", "K", line: 2), kr("A", "O", "K", line: 3, id: "a.o.k-3"), kr("A", "O", "K", line: 4),
            kr("A", "O", "K 2", line: 5), kr("A", "O", "K", line: 6),
        ])
        #expect(g.keyResults.map(\.id) == ["a.o.k", "a.o.k-3", "a.o.k-2", "a.o.k-2-2", "a.o.k-4"])
    }

    /// The search every derived id was made with before: `base`, then `base-2`, `base-3`… from the start.
    static func searchedFromTheStart(_ bases: [String], reserved: [String]) -> [String] {
        var used = Set(reserved)
        return bases.map { base in
            var candidate = base, n = 1
            while used.contains(candidate) { n += 1; candidate = "\(base)-\(n)" }
            used.insert(candidate)
            return candidate
        }
    }

    @Test(arguments: 1...40)
    func resumingTheSuffixSearchGivesTheSameIDsAsSearchingFromTheStart(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        // Few distinct pieces, so bases repeat and collide with each other's suffixed forms.
        let pieces = ["k", "k-2", "k-3", "k-2-2", "x", "x-1", "k-10"]
        let bases = (0..<60).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }
        let reserved = (0..<4).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] + (rng.next() % 2 == 0 ? "" : "-2") }
        var ids = UniqueIDs()
        for r in reserved { ids.reserve(r) }
        let got = bases.map { ids.claim($0) }
        #expect(got == Self.searchedFromTheStart(bases, reserved: reserved))
        #expect(Set(got).count == got.count)
    }

    @Test func twentyThousandEqualTitlesAreLinear() {
        // Searching from the start each time would try 2·10^8 candidates; resuming tries 2·10^4.
        let g = Grouping(keyResults: (0..<20_000).map { kr("A", "O", "Same", line: $0 + 2) })
        #expect(g.keyResults.last?.id == "a.o.same-20000")
        #expect(Set(g.keyResults.map(\.id)).count == 20_000)
    }
}

/// A small deterministic generator for the property tests.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
