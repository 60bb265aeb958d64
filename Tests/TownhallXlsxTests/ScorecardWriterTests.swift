import Foundation
import Testing
import TownhallCore
@testable import TownhallXlsx

@Suite("Scorecard workbook")
struct ScorecardWriterTests {
    /// Writes `report` and returns the workbook and the warnings.
    func write(_ report: CycleReport, options: ScorecardOptions = .init()) throws -> (Workbook, [RunWarning]) {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("scorecard.xlsx").path
        let warnings = try ScorecardWriter.write(report, to: path, options: options)
        return (Workbook(path: path), warnings)
    }

    @Test func reportsTheLinkedLibraryVersion() {
        #expect(ScorecardWriter.libraryVersion.split(separator: ".").count == 3)
    }

    @Test func sheetsInReadingOrder() throws {
        let (book, warnings) = try write(Fixtures.cycle())
        #expect(try book.sheetNames() == ["Summary", "Objectives", "Key Results", "Wins", "Misses", "Playbook checks",
                                          "Problems", "Chart data"])
        #expect(warnings.isEmpty)
        let workbook = try book.part("xl/workbook.xml")
        #expect(workbook.contains("name=\"Chart data\" sheetId=\"8\" state=\"hidden\""))
    }

    @Test func chartsAreNativeExcelCharts() throws {
        let (book, _) = try write(Fixtures.cycle())
        let charts = try book.entries().filter { $0.hasPrefix("xl/charts/chart") }
        #expect(charts.count == 3)
        let all = try charts.map { try book.part($0) }.joined()
        #expect(all.contains("<c:barChart>"))
        #expect(all.contains("<c:doughnutChart>"))
        #expect(all.contains("'Chart data'!$A$9:$A$12"))
    }

    @Test func documentProperties() throws {
        let (book, _) = try write(Fixtures.cycle())
        let core = try book.part("docProps/core.xml")
        #expect(core.contains("<dc:title>Northwind &amp; Co — 2026-Q3 OKR scorecard</dc:title>"))
        #expect(core.contains("<cp:keywords>OKR, scorecard, 2026-Q3, Northwind &amp; Co</cp:keywords>"))
        let app = try book.part("docProps/app.xml")
        #expect(app.contains("<Company>Northwind &amp; Co</Company>"))
    }

    @Test func linearScoreIsALiveFormulaWithTheReportValue() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Key Results")
        // 14 input columns (A…N): score O, progress P, band Q, outcome R, counts as S, start U, target V, current W.
        let score = try #require(Workbook.cell("O2", in: xml))
        #expect(score.contains("<f>MAX(0,MIN(1,(W2-U2)/(V2-U2)))</f><v>0.5</v>"))
        let progress = try #require(Workbook.cell("P10", in: xml))
        #expect(progress.contains("<f>(W10-U10)/(V10-U10)</f><v>1.3</v>"))
        let threshold = try #require(Workbook.cell("O3", in: xml))
        #expect(threshold.contains("<f>IF(W3&gt;=V3-1E-09,1,0)</f><v>1</v>"))
        let band = try #require(Workbook.cell("Q2", in: xml))
        #expect(band.contains("t=\"str\"") && band.contains("<v>Amber</v>") && band.contains("\"Amber\""))
        let outcome = try #require(Workbook.cell("R7", in: xml))
        #expect(outcome.contains("<v>miss</v>") && outcome.contains("aspirational"))
        // A defaulted start stays empty, which the formula reads as 0.
        #expect(Workbook.cell("U7", in: xml) == nil)
        #expect(try #require(Workbook.cell("O7", in: xml)).contains("<v>0.3</v>"))
        // Manual grades and yes/no are plain numbers; dropped has no score.
        #expect(try #require(Workbook.cell("O5", in: xml)).contains("<v>0.7</v>"))
        #expect(!(try #require(Workbook.cell("O5", in: xml))).contains("<f>"))
        #expect(Workbook.cell("O8", in: xml) == nil)
        #expect(try #require(Workbook.cell("R8", in: xml)).contains("<t>dropped</t>"))
    }

    @Test func formulasOnlyWhereTheyComputeTheReportsFigures() throws {
        var report = Fixtures.cycle()
        report.keyResults[0].score = 0.6  // the core says 0.6 where (150-100)/(200-100) gives 0.5
        report.keyResults[0].progress = 0.6
        report.headline.wins = 4  // and counts one win fewer than the outcomes say
        let (book, _) = try write(report)
        let krs = try book.sheet("Key Results")
        let score = try #require(Workbook.cell("O2", in: krs))
        #expect(!score.contains("<f>") && score.contains("<v>0.6</v>"))
        #expect(try #require(Workbook.cell("Q2", in: krs)).contains("<f>"))  // band of 0.6 is still yellow
        #expect(try #require(Workbook.cell("O10", in: krs)).contains("<f>"))  // the others stay live
        // Engineering's 0.75 no longer follows from 0.6 and 1.0: a number, not a formula.
        let objective = try #require(Workbook.cell("F2", in: try book.sheet("Objectives")))
        #expect(!objective.contains("<f>") && objective.contains("<v>0.75</v>"))
        let summary = try book.sheet("Summary")
        let wins = try #require(Workbook.cell("G5", in: summary))
        #expect(!wins.contains("<f>") && wins.contains("<v>4</v>"))
        #expect(try #require(Workbook.cell("A5", in: summary)).contains("<f>"))
    }

    @Test func headlineFiguresAreFormulasOverTheSheets() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Summary")
        let overall = try #require(Workbook.cell("A5", in: xml))
        #expect(overall.contains("AVERAGE('Objectives'!$F$2:$F$5)") && overall.contains("<v>0.7875</v>"))
        let attainment = try #require(Workbook.cell("B5", in: xml))
        #expect(attainment.contains("COUNTIFS('Key Results'!$S$2:$S$10,\"committed\",'Key Results'!$O$2:$O$10,\"&gt;=0.999999999\")"))
        #expect(attainment.contains("<v>0.75</v>"))
        #expect(try #require(Workbook.cell("C5", in: xml)).contains("<v>0.6</v>"))
        #expect(try #require(Workbook.cell("D5", in: xml)).contains("<f>COUNT('Key Results'!$AA$2:$AA$10)</f><v>9</v>"))
        #expect(try #require(Workbook.cell("G5", in: xml)).contains("<f>COUNTIF('Key Results'!$R$2:$R$10,\"win\")</f><v>5</v>"))
        #expect(try #require(Workbook.cell("H5", in: xml)).contains("<v>2</v>"))
        #expect(try #require(Workbook.cell("I5", in: xml)).contains("<v>3</v>"))
        #expect(try #require(Workbook.cell("F5", in: xml)).contains("<v>4</v>"))
    }

    @Test func objectiveScoresRollUpFromKeyResultCells() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Objectives")
        // Tree order: Engineering, Platform, Mobile, Sales.
        let eng = try #require(Workbook.cell("F2", in: xml))
        #expect(eng.contains("SUMPRODUCT('Key Results'!$O$2:$O$3,'Key Results'!$X$2:$X$3)") && eng.contains("<v>0.75</v>"))
        #expect(try #require(Workbook.cell("B5", in: xml)).contains("Sales"))
        #expect(try #require(Workbook.cell("F4", in: xml)).contains("<v>0.65</v>"))
    }

    @Test func teamTableInTreeOrderWithRollups() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Summary")
        let names = ["Company", "Engineering", "Platform", "Mobile", "Sales"]
        // Find the table: the row whose A cell holds "Company".
        guard let at = xml.range(of: "<t>Company</t>") else { Issue.record("no team table"); return }
        let rowStart = xml[..<at.lowerBound].range(of: "<row r=\"", options: .backwards)!
        let row = Int(xml[rowStart.upperBound...].prefix { $0.isNumber })!
        for (i, name) in names.enumerated() {
            #expect(try #require(Workbook.cell("A\(row + i)", in: xml)).contains("<t>\(name)</t>"))
        }
        let company = try #require(Workbook.cell("D\(row)", in: xml))
        #expect(company.contains("AVERAGE('Objectives'!$F$2:$F$5)") && company.contains("<v>0.7875</v>"))
        #expect(Workbook.cell("B\(row)", in: xml).map { !$0.contains("<f>") } ?? true)
        let engineering = try #require(Workbook.cell("D\(row + 1)", in: xml))
        #expect(engineering.contains("AVERAGE('Objectives'!$F$2:$F$4)"))
        #expect(try #require(Workbook.cell("C\(row + 3)", in: xml)).contains("<v>Amber</v>"))
    }

    @Test func inputTextIsNeverAFormula() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Key Results")
        for (ref, text) in [("D5", "=HYPERLINK(&quot;http://x&quot;)"), ("D7", "-2+3"), ("D9", "@SUM(A1)"), ("L6", "+1 555")] {
            let cell = try #require(Workbook.cell(ref, in: xml))
            #expect(cell.contains("t=\"inlineStr\""), "\(ref)")
            #expect(cell.contains(text) || cell.contains(text.replacingOccurrences(of: "&quot;", with: "\"")), "\(ref)")
            #expect(!cell.contains("<f>"), "\(ref)")
        }
        // Excel would read `_x0041_` as "A": it is escaped to show as written.
        #expect(try #require(Workbook.cell("N5", in: xml)).contains("_x005F_x0041_ stays"))
        let problems = try book.sheet("Problems")
        #expect(problems.contains("<t>=1+1</t>"))
    }

    @Test func everyInputColumnAndComputedColumnsWithFilterAndFrozenHeader() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Key Results")
        for title in Fixtures.header + KeyResultColumns.computedTitles {
            #expect(xml.contains("<t>\(title)</t>") || xml.contains("<t xml:space=\"preserve\">\(title)</t>"), "\(title)")
        }
        #expect(xml.contains("<autoFilter ref=\"A1:AA10\"/>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<conditionalFormatting sqref=\"O2:O10\">"))
        #expect(xml.contains("<conditionalFormatting sqref=\"Q2:Q10\">"))
    }

    @Test func problemsListRejectedRowsWithTheirFieldsAndRowProblems() throws {
        let (book, _) = try write(Fixtures.cycle())
        let xml = try book.sheet("Problems")
        #expect(xml.contains("<t>row problem</t>") && xml.contains("target &quot;lots&quot; is not a number")
                    || xml.contains("target \"lots\" is not a number"))
        #expect(xml.contains("<t>missing Key result</t>"))
        #expect(xml.contains("<t>f15</t>"))  // the 15th field of a row wider than the header is kept
        #expect(xml.contains("<t>warning</t>"))
    }

    @Test func missesCommittedFirstWithNotes() throws {
        let report = Fixtures.cycle()
        #expect(report.missIndices.map { report.keyResults[$0].id } == report.misses.map(\.id))
        #expect(report.winIndices.map { report.keyResults[$0].id } == report.wins.map(\.id))
        let (book, _) = try write(report)
        let xml = try book.sheet("Misses")
        #expect(try #require(Workbook.cell("C2", in: xml)).contains("Raise deploys"))
        #expect(try #require(Workbook.cell("H3", in: xml)).contains("Learned a lot,\nnext time earlier."))
    }

    @Test func longTextIsCutWithAMarkerAndAWarning() throws {
        var report = Fixtures.cycle()
        let long = String(repeating: "é", count: 40_000)
        report.keyResults[0].fields[11] = long
        report.keyResults[0].notes = long
        let (book, warnings) = try write(report)
        #expect(warnings.count == 2)  // Key Results and Misses
        let w = try #require(warnings.first)
        #expect(w.location.line == 2 && w.location.column == "Notes" && w.location.file == "okrs.csv")
        #expect(w.message.contains("40,000") && w.message.contains("'Key Results'!L2"))
        let cell = try #require(Workbook.cell("L2", in: try book.sheet("Key Results")))
        #expect(cell.contains("é… [truncated]</t>"))
        let kept = cell.components(separatedBy: "é").count - 1
        #expect(kept == CellText.excelLimit - CellText.marker.utf16.count)
    }

    @Test func continuesOnNumberedSheetsPastTheRowLimit() throws {
        let report = Fixtures.generated(25)
        let (book, _) = try write(report, options: ScorecardOptions(rowsPerSheet: 11))
        let names = try book.sheetNames()
        #expect(names.filter { $0.hasPrefix("Key Results") } == ["Key Results", "Key Results (2)", "Key Results (3)"])
        let third = try book.sheet("Key Results (3)")
        #expect(third.contains("<t>Key result 20</t>") && third.contains("<t>Key result 24</t>"))
        #expect(third.contains("<autoFilter ref=\"A1:AA6\"/>"))
        let summary = try book.sheet("Summary")
        #expect(summary.contains("COUNT('Key Results'!$AA$2:$AA$11,'Key Results (2)'!$AA$2:$AA$11,'Key Results (3)'!$AA$2:$AA$6)"))
        #expect(try #require(Workbook.cell("D5", in: summary)).contains("<v>25</v>"))
        // An objective whose KRs cross sheets still rolls up live.
        let objectives = try book.sheet("Objectives")
        #expect(objectives.contains("'Key Results (3)'!$O$"))
    }

    @Test func emptyCycleStillMakesAWorkbook() throws {
        let report = CycleReport(cycle: nil, header: ["Team", "Objective", "Key result"])
        let (book, warnings) = try write(report)
        #expect(warnings.isEmpty)
        #expect(try book.sheetNames().first == "Summary")
        #expect(try book.sheet("Wins").contains("No wins this cycle."))
    }

    @Test func failureThrowsTheLibraryMessageAndLeavesNoFile() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("missing/dir/scorecard.xlsx").path
        #expect {
            try ScorecardWriter.write(Fixtures.cycle(), to: path)
        } throws: { error in
            guard case let ScorecardError.library(call, _, message, _) = error else { return false }
            return call == "workbook_close" && message.contains("Error creating output xlsx file")
                && (error as? LocalizedError)?.errorDescription?.contains("cannot write the Excel scorecard") == true
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func hostileCycleAndOrganizationNamesStayValidXML() throws {
        var report = Fixtures.cycle()
        report.cycle = "Q3\u{1}<&>\u{FFFF}"
        report.organization.name = "Acme\u{0}\u{7} & \"Sons\""
        report.keyResults[0].fields[13] = "nul\u{0}inside and \u{FFFF}"
        let (book, warnings) = try write(report)
        #expect(try book.part("docProps/core.xml").contains("<dc:title>Acme &amp; &quot;Sons&quot; — Q3&lt;&amp;&gt; OKR scorecard</dc:title>")
                    || (try book.part("docProps/core.xml")).contains("Acme &amp; \"Sons\" — Q3&lt;&amp;&gt; OKR scorecard"))
        let cell = try #require(Workbook.cell("N2", in: try book.sheet("Key Results")))
        #expect(cell.contains("nul\u{2400}inside and \u{FFFD}"))
        #expect(warnings.contains { $0.message.contains("NUL") && $0.location.line == 2 })
        let footer = try book.sheet("Objectives")
        #expect(footer.contains("<oddFooter>&amp;LQ3&lt;&amp;&amp;&gt; · Objectives&amp;RPage &amp;P of &amp;N</oddFooter>"))
    }

    @Test func nonFiniteNumbersDoNotCorruptTheFile() throws {
        var report = Fixtures.cycle()
        report.keyResults[0].current = .infinity
        report.keyResults[0].rule = .manualScore
        report.keyResults[0].progress = .nan
        let (book, _) = try write(report)
        let xml = try book.sheet("Key Results")
        #expect(!xml.contains("NAN</v>") && !xml.contains("inf</v>"))
        #expect(try #require(Workbook.cell("W2", in: xml)).contains("∞"))
    }
}

@Suite("Scorecard sizing")
struct ScorecardSizingTests {
    @Test func zip64OnlyForHugeWorkbooks() {
        #expect(!ScorecardWriter.needsZip64(Fixtures.cycle()))
        var report = Fixtures.cycle()
        let note = String(repeating: "n", count: 32_000)
        report.keyResults = Array(repeating: report.keyResults[0], count: 40_000)
        for i in report.keyResults.indices { report.keyResults[i].fields[11] = note }
        #expect(ScorecardWriter.needsZip64(report))
    }
}
