import Foundation
import Testing
@testable import TownhallCommand

/// `lint` in-process: findings by team, `FILE:LINE` places, 0 with warnings, 65 on unusable input.
@Suite struct LintTests {
    @Test func theSampleListsFindingsByTeamAndExits0() {
        let r = Run(["lint", Sample.export])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.contains(" — ") && $0.contains("finding") })
        #expect(lines.contains { $0.hasPrefix("  \(Sample.export):") && $0.contains(": warning: [") })
        #expect(r.stdout.contains("[objective-kr-count]"))
        #expect(lines.dropLast().last?.hasPrefix("2026-Q3: 66 key results") == true)
    }

    @Test func rowProblemsAreListedWithTheirPlace() {
        let s = Scratch()
        let f = s.write("in.csv", smallExport)
        let r = Run(["lint", f])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Data problems — 1\n  \(f):3: problem: target: "))
        #expect(r.stdout.hasSuffix("1 row problem, 0 rejected rows\n"))
    }

    @Test func quietPrintsOnlyTheSummaryLine() {
        let s = Scratch()
        let r = Run(["lint", s.write("in.csv", smallExport), "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.filter { $0 == "\n" }.count == 1)
        #expect(r.stderr.isEmpty)
    }

    @Test func unusableInputExits65() {
        let s = Scratch()
        let f = s.write("in.csv", "team,objective\nA,O\n")
        let r = Run(["lint", f])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("townhall: error: \(f):1: missing required column"))
        #expect(r.stdout.isEmpty)
    }

    @Test func aMissingFileExits66() {
        #expect(Run(["lint", "/nonexistent/okrs.csv"]).status == 66)
    }

    @Test func lineListsAreCutAfterEight() {
        #expect(Lint.lineList([3, 4, 9]) == "3, 4, 9")
        #expect(Lint.lineList(Array(1...12)) == "1, 2, 3, 4, 5, 6, 7, 8, … (12 lines)")
    }
}
