import Testing
@_spi(Stages) @testable import TownhallCore

/// The whole core pipeline on small exports: grouping, roll-ups, counts, rejected rows.
@Suite struct PipelineTests {
    func report(_ csv: String, cycle: String? = nil, config: Configuration = .init()) throws -> CycleReport {
        try Townhall.report(from: Array(csv.utf8),
                            options: ReportOptions(sourceName: "t.csv", cycle: cycle, configuration: config))
    }

    let header = "team,parent_team,objective,key_result,type,start,target,current,weight,score,status,notes\n"

    @Test func objectiveScoreIsTheWeightedMeanOfScoredKRs() throws {
        let r = try report(header + """
            A,,O,k1,committed,0,10,10,3,,,
            A,,O,k2,committed,0,10,0,1,,,
            A,,O,k3,committed,,,,,,dropped,
            """)
        #expect(r.objectives.count == 1)
        #expect(r.objectives[0].score == 0.75)
        #expect(r.objectives[0].keyResults.count == 3)
    }

    @Test func hugeWeightsDoNotOverflowTheMean() throws {
        let r = try report(header + "A,,O,k1,c,0,10,10,1e308,,,\nA,,O,k2,c,0,10,5,1e308,,,\nA,,O,k3,c,0,10,0,0,,,\n")
        #expect(r.objectives[0].score == 0.75)
    }

    @Test func allZeroWeightsFallBackToThePlainMean() throws {
        let r = try report(header + "A,,O,k1,c,0,10,10,0,,,\nA,,O,k2,c,0,10,5,0,,,\n")
        #expect(r.objectives[0].score == 0.75)
    }

    @Test func negativeOrTextWeightIsAProblem() throws {
        let r = try report(header + "A,,O,k1,c,0,10,10,-1,,,\nA,,O,k2,c,0,10,5,heavy,,,\n")
        #expect(r.problems.map(\.column) == ["weight", "weight"])
        #expect(r.keyResults.allSatisfy { $0.outcome == .unscored })
        #expect(r.objectives[0].score == nil)
    }

    @Test func objectiveWithNoScoredKRIsUnscored() throws {
        let r = try report(header + "A,,O,k1,c,,,,,,dropped,\nA,,P,k2,c,0,10,5,,,,\n")
        #expect(r.objectives[0].score == nil)
        #expect(r.headline.overallScore == 0.5)
    }

    @Test func objectiveTypeIsMixedWhenKRsDiffer() throws {
        let r = try report(header + "A,,O,k1,committed,0,1,1,,,,\nA,,O,k2,aspirational,0,1,1,,,,\nA,,P,k3,stretch,0,1,1,,,,\n")
        #expect(r.objectives.map(\.type) == [.mixed, .aspirational])
    }

    @Test func teamScoreIsTheMeanOfItsObjectivesAndRollUpCoversTheSubtree() throws {
        let r = try report(header + """
            Org,,O1,k1,c,0,10,10,,,,
            Eng,Org,O2,k2,c,0,10,5,,,,
            Eng,Org,O3,k3,c,0,10,0,,,,
            Web,Eng,O4,k4,c,0,10,10,,,,
            """)
        #expect(r.teams.map(\.name) == ["Org", "Eng", "Web"])
        #expect(r.teams.map(\.depth) == [0, 1, 2])
        let eng = r.teams[1]
        #expect(eng.score == 0.25)
        #expect(eng.rollupScore == 0.5)                 // (0.5 + 0 + 1) / 3
        #expect(r.teams[0].rollupScore == 0.625)        // (1 + 0.5 + 0 + 1) / 4
        #expect(r.teams[0].subtreeKeyResults == 4)
        #expect(r.headline.overallScore == 0.625)
    }

    @Test func parentsNamedOnlyInParentTeamBecomeNodes() throws {
        let r = try report(header + "Eng,Company,O,k1,c,0,1,1,,,,\nEng,Company,O,k2,c,0,1,1,,,,\n")
        #expect(r.teams.map(\.name) == ["Company", "Eng"])
        #expect(r.teams[0].ownsOKRs == false)
        #expect(r.teams[0].rollupScore == 1)
        #expect(r.counts.teams == 1)
        #expect(r.checks.contains { $0.id == "team-objective-count" && $0.subject == "Company" })
    }

    @Test func parentLoopsAreBrokenWithAWarning() throws {
        let r = try report(header + "A,B,O,k1,c,0,1,1,,,,\nB,A,P,k2,c,0,1,1,,,,\n")
        #expect(r.teams.count == 2)
        #expect(!r.warnings.isEmpty)
    }

    @Test func committedAttainmentAndAspirationalMean() throws {
        let r = try report(header + """
            A,,O,k1,committed,0,10,10,,,,
            A,,O,k2,committed,0,10,9,,,,
            A,,O,k3,committed,,,,,,,
            A,,P,k4,aspirational,0,10,7,,,,
            A,,P,k5,aspirational,,,,,0.5,,
            A,,P,k6,aspirational,,,,,,cancelled,
            """)
        let h = r.headline
        #expect(h.committed.keyResults == 3)
        #expect(h.committed.scored == 2)
        #expect(h.committed.met == 1)
        #expect(h.committed.attainment == 0.5)
        #expect(h.aspirational.keyResults == 3)
        #expect(h.aspirational.scored == 2)
        #expect(abs(h.aspirational.meanScore! - 0.6) < 1e-12)
        #expect(h.wins == 2 && h.misses == 1 && h.progress == 1)
        #expect(r.counts.scored == 4 && r.counts.unscored == 1 && r.counts.dropped == 1)
    }

    @Test func typeWordsAndUnknownTypesCountAsCommitted() throws {
        let r = try report(header + "A,,O,k1,,0,1,1,,,,\nA,,O,k2,moonshot,0,1,1,,,,\nA,,O,k3,maybe,0,1,1,,,,\nA,,O,k4,A,0,1,1,,,,\n")
        #expect(r.keyResults.map(\.type) == [.committed, .aspirational, .committed, .aspirational])
        #expect(r.checks.filter { $0.id == "missing-type" }.map(\.lines) == [[2]])
        #expect(r.checks.filter { $0.id == "unknown-type" }.map(\.lines) == [[4]])
    }

    @Test func raggedRowsAreRejectedWithTheirLine() throws {
        let r = try report(header + "A,,O,k1,c,0,1,1,,,,\nA,,O,k2,c,0,1,1,,,,,,extra\nA,,O,k3,c,0,1,1,,,,,,\n")
        #expect(r.rejected.map(\.line) == [3])
        #expect(r.rejected[0].reason.contains("14 fields"))
        #expect(r.keyResults.map(\.line) == [2, 4])        // trailing empty fields are ignored
    }

    @Test func rowsWithoutTeamObjectiveOrTitleAreRejected() throws {
        let r = try report(header + ",,O,k1,c,0,1,1,,,,\nA,,,,c,0,1,1,,,,\nA,,O,k3,c,0,1,1,,,,\n")
        #expect(r.rejected.map(\.line) == [2, 3])
        #expect(r.rejected[1].reason == "missing objective, key_result")
        #expect(r.counts.inputRows == 3)
        #expect(r.counts.inputRows == r.counts.keyResults + r.counts.rejectedRows + r.counts.otherCycleRows)
    }

    @Test func blankLinesAreNotRowsAndLinesArePhysical() throws {
        let r = try report(header + "\nA,,O,\"two\nlines\",c,0,1,1,,,,\n\n,,,,,,,,,,,\nA,,O,k2,c,0,1,1,,,,\n")
        #expect(r.counts.inputRows == 2)
        #expect(r.keyResults.map(\.line) == [3, 7])
    }

    @Test func severalCyclesNeedACycleOption() throws {
        let csv = "cycle," + header + "2026-Q2,A,,O,k1,c,0,1,1,,,,\n2026-Q3,A,,O,k2,c,0,1,0,,,,\n,A,,O,k3,c,0,1,1,,,,\n"
        #expect(throws: InputError.self) { try report(csv) }
        let r = try report(csv, cycle: "2026-q3")
        #expect(r.cycle == "2026-Q3")
        #expect(r.slug == "2026-q3")
        #expect(r.keyResults.map(\.line) == [3, 4])      // rows without a cycle belong to every cycle
        #expect(r.counts.otherCycleRows == 1)
    }

    @Test func unknownCycleIsAnErrorNamingTheFilesCycles() throws {
        let csv = "cycle," + header + "2026-Q2,A,,O,k1,c,0,1,1,,,,\n2026-Q3,A,,O,k2,c,0,1,1,,,,\n,A,,O,k3,c,0,1,1,,,,\n"
        do {
            _ = try report(csv, cycle: "Q3")
            Issue.record("a cycle the file does not hold gave a report")
        } catch let e as InputError {
            #expect(e.message == "no rows for cycle \"Q3\"; the file holds 2026-Q2, 2026-Q3")
        }
        // Without a cycle column, --cycle names the cycle.
        #expect(try report(header + "A,,O,k1,c,0,1,1,,,,\n", cycle: "Q3").counts.keyResults == 1)
    }

    @Test func derivedIDsAreDeterministicAndUnique() throws {
        let r = try report(header + "Eng Team,,Ship it!,Cut p95,c,0,1,1,,,,\nEng Team,,Ship it!,Cut p95,c,0,1,1,,,,\n")
        #expect(r.objectives.map(\.id) == ["eng-team.ship-it"])
        #expect(r.keyResults.map(\.id) == ["eng-team.ship-it.cut-p95", "eng-team.ship-it.cut-p95-2"])
    }

    @Test func objectivesGroupByIDBeforeTitle() throws {
        let csv = "team,objective_id,objective,key_result,kr_id,target,current\n"
            + "A,O1,Grow,k1,K1,1,1\nA,O1,Grow (renamed),k2,,1,1\nA,,Grow,k3,,1,1\n"
        let r = try report(csv)
        #expect(r.objectives.map(\.id) == ["O1", "a.grow"])
        #expect(r.keyResults.map(\.id) == ["K1", "O1.k2", "a.grow.k3"])
    }

    @Test func emptyFileAndHeaderOnly() throws {
        #expect(throws: InputError.self) { try report("") }
        #expect(throws: InputError.self) { try report("\n\n") }
        let r = try report(header)
        #expect(r.counts.keyResults == 0)
        #expect(r.headline.overallScore == nil)
    }

    @Test func outcomesAndBandsOnKRs() throws {
        let r = try report(header + "A,,O,k1,committed,0,10,10,,,,\nA,,O,k2,aspirational,0,10,5,,,,\nA,,O,k3,aspirational,0,10,2,,,,\n")
        #expect(r.keyResults.map(\.outcome) == [.win, .progress, .miss])
        #expect(r.keyResults.map(\.band) == [.green, .yellow, .red])
        #expect(r.headline.bands == [.green: 1, .yellow: 1, .red: 1])
    }

    @Test func carryForwardHoldsCommittedMissesAndUnreachedAspirations() throws {
        let r = try report(header + "A,,O,k1,committed,0,10,10,,,,\nA,,O,k2,committed,0,10,5,,,,\nA,,O,k3,aspirational,0,10,8,,,,\nA,,O,k4,aspirational,0,10,10,,,,\n")
        #expect(r.carryForward.map(\.title) == ["k2", "k3"])
        #expect(r.misses.map(\.title) == ["k2"])
        #expect(r.wins.map(\.title) == ["k1", "k4", "k3"])
    }
}
