import Foundation
import Testing
import TownhallArchive
import TownhallCore

@Suite struct ArchiveTests {
    func tempPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("townhall-\(UUID().uuidString).sqlite").path
    }

    func report(_ cycle: String, current: String = "5") throws -> CycleReport {
        let csv = "cycle,team,objective,kr_id,key_result,type,start,target,current\n"
            + "\(cycle),A,O,K1,Grow,committed,0,10,\(current)\n\(cycle),A,O,K2,Stretch,aspirational,0,10,8\n"
        return try Townhall.report(from: Array(csv.utf8))
    }

    @Test func storesAndReadsBackCyclesInOrder() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try Archive(path: path)
        try archive.store(try report("2026-Q3"))
        try archive.store(try report("2026-Q2", current: "10"))
        let cycles = try archive.cycles()
        #expect(cycles.map(\.name) == ["2026-Q2", "2026-Q3"])
        #expect(cycles[0].overallScore == 0.9)
        #expect(cycles[1].committedAttainment == 0)
        #expect(cycles[1].teamFigures.map(\.name) == ["A"])
        #expect(cycles[1].dates == CycleDates(cycleName: "2026-Q3"))
    }

    @Test func parentTeamsAreArchivedForTheirRollUpOnly() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        func tree(_ cycle: String, _ current: String) throws -> CycleReport {
            let csv = "cycle,team,parent_team,objective,kr_id,key_result,type,start,target,current\n"
                + "\(cycle),Platform,Engineering,Be fast,P1,Cut latency,committed,0,10,\(current)\n"
                + "\(cycle),Data,Engineering,Trust data,D1,Fix pipelines,committed,0,10,6\n"
            return try Townhall.report(from: Array(csv.utf8))
        }
        let archive = try Archive(path: path)
        try archive.store(try tree("2026-Q2", "4"))
        let q3 = try tree("2026-Q3", "8")
        let previous = try #require(try archive.previous(to: q3))
        let engineering = try #require(previous.teamFigures.first { $0.name == "Engineering" })
        #expect(engineering.score == nil && engineering.keyResults == 0 && !engineering.ownsOKRs)
        #expect(engineering.rollupScore == 0.5)
        #expect(previous.teamFigures.filter(\.ownsOKRs).map(\.name) == ["Platform", "Data"])
        // Trends follow the teams that own OKRs; the parent is no trend line.
        try archive.store(q3)
        let history = HistoryReport(cycles: try archive.cycles(), generatedAt: Date(timeIntervalSince1970: 0))
        #expect(history.teams == ["Platform", "Data"])
        // The comparison's own-score deltas stay per owning team.
        let comparison = CycleComparison(current: q3, previous: previous)
        #expect(comparison.teamScoreDelta.keys.sorted() == ["Data", "Platform"])
    }

    @Test func previousCycleCarriesItsKeyResults() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try Archive(path: path)
        try archive.store(try report("2026-Q2"))
        let q3 = try report("2026-Q3")
        let previous = try #require(try archive.previous(to: q3))
        #expect(previous.name == "2026-Q2")
        #expect(previous.keyResultKeys.map(\.id).sorted() == ["K1", "K2"])
        #expect(try archive.previous(to: try report("2026-Q1")) == nil)
    }

    @Test func reStoringACycleReplacesIt() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try Archive(path: path)
        try archive.store(try report("2026-Q3"))
        try archive.store(try report("2026-q3", current: "10"))
        let cycles = try archive.cycles()
        #expect(cycles.count == 1)
        #expect(cycles[0].committedAttainment == 1)
    }

    @Test func refusesForeignFilesUntouched() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let junk = Data("not a database, just notes\n".utf8)
        FileManager.default.createFile(atPath: path, contents: junk)
        #expect(throws: ArchiveError.self) { try Archive(path: path) }
        #expect(FileManager.default.contents(atPath: path) == junk)
    }

    @Test func historyNeedsAnExistingArchive() {
        #expect(throws: ArchiveError.self) { try Archive(path: tempPath(), create: false) }
    }
}
