import Testing
@_spi(Stages) @testable import TownhallCore

/// Export profiles: recognition, Viva Goals' packed cells, the generic path left as it was.
@Suite struct AlignedToTests {
    @Test func titleWeightAndID() {
        #expect(AlignedTo.parse("Grow revenue(weight: 14.29%, Id: 2295704)")
                == [.init(title: "Grow revenue", weight: "14.29", id: "2295704")])
    }

    @Test func titlesWithParenthesesAndCommas() {
        let links = AlignedTo.parse("Grow (EU, UK) revenue, fast(weight: 50%, Id: 12), Be (very) safe(weight: 50%, Id: 13)")
        #expect(links.map(\.title) == ["Grow (EU, UK) revenue, fast", "Be (very) safe"])
        #expect(links.map(\.weight) == ["50", "50"])
        #expect(links.map(\.id) == ["12", "13"])
    }

    @Test func notApplicableAndEmpty() {
        #expect(AlignedTo.parse("N/A").isEmpty)
        #expect(AlignedTo.parse("").isEmpty)
        #expect(AlignedTo.parse("Grow(weight: N/A, Id: 7)") == [.init(title: "Grow", weight: "", id: "7")])
        #expect(AlignedTo.parse("Plain title") == [.init(title: "Plain title", weight: "", id: "")])
    }

    @Test func decimalWeightsWithoutPercent() {
        #expect(AlignedTo.parse("O(weight: 33.333, Id: 1)").first?.weight == "33.333")
        #expect(AlignedTo.parse("O(Weight: 0.5,Id:9)").first == .init(title: "O", weight: "0.5", id: "9"))
    }

    /// A decimal-comma export writes `weight: 50,5%`: the weight is all of it, not the part
    /// before its comma.
    @Test func decimalCommaWeightKeepsItsFraction() {
        #expect(AlignedTo.parse("Wachstum(weight: 50,5%, Id: 1)") == [.init(title: "Wachstum", weight: "50,5", id: "1")])
        #expect(AlignedTo.parse("A(weight: 14,29%, Id: 1), B(weight: 85,71%, Id: 2)").map(\.weight) == ["14,29", "85,71"])
    }
}

@Suite struct PackedCheckInTests {
    @Test func allParts() {
        let p = PackedCheckInText.parse("Checkin Date: 2025-03-10; User: Ana Ruiz; Note: on plan; Metric Name: Logos; Status: On Track; Current Value: 25%; Activity Date: 2025-03-10 09:12:00 UTC;")
        #expect(p["checkin date"] == "2025-03-10")
        #expect(p["user"] == "Ana Ruiz")
        #expect(p["note"] == "on plan")
        #expect(p["current value"] == "25%")
        #expect(p["activity date"] == "2025-03-10 09:12:00 UTC")
    }

    @Test func noteWithSemicolonsAndWordsLikeKeys() {
        let p = PackedCheckInText.parse("Checkin Date: 2025-03-10; Note: slow; the status: unclear; Current Value: 3;")
        #expect(p["note"] == "slow; the status: unclear")
        #expect(p["current value"] == "3")
        #expect(p["status"] == nil)
    }

    @Test func recognisedOnlyByItsFirstKey() {
        #expect(PackedCheckInText.looksLikeCheckIn(" checkin date: 2025-01-01;"))
        #expect(!PackedCheckInText.looksLikeCheckIn("stray text"))
    }
}

@Suite struct ProfileRecognitionTests {
    func report(_ csv: String, profile: String? = nil, organization: String = "") throws -> CycleReport {
        var config = Configuration()
        config.organization.name = organization
        return try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "x.csv", configuration: config, profile: profile))
    }

    let viva = """
        Title,Team,Owner,Period,"Aligned To (weight, Objective ID)",Target,Object Type,Goal Type,Start,Progress %,Actual Progress,Status,Score,Checkins
        Grow,Sales,Ana,Q3 2025,N/A,,Objective,,,,,,,
        Sign 10 logos,Sales,"Ana, Bo",Q3 2025,"Grow(weight: 14.29%, Id: 1)",10,Key result,Aspirational Goal,0,50,2,On Track,N/A,"Checkin Date: 2025-07-10; Current Value: 4;","Checkin Date: 2025-08-10; Current Value: 6;"
        Hold a kickoff,Sales,Ana,Q3 2025,"Grow(weight: 10%, Id: 1)",,Deliverable,,,,,,,
        """

    @Test func vivaGoalsOlderExportWithoutID() throws {
        let r = try report(viva)
        #expect(r.source.profile == "viva-goals")
        #expect(r.keyResults.count == 1)
        let kr = r.keyResults[0]
        #expect(kr.objective == "Grow" && kr.weight == 14.29 && kr.owner == "Ana" && kr.type == .aspirational)
        #expect(kr.current == 6 && kr.score == 0.6)  // the latest packed check-in, not Actual Progress
        #expect(r.counts.objectiveRows == 1 && r.counts.otherItemRows == 1 && r.counts.inputRows == 3)
        #expect(r.checkIns?.checkIns.count == 2)
        #expect(r.checkIns?.activity[0].last == Day(iso: "2025-08-10"))
    }

    @Test func genericForcedTurnsRecognitionOff() throws {
        let csv = "Team,Objective,Progress,Key result,Start,End,Actual\nP,O,90%,K,0,10,5\n"
        #expect(try report(csv).keyResults[0].score == 0.5)
        let forced = try report(csv, profile: "generic")
        #expect(forced.source.profile == "generic" && forced.source.profileForced)
        #expect(forced.keyResults[0].score == 0.9)  // the generic alias: Progress is a grade
    }

    @Test func singleTeamNamedAfterTheOrganization() throws {
        let csv = "Objective,Key Result,Start Value,Target Value,Current Value\nShip,Onboard 50,0,50,25\n"
        #expect(try report(csv).keyResults[0].team == "Team")
        let r = try report(csv, organization: "Acme")
        #expect(r.keyResults[0].team == "Acme" && r.source.profile == "single-team")
        #expect(r.warnings.contains { $0.message.contains("no team column") })
    }

    @Test func wideObjectiveInNameAndItsOwnCompletionKept() throws {
        let r = try report("Department,name,description,completion,key_result_1_title,key_result_1_completion\nPeople,Grow,Why we grow,10%,Train,0.5\n")
        #expect(r.source.profile == "wide")
        #expect(r.keyResults[0].notes == "")  // the objective's description is no reflection
        #expect(r.keyResults[0].objective == "Grow" && r.keyResults[0].team == "People" && r.keyResults[0].score == 0.5)
        #expect(r.warnings.contains { $0.message.contains("completion says 10%") })
    }

    @Test func genericProgressRepeatedPerObjectiveIsFlagged() throws {
        let same = try report("team,objective,name,progress\nS,Grow,K1,40%\nS,Grow,K2,40%\nS,Keep,K3,0.9\n")
        #expect(same.keyResults.map(\.score) == [0.4, 0.4, 0.9])  // still read as grades, but said
        #expect(same.warnings.contains { $0.message.contains("holds one value per objective") })
        let own = try report("team,objective,name,progress\nS,Grow,K1,40%\nS,Grow,K2,60%\n")
        #expect(!own.warnings.contains { $0.message.contains("holds one value per objective") })
        let graded = try report("team,objective,key_result,score\nS,Grow,K1,0.4\nS,Grow,K2,0.4\n")
        #expect(!graded.warnings.contains { $0.message.contains("holds one value per objective") })
    }

    @Test func genericFileIsReadAsBefore() throws {
        let r = try report("team,objective,key_result,target,current\nA,O,K,10,5\n")
        #expect(r.source.profile == "generic" && !r.source.isToolProfile && r.keyResults[0].score == 0.5)
    }

    @Test func missingColumnSuggestsTheConfigLine() {
        #expect(throws: InputError.self) { try report("Team,Objective,KR Name\nA,O,K\n") }
        do { _ = try report("Team,Objective,KR Name\nA,O,K\n") } catch let e as InputError {
            #expect(e.message.hasSuffix("\"KR Name\" looks like key_result: add [columns] \"KR Name\" = \"key_result\" to your config"))
        } catch { Issue.record("\(error)") }
    }

    @Test func statedProgressRoundingIsTheWrittenDigits() {
        let n = NumberParser(decimalComma: false)
        let pct = StatedProgress.fraction("45%", n)!
        #expect(abs(pct.value - 0.45) < 1e-12 && abs(pct.rounding - 0.005) < 1e-12)
        #expect(abs(StatedProgress.fraction("0.333", n)!.rounding - 0.0005) < 1e-12)
    }
}

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreEscaped() {
        #expect(TerminalText.escape("a\u{1B}[31mb\nc\u{202E}") == "a\\e[31mb\\u{A}c\\u{202E}")
        #expect(TerminalText.escape("Zoë – ok") == "Zoë – ok")
    }
}
