// xlsx-floor INPUT.csv OUTPUT.xlsx
//
// The speed floor townhall is measured against (issue 8): the workbook `townhall report` writes
// for INPUT — the same sheets, cells, cell types, formats, conditional formats, autofilters, frozen
// headers, charts and document properties, in constant-memory mode — written with libxlsxwriter
// and nothing else, from one streaming pass over the file. No scoring pipeline, no HTML, no JSON:
// the computed cells carry stand-in values of the types townhall writes (see Floor.swift).
import Foundation
@_spi(Stages) import TownhallCore  // the floor reads with the core's own reader stages

let arguments = CommandLine.arguments
guard arguments.count == 3, !arguments[1].hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: xlsx-floor INPUT.csv OUTPUT.xlsx\n".utf8))
    exit(64)
}
let inputPath = arguments[1], outputPath = arguments[2]

/// The file's bytes in one read, straight into the array the CSV reader walks.
func readAll(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { fail("\(path): cannot be read") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { fail("\(path): cannot be read") }
    let size = Int(st.st_size)
    return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        var done = 0
        while done < size {
            let n = read(fd, buffer.baseAddress! + done, size - done)
            if n <= 0 { break }
            done += n
        }
        count = done
    }
}

let raw = readAll(inputPath)
let text: [UInt8]
do { text = try TextDecoding.utf8(raw, file: inputPath).bytes } catch { fail("\(error)") }
let delimiter = CSVReader.detectDelimiter(text)
// ZIP64 as townhall decides it (about 2.2 KB of sheet XML a KR plus twice its text): lines bound the KRs.
var newlines = 0
text.withUnsafeBufferPointer { p in for b in p where b == 0x0A { newlines += 1 } }
let zip64 = 2_200 * newlines + 2 * text.count > 2_000_000_000

let writer = Floor(input: inputPath, output: outputPath, zip64: zip64)
var sawHeader = false
do {
    try CSVReader(delimiter: delimiter).forEachRecord(in: text, file: inputPath) { record in
        // Blank lines (only spaces, tabs or delimiters) are not rows.
        if record.fields.allSatisfy({ $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || $0.trimmed.isEmpty }) { return }
        if !sawHeader {
            sawHeader = true
            writer.header(record.fields)
        } else {
            if writer.krRow >= 1_048_575 { fail("more key results than one sheet holds: the floor does not page") }
            writer.record(record.fields, line: record.line)
        }
    }
} catch {
    fail("\(error)")
}
if !sawHeader { fail("\(inputPath): no header line: the file is empty") }
writer.finish()
