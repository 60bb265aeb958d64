import Foundation
import Testing
@testable import TownhallCommand

/// `report` in-process: exit statuses and messages of SPEC §1, outputs all or nothing.
@Suite struct ReportTests {
    @Test func theSampleWritesEveryOutputAndOneLine() throws {
        let s = Scratch()
        let r = Run(["report", Sample.export, "--checkins", Sample.checkIns, "--config", Sample.config, "--out", s.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote ") && r.stdout.filter { $0 == "\n" }.count == 1)
        #expect(r.stdout.contains("66 key results"))
        #expect(s.names() == ["2026-q3-carry-forward.csv", "2026-q3-scorecard.xlsx", "2026-q3-summary.json",
                              "2026-q3-townhall.html"])
    }

    @Test func sourceDateEpochComesFromTheConsolesEnvironment() throws {
        let s = Scratch()
        let r = Run(["report", Sample.export, "--out", s.path, "--formats", "json"],
                    environment: ["SOURCE_DATE_EPOCH": "86400"])
        #expect(r.status == 0)
        let json = try String(contentsOfFile: s.file("2026-q3-summary.json"), encoding: .utf8)
        #expect(json.contains("\"generated_at\": \"1970-01-02T00:00:00Z\""))
    }

    @Test func aMissingExportExits66AndWritesNothing() {
        let s = Scratch()
        let r = Run(["report", s.file("nope.csv"), "--out", s.file("out")])
        #expect(r.status == 66)
        #expect(r.errors == ["townhall: error: \(s.file("nope.csv")): no such file"])
        #expect(s.names("out").isEmpty)
    }

    @Test func aFolderAsExportExits66() {
        let s = Scratch()
        let r = Run(["report", s.path, "--out", s.file("o")])
        #expect(r.status == 66)
        #expect(r.errors == ["townhall: error: \(s.path): is a folder, not a file"])
    }

    @Test func aMissingColumnExits65NamingFileLineAndColumn() {
        let s = Scratch()
        let f = s.write("in.csv", "team,objective,target\nA,O,1\n")
        let r = Run(["report", f, "--out", s.file("out"), "--formats", "json"])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("townhall: error: \(f):1: missing required column"))
        #expect(r.stderr.contains("`key_result`"))
        #expect(s.names("out").isEmpty)
    }

    @Test func malformedQuotingNamesTheLineItStarts() {
        let s = Scratch()
        let f = s.write("in.csv", "team,objective,key_result\nA,O,k1\nA,O,\"never closed\nA,O,k3\n")
        let r = Run(["report", f, "--out", s.file("o"), "--formats", "json"])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("townhall: error: \(f):3: malformed quoting"))
    }

    @Test func strictTurnsARowProblemInto65WithItsLine() {
        let s = Scratch()
        let f = s.write("in.csv", smallExport)
        let r = Run(["report", f, "--out", s.file("out"), "--formats", "json", "--strict"])
        #expect(r.status == 65)
        #expect(r.errors == ["townhall: error: \(f):3: 1 row problem and 0 rejected rows (--strict)"])
        #expect(s.names("out").isEmpty)
    }

    @Test func warningsGoToStderrAndQuietSilencesThem() {
        let s = Scratch()
        let f = s.write("in.csv", "team,objective,key_result,type,start,target,current\nA,O,k1,committed,,10,5\n")
        let r = Run(["report", f, "--out", s.path, "--formats", "json"])
        #expect(r.status == 0)
        #expect(r.stderr == "townhall: warning: \(f): 1 key result without a start: progress counted from 0 (see the missing-start check)\n")
        let quiet = Run(["report", f, "--out", s.path, "--formats", "json", "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test func aConfigMistakeExits65WithFileAndLine() {
        let s = Scratch()
        let cfg = s.write("t.toml", "[scoring]\ngreen = 0.7\ngren = 0.1\n")
        let r = Run(["report", Sample.export, "--config", cfg, "--out", s.file("o")])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(cfg):3: unknown key `gren`"))
        #expect(Run(["report", Sample.export, "--config", s.file("none.toml")]).status == 66)
    }

    @Test func anOutputFolderThatCannotBeMadeExits73() {
        let s = Scratch()
        let blocker = s.write("plainfile", "x")
        let r = Run(["report", Sample.export, "--out", blocker + "/sub", "--formats", "json"])
        #expect(r.status == 73)
        #expect(r.errors.first?.hasPrefix("townhall: error: \(blocker)/sub: cannot create the output folder") == true)
    }

    @Test func anOutputThatWouldReplaceTheExportExits73() {
        let s = Scratch()
        let f = s.write("2026-q3-summary.json", "cycle,team,objective,key_result\n2026-Q3,A,O,k1\n")
        let r = Run(["report", f, "--out", s.path, "--formats", "json"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is this run's own file"))
        #expect(try! String(contentsOfFile: f, encoding: .utf8).hasPrefix("cycle,"))
    }

    @Test func aFailedRunLeavesTheEarlierOutputAsItWas() throws {
        let s = Scratch()
        let good = s.write("good.csv", "cycle,team,objective,key_result,target,current\nQ3,A,O,k1,1,1\n")
        let bad = s.write("bad.csv", "cycle,team,objective,key_result,target,current\nQ3,A,O,\"k1,1,1\n")
        #expect(Run(["report", good, "--out", s.file("o"), "--formats", "json"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: s.file("o/q3-summary.json")))
        #expect(Run(["report", bad, "--out", s.file("o"), "--formats", "json"]).status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.file("o/q3-summary.json"))) == before)
        #expect(s.names("o") == ["q3-summary.json"])
    }

    @Test func severalCyclesNeedCycle() {
        let s = Scratch()
        let f = s.write("in.csv", "cycle,team,objective,key_result\n2026-Q2,A,O,k1\n2026-Q3,A,O,k2\n")
        let r = Run(["report", f, "--out", s.file("o"), "--formats", "json"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--cycle"))
        #expect(Run(["report", f, "--out", s.file("o"), "--formats", "json", "--cycle", "2026-Q2"]).status == 0)
        #expect(s.names("o") == ["2026-q2-summary.json"])
    }

    @Test func noProgressLineWhenStderrIsNotATerminal() {
        let s = Scratch()
        let r = Run(["report", Sample.export, "--out", s.path, "--formats", "json"])
        #expect(!r.stderr.contains("\r"))
    }
}
