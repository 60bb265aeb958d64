import Testing
@_spi(Stages) @testable import TownhallCore

/// The exports people actually have: tool vocabularies and Culture Amp's wide layout.
@Suite struct ExportLayoutTests {
    func report(_ csv: String) throws -> CycleReport {
        try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "x.csv"))
    }

    @Test func burningOKRExportIsScoredFromStartEndActualNotProgress() throws {
        let r = try report("""
            Team,Objective,Progress,Key result,Description,Start,End,Actual,Unit
            Platform,Be reliable,90%,Cut incidents from 40 to 10,Halved since June,40,10,25,incidents
            """)
        let kr = r.keyResults[0]
        #expect(r.source.profile == "burningokr")
        #expect(kr.title == "Cut incidents from 40 to 10")
        #expect(kr.notes == "")  // a description is not a reflection
        #expect(kr.score == 0.5 && kr.rule == .linear)
        #expect(kr.target == 10 && kr.current == 25)
        #expect(r.warnings.contains { $0.message.contains("Progress says 90%, townhall scores it 0.50") })
    }

    @Test func betterworksStyleExport() throws {
        let r = try report("team,objective,name,progress,owner_email\nSales,Grow,Sign 10 logos,0.8,a@x.com\n")
        #expect(r.keyResults[0].title == "Sign 10 logos")
        #expect(r.keyResults[0].score == 0.8)
        #expect(r.keyResults[0].owner == "a@x.com")
    }

    @Test func weakAliasesGiveWayToSpecificColumns() throws {
        let h = try HeaderMap(header: ["Team", "Objective", "Name", "Key Result", "Progress", "Score"])
        #expect(h.index[.keyResult] == 3)
        #expect(h.index[.score] == 5)
        #expect(h.fields[2] == nil && h.fields[4] == nil)
    }

    @Test func cultureAmpWideLayoutUnfoldsOneKRPerGroup() throws {
        let r = try report("""
            team,objective,owner,key_result_1_title,key_result_1_completion,key_result_2_title,key_result_2_completion,key_result_3_title,key_result_3_completion
            People,Grow leaders,Ana,Train 20 managers,100%,Launch mentoring,40%,,
            People,Hire well,Ana,,,,,,
            Sales,Win EMEA,Bo,Sign 5 logos,0.6,,,,
            """)
        #expect(r.keyResults.map(\.title) == ["Train 20 managers", "Launch mentoring", "Sign 5 logos"])
        #expect(r.keyResults.map(\.score) == [1, 0.4, 0.6])
        #expect(r.keyResults.map(\.line) == [2, 2, 4])
        #expect(r.keyResults[0].owner == "Ana")
        #expect(r.rejected.map(\.line) == [3])
        #expect(r.counts.inputRows == r.counts.keyResults + r.counts.rejectedRows)
    }

    @Test func groupColumnParsing() {
        #expect(WideLayout.parse("keyresult12completion")! == (12, .score))
        #expect(WideLayout.parse("kr2title")! == (2, .keyResult))
        #expect(WideLayout.parse("keyresulttitle") == nil)
        #expect(WideLayout.parse("keyresult1colour") == nil)
    }

    /// Two columns for one slot of a group (the same name spelled twice, or two suffixes that both
    /// mean the title) are ambiguous, as two columns for one field are in the long layout.
    @Test(arguments: ["Key Result 1 Title", "key_result_-1_title", "key_result_1_name"])
    func wideLayoutWithTwoColumnsForOneSlotIsAmbiguous(_ second: String) throws {
        let csv = "team,objective,key_result_1_title,\(second),key_result_1_completion\nA,O,K,K,50%\n"
        let error = try #require(throws: InputError.self) { try report(csv) }
        #expect(error.message.contains("ambiguous header"))
        #expect(error.message.contains("\"key_result_1_title\"") && error.message.contains("\"\(second)\""))
        #expect(error.location.line == 1 && error.location.file == "x.csv")
    }
}
