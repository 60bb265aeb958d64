import Foundation
import Testing
@testable import TownhallCommand

/// `explain` in-process: the reading on stdout, 0 when reportable, 65 with the reason, 66 when missing.
@Suite struct ExplainTests {
    @Test func theSampleIsReportable() {
        let r = Run(["explain", Sample.export])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("key_result"))
        #expect(r.stderr.isEmpty)
    }

    @Test func anUnusableHeaderExits65WithTheReasonOnBothStreams() {
        let s = Scratch()
        let f = s.write("in.csv", "team,objective\nA,O\n")
        let r = Run(["explain", f])
        #expect(r.status == 65)
        #expect(r.stdout.contains("missing required column"))
        #expect(r.stderr.hasPrefix("townhall: error: \(f):1: missing required column"))
    }

    @Test func aMissingFileExits66() {
        let r = Run(["explain", "/nonexistent/okrs.csv"])
        #expect(r.status == 66)
        #expect(r.stdout.isEmpty)
    }
}
