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
}
