/// Streams one worksheet's XML into RFC 4180 CSV text, one CSV line per sheet row and sheet row N
/// starting on CSV line N (empty rows become blank lines, which are not rows), so every message
/// the CSV path gives names the sheet row. A cell holding a line end shifts the lines after it:
/// those rows are noted in `rowOfLine`.
struct SheetConverter {
    let shared: SharedStrings
    let displays: [CellText.Display]
    let date1904: Bool
    /// For a townhall scorecard: the computed titles that start the columns left out.
    let computedTitles: [String]?

    private(set) var out: [UInt8] = []
    /// CSV line → sheet row, only where they differ.
    private(set) var rowOfLine: [Int: Int] = [:]
    /// The CSV line the next byte of `out` is on.
    private var line = 1
    private var lastRow = 0
    private var inRow = false
    private var rowStart = 0
    /// Last column seen in this row (cells must come left to right) and last one written.
    private var lastColumn = 0
    private var written = 0
    private var headerDone = false
    private var header: [(column: Int, text: [UInt8])] = []
    /// Columns past this one are left out (a scorecard's computed columns).
    private var columnLimit = CellText.maxColumns

    // The cell being read.
    private var inCell = false
    private var cellColumn = 0
    private var cellType: UInt8 = 0x6E  // first letter of t=: n, s, b, e, d, i(nlineStr), s(tr: "str" is 3 letters)
    private var cellIsStr = false
    private var cellStyle = 0
    private var value: [UInt8] = []
    private var inValue = false, inInline = false, inText = false, inPhonetic = false

    init(shared: SharedStrings, displays: [CellText.Display], date1904: Bool, computedTitles: [String]?, sizeHint: Int) {
        self.shared = shared
        self.displays = displays
        self.date1904 = date1904
        self.computedTitles = computedTitles
        out.reserveCapacity(sizeHint)
    }

    mutating func token(_ t: XMLScanner.Token, _ p: UnsafeBufferPointer<UInt8>) throws {
        switch t.kind {
        case .start, .empty:
            if XMLScanner.name(t, p, is: "c") {
                try startCell(t, p)
                if t.kind == .empty { try endCell() }
            } else if inCell {
                if XMLScanner.name(t, p, is: "v") { inValue = t.kind == .start }
                else if XMLScanner.name(t, p, is: "is") { inInline = t.kind == .start }
                else if XMLScanner.name(t, p, is: "t") { inText = t.kind == .start && inInline }
                else if XMLScanner.name(t, p, is: "rPh") { inPhonetic = t.kind == .start }
            } else if XMLScanner.name(t, p, is: "row") {
                try startRow(t, p)
                if t.kind == .empty { endRow() }
            }
        case .end:
            if XMLScanner.name(t, p, is: "c") { try endCell() }
            else if inCell {
                if XMLScanner.name(t, p, is: "v") { inValue = false }
                else if XMLScanner.name(t, p, is: "is") { inInline = false }
                else if XMLScanner.name(t, p, is: "t") { inText = false }
                else if XMLScanner.name(t, p, is: "rPh") { inPhonetic = false }
            } else if XMLScanner.name(t, p, is: "row") { endRow() }
        case .text:
            if inValue || (inText && !inPhonetic) {
                do { try XMLScanner.decode(p, t.text, into: &value) } catch let f as XMLScanner.Failure {
                    throw XlsxError("a cell's text has \(f.message)", row: lastRow)
                }
            }
        case .cdata:
            if inValue || (inText && !inPhonetic) { value.append(contentsOf: UnsafeBufferPointer(rebasing: p[t.text])) }
        }
    }

    private mutating func startRow(_ t: XMLScanner.Token, _ p: UnsafeBufferPointer<UInt8>) throws {
        guard !inRow else { throw XlsxError("a row inside a row", row: lastRow) }
        var n = lastRow + 1
        if let r = try XMLScanner.attribute(t, p, "r") {
            guard let v = Int(String(decoding: UnsafeBufferPointer(rebasing: p[r.prefix(12)]), as: UTF8.self)), v >= 1 else {
                throw XlsxError("the row after this one has a row number that is not one (\"\(Printable.text(String(decoding: UnsafeBufferPointer(rebasing: p[r.prefix(20)]), as: UTF8.self)))\")", row: lastRow)
            }
            n = v
        }
        guard n <= CellText.maxRows else {
            throw XlsxError("the row after this one is numbered \(n), beyond Excel's 1,048,576 rows", row: lastRow)
        }
        guard n > lastRow else {
            throw XlsxError("row \(n) comes after row \(lastRow): rows repeated or out of order", row: n)
        }
        if line < n {
            out.append(contentsOf: repeatElement(0x0A, count: n - line))
            line = n
        } else if line > n {
            rowOfLine[line] = n
        }
        lastRow = n
        inRow = true
        rowStart = out.count
        lastColumn = 0
        written = 0
    }

    private mutating func endRow() {
        inRow = false
        if !headerDone && written > 0 { finishHeader() }
        out.append(0x0A)
        line += 1
    }

    private mutating func startCell(_ t: XMLScanner.Token, _ p: UnsafeBufferPointer<UInt8>) throws {
        guard inRow else { throw XlsxError("a cell outside any row", row: lastRow) }
        guard !inCell else { throw XlsxError("a cell inside a cell", row: lastRow) }
        var column = lastColumn + 1
        cellType = 0x6E
        cellIsStr = false
        cellStyle = 0
        try XMLScanner.forEachAttribute(t, p) { key, v in
            let k = UnsafeBufferPointer(rebasing: p[key])
            guard k.count == 1 else { return }
            switch k[0] {
            case 0x72:  // r
                guard let ref = CellText.reference(UnsafeBufferPointer(rebasing: p[v])) else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: p[v.prefix(20)]), as: UTF8.self)
                    throw XlsxError("cell reference \"\(Printable.text(text))\" is not a cell of Excel's grid (A1 to XFD1048576)",
                                    row: lastRow)
                }
                if let r = ref.row, r != lastRow {
                    throw XlsxError("cell \(CellText.columnName(ref.column))\(r) is inside row \(lastRow)", row: lastRow)
                }
                column = ref.column
            case 0x74:  // t
                cellType = v.isEmpty ? 0x6E : p[v.lowerBound]
                cellIsStr = v.count == 3 && p[v.lowerBound] == 0x73  // "str"
            case 0x73:  // s
                cellStyle = Self.index(UnsafeBufferPointer(rebasing: p[v])) ?? 0
            default: break
            }
        }
        guard column <= CellText.maxColumns else {
            throw XlsxError("a cell past column XFD: a sheet has at most \(CellText.maxColumns) columns", row: lastRow)
        }
        guard column > lastColumn else {
            throw XlsxError("cell \(CellText.columnName(column))\(lastRow) appears twice or out of order", row: lastRow)
        }
        lastColumn = column
        cellColumn = column
        inCell = true
        value.removeAll(keepingCapacity: true)
        inValue = false; inInline = false; inText = false; inPhonetic = false
    }

    private mutating func endCell() throws {
        inCell = false
        guard cellColumn <= columnLimit else { return }
        if value.isEmpty && cellType != 0x73 { return }
        if value.isEmpty { return }
        let fieldStart = out.count + (written == 0 ? cellColumn - 1 : cellColumn - written)
        out.append(contentsOf: repeatElement(0x2C, count: fieldStart - out.count))
        written = cellColumn
        switch cellType {
        case 0x73 where !cellIsStr:  // s: a shared string
            guard let i = value.withUnsafeBufferPointer(Self.index), i < shared.count else {
                throw XlsxError("cell \(CellText.columnName(cellColumn))\(lastRow) names shared string \(Printable.text(String(decoding: value.prefix(20), as: UTF8.self))), but the workbook has \(shared.count)",
                                row: lastRow)
            }
            out.append(contentsOf: shared.bytes[shared.range(i)])
        case 0x62:  // b
            out.append(contentsOf: value == [0x31] ? Array("TRUE".utf8) : value == [0x30] ? Array("FALSE".utf8) : value)
        case 0x6E:  // n: a number, shown as its format shows it
            try appendNumber()
        default:  // str (formula text), inlineStr, e (an error such as #N/A), d (an ISO date)
            CSVField.append(cellType == 0x69 ? CSVField.unescapeOOXML(value) : value, to: &out)
        }
        if fieldStart < out.count && out[fieldStart] == 0x22 { countLineEnds(from: fieldStart) }
        if !headerDone { header.append((cellColumn, Array(out[fieldStart...]))) }
    }

    private mutating func appendNumber() throws {
        let display = cellStyle < displays.count ? displays[cellStyle] : .number
        if display == .number, Self.isPlainShortest(value) {
            out.append(contentsOf: value)
            return
        }
        let raw = String(decoding: value, as: UTF8.self)
        guard let v = Double(raw.trimmed), v.isFinite else {
            throw XlsxError("cell \(CellText.columnName(cellColumn))\(lastRow) is a number cell holding \"\(Printable.text(String(raw.prefix(30))))\"",
                            row: lastRow)
        }
        let text: String
        switch display {
        case .percent: text = CellText.number(v, percent: true) + "%"
        case .date, .dateTime, .time: text = CellText.date(serial: v, date1904: date1904, display: display) ?? CellText.number(v)
        case .number: text = CellText.number(v)
        }
        out.append(contentsOf: text.utf8)
    }

    /// A non-negative decimal index of at most 9 digits (a style or shared-string number), read
    /// without making a string: it is read for most cells of a sheet.
    static func index(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 9 else { return nil }
        var v = 0
        for d in b {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?` with at most 15 digits: already the text `CellText.number`
    /// would write, so it is copied as is (most cells of a large sheet).
    static func isPlainShortest(_ v: [UInt8]) -> Bool {
        var i = 0
        let n = v.count
        if i < n && v[i] == 0x2D { i += 1 }
        let intStart = i
        while i < n && v[i] >= 0x30 && v[i] <= 0x39 { i += 1 }
        let intDigits = i - intStart
        guard intDigits > 0, intDigits == 1 || v[intStart] != 0x30 else { return false }
        if i == n { return intDigits <= 15 && !(intDigits == 1 && v[intStart] == 0x30 && intStart == 1) }
        guard v[i] == 0x2E else { return false }
        i += 1
        let fracStart = i
        while i < n && v[i] >= 0x30 && v[i] <= 0x39 { i += 1 }
        return i == n && i > fracStart && v[n - 1] != 0x30 && intDigits + (n - fracStart) <= 15
    }

    /// Counts the line ends inside a quoted field, as `CSVReader` counts lines (LF, CRLF, lone CR).
    private mutating func countLineEnds(from start: Int) {
        var i = start
        while i < out.count {
            if out[i] == 0x0A || (out[i] == 0x0D && (i + 1 == out.count || out[i + 1] != 0x0A)) { line += 1 }
            i += 1
        }
    }

    /// At the end of the first row with values: for a scorecard, cut the columns it computed.
    private mutating func finishHeader() {
        headerDone = true
        defer { header = [] }
        guard let computed = computedTitles, let first = computed.first else { return }
        let firstField = Array(first.utf8)
        guard let k = header.firstIndex(where: { $0.text == firstField }) else { return }
        let names = header[k...].prefix(computed.count).map { String(decoding: $0.text, as: UTF8.self) }
        guard names == Array(computed.prefix(names.count)), names.count >= min(computed.count, 3) else { return }
        columnLimit = header[k].column - 1
        // Write the header again without the computed columns.
        out.removeSubrange(rowStart...)
        written = 0
        for (column, text) in header[..<k] {
            out.append(contentsOf: repeatElement(0x2C, count: written == 0 ? column - 1 : column - written))
            out.append(contentsOf: text)
            written = column
        }
    }

    /// Whether the first row had the computed columns and they were cut.
    var cutComputedColumns: Bool { columnLimit < CellText.maxColumns }

    mutating func finish() throws {
        if inRow || inCell { throw XlsxError("the sheet ends inside a row", row: lastRow) }
    }
}

/// Text from a file, made safe to print on a terminal: control characters shown as `\u{…}`.
enum Printable {
    /// Workbook text quoted in a message (a sheet name, a cell): the one terminal-safe rule.
    static func text(_ s: String) -> String { TerminalText.escape(s) }
}
