import Foundation
import Testing
import TownhallCore
@testable import TownhallXlsx

/// A small cycle run through the core with check-ins (and, when asked, compared with a previous cycle).
enum CheckInFixtures {
    static let okrs = """
        cycle,team,parent_team,objective_id,objective,kr_id,key_result,type,start,target,current,notes
        2026-Q3,Engineering,,E1,Ship reliably,E1-1,Raise deploys from 100 to 200,committed,100,200,150,slow start
        2026-Q3,Engineering,,E1,Ship reliably,E1-2,Cut p95 from 900 ms to 400 ms,aspirational,900,400,500,
        2026-Q3,Sales,,S1,Grow,S1-1,Grow ARR to 1000,committed,0,1000,1300,
        2026-Q3,Sales,,S1,Grow,S1-2,"=HYPERLINK(""http://x"")",aspirational,0,10,3,

        """
    /// Lines 2–7: four usable check-ins, an unknown id and an unreadable date.
    static let checkIns = """
        kr_id,date,value,confidence,comment
        E1-1,2026-07-10,120,6,kick-off
        E1-1,2026-08-20,150,8,=1+1
        E1-2,2026-09-25,600,5,
        S1-1,2026-07-03,100,9,+1 555
        K-404,2026-07-10,2,,unknown id
        S1-2,10/07/2026,3,,bad date

        """

    static func report(checkIns: Bool = true, previous: Bool = false) throws -> CycleReport {
        var report = try Townhall.report(
            from: Array(okrs.utf8), checkIns: checkIns ? (Array(Self.checkIns.utf8), "checkins.csv") : nil,
            options: ReportOptions(sourceName: "okrs.csv", generatedAt: Date(timeIntervalSince1970: 1_790_000_000)))
        if previous {
            let before = ArchivedCycle(
                name: "2026-Q2", generatedAt: Date(timeIntervalSince1970: 1_780_000_000), overallScore: 0.5,
                committedAttainment: 0.5, aspirationalMean: 0.5, keyResults: 3, objectives: 2, teams: 2, wins: 1, misses: 2,
                problems: 0, shareUpdatedLast30: 0.25, medianDaysBetween: 20, netConfidence: 0,
                teamFigures: [ArchivedTeam(name: "Engineering", score: 0.6)],
                keyResultKeys: [ArchivedKeyResult(id: "E1-1", team: "Engineering", title: "Something else"),
                                ArchivedKeyResult(id: "old-id", team: "Sales", title: "grow arr to 1000")])
            report.comparison = CycleComparison(current: report, previous: before)
        }
        return report
    }

    static func write(_ report: CycleReport, options: ScorecardOptions = .init()) throws -> (Workbook, [RunWarning]) {
        let path = try temporaryDirectory().appendingPathComponent("scorecard.xlsx").path
        let warnings = try ScorecardWriter.write(report, to: path, options: options)
        return (Workbook(path: path), warnings)
    }
}

/// The text of every `<t>` in a cell's XML.
private func texts(_ cell: String?) -> String {
    guard let cell else { return "" }
    return cell.components(separatedBy: "<t").dropFirst().compactMap { part in
        guard let gt = part.firstIndex(of: ">"), let end = part.range(of: "</t>") else { return nil }
        return String(part[part.index(after: gt)..<end.lowerBound])
    }.joined()
}

@Suite("Scorecard with check-ins and a comparison")
struct CheckInScorecardTests {
    @Test func checkInsSheetOnlyWithCheckIns() throws {
        let (plain, _) = try CheckInFixtures.write(try CheckInFixtures.report(checkIns: false))
        #expect(try plain.sheetNames() == ["Summary", "Objectives", "Key Results", "Wins", "Misses", "Playbook checks",
                                           "Problems", "Chart data"])
        let plainKRs = try plain.sheet("Key Results")
        #expect(!plainKRs.contains("<t>Check-ins</t>") && !plainKRs.contains("<t>Carried over</t>"))
        let (book, _) = try CheckInFixtures.write(try CheckInFixtures.report())
        #expect(try book.sheetNames() == ["Summary", "Objectives", "Key Results", "Wins", "Misses", "Check-ins",
                                          "Playbook checks", "Problems", "Chart data"])
    }

    @Test func everyCheckInWithItsScoreAndTheUnusableOnesMarked() throws {
        let report = try CheckInFixtures.report()
        #expect(report.checkIns?.checkIns.count == 6)
        let (book, _) = try CheckInFixtures.write(report)
        let xml = try book.sheet("Check-ins")
        #expect(xml.contains("<autoFilter ref=\"A1:K7\"/>"))
        #expect(xml.contains("state=\"frozen\""))
        // Line 2: E1-1 at 120 of 100 → 200 scores 0.2, confidence 6/10.
        #expect(try #require(Workbook.cell("A2", in: xml)).contains("<v>2</v>"))
        #expect(try #require(Workbook.cell("B2", in: xml)).contains("<v>\(Int(Day(iso: "2026-07-10")!.excelSerial))</v>"))
        #expect(texts(Workbook.cell("E2", in: xml)) == "Raise deploys from 100 to 200")
        #expect(try #require(Workbook.cell("G2", in: xml)).contains("<v>0.6</v>"))
        #expect(try #require(Workbook.cell("H2", in: xml)).contains("<v>0.2</v>"))
        #expect(try #require(Workbook.cell("H4", in: xml)).contains("<v>0.6</v>"))  // decreasing metric
        #expect(texts(Workbook.cell("J2", in: xml)) == "yes")
        // Comments that look like formulas stay text.
        for ref in ["I3", "I5"] {
            let cell = try #require(Workbook.cell(ref, in: xml))
            #expect(cell.contains("inlineStr") && !cell.contains("<f>"), "\(ref)")
        }
        // The unknown id and the unreadable date: kept, marked, with the problem.
        #expect(texts(Workbook.cell("J6", in: xml)) == "no")
        #expect(texts(Workbook.cell("K6", in: xml)).contains("K-404"))
        #expect(texts(Workbook.cell("J7", in: xml)) == "no")
        #expect(texts(Workbook.cell("B7", in: xml)) == "10/07/2026")
        #expect(texts(Workbook.cell("K7", in: xml)).contains("ISO 8601"))
        #expect(texts(Workbook.cell("E7", in: xml)).contains("HYPERLINK"))  // its KR is named even so
        #expect(!(try #require(Workbook.cell("E7", in: xml))).contains("<f>"))
    }

    @Test func cadenceAndCarriedOverColumnsOnKeyResults() throws {
        let report = try CheckInFixtures.report(previous: true)
        let c = KeyResultColumns(report: report)
        #expect(c.count == 12 + KeyResultColumns.computedTitles.count + KeyResultColumns.cadenceTitles.count + 1)
        let (book, _) = try CheckInFixtures.write(report)
        let xml = try book.sheet("Key Results")
        func cell(_ col: Int, _ row: Int) -> String? { Workbook.cell("\(A1.column(col))\(row)", in: xml) }
        #expect(texts(cell(c[.checkIns], 1)) == "Check-ins")
        #expect(texts(cell(c[.carriedOver], 1)) == "Carried over")
        // E1-1: two check-ins, last on 20 August, 41 days before the cycle's end; confidence 0.6 → 0.8.
        #expect(try #require(cell(c[.checkIns], 2)).contains("<v>2</v>"))
        #expect(try #require(cell(c[.lastUpdate], 2)).contains("<v>\(Int(Day(iso: "2026-08-20")!.excelSerial))</v>"))
        #expect(try #require(cell(c[.daysSinceUpdate], 2)).contains("<v>41</v>"))
        #expect(texts(cell(c[.confidenceTrend], 2)) == "▲ 20 pts")
        // S1-2: never updated (its only check-in had no readable date).
        #expect(try #require(cell(c[.checkIns], 5)).contains("<v>0</v>"))
        #expect(cell(c[.daysSinceUpdate], 5) == nil)
        // Carried over: E1-1 by id, S1-1 by title in the same team.
        #expect([2, 3, 4, 5].map { texts(cell(c[.carriedOver], $0)) } == ["yes", "no", "yes", "no"])
        #expect(xml.contains("<conditionalFormatting sqref=\"\(A1.column(c[.daysSinceUpdate]))2:\(A1.column(c[.daysSinceUpdate]))5\">"))
    }

    @Test func summaryShowsCadenceAndTheChangeAgainstThePreviousCycle() throws {
        let report = try CheckInFixtures.report(previous: true)
        let cmp = try #require(report.comparison)
        let (book, _) = try CheckInFixtures.write(report)
        let xml = try book.sheet("Summary")
        #expect(texts(Workbook.cell("J4", in: xml)) == "UPDATED LAST 30 DAYS")
        #expect(texts(Workbook.cell("M4", in: xml)) == "CARRIED OVER")
        let share = try #require(Workbook.cell("J5", in: xml))
        #expect(share.contains("<f>") && share.contains("<v>\(report.checkIns!.overall.shareLast30!)</v>"))
        #expect(try #require(Workbook.cell("M5", in: xml)).contains("COUNTIF(") && Workbook.cell("M5", in: xml)!.contains("<v>2</v>"))
        // The row under the figures.
        #expect(texts(Workbook.cell("A7", in: xml)) == "vs 2026-Q2: \(Wording.english.change(cmp.overallScore))")
        #expect(texts(Workbook.cell("B7", in: xml)) == "vs 2026-Q2: \(Wording.english.change(cmp.committedAttainment, percent: true))")
        #expect(texts(Workbook.cell("G7", in: xml)) == "vs 2026-Q2: ▲ \(cmp.wins)")
        #expect(texts(Workbook.cell("K7", in: xml)) == "vs 2026-Q2: ▲ 21.0 d")  // 41 days between the two updates of E1-1, against 20
        // The team table: cadence columns and the change of each team's score.
        #expect(xml.contains("<t>Updated last 30 days</t>") && xml.contains("<t>vs 2026-Q2</t>"))
        guard let at = xml.range(of: "<t>Engineering</t>") else { Issue.record("no team table"); return }
        let rowStart = xml[..<at.lowerBound].range(of: "<row r=\"", options: .backwards)!
        let row = Int(xml[rowStart.upperBound...].prefix { $0.isNumber })!
        let eng = report.teams.firstIndex { $0.name == "Engineering" }!
        #expect(try #require(Workbook.cell("J\(row)", in: xml))
                    .contains("<v>\(report.checkIns!.teamCadence[eng].shareLast30!)</v>"))
        #expect(texts(Workbook.cell("M\(row)", in: xml)) == Wording.english.change(cmp.teamScoreDelta["Engineering"]))
        #expect(texts(Workbook.cell("M\(row + 1)", in: xml)) == "new")  // Sales was not in 2026-Q2
    }

    @Test func weekByWeekLineChart() throws {
        let report = try CheckInFixtures.report()
        let (book, _) = try CheckInFixtures.write(report)
        let charts = try book.entries().filter { $0.hasPrefix("xl/charts/chart") }
        let all = try charts.map { try book.part($0) }.joined()
        #expect(all.contains("<c:lineChart>"))
        #expect(all.contains("Mean score week by week"))
        let weeks = report.checkIns!.weeks.count
        #expect(weeks == 14)
        let data = try book.sheet("Chart data")
        #expect(data.contains("<t>Week ending</t>") && data.contains("<t>30 Sep</t>"))
        #expect(all.contains("'Chart data'!$C$"))
    }

    @Test func withoutCheckInsOrComparisonTheLayoutIsUnchanged() throws {
        let (book, _) = try CheckInFixtures.write(try CheckInFixtures.report(checkIns: false))
        let xml = try book.sheet("Summary")
        #expect(Workbook.cell("J4", in: xml) == nil)
        #expect(Workbook.cell("A7", in: xml) == nil)
        let charts = try book.entries().filter { $0.hasPrefix("xl/charts/chart") }
        #expect(charts.count == 3)
    }

    @Test func checkInTextsCutOrWithNULsAreReportedAgainstTheCheckInsFile() throws {
        var report = try CheckInFixtures.report()
        report.checkIns!.checkIns[1].comment = String(repeating: "w", count: 40_000)
        report.checkIns!.checkIns[2].comment = "nul\u{0}inside"
        let (book, warnings) = try CheckInFixtures.write(report)
        let cut = try #require(warnings.first { $0.message.contains("'Check-ins'!I3") })
        #expect(cut.location.file == "checkins.csv" && cut.location.line == 3 && cut.location.column == "Comment")
        let nul = try #require(warnings.first { $0.message.contains("NUL") })
        #expect(nul.location.file == "checkins.csv" && nul.location.line == 4)
        #expect(texts(Workbook.cell("I4", in: try book.sheet("Check-ins"))) == "nul\u{2400}inside")
    }

    @Test func daysBeforeExcelsCalendarAreWrittenAsText() throws {
        let okrs = "cycle,team,objective,kr_id,key_result,start,target,current\n1899-Q4,A,O,K1,Grow,0,10,5\n"
        let checkIns = "kr_id,date,value\nK1,1899-12-31,4\n"
        let report = try Townhall.report(from: Array(okrs.utf8), checkIns: (Array(checkIns.utf8), "c.csv"),
                                         options: ReportOptions(sourceName: "o.csv"))
        #expect(report.checkIns?.checkIns.first?.keyResult == 0)
        let (book, _) = try CheckInFixtures.write(report)
        #expect(texts(Workbook.cell("B2", in: try book.sheet("Check-ins"))) == "1899-12-31")
        let c = KeyResultColumns(report: report)
        #expect(texts(Workbook.cell("\(A1.column(c[.lastUpdate]))2", in: try book.sheet("Key Results"))) == "1899-12-31")
        #expect(Day(iso: "1900-03-01")!.fitsExcel && !Day(iso: "1900-02-28")!.fitsExcel)
    }

    @Test func zip64CountsTheCheckIns() throws {
        var report = try CheckInFixtures.report()
        #expect(!ScorecardWriter.needsZip64(report))
        let note = String(repeating: "n", count: 30_000)
        report.checkIns!.checkIns = Array(repeating: report.checkIns!.checkIns[0], count: 70_000)
        for i in report.checkIns!.checkIns.indices { report.checkIns!.checkIns[i].comment = note }
        #expect(ScorecardWriter.needsZip64(report))
    }

    @Test func checkInsContinueOnNumberedSheets() throws {
        let (book, _) = try CheckInFixtures.write(try CheckInFixtures.report(), options: ScorecardOptions(rowsPerSheet: 4))
        let names = try book.sheetNames()
        #expect(names.filter { $0.hasPrefix("Check-ins") } == ["Check-ins", "Check-ins (2)"])
        #expect(try book.sheet("Check-ins (2)").contains("<autoFilter ref=\"A1:K4\"/>"))
    }
}

@Suite("History trends workbook")
struct TrendsWorkbookTests {
    static func history(_ n: Int = 3) -> HistoryReport {
        let names = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
        var cycles: [ArchivedCycle] = []
        for i in 0..<n {
            let q = i % 4 + 1
            let dates = CycleDates(cycleName: names[i % 4])
            cycles.append(ArchivedCycle(
                name: names[i % 4], organization: "Northwind & Co", generatedAt: Date(timeIntervalSince1970: 1_780_000_000),
                dates: dates, overallScore: 0.6 + 0.05 * Double(i), committedAttainment: 0.5 + 0.1 * Double(i),
                aspirationalMean: 0.96, keyResults: 10 + i, scored: 9 + i, objectives: 4, teams: 2, wins: 5, misses: 2,
                problems: q, shareUpdatedLast30: i == 0 ? nil : 0.8, medianDaysBetween: i == 0 ? nil : 7 + Double(i),
                netConfidence: i == 0 ? nil : -0.1 * Double(i),
                teamFigures: [
                    ArchivedTeam(name: "Engineering", score: 0.5 + 0.1 * Double(i), aspirationalMean: 0.97, committedMisses: 1,
                                 aspirationalScored: 2),
                    ArchivedTeam(name: i == 1 ? "Growth" : "=Sales", parent: "Engineering", score: i == 2 ? nil : 0.3),
                ]))
        }
        return HistoryReport(cycles: cycles, generatedAt: Date(timeIntervalSince1970: 1_790_000_000))
    }

    static func write(_ h: HistoryReport, options: ScorecardOptions = .init()) throws -> Workbook {
        let path = try temporaryDirectory().appendingPathComponent("trends.xlsx").path
        try TrendsWorkbookWriter.write(h, to: path, options: options)
        return Workbook(path: path)
    }

    @Test func threeSheetsWithNativeCharts() throws {
        let book = try Self.write(Self.history())
        #expect(try book.sheetNames() == ["Trends", "Teams", "Patterns"])
        let charts = try book.entries().filter { $0.hasPrefix("xl/charts/chart") }
        #expect(charts.count == 3)  // scores, cadence, days between updates
        let all = try charts.map { try book.part($0) }.joined()
        #expect(all.contains("<c:lineChart>") && all.contains("<c:barChart>"))
        #expect(all.contains("Scores cycle by cycle") && all.contains("Review cadence"))
        #expect(try book.part("docProps/core.xml").contains("Northwind &amp; Co OKR trends"))
    }

    @Test func oneRowPerCycleWithItsFigures() throws {
        let h = Self.history()
        let xml = try Self.write(h).sheet("Trends")
        guard let at = xml.range(of: "<t>2026-Q1</t>") else { Issue.record("no cycle table"); return }
        let rowStart = xml[..<at.lowerBound].range(of: "<row r=\"", options: .backwards)!
        let row = Int(xml[rowStart.upperBound...].prefix { $0.isNumber })!
        for (i, c) in h.cycles.enumerated() {
            #expect(texts(Workbook.cell("A\(row + i)", in: xml)) == c.name)
            #expect(try #require(Workbook.cell("D\(row + i)", in: xml)).contains("<v>\(c.overallScore!)</v>"))
            #expect(try #require(Workbook.cell("H\(row + i)", in: xml)).contains("<v>\(c.keyResults)</v>"))
        }
        #expect(texts(Workbook.cell("E\(row + 1)", in: xml)) == "▲ 0.05")
        #expect(Workbook.cell("O\(row)", in: xml)?.contains("<v>") != true)  // no cadence in the first cycle
        #expect(try #require(Workbook.cell("Q\(row + 2)", in: xml)).contains("<v>-0.2</v>"))
        #expect(xml.contains("<t>Net confidence</t>"))
    }

    @Test func teamMatrixWithBandsFrozenAndFilterable() throws {
        let h = Self.history()
        #expect(h.teams == ["Engineering", "=Sales", "Growth"])
        let xml = try Self.write(h).sheet("Teams")
        #expect(xml.contains("<autoFilter ref=\"A1:G4\"/>"))
        #expect(xml.contains("state=\"frozen\""))
        #expect(xml.contains("<conditionalFormatting sqref=\"C2:E4\">"))
        #expect(texts(Workbook.cell("C1", in: xml)) == "2026-Q1" && texts(Workbook.cell("F1", in: xml)) == "2026-Q3 vs 2026-Q2")
        #expect(try #require(Workbook.cell("E2", in: xml)).contains("<v>0.7</v>"))
        let sales = try #require(Workbook.cell("A3", in: xml))
        #expect(sales.contains("inlineStr") && !sales.contains("<f>"))
        #expect(Workbook.cell("E3", in: xml) == nil || !(Workbook.cell("E3", in: xml)!.contains("<v>")))
        #expect(texts(Workbook.cell("B3", in: xml)) == "Engineering")
        #expect(try #require(Workbook.cell("G2", in: xml)).contains("<v>3</v>"))
    }

    @Test func patternsWithTheirCycles() throws {
        let h = Self.history()
        #expect(!h.goalsTooSafe.isEmpty && !h.overCommitting.isEmpty)
        let xml = try Self.write(h).sheet("Patterns")
        #expect(xml.contains("<t>goals too safe</t>") && xml.contains("<t>over-committing</t>"))
        #expect(xml.contains("<t>2026-Q1, 2026-Q2, 2026-Q3</t>"))
        #expect(xml.contains("state=\"frozen\""))
    }

    @Test func oneCycleAndAnEmptyArchiveStillMakeWorkbooks() throws {
        let one = try Self.write(Self.history(1))
        #expect(try one.sheetNames() == ["Trends", "Teams", "Patterns"])
        #expect(try one.sheet("Patterns").contains("No team kept either pattern two cycles running."))
        #expect(try one.entries().filter { $0.hasPrefix("xl/charts/chart") }.count == 1)  // no cadence at all
        let empty = try Self.write(HistoryReport(cycles: [], generatedAt: Date(timeIntervalSince1970: 0)))
        #expect(try empty.sheet("Trends").contains("The archive holds no cycle yet."))
    }

    @Test func teamsContinueOnNumberedSheets() throws {
        let book = try Self.write(Self.history(), options: ScorecardOptions(rowsPerSheet: 3))
        #expect(try book.sheetNames() == ["Trends", "Teams", "Teams (2)", "Patterns"])
        #expect(try book.sheet("Teams (2)").contains("<t>Growth</t>"))
    }

    @Test func failureThrowsAndLeavesNoFile() throws {
        let path = try temporaryDirectory().appendingPathComponent("missing/dir/trends.xlsx").path
        #expect(throws: ScorecardError.self) { try TrendsWorkbookWriter.write(Self.history(), to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
