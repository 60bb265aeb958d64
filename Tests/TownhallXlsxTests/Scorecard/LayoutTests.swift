import Foundation
import Testing
import TownhallCore
@testable import TownhallXlsx

/// Every sheet's columns are one table of (title, width, writer): a column's position is its place
/// among the columns present, so its title, its width and the cells written under it cannot drift apart.
@Suite struct KeyResultColumnsTests {
    @Test func theTableNamesEveryColumnOnceInOrder() {
        #expect(KeyResultColumns.table.map(\.id) == KeyResultColumns.Added.allCases)
        for language in Language.all {
            let w = Wording(language)
            for column in KeyResultColumns.table {
                // Whether every language has every key is WordingTests' to say; here: a title, none twice.
                #expect(Wording.english.has(column.titleKey) && !w(column.titleKey).isEmpty, "\(language): \(column.id)")
                #expect(column.width > 0, "\(column.id)")
            }
            let titles = KeyResultColumns.table.map { w($0.titleKey) }
            #expect(Set(titles).count == titles.count, "\(language)")
        }
    }

    @Test(arguments: [false, true])
    func eachPresentColumnSitsUnderItsTitle(previous: Bool) throws {
        for report in [Fixtures.cycle(), try CheckInFixtures.report(previous: previous)] {
            let c = KeyResultColumns(report: report)
            let titles = c.names + c.addedTitles
            #expect(titles.count == c.count && c.addedWidths.count == c.addedTitles.count)
            for column in c.added { #expect(titles[c[column.id]] == column.id.title, "\(column.id)") }
            #expect(c.added.contains { $0.id == .checkIns } == (report.checkIns != nil))
            #expect(c.added.contains { $0.id == .carriedOver } == (report.comparison != nil))
        }
    }

    @Test func theComputedColumnsAreTheOnesTheReaderRecognises() {
        #expect(KeyResultColumns.computedTitles == ScorecardLayout.computedKeyResultTitles)
        #expect(KeyResultColumns.cadenceTitles == ["Check-ins", "First update", "Last update", "Days since update",
                                                   "Confidence (first)", "Confidence (last)", "Confidence trend"])
    }

    /// `start` next to `Start (number)`, `kr_id` next to `KR ID`: the parsed copy of a field the input
    /// already shows is folded away; a field the input lacks keeps its only column in view.
    @Test func aParsedCopyOfAnInputColumnIsFolded() {
        let header = ["team", "objective", "key_result", "kr_id", "start", "target", "current"]
        var report = Fixtures.cycle()
        report.header = header
        report.headerFields = header.map { Field(rawValue: $0) }
        let c = KeyResultColumns(report: report)
        #expect(c.foldedAdded == [.id, .start, .target, .current])
        #expect(zip(c.added, c.addedFolded).filter(\.1).map(\.0.id) == [.start, .target, .current, .id])
    }
}

@Suite struct ListColumnTests {
    static func check<Item>(_ name: String, _ columns: [ListColumn<Item>]) {
        #expect(!columns.isEmpty, "\(name)")
        #expect(Set(columns.map(\.id)).count == columns.count, "\(name): ids unique")
        for language in Language.all {
            let w = Wording(language)
            #expect(Set(columns.map { w($0.titleKey) }).count == columns.count, "\(language) \(name): titles unique")
            for c in columns { #expect(Wording.english.has(c.titleKey) && c.width > 0, "\(language) \(name).\(c.id)") }
        }
        // A band fill needs a score column to key on.
        if columns.contains(where: { $0.fill == .byScore }) {
            #expect(columns.filter(\.isScore).count == 1, "\(name)")
        }
    }

    @Test func everyListSheetIsATableOfTitledSizedColumns() {
        Self.check("objectives", ScorecardRenderer.objectiveColumns)
        Self.check("wins", ScorecardRenderer.winColumns)
        Self.check("misses", ScorecardRenderer.missColumns)
        Self.check("checks", ScorecardRenderer.checkColumns)
        Self.check("problems", ScorecardRenderer.problemColumns)
        Self.check("check-ins", ScorecardRenderer.checkInColumns)
    }

    @Test func otherSheetsFindTheObjectiveScoreByItsId() {
        #expect(ScorecardRenderer.objectiveColumns[ObjectiveColumn.score].id == "score")
        #expect(ScorecardRenderer.objectiveColumns[ObjectiveColumn.keyResults].id == "keyResults")
        #expect(ScorecardRenderer.problemColumns[ScorecardRenderer.problemColumns.position(ProblemColumn.kind)].titleKey
                == "workbook.column.kind")
    }

    @Test func theTeamTableAndHeadlineFiguresAreNamedNotNumbered() {
        #expect(TeamColumn.allCases.map(\.rawValue) == Array(0..<TeamColumn.allCases.count))
        #expect(SummaryLayout.baseTitles.count == SummaryLayout.baseWidths.count)
        #expect(Set(TeamColumn.allCases.map(\.title)).count == TeamColumn.allCases.count)
        #expect(HeadlineFigure.allCases.filter(\.isScore) == [.overall, .aspirational])
    }

    /// The benchmark floor reads the same tables through the public blueprint.
    @Test func theBlueprintIsTheScorecardsOwnTables() {
        let b = ScorecardBlueprint()
        #expect(b.keyResultColumns.map(\.title) == KeyResultColumns.computedTitles)
        #expect(b.objectiveColumns.map(\.title) == ScorecardRenderer.objectiveColumns.map { Wording.english($0.titleKey) })
        #expect(b.missColumns.map(\.width) == ScorecardRenderer.missColumns.map(\.width))
        for c in ScorecardBlueprint.ComputedColumn.allCases {
            #expect(b.keyResultColumns[b.offset(c)].title == KeyResultColumns.table[b.offset(c)].id.title, "\(c)")
        }
        #expect(b.offset(.score) == 0 && b.offset(.line) == KeyResultColumns.computedTitles.count - 1)
        let f = b.keyResultFormulas(inputColumns: 2)
        #expect(f.linearScore == "=MAX(0,MIN(1,(K#-I#)/(J#-I#)))")
        #expect(f.band.contains("\"\(ScorecardWords(.english).amber)\""))
    }
}

/// Sheet names stay valid in every language: Excel refuses a name over 31 characters, with any of
/// `[]:*?/\`, or repeating another sheet's (case-insensitively), and the workbook would not open.
@Suite struct SheetNameTests {
    static func valid(_ name: String, reserve: Int = 0) -> Bool {
        !name.isEmpty && name.unicodeScalars.count <= ScorecardLayout.sheetNameLimit - reserve
            && !name.contains(where: { ScorecardLayout.sheetNameForbidden.contains($0) })
            && !name.hasPrefix("'") && !name.hasSuffix("'")
    }

    @Test(arguments: Language.all)
    func everySheetNameIsValidAndUniqueIn(_ language: Language) {
        let names = SheetNames(Wording(language))
        for name in names.all { #expect(Self.valid(name), "\(language): \(name)") }
        // Lists that continue on numbered sheets keep room for " (12)".
        for name in [names.objectives, names.keyResults, names.wins, names.misses, names.checkIns, names.checks,
                     names.problems] {
            #expect(Self.valid(Paging(name, items: 30, rowsPerSheet: 2).name(12)), "\(language): \(name)")
        }
        #expect(Set(names.all.map { $0.lowercased() }).count == names.all.count, "\(language)")
        #expect(names.keyResults == ScorecardLayout.keyResultsSheet(in: Wording(language)))
    }

    @Test func theQpsNamesCarryTheMarker() {
        for name in SheetNames(Wording(Language.named("qps")!)).all { #expect(name.hasPrefix("⟦"), "\(name)") }
    }

    @Test func aLongOrForbiddenTranslationIsMadeSafeInOnePlace() {
        #expect(ScorecardLayout.sheetName("Q3: wins/misses [final]?") == "Q3- wins-misses -final--")
        #expect(ScorecardLayout.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(ScorecardLayout.sheetName(String(repeating: "é", count: 40), reserve: 6).unicodeScalars.count == 25)
        #expect(ScorecardLayout.sheetName("'quoted'") == "quoted")
        #expect(ScorecardLayout.sheetName("[]") == "--")
        #expect(ScorecardLayout.sheetName("''") == "Sheet")
    }
}
