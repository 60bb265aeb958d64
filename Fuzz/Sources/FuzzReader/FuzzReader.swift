@_spi(Stages) import TownhallCore  // the fuzz targets drive the reader stages directly

/// libFuzzer entry point for the reader: any bytes must either decode and split into records or
/// throw an `InputError` with a line — never crash, hang or trip a sanitizer. On success the
/// records must be consistent (start lines increasing and within the file) and must survive an
/// RFC 4180 write → read round trip unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text: [UInt8]
    do {
        text = try TextDecoding.utf8(bytes, file: "fuzz").bytes
    } catch let e as InputError {
        precondition(e.location.line.map { $0 >= 1 } ?? true, "decoding error with line < 1")
        return 0
    } catch {
        preconditionFailure("TextDecoding threw a non-InputError: \(error)")
    }
    precondition(TextDecoding.firstInvalidUTF8(text) == nil, "decoded text is not valid UTF-8")
    let delimiter = CSVReader.detectDelimiter(text)
    precondition([UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].contains(delimiter))
    let reader = CSVReader(delimiter: delimiter)
    var records: [CSVReader.Record] = []
    do {
        try reader.forEachRecord(in: text, file: "fuzz") { records.append($0) }
    } catch let e as InputError {
        precondition((e.location.line ?? 0) >= 1, "reader error without a line")
        return 0
    } catch {
        preconditionFailure("CSVReader threw a non-InputError: \(error)")
    }
    let physicalLines = 1 + countLineBreaks(text)
    var previous = 0
    for r in records {
        precondition(r.line > previous && r.line <= physicalLines, "record line \(r.line) out of order or range")
        previous = r.line
    }
    // Round trip: every record written with RFC 4180 quoting reads back identically, one record
    // per record. Skip the trivial single-empty-field records (a blank line has no written form
    // that differs from "no record" at the end of a file).
    let kept = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    var written: [UInt8] = []
    for r in kept {
        for (i, f) in r.fields.enumerated() {
            if i > 0 { written.append(delimiter) }
            let utf8 = Array(f.utf8)
            if utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || utf8.isEmpty {
                written.append(0x22)
                for b in utf8 {
                    if b == 0x22 { written.append(0x22) }
                    written.append(b)
                }
                written.append(0x22)
            } else {
                written.append(contentsOf: utf8)
            }
        }
        written.append(0x0A)
    }
    var again: [[String]] = []
    do {
        try reader.forEachRecord(in: written) { again.append($0.fields) }
    } catch {
        preconditionFailure("re-reading written records failed: \(error)")
    }
    precondition(again == kept.map(\.fields), "round trip changed the records")
    // Numbers: never crash, and a parsed value is finite.
    let plain = NumberParser(), comma = NumberParser(decimalComma: true)
    for r in records.prefix(64) {
        for f in r.fields.prefix(64) where f.utf8.count <= 256 {
            if let p = plain.parse(f) { precondition(p.value.isFinite) }
            if let p = comma.parse(f) { precondition(p.value.isFinite) }
        }
    }
    return 0
}

/// LF, CRLF and lone CR each end one physical line.
func countLineBreaks(_ b: [UInt8]) -> Int {
    var n = 0
    var i = 0
    while i < b.count {
        if b[i] == 0x0A {
            n += 1
        } else if b[i] == 0x0D {
            n += 1
            if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
        }
        i += 1
    }
    return n
}
