import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

/// A check is one file: everything that lists checks (config keys, `init`'s `[checks]` table, the
/// README's table, the deck's advice) is derived from `Playbook.all`, and no other source restates an id.
@Suite struct CheckCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The README's checks table as `Playbook.all` writes it, at the default limits and thresholds.
    static var readmeTable: String {
        let rows = Playbook.all.map { c in
            let summary = c.summary(PlaybookLimits(), Thresholds())
            let knobs = c.knobs.map { "`\($0.key)`" }.joined(separator: ", ")
            return "| `\(c.id)` | \(c.needsCheckIns ? "with check-ins: " : "")\(summary) | \(knobs.isEmpty ? "—" : knobs) |"
        }
        return (["| id | asks that | `[checks]` knobs |", "|---|---|---|"] + rows).joined(separator: "\n")
    }

    @Test func theReadmeTableIsTheChecks() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("| id | asks that |") }, "README.md has no checks table")
        let table = lines[start...].prefix { !$0.isEmpty }.joined(separator: "\n")
        #expect(table == Self.readmeTable, "README.md's checks table is out of date; replace it with:\n\(Self.readmeTable)")
    }

    /// Other languages' tables (`Presentation/Texts/<code>/checks.txt`, data rather than Swift)
    /// key a check's texts by its id: they are checked against the check's English by `WordingTests`.
    @Test func eachCheckIDIsWrittenInExactlyOneSourceFile() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        let texts = try files.map { ($0.path.replacingOccurrences(of: sources.path + "/", with: ""),
                                     try String(contentsOf: $0, encoding: .utf8)) }
        for check in Playbook.all {
            let holders = texts.filter { $0.1.contains(check.id) }.map(\.0)
            #expect(holders.count == 1, "\(check.id) is written in \(holders)")
            #expect(holders.first?.hasPrefix("TownhallCore/Checks/") == true, "\(check.id) is written in \(holders)")
        }
    }

    @Test func theConfigAcceptsEveryKnobAndNothingElse() throws {
        #expect(Configuration.schema["checks"] == Set(Playbook.knobs.map(\.key) + ["disabled"]))
        for (i, knob) in Playbook.knobs.enumerated() {
            let c = try Configuration(toml: "[checks]\n\(knob.key) = \(knob.defaultValue + 7 + i)\n")
            #expect(c.limits[knob] == knob.defaultValue + 7 + i)
            for other in Playbook.knobs where other != knob { #expect(c.limits[other] == other.defaultValue) }
        }
    }

    @Test func theStarterTableParsesToTheDefaults() throws {
        let table = Configuration.starterChecksTable
        #expect(try Configuration(toml: table).limits == PlaybookLimits())
        for knob in Playbook.knobs { #expect(table.contains("\(knob.key) = \(knob.defaultValue)")) }
        #expect(table.contains("disabled = []"))
    }

    @Test func summariesAndAdviceStateTheLimitsInForce() {
        var limits = PlaybookLimits()
        for (i, knob) in Playbook.knobs.enumerated() { limits[knob] = 40 + i }
        for check in Playbook.all {
            let words = check.summary(limits, Thresholds()) + " " + (check.advice(limits, Thresholds(), count: 99, in: .english) ?? "")
            let numbers = words.split { !$0.isNumber }.compactMap { Int($0) }
            for knob in check.knobs {
                #expect(numbers.contains(limits[knob]), "\(check.id) does not say its \(knob.key): \(words)")
                #expect(!numbers.contains(knob.defaultValue), "\(check.id) states the default \(knob.key): \(words)")
            }
        }
        var t = Thresholds()
        t.sandbagging = 0.83
        #expect(Playbook.summary(of: Playbook.AspirationalTooEasy.id, limits: limits, thresholds: t)?.contains("0.83") == true)
    }

    @Test func limitsSetBackToTheirDefaultCompareEqual() {
        var limits = PlaybookLimits()
        limits.staleDays = 12
        #expect(limits != PlaybookLimits())
        limits.staleDays = 30
        #expect(limits == PlaybookLimits())
    }

    @Test func checkInChecksAreTheOnesThatNeedCheckIns() {
        #expect(Playbook.checkInIDs == ["kr-never-updated", "kr-stale", "team-mostly-stale"])
    }
}
