import Foundation
import Testing
@testable import TownhallCommand

/// `history` in-process: trends from the archive `report --archive` writes.
@Suite struct HistoryTests {
    @Test func trendsFromTwoArchivedCycles() throws {
        let s = Scratch()
        let archive = s.file("cycles.sqlite")
        for cycle in ["2026-Q2", "2026-Q3"] {
            let f = s.write("\(cycle).csv", "cycle,team,objective,key_result,start,target,current\n\(cycle),A,O,k1,0,10,7\n\(cycle),B,P,k2,0,10,3\n")
            let r = Run(["report", f, "--archive", archive, "--out", s.file("out"), "--formats", "json"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let r = Run(["history", "--archive", archive, "--out", s.file("trends")])
        #expect(r.status == 0, "\(r.stderr)")
        let trends = s.file("trends")
        #expect(r.stdout == "wrote \(trends)/history.json, \(trends)/history-trends.html, \(trends)/history-trends.xlsx: 2 cycles, 2 teams\n")
        #expect(s.names("trends") == ["history-trends.html", "history-trends.xlsx", "history.json"])
    }

    @Test func aMissingArchiveExits66() {
        let s = Scratch()
        let r = Run(["history", "--archive", s.file("none.sqlite"), "--out", s.file("o")])
        #expect(r.status == 66)
        #expect(s.names("o").isEmpty)
    }

    @Test func aFileThatIsNotAnArchiveExits65() {
        let s = Scratch()
        let r = Run(["history", "--archive", s.write("notes.sqlite", "just text\n"), "--out", s.file("o")])
        #expect(r.status == 65)
        #expect(r.errors.count == 1)
    }
}
