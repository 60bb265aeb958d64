import Foundation
import Testing
import ZIPFoundation
@_spi(Stages) @testable import TownhallCore

/// Workbooks built in memory, part by part, read through `SpreadsheetInput.read`.
@Suite struct SpreadsheetInputTests {
    static let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func archive(_ parts: [(String, String)], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        try archive(parts.map { ($0.0, Data($0.1.utf8)) }, compression: compression)
    }

    static func archive(_ parts: [(String, Data)], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    /// A workbook of `sheets` (name, state or nil, sheetData XML), with optional shared strings and styles.
    static func workbook(_ sheets: [(String, String?, String)], shared: [String]? = nil, styles: String? = nil,
                         date1904: Bool = false, extra: [(String, String)] = []) throws -> [UInt8] {
        var rels = sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }
        if shared != nil { rels.append(#"<Relationship Id="rS" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/>"#) }
        if styles != nil { rels.append(#"<Relationship Id="rT" Type="\#(rel)/styles" Target="/xl/styles.xml"/>"#) }
        let entries = sheets.enumerated().map { i, s in
            #"<sheet name="\#(s.0)" sheetId="\#(i + 1)"\#(s.1.map { " state=\"\($0)\"" } ?? "") r:id="rId\#(i + 1)"/>"#
        }.joined()
        var parts: [(String, String)] = [
            ("_rels/.rels", #"<Relationships><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<workbook \#(ns) xmlns:r="\#(rel)">\#(date1904 ? #"<workbookPr date1904="true"/>"# : "")<sheets>\#(entries)</sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", "<Relationships>\(rels.joined())</Relationships>"),
        ]
        for (i, s) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", "<worksheet \(ns)><sheetData>\(s.2)</sheetData></worksheet>"))
        }
        if let shared { parts.append(("xl/sharedStrings.xml", "<sst \(ns)>" + shared.map { "<si>\($0)</si>" }.joined() + "</sst>")) }
        if let styles { parts.append(("xl/styles.xml", "<styleSheet \(ns)>\(styles)</styleSheet>")) }
        return try archive(parts + extra)
    }

    static func csv(_ bytes: [UInt8], sheet: String? = nil, limits: SpreadsheetInput.Limits = .init()) throws -> String {
        String(decoding: try SpreadsheetInput.read(bytes, file: "okrs.xlsx", sheet: sheet, limits: limits)!.csv, as: UTF8.self)
    }

    static func error(_ bytes: [UInt8], sheet: String? = nil, limits: SpreadsheetInput.Limits = .init()) -> InputError? {
        do { _ = try SpreadsheetInput.read(bytes, file: "okrs.xlsx", sheet: sheet, limits: limits); return nil }
        catch let e as InputError { return e } catch { return InputError("\(error)") }
    }

    static func t(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }
    static func n(_ ref: String, _ v: String, style: Int? = nil) -> String {
        #"<c r="\#(ref)"\#(style.map { " s=\"\($0)\"" } ?? "")><v>\#(v)</v></c>"#
    }

    @Test func notAZipIsNotASpreadsheet() throws {
        #expect(try SpreadsheetInput.read(Array("team,objective\n".utf8), file: "x.csv") == nil)
        #expect(try SpreadsheetInput.read([], file: "x.csv") == nil)
    }

    @Test func sharedAndInlineStringsNumbersBooleansErrorsAndSparseCells() throws {
        let book = try Self.workbook(
            [("okr", nil, #"<row r="1">\#(Self.t("A1", "a"))<c r="B1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c></row>"#
              + #"<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c>"#
              + #"<c r="E3" t="str"><f>A1</f><v>x, "y"</v></c>\#(Self.n("F3", "1.5E-3"))<c r="G3"/></row>"#)],
            shared: ["<t>shared</t>", "<r><t>rich </t></r><r><t xml:space=\"preserve\">text</t></r><rPh><t>skip</t></rPh>"])
        #expect(try Self.csv(book) == "a,shared,,rich text\n\nTRUE,FALSE,#N/A,,\"x, \"\"y\"\"\",0.0015\n")
    }

    @Test func percentAndDateFormatsAsACsvExportShowsThem() throws {
        let styles = #"<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="22"/></cellXfs><cellStyleXfs><xf numFmtId="9"/></cellStyleXfs>"#
        let row = #"<row r="1">\#(Self.n("A1", "0.58", style: 1))\#(Self.n("B1", "46204", style: 2))\#(Self.n("C1", "46204.25", style: 3))\#(Self.n("D1", "0.58", style: 0))\#(Self.n("E1", "7", style: 99))</row>"#
        #expect(try Self.csv(try Self.workbook([("s", nil, row)], styles: styles)) == "58%,2026-07-01,2026-07-01 06:00,0.58,7\n")
        #expect(try Self.csv(try Self.workbook([("s", nil, row)], styles: styles, date1904: true)).contains("2030-07-02"))
    }

    @Test func sheetRowsAreCsvLinesEvenAfterAMultiLineCell() throws {
        let book = try Self.workbook([("okr", nil, #"<row r="2">\#(Self.t("A2", "one&#10;two&#13;&#10;three"))</row><row r="3">\#(Self.t("A3", "x"))</row><row r="9">\#(Self.t("A9", "y"))</row>"#)])
        let sheet = try SpreadsheetInput.read(book, file: "f.xlsx")!
        #expect(String(decoding: sheet.csv, as: UTF8.self) == "\n\"one\ntwo\r\nthree\"\nx\n\n\n\ny\n")
        #expect(sheet.row(ofLine: 2) == 2)
        #expect(sheet.row(ofLine: 5) == 3)  // the multi-line cell took lines 2–4
        #expect(sheet.row(ofLine: 9) == 9)  // the gap absorbed the shift
    }

    @Test func firstVisibleSheetOrTheNamedOne() throws {
        let book = try Self.workbook([("Hidden", "hidden", Self.t("A1", "h").wrapRow), ("Very", "veryHidden", Self.t("A1", "v").wrapRow),
                                      ("Data", nil, Self.t("A1", "d").wrapRow), ("More", nil, Self.t("A1", "m").wrapRow)])
        let first = try SpreadsheetInput.read(book, file: "f.xlsx")!
        #expect(first.name == "Data" && String(decoding: first.csv, as: UTF8.self) == "d\n")
        #expect(first.notes.first?.english.contains("first visible of 2") == true)
        #expect(try Self.csv(book, sheet: "Hidden") == "h\n")
        #expect(try Self.csv(book, sheet: "more") == "m\n")
        let missing = Self.error(book, sheet: "okr")
        #expect(missing?.message.contains(#""Data", "More""#) == true)
        #expect(missing?.message.contains(#""Hidden" (hidden)"#) == true)
    }

    @Test func aScorecardIsReadWithoutItsComputedColumns() throws {
        let head = ["team", "objective", "key_result", "target", "current"] + ScorecardLayout.computedKeyResultTitles
        let cols = head.indices.map { CellText.columnName($0 + 1) }
        let header = "<row r=\"1\">" + Swift.zip(cols, head).map { Self.t("\($0)1", $1) }.joined() + "</row>"
        let row = "<row r=\"2\">" + Swift.zip(cols, ["A", "O", "K", "10", "5", "1", "1", "green"]).map { Self.t("\($0)2", $1) }.joined() + "</row>"
        let core = ("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"x\"><cp:category>\(ScorecardLayout.category)</cp:category></cp:coreProperties>")
        let book = try Self.workbook([("Summary", nil, ""), ("Key Results", nil, header + row)], extra: [core])
        let sheet = try SpreadsheetInput.read(book, file: "s.xlsx")!
        #expect(sheet.isScorecard && sheet.name == "Key Results")
        #expect(String(decoding: sheet.csv, as: UTF8.self) == "team,objective,key_result,target,current\nA,O,K,10,5\n")
        // A scorecard past Excel's rows continues on more sheets: refused rather than read in part.
        let long = try Self.workbook([("Summary", nil, ""), ("Key Results", nil, header + row), ("Key Results (2)", nil, header + row)],
                                     extra: [core])
        #expect(Self.error(long)?.message.contains("Key Results (2)") == true)
        // Without the scorecard's properties it is an ordinary workbook: the first visible sheet.
        let plain = try SpreadsheetInput.read(try Self.workbook([("Summary", nil, ""), ("Key Results", nil, header + row)]), file: "p.xlsx")!
        #expect(!plain.isScorecard && plain.name == "Summary")
    }

    @Test func otherSpreadsheetFormatsSayWhatToSaveAs() throws {
        #expect(Self.error([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100))?.message.contains(".xls") == true)
        let ods = try Self.archive([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")], compression: .none)
        #expect(Self.error(ods)?.message.contains("save it as .xlsx (Excel Workbook) or CSV UTF-8") == true)
        #expect(Self.error(try Self.archive([("Index/Document.iwa", "x")]))?.message.contains(".numbers") == true)
        #expect(Self.error(try Self.archive([("xl/workbook.bin", "x")]))?.message.contains(".xlsb") == true)
        #expect(Self.error(try Self.archive([("a.txt", "x")]))?.message.contains("not an Excel workbook") == true)
        #expect(Self.error(Array(try Self.archive([("a.txt", "x")]).prefix(30)))?.message.contains("damaged") == true)
    }

    @Test func aLargeArchiveCutShortIsRefusedAtOnce() {
        // No end-of-directory record: refused before the ZIP library would search the whole file byte by byte.
        let cut = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 32 << 20)
        let started = ContinuousClock.now
        #expect(Self.error(cut)?.message.contains("damaged or incomplete") == true)
        #expect(ContinuousClock.now - started < .seconds(2))
        // A record whose comment runs past the end is no record either.
        #expect(Self.error([0x50, 0x4B, 0x03, 0x04] + [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 16) + [0xFF, 0xFF]) != nil)
    }

    @Test func aDirectoryPointingOutsideTheFileIsRefused() throws {
        // ZIPFoundation reading from memory traps on an offset past the end: such archives never reach it.
        let good = try Self.workbook([("okr", nil, Self.t("A1", "a").wrapRow)])
        let central = (0..<(good.count - 4)).first { good[$0...].starts(with: [0x50, 0x4B, 0x01, 0x02]) }!
        for (field, value) in [(42, UInt32(0x7FFF_FFF0)), (20, UInt32(0x0FFF_FFFF)), (28, UInt32(0xFFFF))] {
            var bad = good
            for k in 0..<(field == 28 ? 2 : 4) { bad[central + field + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
            #expect(Self.error(bad)?.message.contains("damaged") == true, "field \(field)")
        }
        var many = good
        let end = (0..<(good.count - 4)).last { good[$0...].starts(with: [0x50, 0x4B, 0x05, 0x06]) }!
        many[end + 10] = 0x30  // more entries than the directory holds
        #expect(Self.error(many)?.message.contains("damaged") == true)
    }

    @Test func aPartInflatingPastItsCapIsAZipBomb() throws {
        let big = String(repeating: " ", count: 2 << 20)
        let book = try Self.workbook([("okr", nil, big + Self.t("A1", "a").wrapRow)])
        #expect(try Self.csv(book) == "a\n")
        var tight = SpreadsheetInput.Limits()
        tight.inflateSlack = 1 << 20
        tight.inflateRatio = 2
        #expect(Self.error(book, limits: tight)?.message.contains("ZIP bomb") == true)
        var absolute = SpreadsheetInput.Limits()
        absolute.inflateAbsolute = 1 << 20
        #expect(Self.error(book, limits: absolute)?.message.contains("ZIP bomb") == true)
    }

    @Test func hostileSheetsAreRefusedNamingTheRow() throws {
        func sheetError(_ data: String, shared: [String]? = nil) throws -> InputError? {
            Self.error(try Self.workbook([("okr", nil, data)], shared: shared))
        }
        let wide = try sheetError("<row r=\"1\">" + String(repeating: "<c><v>1</v></c>", count: 16_385) + "</row>")
        #expect(wide?.message.contains("16384 columns") == true && wide?.location.line == 1 && wide?.location.sheet == "okr")
        #expect(try sheetError(#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)?.message.contains("XFE1") == true)
        #expect(try sheetError(#"<row r="1"><c r="A2"><v>1</v></c></row>"#)?.message.contains("inside row 1") == true)
        #expect(try sheetError(#"<row r="2000000"/>"#)?.message.contains("1,048,576") == true)
        #expect(try sheetError(#"<row r="x"/>"#) != nil)
        #expect(try sheetError(#"<row r="2"/><row r="2"/>"#)?.message.contains("row 2 comes after row 2") == true)
        #expect(try sheetError(#"<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>"#)?.message.contains("A1 appears twice or out of order") == true)
        #expect(try sheetError(#"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#, shared: ["<t>a</t>"])?.message.contains("shared string 3") == true)
        #expect(try sheetError(#"<row r="1"><c r="A1" t="s"><v>-1</v></c></row>"#, shared: ["<t>a</t>"]) != nil)
        #expect(try sheetError(#"<row r="1"><c r="A1"><v>lots</v></c></row>"#)?.message.contains("number cell") == true)
        #expect(try sheetError(#"<c r="A1"><v>1</v></c>"#)?.message.contains("outside any row") == true)
        #expect(try sheetError(#"<row r="1"><row r="2"/></row>"#) != nil)
        #expect(try sheetError(#"<row r="1"><c r="A1"><v>1</v></row>"#)?.message.contains("not well-formed") == true)
        #expect(try sheetError(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>"#) != nil)
    }

    @Test func textThatIsNotUTF8IsRefusedNamingTheRow() throws {
        let sheet = Array(("<worksheet><sheetData>" + Self.t("A1", "ok").wrapRow + #"<row r="4">\#(Self.t("A4", "caf"))"#).utf8)
        for bad: [UInt8] in [[0xE9], [0x00]] {  // a Latin-1 é; a NUL
            let part = sheet.prefix(sheet.count - "</t></is></c>".utf8.count) + bad + Array("</t></is></c></row></sheetData></worksheet>".utf8)
            let book = try Self.archive([
                ("_rels/.rels", Data(#"<Relationships><Relationship Id="r" Type="\#(Self.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
                ("xl/workbook.xml", Data(#"<workbook><sheets><sheet name="okr" r:id="rId1"/></sheets></workbook>"#.utf8)),
                ("xl/_rels/workbook.xml.rels", Data(#"<Relationships><Relationship Id="rId1" Type="\#(Self.rel)/worksheet" Target="s.xml"/></Relationships>"#.utf8)),
                ("xl/s.xml", Data(part)),
            ])
            let e = Self.error(book)
            #expect(e?.location.line == 4 && e?.location.sheet == "okr", "\(bad)")
            #expect(e?.message.contains(bad == [0] ? "NUL" : "not UTF-8 (byte 0xE9)") == true, "\(String(describing: e))")
        }
    }

    @Test func missingPartsAndBadRelationships() throws {
        #expect(Self.error(try Self.archive([("_rels/.rels", "<Relationships/>")]))?.message.contains("workbook part") == true)
        let noSheetPart = try Self.archive([("xl/workbook.xml", #"<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>"#)])
        #expect(Self.error(noSheetPart)?.message.contains("no worksheet") == true)
        let doctype = try Self.archive([("xl/workbook.xml", #"<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook/>"#)])
        #expect(Self.error(doctype)?.message.contains("DOCTYPE") == true)
    }

    @Test func locationsNameFileSheetAndRow() {
        #expect(SourceLocation(file: "okrs.xlsx", line: 12, sheet: "okr").description == "okrs.xlsx:okr!12")
        #expect(SourceLocation(file: "okrs.xlsx", line: 3, sheet: "Key Results").description == "okrs.xlsx:'Key Results'!3")
        #expect(SourceLocation(file: "o.xlsx", line: 3, sheet: "Bob's").description == "o.xlsx:'Bob''s'!3")
        #expect(SourceLocation(file: "o.xlsx", line: 3, sheet: "a\u{1B}[31m").description == "o.xlsx:'a\\e[31m'!3")
        #expect(SourceLocation(file: "okrs.csv", line: 12).description == "okrs.csv:12")
        #expect(SourceLocation(file: "okrs.xlsx", sheet: "okr").description == "okrs.xlsx")
    }

    @Test func theWholePipelineReadsAWorkbookLikeItsCsv() throws {
        let header = ["team", "objective", "key_result", "target", "current"]
        let rows = [["A", "O", "K1", "10", "5"], ["A", "O", "K2", "10", "ten"]]
        var xml = "<row r=\"1\">" + header.enumerated().map { Self.t("\(CellText.columnName($0 + 1))1", $1) }.joined() + "</row>"
        for (i, r) in rows.enumerated() {
            xml += "<row r=\"\(i + 3)\">" + r.enumerated().map { j, v in
                Int(v) != nil ? Self.n("\(CellText.columnName(j + 1))\(i + 3)", v) : Self.t("\(CellText.columnName(j + 1))\(i + 3)", v)
            }.joined() + "</row>"
        }
        let report = try Townhall.report(from: try Self.workbook([("okr", nil, xml)]), options: .init(sourceName: "okrs.xlsx"))
        let csv = try Townhall.report(from: Array(("team,objective,key_result,target,current\n\nA,O,K1,10,5\nA,O,K2,10,ten\n").utf8),
                                      options: .init(sourceName: "okrs.csv"))
        #expect(report.keyResults.map(\.score) == csv.keyResults.map(\.score))
        #expect(report.keyResults.map(\.line) == [3, 4])
        #expect(report.problems.map(\.line) == [4])
        #expect(report.place(line: 4) == "okrs.xlsx:okr!4")
        #expect(csv.place(line: 4) == "okrs.csv:4")
        #expect(csv.warnings.allSatisfy { !$0.message.contains("--sheet") })
        let named = try Townhall.report(from: Array("team,objective,key_result\nA,O,K\n".utf8), options: .init(sheet: "okr"))
        #expect(named.warnings.contains { $0.message.contains("--sheet is for workbooks") })
        // An error from the CSV stage names the sheet row.
        let bad = try Self.workbook([("okr", nil, "<row r=\"2\">" + Self.t("A2", "team") + "</row>")])
        #expect(throws: InputError.self) { try Townhall.report(from: bad, options: .init(sourceName: "b.xlsx")) }
        do { _ = try Townhall.report(from: bad, options: .init(sourceName: "b.xlsx")) } catch let e as InputError {
            #expect(e.errorDescription?.hasPrefix("b.xlsx:okr!2: ") == true)
        }
    }
}

extension String {
    /// A cell wrapped in row 1.
    var wrapRow: String { "<row r=\"1\">\(self)</row>" }
}
