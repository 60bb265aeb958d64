import Foundation
import Testing
import TownhallCore
@testable import TownhallXlsx

/// The scorecard's own words in the workbook's language: each playbook check worded (its id kept
/// as a code), the confidence trend and the check-ins note's holes filled in that language, and
/// a separate header for each of the two "value" columns.
@Suite struct WorkbookWordingTests {
    static let german = Language.named("de")!

    static func german(_ report: CycleReport) -> CycleReport {
        var r = report
        r.organization.language = german
        return r
    }

    /// XML text as libxlsxwriter writes it into a shared string.
    static func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test func playbookChecksWordEachCheckAndKeepItsIdAsACode() throws {
        let report = Self.german(try CheckInFixtures.report())
        #expect(!report.checks.isEmpty)
        let (book, _) = try CheckInFixtures.write(report)
        let words = report.wording
        let xml = try book.sheet(words("workbook.sheet.checks"))
        #expect(xml.contains("<t>\(Self.xml(words("workbook.column.checkId")))</t>"))
        for finding in report.checks {
            let summary = try #require(Playbook.summary(of: finding.id, limits: report.limits, thresholds: report.thresholds, in: words))
            #expect(xml.contains(Self.xml(String(summary.dropFirst()))), "\(finding.id)")
            #expect(xml.contains("<t>\(finding.id)</t>"))
        }
        #expect(!xml.contains("every key result") && !xml.contains("Every key result"))
    }

    /// The core rounds the confidence trend; the workbook words it (German: `Pp.`, not `pts`).
    @Test func theConfidenceTrendIsWordedInTheLanguage() throws {
        let report = Self.german(try CheckInFixtures.report())
        let (book, _) = try CheckInFixtures.write(report)
        let xml = try book.sheet(report.wording("workbook.sheet.keyResults"))
        #expect(xml.contains(" Pp.</t>") && !xml.contains(" pts</t>"))
    }

    /// Where the cycle's dates came from is worded by each language, never the core's English word.
    @Test(arguments: ["de", "fr", "es", "ja"])
    func theCheckInsNoteWordsWhereTheDatesCameFrom(code: String) {
        let words = Wording(Language.named(code)!)
        for source in ["config", "export", "cycle name", "check-ins"] {
            let text = words("workbook.note.checkIns", ["source": .text(source), "used": .text("all")])
            #expect(!text.contains(" \(source))") && !text.contains("cycle name") && !text.contains("config)"), "\(code) \(source)")
        }
        let all = Set(["config", "export", "cycle name", "check-ins"].map { words("workbook.note.checkIns", ["source": .text($0)]) })
        #expect(all.count == 4)
    }

    /// An objective's company value and a check-in's measured value are two headers a language can word apart.
    @Test func theTwoValueColumnsHaveTheirOwnHeaders() {
        for language in [Self.german, Language.named("ja")!, Language.named("fr")!, Language.named("es")!] {
            let w = Wording(language)
            #expect(w("workbook.column.objectiveValue") != w("workbook.column.checkInValue"), "\(language.code)")
        }
        #expect(Wording.english("workbook.column.objectiveValue") == "Value" && Wording.english("workbook.column.checkInValue") == "Value")
    }

    /// The columns a Viva Goals export's profile adds are townhall's, not the file's: their headers
    /// and the type/status words it derived are worded; the cells it copied stay as written.
    @Test func aVivaExportsAddedColumnsAreWordedInGerman() throws {
        let csv = """
            Id,Title,Team,Owner,Period,"Aligned To (weight, Objective ID)",Target,Object Type,Goal Type,Start,Actual Progress,Status,Score
            1,Grow,Sales,Ana,Q3 2025,N/A,,Objective,,,,,
            2,Sign 10 logos,Sales,"Ana, Bo",Q3 2025,"Grow(weight: 50%, Id: 1)",10,Key result,Committed Goal,0,4,On Track,
            3,Open 2 offices,Sales,Ana,Q3 2025,"Grow(weight: 50%, Id: 1)",2,Key result,Aspirational Goal,0,1,Postponed,

            """
        let report = Self.german(try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "viva.csv")))
        #expect(report.source.profile == "viva-goals" && report.source.derivedColumns.count == 11)
        let (book, _) = try CheckInFixtures.write(report)
        let w = report.wording
        let xml = try book.sheet(w("workbook.sheet.keyResults"))
        for key in ["objective", "objectiveID", "weightAsGiven", "alignedTo", "objectiveOwner", "owner", "type", "status",
                    "scoreShort", "currentAsGiven", "notes"] {
            #expect(xml.contains("<t>\(Self.xml(w("workbook.column." + key)))</t>"), "\(key)")
        }
        for field in ["objective_id", "aligned_to", "objective_owner", "kr_owner", "weight", "current", "committed",
                      "aspirational", "deferred"] {
            #expect(!xml.contains("<t>\(field)</t>"), "\(field)")
        }
        #expect(xml.contains("<t>verbindlich</t>") && xml.contains("<t>ambitioniert</t>") && xml.contains("<t>zurückgestellt</t>"))
        // The file's own headers and the cells copied from it stay as written.
        #expect(xml.contains("<t>Goal Type</t>") && xml.contains("<t>On Track</t>") && xml.contains("<t>Ana</t>"))
    }

    /// A plain CSV's headers are input, even the ones that are field names.
    @Test func aGenericCSVsFieldNameHeadersStayAsWritten() throws {
        let csv = "team,objective_id,objective,key_result,type,status,start,target,current\nA,O1,O,k,committed,deferred,0,10,5\n"
        let report = Self.german(try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "okrs.csv")))
        #expect(report.source.derivedColumns.isEmpty)
        let (book, _) = try CheckInFixtures.write(report)
        let xml = try book.sheet(report.wording("workbook.sheet.keyResults"))
        for header in ["objective_id", "objective", "type", "status", "current"] { #expect(xml.contains("<t>\(header)</t>"), "\(header)") }
        #expect(xml.contains("<t>deferred</t>") && !xml.contains("<t>zurückgestellt</t>"))
    }
}
