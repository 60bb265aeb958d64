import Foundation

/// The seam between spreadsheet files and the CSV pipeline: a workbook is recognised by its
/// bytes (never its name), one sheet is streamed to CSV text in memory, and the rest of townhall
/// reads that text as it reads any export. Other spreadsheet formats are refused with what to
/// save the file as.
@_spi(Stages) public enum SpreadsheetInput {
    /// A sheet read out of a workbook, as CSV text whose line N is sheet row N (see `row(ofLine:)`).
    public struct Sheet: Sendable {
        /// UTF-8 CSV, `,`-delimited, `.` decimal point.
        public var csv: [UInt8]
        public var name: String
        /// The workbook is a townhall scorecard: its Key Results sheet was read, computed columns left out.
        public var isScorecard: Bool
        /// CSV line → sheet row where a cell holding a line end made them differ.
        var rowOfLine: [Int: Int]
        /// What the reader chose that the user should know (which sheet, a scorecard's columns left out).
        public var notes: [Phrase] = []

        /// The sheet row a CSV line starts (the same number unless a cell above held a line end).
        public func row(ofLine line: Int) -> Int { rowOfLine[line] ?? line }

        /// Whether any line needs `row(ofLine:)`.
        public var linesShifted: Bool { !rowOfLine.isEmpty }

        /// An error in the CSV text this sheet became (of the input `file`), told in the sheet's
        /// terms: its name and row. With `notes`, also which sheet was read and that another can be
        /// chosen — what a user whose data sits on a later sheet needs most when the first one
        /// cannot be read; the notes are warnings of a run that succeeds, else never seen.
        public func locate(_ e: inout InputError, file: String, notes withNotes: Bool = true) {
            guard e.location.file == file else { return }
            e.location.sheet = name
            e.location.line = e.location.line.map { row(ofLine: $0) }
            if withNotes && !notes.isEmpty { e.message += "; " + notes.map(\.english).joined(separator: "; ") }
        }
    }

    /// The limits hostile files are held to (see `XlsxPackage.Limits`).
    public struct Limits: Sendable {
        public var inflateRatio: UInt64 = 200
        public var inflateSlack: UInt64 = 16 << 20
        public var inflateAbsolute: UInt64 = 2 << 30
        public init() {}
    }

    /// Sheet names a townhall scorecard has; with the core properties' category this tells
    /// a scorecard from a workbook that merely has a Key Results sheet.

    /// Whether the bytes are a container townhall reads (or refuses) as a spreadsheet, not text.
    public static func isSpreadsheet(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: zipMagic) || bytes.starts(with: zipEmpty) || bytes.starts(with: oleMagic)
    }

    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let zipEmpty: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Reads sheet `sheet` (default: the first visible one; a townhall scorecard's Key Results)
    /// out of the workbook in `bytes`; `nil` when the bytes are not a spreadsheet container at all.
    /// - Throws: `InputError` (exit 65) naming the file, and the sheet and row when known.
    public static func read(
        _ bytes: borrowing [UInt8], file: String, sheet requested: String? = nil, limits: Limits = .init()
    ) throws -> Sheet? {
        if bytes.starts(with: oleMagic) {
            throw InputError("this is an Excel 97–2003 workbook (.xls) or another OLE2 document, which townhall does not read: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or CSV UTF-8", file: file)
        }
        guard bytes.starts(with: zipMagic) || bytes.starts(with: zipEmpty) else { return nil }
        do {
            return try bytes.withUnsafeBytes { raw in
                let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count,
                                deallocator: .none)
                let package = try XlsxPackage(data: data, limits: .init(
                    ratio: limits.inflateRatio, slack: limits.inflateSlack, absolute: limits.inflateAbsolute))
                try refuseOtherFormats(package)
                return try readSheet(package, requested: requested, sizeHint: raw.count * 3)
            }
        } catch let e as XlsxError {
            throw InputError(e.message, file: file)
        } catch let e as SheetError {
            throw InputError(e.error.message, file: file, line: e.error.row, sheet: e.sheet)
        }
    }

    /// Names the sheet in errors raised while it is read.
    struct SheetError: Error { var error: XlsxError; var sheet: String }

    /// OpenDocument, Numbers and binary Excel workbooks are ZIP files too: say what to save them as.
    static func refuseOtherFormats(_ package: XlsxPackage) throws {
        let saveAs = "save it as .xlsx (Excel Workbook) or CSV UTF-8"
        if let mime = try? package.bytes("mimetype"), String(decoding: mime, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            let what = String(decoding: mime, as: UTF8.self).contains("spreadsheet") ? "an OpenDocument spreadsheet (.ods)" : "an OpenDocument file"
            throw XlsxError("this is \(what), which townhall does not read: in LibreOffice or Excel, \(saveAs)")
        }
        if package.paths.contains(where: { $0.hasPrefix("Index/") || $0 == "Index.zip" }) {
            throw XlsxError("this is an Apple Numbers document (.numbers), which townhall does not read: in Numbers, File › Export To › Excel (.xlsx) or CSV (Unicode UTF-8)")
        }
        if package.contains("xl/workbook.bin") {
            throw XlsxError("this is an Excel binary workbook (.xlsb), which townhall does not read: in Excel, \(saveAs)")
        }
        if !package.contains("xl/workbook.xml") && !package.contains("_rels/.rels") {
            throw XlsxError("this is a ZIP archive but not an Excel workbook (no xl/workbook.xml): export the OKRs as .xlsx or CSV UTF-8")
        }
    }

    static func readSheet(_ package: XlsxPackage, requested: String?, sizeHint: Int) throws -> Sheet {
        let book = try XlsxWorkbook(package: package)
        let worksheets = book.sheets.filter { $0.part != nil }
        let scorecard = requested == nil && isScorecard(package, book)
        // A scorecard is read in the language it was written in: its sheet and column names.
        let words = ScorecardLayout.wording(ofSheets: book.sheets.map(\.name))
        let scorecardSheet = ScorecardLayout.keyResultsSheet(in: words)
        let chosen: XlsxWorkbook.Sheet
        if let requested {
            guard let s = worksheets.first(where: { $0.name == requested })
                    ?? worksheets.first(where: { $0.name.lowercased() == requested.lowercased() }) else {
                throw XlsxError("no sheet named \"\(Printable.text(requested))\"; the workbook has \(list(worksheets))")
            }
            chosen = s
        } else if scorecard, let s = worksheets.first(where: { $0.name == scorecardSheet }) {
            if let more = worksheets.first(where: { $0.name == "\(scorecardSheet) (2)" }) {
                throw XlsxError("this townhall scorecard's key results continue on \"\(more.name)\" (past Excel's 1,048,576 rows) and townhall reads one sheet: give it the cycle's CSV export instead")
            }
            chosen = s
        } else {
            guard let s = worksheets.first(where: \.isVisible) else {
                throw XlsxError(worksheets.isEmpty ? "the workbook has no worksheet"
                                : "every sheet is hidden (\(list(worksheets))): name one with --sheet")
            }
            chosen = s
        }
        let shared = try book.sharedStringsPart.map { try SharedStrings.read(package, part: $0) } ?? SharedStrings()
        let titlesToCut = scorecard || chosen.name == scorecardSheet ? ScorecardLayout.computedKeyResultTitles(in: words) : nil
        var converter = SheetConverter(shared: shared, displays: book.displays, date1904: book.date1904,
                                       computedTitles: titlesToCut, sizeHint: sizeHint)
        var scanner = XMLScanner()
        let part = chosen.part!
        do {
            try package.stream(part) { chunk in
                try chunk.withUnsafeBytes { raw in try scanner.feed(raw) { t, p in try converter.token(t, p) } }
            }
            try scanner.finish { t, p in try converter.token(t, p) }
            try converter.finish()
        } catch let e as XlsxError {
            throw SheetError(error: e, sheet: chosen.name)
        } catch let f as XMLScanner.Failure {
            throw SheetError(error: XlsxError("the sheet's XML (\(part)) is not well-formed: \(f.message) (byte \(f.offset))"),
                             sheet: chosen.name)
        }
        var sheet = Sheet(csv: converter.out, name: chosen.name, isScorecard: scorecard && converter.cutComputedColumns,
                          rowOfLine: converter.rowOfLine)
        // XML text is UTF-8 without NULs; a part that breaks that is named here by its row, not later
        // by a byte offset into text the user never saw.
        if let bad = TextDecoding.firstInvalidUTF8(sheet.csv) ?? sheet.csv.firstIndex(of: 0) {
            let row = sheet.row(ofLine: TextDecoding.lineNumber(at: bad, in: sheet.csv))
            throw SheetError(error: XlsxError(sheet.csv[bad] == 0 ? "a cell holds a NUL character, which XML cannot"
                                              : "a cell's text is not UTF-8 (byte 0x\(String(sheet.csv[bad], radix: 16, uppercase: true)))",
                                              row: row), sheet: chosen.name)
        }
        let visible = worksheets.filter(\.isVisible)
        if sheet.isScorecard {
            sheet.notes.append(Phrase("warning.sheet.scorecard", [
                "sheet": .text(scorecardSheet), "first": .text(ScorecardLayout.computedKeyResultTitles(in: words)[0])]))
        } else if scorecard {
            sheet.notes.append(Phrase("warning.sheet.scorecardNoComputed", ["sheet": .text(scorecardSheet)]))
        } else if requested == nil && visible.count > 1 {
            sheet.notes.append(Phrase("warning.sheet.firstVisible", [
                "name": .text(Printable.text(chosen.name)), "n": .integer(visible.count), "names": .text(list(visible))]))
        }
        return sheet
    }

    /// A townhall scorecard: its core properties say `OKR scorecard` and it has a Key Results
    /// sheet (the header is checked again when the computed columns are cut).
    static func isScorecard(_ package: XlsxPackage, _ book: XlsxWorkbook) -> Bool {
        let scorecardSheet = ScorecardLayout.keyResultsSheet(in: ScorecardLayout.wording(ofSheets: book.sheets.map(\.name)))
        guard book.sheets.contains(where: { $0.name == scorecardSheet }),
              let core = try? package.bytes("docProps/core.xml") else { return false }
        var category = ""
        var inCategory = false
        try? XMLScanner.scan(core) { t, p in
            switch t.kind {
            case .start: inCategory = XMLScanner.name(t, p, is: "category")
            case .end: inCategory = false
            case .text where inCategory:
                var b: [UInt8] = []
                try XMLScanner.decode(p, t.text, into: &b)
                category += String(decoding: b, as: UTF8.self)
            default: break
            }
        }
        return category == ScorecardLayout.category
    }

    static func list(_ sheets: [XlsxWorkbook.Sheet]) -> String {
        let names = sheets.prefix(10).map { "\"\(Printable.text($0.name))\"\($0.isVisible ? "" : " (hidden)")" }
        return names.joined(separator: ", ") + (sheets.count > 10 ? ", …" : "")
    }
}

/// What townhall's own scorecard workbook looks like, stated once: the writer lays it out from
/// these, and the reader recognises a scorecard given back as input by them, in any language.
public enum ScorecardLayout {
    /// The keys of the columns the Key Results sheet adds after the input columns (the computed ones).
    public static let computedKeyResultKeys = [
        "score", "progress", "band", "outcome", "countsAs", "scoredBy", "start", "target", "current", "weight",
        "krID", "objectiveID", "line",
    ].map { "workbook.column." + $0 }

    /// Their titles in `words`' language.
    public static func computedKeyResultTitles(in words: Wording) -> [String] { computedKeyResultKeys.map { words($0) } }

    /// Their English titles.
    public static var computedKeyResultTitles: [String] { computedKeyResultTitles(in: .english) }

    /// The workbook's document category (core properties).
    public static let category = "OKR scorecard"

    /// Excel's longest sheet name, in characters.
    public static let sheetNameLimit = 31
    /// Characters Excel refuses in a sheet name.
    public static let sheetNameForbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Characters a sheet that continues a list keeps free for its number: `Key Results (12)`.
    public static let continuationRoom = 6

    /// `name` as a valid sheet name in every language: forbidden characters become `-`, no apostrophe
    /// at either end, at most `sheetNameLimit - reserve` characters (cut at a character), never empty.
    /// The one place a translated sheet name is made safe, used by the writer and the reader alike.
    public static func sheetName(_ name: String, reserve: Int = 0) -> String {
        var s = String(name.map { sheetNameForbidden.contains($0) || $0.isNewline ? "-" : $0 })
        while s.hasPrefix("'") { s.removeFirst() }
        let room = max(1, sheetNameLimit - reserve)
        var out = ""
        var length = 0
        for c in s {
            let n = c.unicodeScalars.count
            if length + n > room { break }
            out.append(c)
            length += n
        }
        while out.hasSuffix("'") || out.hasSuffix(" ") { out.removeLast() }
        return out.isEmpty ? "Sheet" : out
    }

    /// The Key Results sheet's name in `words`' language.
    public static func keyResultsSheet(in words: Wording) -> String {
        sheetName(words("workbook.sheet.keyResults"), reserve: continuationRoom)
    }

    /// The language of a scorecard whose sheets are named `names` (English when none matches).
    public static func wording(ofSheets names: [String]) -> Wording {
        for language in Language.all {
            let w = Wording(language)
            if names.contains(keyResultsSheet(in: w)) { return w }
        }
        return .english
    }
}
