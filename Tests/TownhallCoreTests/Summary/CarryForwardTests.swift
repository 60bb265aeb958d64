import Testing
@_spi(Stages) @testable import TownhallCore

/// The carry-forward file: where each carried KR starts next cycle, and text that a spreadsheet
/// would run as a formula made inert, exactly undone when townhall reads the file back.
@Suite struct CarryForwardTests {
    func report(_ csv: String, name: String = "t.csv") throws -> CycleReport {
        try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: name))
    }

    /// The carry-forward of `csv`, read back as next cycle's export.
    func roundTrip(_ csv: String) throws -> (CycleReport, String, CycleReport) {
        let first = try report(csv)
        let carried = CarryForward.csv(first)
        return (first, carried, try report(carried, name: "carry.csv"))
    }

    /// A grade is this cycle's verdict, not next cycle's: it is not carried (a carried `score` of 0
    /// would override whatever progress the next cycle makes).
    @Test func aGradedKRIsCarriedWithoutItsGradeAndStartsWhereItEnded() throws {
        let (_, _, next) = try roundTrip("""
            cycle,team,objective,key_result,type,start,target,current,score
            2026-Q3,A,O,Live in 3 countries,aspirational,0,3,2,0.75
            2026-Q3,A,O,Be loved,committed,,,,0.3
            2026-Q3,A,O,Launch it,committed,,,not done,0.5
            """)
        #expect(next.keyResults.map(\.scoreText) == ["", "", ""])
        let live = next.keyResults[0]
        #expect(live.startText == "2" && live.currentText == "2" && live.targetText == "3")
        #expect(live.rule == .linear && live.score == 0)
        #expect(next.keyResults[1].rule != .manualScore && next.keyResults[1].score == nil)
        #expect(next.keyResults[2].currentText == "not done" && next.keyResults[2].score == 0)
    }

    /// Next quarter, reaching the target scores 1: nothing carried overrides it.
    @Test func progressNextCycleCounts() throws {
        let (_, carried, _) = try roundTrip("cycle,team,objective,key_result,start,target,current,score\n2026-Q3,A,O,k,0,3,2,0.75\n")
        let edited = carried.replacingOccurrences(of: ",2,3,2,", with: ",2,3,3,")
        #expect(edited != carried)
        let next = try report(edited)
        #expect(next.keyResults[0].score == 1 && next.keyResults[0].outcome == .win)
    }

    static let hostile = ["=1+1", "+1 555", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://evil\",\"x\")",
                          "'=already guarded", "''=twice", "'plain apostrophe", "-", "=", "it's fine"]

    /// No cell starts with `= + - @`, tab or CR unless it is a plain number; every text reads back as it was.
    @Test func formulaLeadingTextIsNeutralisedAndReadsBackExactly() throws {
        var csv = "cycle,team,objective,objective_id,key_result,kr_owner,start,target,current,unit,notes,value\n"
        for (i, h) in Self.hostile.enumerated() {
            csv += "2026-Q3,\(quoted(h)),\(quoted(h)),\(quoted(h + "\(i)")),\(quoted(h + " kr\(i)")),\(quoted(h)),-5,10,-2,\(quoted(h)),\(quoted(h)),\(quoted(h))\n"
        }
        let (first, carried, next) = try roundTrip(csv)
        #expect(first.carryForward.count == Self.hostile.count)
        var cells: [String] = []
        try CSVReader(delimiter: UInt8(ascii: ",")).forEachRecord(in: Array(carried.utf8)) { cells += $0.fields }
        for cell in cells {
            guard let c = cell.unicodeScalars.first else { continue }
            let leads = ["=", "+", "-", "@", "\t", "\r"].contains(String(c))
            #expect(!leads || NumberParser.isPlainNumber(Array(cell.utf8)), "cell \(cell) is not neutralised")
        }
        #expect(carried.contains(",'=1+1,") && carried.contains(",-2,10,-2,"))  // numbers stay numbers
        #expect(next.problems.isEmpty && next.rejected.isEmpty)
        for (a, b) in zip(first.carryForward, next.keyResults) {
            #expect(a.team == b.team && a.objective == b.objective && a.objectiveID == b.objectiveID)
            #expect(a.title == b.title && a.owner == b.owner && a.unit == b.unit && a.value == b.value)
            #expect(b.notes.hasSuffix(a.notes))
        }
    }

    /// Only townhall's own carry-forward file is read with the guard undone: a user's export that
    /// starts a cell with `'` keeps it.
    @Test func aUsersOwnFileKeepsItsApostrophes() throws {
        let r = try report("team,objective,key_result,target,current\nA,O,'=not a formula,10,5\n")
        #expect(r.keyResults[0].title == "'=not a formula")
    }

    /// A line break inside a cell, CRLF (one `Character`) included, is quoted: the row stays one row.
    @Test func lineBreaksInsideCellsStayInTheirCell() throws {
        let (first, _, next) = try roundTrip("team,objective,key_result,target,current\r\nA,O,\"Two\r\nlines\",10,5\r\nA,\"P\rQ\",\"x\ny\",4,1\r\n")
        #expect(next.rejected.isEmpty && next.keyResults.count == 2)
        #expect(next.keyResults.map(\.title) == first.carryForward.map(\.title))
        #expect(next.keyResults[0].title == "Two\r\nlines" && next.keyResults[1].objective == "P\rQ")
    }

    func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
