import Testing
@_spi(Stages) @testable import TownhallCore

/// Exports of tools townhall has no profile for, read through the general rules: their header
/// words, their "stopped" statuses, objective rows beside key-result rows, and quarter names
/// written the other way round.
@Suite struct OtherToolsTests {
    func report(_ csv: String, cycle: String? = nil) throws -> CycleReport {
        try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "x.csv", cycle: cycle))
    }

    @Test func latticeAmountsAndOwnersAreTheMetricAndTheOwner() throws {
        let h = try HeaderMap(header: ["Department", "Objective", "Name", "Owners", "Starting Amount",
                                       "Ending Amount", "Current Amount"])
        #expect(h.index[.start] == 4 && h.index[.target] == 5 && h.index[.current] == 6)
        #expect(h.index[.krOwner] == 3 && h.index[.keyResult] == 2 && h.index[.team] == 0)
    }

    @Test func metricValueColumnsAreTheMetric() throws {
        let h = try HeaderMap(header: ["Team", "Objective Title", "Key Result Title", "Owner_Email_ID",
                                       "Metric_Start_Value", "Metric_Target_Value", "Metric_Current_Value"])
        #expect(h.index[.start] == 4 && h.index[.target] == 5 && h.index[.current] == 6)
        #expect(h.index[.krOwner] == 3)
    }

    @Test(arguments: ["Dropped", "cancelled", "CANCELED", "deferred"])
    func theSpecsStatusWordsTakeAKeyResultOutOfScoring(_ status: String) throws {
        let r = try report("team,objective,key_result,start,target,current,status\nEng,Ship,KR,0,10,0,\(status)\n")
        #expect(r.keyResults[0].outcome == .dropped && r.keyResults[0].score == nil)
        #expect(r.counts.dropped == 1)
    }

    /// Only SPEC §2's words drop a KR: another tool's word for stopping it scores as written.
    @Test(arguments: ["Closed", "Done", "On track", "Abandoned", "archived", "Postponed", "Dropped soon"])
    func otherStatusesStillScore(_ status: String) throws {
        let r = try report("team,objective,key_result,start,target,current,status\nEng,Ship,KR,0,10,5,\(status)\n")
        #expect(r.keyResults[0].score == 0.5)
    }

    @Test func objectiveRowsOfATypedTableAreCountedNotScored() throws {
        let r = try report("""
            team,objective,key_result,OKR Type,start,target,current
            Sales,Grow,,objective,,,
            Sales,Grow,Reach 400 workspaces,key_result,0,400,200
            Sales,Grow,Raise conversion,Key Result,0,10,10
            Sales,Grow,Stretch deal,aspirational,0,10,5
            """)
        #expect(r.keyResults.map(\.title) == ["Reach 400 workspaces", "Raise conversion", "Stretch deal"])
        #expect(r.counts.objectiveRows == 1 && r.counts.inputRows == 4 && r.counts.rejectedRows == 0)
        #expect(r.keyResults.map(\.type) == [.committed, .committed, .aspirational])
        let found = Set(r.checks.map { "\($0.id):\($0.subject)" })
        #expect(!found.contains { $0.hasPrefix("unknown-type") })
        #expect(found.contains { $0.hasPrefix("missing-type") && $0.contains("Reach 400") })
    }

    @Test func anObjectiveWordInATitleIsNotAnObjectiveRow() throws {
        let r = try report("team,objective,key_result,type\nEng,Ship,Objective,committed\n")
        #expect(r.keyResults.count == 1 && r.counts.objectiveRows == 0)
    }

    @Test(arguments: ["Q3 2026", "2026 Q3", "q3-2026", "2026Q3", "2026/Q3", "Q3_2026", "2026-q3"])
    func aQuarterWrittenEitherWayIsTheSameCycle(_ written: String) throws {
        #expect(CycleSelection.key(written) == "2026-q3")
        let r = try report("cycle,team,objective,key_result,current,target\n\(written),Eng,Ship,KR,5,10\n2026-Q2,Eng,Ship,Old,1,1\n",
                           cycle: "2026-Q3")
        #expect(r.keyResults.map(\.title) == ["KR"] && r.counts.otherCycleRows == 1)
        #expect(r.cycle == written)  // named as the file writes it
    }

    @Test func halvesMatchTooButOtherNamesOnlyIgnoreCase() {
        #expect(CycleSelection.key("H1 2026") == CycleSelection.key("2026-H1"))
        #expect(CycleSelection.key("FY2026") != CycleSelection.key("2026"))
        #expect(CycleSelection.key("Q5 2026") == "q5 2026")
        #expect(CycleSelection.key("Sales Q3 2026") == "sales q3 2026")
        #expect(CycleSelection.key(" Spring Push ") == "spring push")
    }

    @Test func oneQuarterWrittenTwoWaysInOneFileIsOneCycle() throws {
        let r = try report("cycle,team,objective,key_result,current,target\nQ3 2026,Eng,Ship,A,5,10\n2026-Q3,Eng,Ship,B,5,10\n")
        #expect(r.keyResults.count == 2 && r.counts.otherCycleRows == 0)
    }
}

/// Hostile files that read wrongly rather than failing: each is read as its visible text says.
@Suite struct StrayByteOrderMarkTests {
    func report(_ bytes: [UInt8]) throws -> CycleReport {
        try Townhall.report(from: bytes, options: .init(sourceName: "x.csv"))
    }

    @Test func aSecondBOMBeforeTheHeaderStillLeavesATeamColumn() throws {
        let r = try report([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("team,objective,key_result\nEng,Ship,KR\n".utf8))
        #expect(r.source.profile == "generic")
        #expect(r.keyResults[0].team == "Eng")
    }

    @Test func aBOMAtACellsEdgeIsNotPartOfTheName() throws {
        let r = try report(Array("team,objective,key_result\n\u{FEFF}Eng,Ship,KR\nEng,Ship,\u{FEFF}Users\u{FEFF}\n".utf8))
        #expect(r.keyResults.map(\.team) == ["Eng", "Eng"] && r.counts.teams == 1)
        #expect(r.keyResults[1].title == "Users")
        #expect("a\u{FEFF}b".trimmed == "a\u{FEFF}b")  // inside a text it is kept
    }
}
