import Testing
@_spi(Stages) @testable import TownhallCore

/// The core's row problems, rejected rows and run warnings are worded by key: their English
/// `message` is the text scripts have always read (stderr, JSON, lint), and the deck and workbook
/// ask `message(in:)` for the report's language.
@Suite struct PhraseTests {
    let okrs = """
        cycle,team,parent_team,objective,kr_id,key_result,type,measure,start,target,current,weight,score,confidence
        2026-Q3,A,B,O,K1,bad grade,committed,,0,10,5,,abc,
        2026-Q3,A,B,O,K2,bad start,committed,,x,10,5,,,
        2026-Q3,A,B,O,K3,decrease without start,committed,decrease,,10,5,,,
        2026-Q3,A,B,O,K4,target equals start,committed,,2.5,2.5,5,,,
        2026-Q3,A,B,O,K5,wrong way up,committed,increase,10,5,7,,,
        2026-Q3,A,B,O,K6,wrong way down,committed,decrease,5,10,7,,,
        2026-Q3,A,B,O,K7,text target,committed,,0,lots,5,,,
        2026-Q3,B,A,P,K8,text current,committed,,0,10,some,,,
        2026-Q3,B,A,P,K9,nothing,committed,,,,,,,
        2026-Q3,B,A,P,K10,bad weight,committed,,0,10,5,-1,,
        2026-Q3,B,A,P,K11,confidence out of ten,committed,,0,10,5,,,50
        2026-Q3,B,A,P,K12,confidence too big,committed,,0,10,5,,,150
        2026-Q3,B,A,P,K13,no start,committed,,,10,5,,,
        2026-Q3,,,P,K14,no team,committed,,0,10,5,,,
        2026-Q3,B,A,P,K15,too wide,committed,,0,10,5,,,,extra
        """
    let checkIns = """
        kr_id,date,value,confidence
        K1,2026-07-03,20,0.9
        ,2026-07-03,20,
        K99,2026-07-03,20,
        K1,tomorrow,20,
        K1,2026-07-04,,
        K1,2026-07-05,lots,
        K1,2026-07-06,2,eleven
        K1,2026-10-05,2,
        K1,2026-07-07,2,,,oops
        """

    func report() throws -> CycleReport {
        try Townhall.report(from: Array(okrs.utf8), checkIns: (Array(checkIns.utf8), "c.csv"),
                            options: .init(sourceName: "o.csv"))
    }

    /// Every message as townhall wrote it before the messages had keys, byte for byte.
    @Test func englishIsTheMessageScriptsHaveAlwaysRead() throws {
        let r = try report()
        let problems = r.problems.filter { $0.file == nil }.map(\.message)
        #expect(problems == [
            "score \"abc\" is not a fraction 0–1 or a percentage 0–100",
            "start \"x\" is not a number",
            "a decreasing key result needs a start value",
            "target equals start (2.5): progress undefined",
            "target 5 runs the wrong way for an increase from 10",
            "target 10 runs the wrong way for a decrease from 5",
            "target \"lots\" is not a number",
            "current \"some\" is not a number or a yes/no word",
            "nothing to score it by: no score and no target",
            "weight \"-1\" is not a number ≥ 0",
            "confidence \"50\" is not 0–1, 0–100% or 1–10 (a percentage needs its %: 50%); left out (the score does not depend on it)",
            "confidence \"150\" is not 0–1, 0–100% or 1–10; left out (the score does not depend on it)",
        ])
        #expect(r.rejected.map(\.reason) == ["missing team", "row has 15 fields but the header has 14"])
        let checkInProblems = try #require(r.checkIns).problems.map(\.message)
        #expect(checkInProblems == [
            "check-in without a kr_id; not used",
            "no key result has kr_id \"K99\"; not used",
            "date \"tomorrow\" is not an ISO 8601 date (YYYY-MM-DD); not used",
            "check-in without a value; not used",
            "value \"lots\" is not a number or a yes/no word; not used",
            "confidence \"eleven\" is not 0–1, 0–100% or 1–10; not used",
            "date 2026-10-05 is outside the cycle (2026-07-01 to 2026-09-30, from the cycle name); not used",
            "check-in has 6 fields but the header has 4; not used",
        ])
        let warnings = r.warnings.map(\.message)
        #expect(warnings.contains("team \"A\" is its own ancestor through parent_team; shown at the top of the tree"))
        #expect(warnings.contains("1 key result without a start: progress counted from 0 (see the missing-start check)"))
        // Every one has its key, so every output can word it.
        #expect(r.problems.allSatisfy { $0.phrase != nil } && r.rejected.allSatisfy { $0.phrase != nil })
        #expect(r.warnings.allSatisfy { $0.phrase != nil })
        #expect(try #require(r.checkIns).problems.allSatisfy { $0.phrase != nil })
        // And `message(in: English)` is the message itself.
        #expect(r.problems.filter { $0.file == nil }.map { $0.message(in: .english) } == problems)
    }

    @Test func theRunWarningsKeepTheirEnglish() {
        let outside = CheckInAnalysis.allOutside(outside: 1, dated: 1, dates: CycleDates(cycleName: "2026-Q3")!, file: "c.csv")
        #expect(outside?.message == "the only check-in falls outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?")
        let all = CheckInAnalysis.allOutside(outside: 1234, dated: 1234, dates: CycleDates(cycleName: "2026-Q3")!, file: "c.csv")
        #expect(all?.message == "all 1,234 check-ins fall outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?")
        let many = (0..<1012).map { RunWarning(message: "w\($0)") }
        #expect(Listing.warnings(many).last?.message == "… and 1,002 more warnings")
        let one = RunWarning(Phrase("warning.startDefaulted", ["n": .integer(1), "check": .text("missing-start")]))
        #expect(one.message == "1 key result without a start: progress counted from 0 (see the missing-start check)")
        // Counts of fields and key results are written as they always were, without grouping.
        let wide = RejectedRow(line: 2, Phrase("rejected.fieldCount", ["fields": .integer(1200), "width": .integer(1199)]), fields: [])
        #expect(wide.reason == "row has 1200 fields but the header has 1199")
    }

    @Test func germanWordsTheProblemAndLeavesTheInputAlone() throws {
        let r = try report()
        let de = Wording(.german)
        let grade = r.problems[0]
        #expect(grade.message(in: de) == "Score „abc“ ist weder ein Anteil von 0 bis 1 noch ein Prozentwert von 0 bis 100")
        #expect(r.problems[3].message(in: de) == "Zielwert gleich Startwert (2,5): Fortschritt nicht berechenbar")
        #expect(r.problems[10].message(in: de).hasSuffix("; weggelassen (der Score hängt nicht davon ab)"))
        #expect(r.rejected[0].reason(in: de) == "kein Eintrag in team")
        let c = try #require(r.checkIns)
        #expect(c.problems[1].message(in: de) == "kein Key Result hat die kr_id „K99“; nicht verwendet")
        // A column townhall names is worded; a header of the input is not.
        let wide = try #require(c.problems.first { $0.columnIsFixed })
        #expect(wide.column(in: de) == "Zeile" && wide.column(in: .english) == "row")
        #expect(!grade.columnIsFixed && grade.column(in: de) == "score")
        let nothing = r.problems[8]
        #expect(nothing.columnIsFixed == false)  // the target column exists: its header is shown
        let fr = Wording(.french), ja = Wording(.japanese), es = Wording(.spanish)
        for words in [de, fr, ja, es] {
            for p in r.problems + c.problems { #expect(p.message(in: words) != p.message, "\(words.language.code): \(p.message)") }
            for w in r.warnings where w.phrase != nil { #expect(w.message(in: words) != w.message) }
        }
    }

    @Test func thePseudoLocaleMarksEveryMessage() throws {
        let r = try report()
        let qps = Wording(.pseudo)
        for p in r.problems + (r.checkIns?.problems ?? []) {
            let m = p.message(in: qps)
            #expect(m.hasPrefix("⟦") && m.hasSuffix("⟧"), "\(m)")
        }
        for w in r.warnings { #expect(w.message(in: qps).hasPrefix("⟦")) }
        for x in r.rejected { #expect(x.reason(in: qps).hasPrefix("⟦")) }
        // The input inside stays as it is.
        #expect(r.problems[0].message(in: qps).contains("\"abc\""))
    }

    @Test func aColumnTheInputLacksIsNamedByItsField() throws {
        let r = try Townhall.report(from: Array("team,objective,key_result,current\nA,O,k,5\n".utf8),
                                    options: .init(sourceName: "o.csv"))
        let p = try #require(r.problems.first)
        #expect(p.message == "nothing to score it by: no score and no target")
        #expect(p.columnIsFixed && p.column == "target" && p.column(in: Wording(.german)) == "Zielwert")
    }
}
