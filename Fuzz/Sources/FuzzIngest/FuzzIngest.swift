import Foundation
@_spi(Stages) import TownhallCore  // the fuzz targets drive the reader stages directly

/// libFuzzer entry point for the whole ingest: any bytes give a report or an `InputError` —
/// never a crash, hang or sanitizer report. On success nothing is lost
/// (`input rows = key results + rejected + other cycles`) and every score lies in 0…1.
///
/// The first byte picks the options (so the corpus explores them too): bit 0 `--cycle 2026-Q3`,
/// bits 1–2 a forced delimiter (none, `,`, `;`, tab), bit 3 `--decimal-comma`; the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard size > 0, let data else { return 0 }
    let mode = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
    let options = ReportOptions(
        sourceName: "fuzz.csv", cycle: mode & 1 == 1 ? "2026-Q3" : nil,
        delimiter: delimiters[Int(mode >> 1) & 3], decimalComma: mode & 8 == 8 ? true : nil,
        generatedAt: Date(timeIntervalSince1970: 0))
    let report: CycleReport
    do {
        report = try Townhall.report(from: bytes, options: options)
    } catch is InputError {
        return 0
    } catch {
        preconditionFailure("Townhall.report threw a non-InputError: \(error)")
    }
    let c = report.counts
    precondition(c.inputRows == c.keyResults + c.rejectedRows + c.otherCycleRows, "rows lost")
    precondition(c.keyResults == c.scored + c.unscored + c.dropped, "key results miscounted")
    for kr in report.keyResults {
        if let s = kr.score { precondition(s >= 0 && s <= 1, "score \(s) out of 0…1") }
        precondition(kr.line >= 2, "key result line \(kr.line) before the first row")
    }
    for kr in report.keyResults {
        // ±inf is possible (current 1e308 against a target just past the tolerance); NaN is not.
        if let p = kr.progress { precondition(!p.isNaN, "progress NaN on line \(kr.line)") }
    }
    for o in report.objectives {
        if let s = o.score { precondition(s >= 0 && s <= 1, "objective score \(s)") }
    }
    if let s = report.headline.overallScore { precondition(s >= 0 && s <= 1, "overall score \(s)") }
    checkRowText(report, bytes: bytes, delimiter: delimiters[Int(mode >> 1) & 3])
    checkCarryForward(report)
    return 0
}

/// The carry-forward file reads back as key results with the very texts it was written from, and
/// none of its cells starts a formula.
func checkCarryForward(_ report: CycleReport) {
    let carried = report.carryForward
    guard !carried.isEmpty else { return }
    let csv = CarryForward.csv(report)
    try? CSVReader(delimiter: UInt8(ascii: ",")).forEachRecord(in: Array(csv.utf8)) { r in
        for f in r.fields {
            if let c = f.unicodeScalars.first, CarryForward.formulaLeads.contains(c) {
                precondition(NumberParser.isPlainNumber(Array(f.utf8)), "carry-forward cell \(f) starts a formula")
            }
        }
    }
    let next: CycleReport
    do {
        next = try Townhall.report(from: Array(csv.utf8), options: ReportOptions(sourceName: "carry.csv"))
    } catch {
        preconditionFailure("the carry-forward file does not read back: \(error)")
    }
    precondition(next.keyResults.count == carried.count, "carry-forward: \(next.keyResults.count) of \(carried.count) KRs read back")
    for (a, b) in zip(carried, next.keyResults) {
        precondition(a.title == b.title && a.team == b.team && a.objective == b.objective && a.owner == b.owner,
                     "carry-forward line \(b.line): texts changed")
    }
}

/// Differential check of the compact model: each key result's text, read back from the shared
/// `RowStore` offsets, equals its record as `CSVReader.forEachRecord` makes it (padded to the header).
func checkRowText(_ report: CycleReport, bytes: [UInt8], delimiter forced: UInt8?) {
    guard let text = try? TextDecoding.utf8(bytes).bytes else { return }
    let delimiter = forced ?? CSVReader.detectDelimiter(text)
    var records: [Int: [String]] = [:]
    var header: [String]?
    try? CSVReader(delimiter: delimiter).forEachRecord(in: text) { r in
        if r.fields.allSatisfy({ $0.trimmed.isEmpty }) { return }
        if header == nil { header = r.fields.map(\.trimmed); return }
        records[r.line] = r.fields
    }
    guard let header, header == report.header else { return }  // a wide layout is unfolded: other fields
    let own = CarryForward.isOwnHeader(header)  // townhall's carry-forward file: read with its guards undone
    for kr in report.keyResults {
        guard let raw = records[kr.line] else { preconditionFailure("no record starts on line \(kr.line)") }
        let fields = own ? raw.map(CarryForward.unguarded) : raw
        let padded = Array((fields + Array(repeating: "", count: max(0, header.count - fields.count))).prefix(header.count))
        precondition(kr.fields == padded, "line \(kr.line): \(kr.fields) read back, \(padded) written")
        precondition(kr.fieldCount == header.count, "line \(kr.line): \(kr.fieldCount) fields")
        for i in 0..<header.count { precondition(kr.field(i) == padded[i], "line \(kr.line) field \(i)") }
        if let t = report.headerFields.firstIndex(of: .keyResult) { precondition(kr.title == padded[t].trimmed) }
        if let n = report.headerFields.firstIndex(of: .notes) { precondition(kr.notes == padded[n].trimmed) }
    }
}
