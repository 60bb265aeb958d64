import Foundation
import GRDB
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
        var archive = try Archive(path: path)
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
        var archive = try Archive(path: path)
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
        var archive = try Archive(path: path)
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
        var archive = try Archive(path: path)
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

    @Test func anEmptyDeviceOrFifoIsNotANewArchive() throws {
        let fifo = tempPath()
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        for path in ["/dev/null", fifo] {
            let error = #expect(throws: ArchiveError.self) { try Archive(path: path) }
            #expect(error?.kind == .notAnArchive)
        }
    }

    @Test func anEmptyRegularFileIsANewArchive() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: Data())
        _ = try Archive(path: path)
    }

    /// What a run creating a new archive leaves for a moment: an SQLite file in WAL mode with no
    /// schema yet. Another run reading it then must see an empty archive, not fail on a missing table.
    @Test func aFileWhoseSchemaIsNotWrittenYetReadsAsEmpty() throws {
        let path = tempPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let creator = try DatabasePool(path: path)
        defer { try? creator.close() }
        for archive in [try Archive(path: path), try Archive(readingOnly: path)] {
            #expect(try archive.cycles().isEmpty)
            #expect(try archive.previous(to: try report("2026-Q3")) == nil)
        }
        var archive = try Archive(path: path)
        try archive.store(try report("2026-Q3"))
        #expect(try archive.cycles().map(\.name) == ["2026-Q3"])
    }

    @Test func historyNeedsAnExistingArchive() {
        #expect(throws: ArchiveError.self) { try Archive(path: tempPath(), create: false) }
    }

    struct Boom: Error {}

    /// The file's bytes and the side files beside it.
    func snapshot(_ path: String) -> (Data?, [Bool]) {
        (FileManager.default.contents(atPath: path),
         ["-wal", "-shm", "-journal"].map { FileManager.default.fileExists(atPath: path + $0) })
    }

    @Test func aStoreWhoseOutputsFailLeavesTheArchiveAsItWas() throws {
        let path = tempPath()
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        var archive = try Archive(path: path)
        try archive.store(try report("2026-Q3"))
        #expect(throws: Boom.self) { try archive.store(try report("2026-Q3", current: "10")) { throw Boom() } }
        #expect(throws: Boom.self) { try archive.store(try report("2026-Q4")) { throw Boom() } }
        let cycles = try Archive(path: path).cycles()
        #expect(cycles.map(\.name) == ["2026-Q3"])
        #expect(cycles[0].committedAttainment == 0)   // still the first run's figures
    }

    @Test func aMissingArchiveIsCreatedOnlyWhenACycleIsStored() throws {
        let path = tempPath()
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        var archive = try Archive(path: path)
        #expect(try archive.cycles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
        var ran = false
        try archive.store(try report("2026-Q3")) { ran = true }
        #expect(ran)
        #expect(try Archive(path: path).cycles().count == 1)
    }

    @Test func aNewerArchiveIsRefusedByteForByteUntouched() throws {
        let path = tempPath()
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        do {
            var archive = try Archive(path: path)
            try archive.store(try report("2026-Q3"))
        }
        // Stamp a schema version this townhall does not know, in the header (offset 60, big-endian).
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        bytes[60...63] = [0, 0, 0, 99]
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        #expect(snapshot(path).1 == [false, false, false])
        let before = snapshot(path)
        do {
            _ = try Archive(path: path)
            Issue.record("a newer archive was opened")
        } catch let e as ArchiveError {
            #expect(e.reason.contains("newer townhall (schema 99)"))
        }
        #expect(throws: ArchiveError.self) { try Archive(path: path, create: false) }
        let after = snapshot(path)
        #expect(after.0 == before.0)
        #expect(after.1 == [false, false, false])
    }

    @Test func aDamagedArchiveIsRefusedWithoutSideFiles() throws {
        let path = tempPath()
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        do {
            var archive = try Archive(path: path)
            try archive.store(try report("2026-Q3"))
        }
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        for i in 4096..<min(bytes.count, 8192) { bytes[i] = 0xEE }   // the second page
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        #expect(throws: ArchiveError.self) { try Archive(path: path) }
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        #expect(snapshot(path).1 == [false, false, false])
    }
}
