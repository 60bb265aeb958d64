import Foundation
@_spi(Stages) import TownhallCore  // the fuzz targets drive the reader stages directly
import ZIPFoundation

/// libFuzzer entry point for the XLSX reader: any bytes give a sheet or an `InputError` — never
/// a crash, hang, sanitizer report or runaway memory. A sheet read is valid UTF-8 CSV that
/// `CSVReader` splits without error, and its lines map to sheet rows that only go up.
///
/// The first byte picks what the rest is: even, a whole file (ZIP bytes, as a user would give);
/// odd, the XML of a workbook's parts separated by NUL bytes — sheet, shared strings, styles,
/// workbook — packed here into a valid archive, so mutations reach the XML rather than dying on
/// ZIP checksums. Bit 1 asks for `--sheet okr`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsx(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard size > 0, let data else { return 0 }
    let mode = data[0]
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let bytes = mode & 1 == 0 ? rest : workbook(from: rest)
    var limits = SpreadsheetInput.Limits()
    limits.inflateSlack = 4 << 20
    limits.inflateAbsolute = 64 << 20
    let sheet: SpreadsheetInput.Sheet?
    do {
        sheet = try SpreadsheetInput.read(bytes, file: "fuzz.xlsx", sheet: mode & 2 == 2 ? "okr" : nil, limits: limits)
    } catch let e as InputError {
        precondition(!e.message.isEmpty, "an error without a message")
        if let line = e.location.line { precondition(line >= 0 && line <= 1_048_576, "error row \(line)") }
        return 0
    } catch {
        preconditionFailure("SpreadsheetInput.read threw a non-InputError: \(error)")
    }
    guard let sheet else {
        precondition(!(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])), "a ZIP not taken as a workbook nor refused")
        return 0
    }
    precondition(TextDecoding.firstInvalidUTF8(sheet.csv) == nil, "the sheet's CSV is not UTF-8")
    var lastRow = 0
    do {
        try CSVReader(delimiter: UInt8(ascii: ",")).forEachRecord(in: sheet.csv) { record in
            let row = sheet.row(ofLine: record.line)
            precondition(row > lastRow && row <= 1_048_576, "line \(record.line) maps to row \(row) after \(lastRow)")
            lastRow = row
            precondition(record.fields.count <= 16_384, "\(record.fields.count) fields")
        }
    } catch {
        preconditionFailure("the sheet's CSV does not read back: \(error)")
    }
    return 0
}

/// A workbook whose parts are the NUL-separated pieces of `raw`: sheet, shared strings, styles, workbook.
func workbook(from raw: [UInt8]) -> [UInt8] {
    let pieces = raw.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
    func piece(_ i: Int, _ fallback: String) -> Data { i < pieces.count && !pieces[i].isEmpty ? pieces[i] : Data(fallback.utf8) }
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts: [(String, Data)] = [
        ("_rels/.rels", Data(#"<Relationships><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
        ("xl/workbook.xml", piece(3, #"<workbook><sheets><sheet name="okr" sheetId="1" r:id="rId1"/></sheets></workbook>"#)),
        ("xl/_rels/workbook.xml.rels", Data(#"<Relationships><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#.utf8)),
        ("xl/worksheets/sheet1.xml", piece(0, "<worksheet><sheetData/></worksheet>")),
        ("xl/sharedStrings.xml", piece(1, "<sst/>")),
        ("xl/styles.xml", piece(2, "<styleSheet/>")),
    ]
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return [] }
    for (path, d) in parts {
        try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .none) { pos, n in
            d.subdata(in: Int(pos)..<Int(pos) + n)
        }
    }
    return [UInt8](archive.data ?? Data())
}
