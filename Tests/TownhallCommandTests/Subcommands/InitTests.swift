import Foundation
import Testing
@testable import TownhallCommand

/// `init` in-process: the starter files, reported cleanly, never overwritten.
@Suite struct InitTests {
    @Test func writesAStarterThatReportsCleanly() throws {
        let s = Scratch()
        let r = Run(["init", s.file("start")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(s.names("start") == ["okrs.csv", "townhall.toml"])
        #expect(r.stdout.hasPrefix("wrote ") && r.stdout.contains("then run: townhall report "))
        let report = Run(["report", s.file("start/okrs.csv"), "--config", s.file("start/townhall.toml"),
                          "--out", s.file("out"), "--formats", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.isEmpty)
        #expect(report.stdout.contains("8 key results (8 scored)"))
    }

    @Test func refusesToOverwriteWith73() throws {
        let s = Scratch()
        #expect(Run(["init", s.path]).status == 0)
        s.write("townhall.toml", "# mine\n")
        let again = Run(["init", s.path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists; not overwriting it"))
        #expect(try String(contentsOfFile: s.file("townhall.toml"), encoding: .utf8) == "# mine\n")
    }

    @Test func aFolderThatCannotBeMadeExits73() {
        let s = Scratch()
        let blocker = s.write("plainfile", "x")
        #expect(Run(["init", blocker + "/sub"]).status == 73)
    }
}
