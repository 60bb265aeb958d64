import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

/// The compact model: row text held once as offsets, names shared, numbers packed.
@Suite struct RowStoreTests {
    let header = "team,objective,key_result,kr_owner,notes,extra\n"

    func table(_ body: String) throws -> RawTable {
        try RawTable(bytes: Array((header + body).utf8), file: "t.csv")
    }

    @Test func boundsMarkEveryFieldAndTheRowEnd() throws {
        var seen: [[UInt32]] = []
        let text = Array("a,\"b,\"\"c\",\nx\r\n\"q\"".utf8)
        try text.withUnsafeBufferPointer { p in
            try CSVReader().forEachRow(in: p) { _, bounds in seen.append(bounds) }
        }
        #expect(seen == [[0, 2, 10, 10], [11, 12], [14, 17]])
        text.withUnsafeBufferPointer { p in
            #expect(CSVReader.field(p, start: 2, end: CSVReader.end(seen[0], 1)) == "b,\"c")
            #expect(CSVReader.field(p, start: 10, end: CSVReader.end(seen[0], 2)) == "")
            #expect(CSVReader.field(p, start: 14, end: CSVReader.end(seen[2], 0)) == "q")
        }
    }

    @Test func rowsReadBackAsWrittenTrimmedByField() throws {
        let t = try table("T,O,\"  say \"\"hi\"\"  \",ann,\"two\nlines\",z\nT,O,k2\n")
        let s = t.store
        #expect(t.rowCount == 2)
        #expect(t.lines == [2, 4])
        #expect(s.fieldCount(0) == 6 && s.fieldCount(1) == 3)
        #expect(s.raw(0, 2) == "  say \"hi\"  ")
        #expect(s.cell(0, .keyResult) == "say \"hi\"")
        #expect(s.cell(0, .notes) == "two\nlines")
        #expect(s.raw(1, 4) == "" && s.raw(1, 99) == "" && s.raw(1, -1) == "")
        #expect(s.fields(1, count: 6) == ["T", "O", "k2", "", "", ""])
        #expect(s.cell(0, .status) == "")  // no such column
        #expect(s.rawByteCount(0, 2) == "\"  say \"\"hi\"\"  \"".utf8.count)
    }

    @Test func rowsOf64KiBAndMoreKeepFullOffsets() throws {
        let long = String(repeating: "x", count: 70_000)
        let t = try table("T,O,k1,a,n\nT,\"\(long)\",k2,b,\"n, 2\"\nT,O,k3,c,n3\n")
        let s = t.store
        #expect(s.offsets.longRows.keys.sorted() == [1])
        #expect(s.raw(1, 1) == long)
        #expect(s.fields(1, count: 5) == ["T", long, "k2", "b", "n, 2"])
        #expect(s.fields(2, count: 5) == ["T", "O", "k3", "c", "n3"])
        #expect(s.sameRaw(0, 1, 0) && !s.sameRaw(0, 1, 1) && s.sameRaw(0, 2, 1))
        #expect(s.rawByteCount(1, 1) == 70_002)
    }

    @Test func sameRawComparesBytesNotStrings() throws {
        let t = try table("T,O,k1\nT,O2,k2\nT,,k3\nT\n")
        let s = t.store
        #expect(s.sameRaw(0, 1, 0))
        #expect(!s.sameRaw(0, 1, 1))
        #expect(!s.sameRaw(1, 2, 1))
        #expect(s.sameRaw(3, 3, 4))  // both past the end: both empty
        #expect(!s.sameRaw(0, 3, 1))
    }

    @Test func blankRowsAreLeftOutWhateverTheirQuoting() throws {
        let t = try table(" , \t,\"\"\n\"  \",\n\u{00A0},\nT,O,k\n")
        #expect(t.rowCount == 1)
        #expect(t.lines == [5])
    }

    @Test func builderQuotesAnyText() {
        var b = RowStore.Builder()
        b.append(["plain", "with \"quote\"", "\"starts quoted", "new\nline", ""])
        b.append([])
        b.append(["one"])
        let s = b.build(columns: [.team: 0, .keyResult: 2], width: 5)
        #expect(s.count == 3)
        #expect(s.fields(0, count: 5) == ["plain", "with \"quote\"", "\"starts quoted", "new\nline", ""])
        #expect(s.fieldCount(1) == 1 && s.raw(1, 0) == "")
        #expect(s.cell(0, .team) == "plain" && s.cell(0, .keyResult) == "\"starts quoted")
        #expect(s.raw(2, 0) == "one")
    }

    @Test func ordinalIsThePositionInAllCases() {
        for (i, f) in Field.allCases.enumerated() { #expect(f.ordinal == i, "\(f)") }
    }

    @Test func packedDoubleKeepsEveryValueAndNil() {
        struct Box { @PackedDouble var x: Double? }
        let values: [Double?] = [nil, 0, -0.0, 1.5, .infinity, -.infinity, .greatestFiniteMagnitude,
                                 .leastNonzeroMagnitude, .nan, -.nan, .signalingNaN]
        for v in values {
            let b = Box(x: v)
            switch (v, b.x) {
            case (nil, nil): break
            case let (a?, r?) where a.isNaN: #expect(r.isNaN)
            case let (a?, r?): #expect(a.bitPattern == r.bitPattern)
            default: Issue.record("\(String(describing: v)) read back as \(String(describing: b.x))")
            }
        }
        #expect(MemoryLayout<Box>.size == 8)
    }

    @Test func keyResultsShareNamesAndKeepTheirText() throws {
        let csv = "team,objective,key_result,kr_id,notes,start,target,current\n"
            + "Platform,Be fast and reliable,Cut p95 latency,k1,\"slow, then fast\",400,200,250\n"
            + "Platform,Be fast and reliable,Lift uptime,k2,,99,99.9,99.95\n"
        let report = try Townhall.report(from: Array(csv.utf8))
        let krs = report.keyResults
        #expect(krs.map(\.title) == ["Cut p95 latency", "Lift uptime"])
        #expect(krs[0].notes == "slow, then fast" && krs[1].notes == "")
        #expect(krs[0].fields == ["Platform", "Be fast and reliable", "Cut p95 latency", "k1", "slow, then fast",
                                  "400", "200", "250"])
        #expect(krs[0].fieldCount == 8 && krs[0].field(4) == "slow, then fast")
        // One string for the repeated objective: both rows point at the same storage.
        let a = krs[0].objective.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        let b = krs[1].objective.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(a != nil && a == b)
    }

    @Test func settersRewriteOnlyTheirText() {
        var kr = KeyResult(team: "T", objective: "O", title: "t", line: 7, notes: "n", fields: ["a", "b"],
                           score: 0.5)
        let copy = kr
        kr.status = "dropped"
        kr.fields = ["x"]
        #expect(kr.status == "dropped" && kr.notes == "n" && kr.title == "t" && kr.fields == ["x"])
        #expect(copy.status == "" && copy.fields == ["a", "b"])  // the copy keeps its own text
        #expect(kr.line == 7 && kr.score == 0.5)
        #expect(kr != copy)
        kr.status = ""
        kr.fields = ["a", "b"]
        #expect(kr == copy)
    }
}
