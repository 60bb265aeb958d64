/// The parts of a workbook the reader needs before the sheet: the sheets in order (name, state,
/// part), the date system, what each cell style does to numbers, and the shared strings.
struct XlsxWorkbook {
    struct Sheet: Sendable, Hashable {
        var name: String
        /// `visible`, `hidden` or `veryHidden`.
        var state: String
        /// The sheet's part, e.g. `xl/worksheets/sheet1.xml`; `nil` for a chart sheet or a missing relationship.
        var part: String?
        var isVisible: Bool { state != "hidden" && state != "veryHidden" }
    }

    let package: XlsxPackage
    var sheets: [Sheet] = []
    var date1904 = false
    /// Per cell style (`s` attribute): how its number format shows numbers.
    var displays: [CellText.Display] = []
    var sharedStringsPart: String?

    init(package: XlsxPackage) throws {
        self.package = package
        let workbookPart = try Self.officeDocument(package) ?? "xl/workbook.xml"
        guard let workbook = try package.bytes(workbookPart) else {
            throw XlsxError("the workbook part (\(workbookPart)) is missing: not a complete .xlsx file")
        }
        let rels = try Self.relationships(package, of: workbookPart)
        var rawSheets: [(name: String, state: String, rid: String?)] = []
        try Self.parse(workbookPart, workbook) { name, a in
            switch name {
            case "sheet":
                guard let n = a["name"] else { throw XlsxError("a sheet without a name in \(workbookPart)") }
                rawSheets.append((n, a["state"] ?? "visible", a["id"]))
            case "workbookPr":
                let v = (a["date1904"] ?? "").lowercased()
                date1904 = v == "1" || v == "true"
            default: break
            }
        }
        for s in rawSheets {
            var part: String?
            if let rid = s.rid, let rel = rels[rid], rel.type.hasSuffix("/worksheet") { part = rel.target }
            sheets.append(Sheet(name: s.name, state: s.state, part: part))
        }
        let byType = Dictionary(rels.values.map { ($0.type.split(separator: "/").last.map(String.init) ?? "", $0.target) },
                                uniquingKeysWith: { a, _ in a })
        sharedStringsPart = byType["sharedStrings"] ?? (package.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        if let stylesPart = byType["styles"] ?? (package.contains("xl/styles.xml") ? "xl/styles.xml" : nil),
           let styles = try package.bytes(stylesPart) {
            displays = try Self.displays(stylesPart, styles)
        }
    }

    /// The main part named by the package's `_rels/.rels` (`xl/workbook.xml` in every writer seen).
    static func officeDocument(_ package: XlsxPackage) throws -> String? {
        guard let bytes = try package.bytes("_rels/.rels") else { return nil }
        var target: String?
        try parse("_rels/.rels", bytes) { name, a in
            if name == "Relationship", target == nil, let t = a["Target"], a["Type"]?.hasSuffix("/officeDocument") == true {
                target = resolve(t, from: "")
            }
        }
        return target
    }

    /// `rId` → (type, resolved target) from the part's relationships (`xl/_rels/workbook.xml.rels`).
    static func relationships(_ package: XlsxPackage, of part: String) throws -> [String: (type: String, target: String)] {
        let dir = directory(of: part)
        let name = String(part.split(separator: "/").last ?? "")
        let relsPart = (dir.isEmpty ? "" : dir + "/") + "_rels/\(name).rels"
        guard let bytes = try package.bytes(relsPart) else { return [:] }
        var out: [String: (type: String, target: String)] = [:]
        try parse(relsPart, bytes) { n, a in
            guard n == "Relationship", let id = a["Id"], let t = a["Target"], a["TargetMode"] != "External" else { return }
            out[id] = (a["Type"] ?? "", resolve(t, from: dir))
        }
        return out
    }

    /// From `styles.xml`: each `cellXfs/xf`'s number format, as a `Display`.
    static func displays(_ part: String, _ bytes: [UInt8]) throws -> [CellText.Display] {
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        var depth = 0, cellXfsDepth = -1
        do {
            try XMLScanner.scan(bytes) { t, p in
                switch t.kind {
                case .start, .empty:
                    let name = XMLScanner.nameString(t, p)
                    if name == "numFmt" {
                        let a = try XMLScanner.attributes(t, p)
                        if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { codes[id] = code }
                    } else if name == "cellXfs" && t.kind == .start {
                        inCellXfs = true
                        cellXfsDepth = depth
                    } else if name == "xf" && inCellXfs && depth == cellXfsDepth + 1 {
                        if formatIDs.count >= 1 << 20 { throw XlsxError("\(part) defines more than a million cell styles") }
                        formatIDs.append(try XMLScanner.attributeString(t, p, "numFmtId").flatMap { Int($0) } ?? 0)
                    }
                    if t.kind == .start { depth += 1 }
                case .end:
                    depth -= 1
                    if inCellXfs && depth == cellXfsDepth { inCellXfs = false }
                case .text, .cdata: break
                }
            }
        } catch let f as XMLScanner.Failure {
            throw XlsxError("\(part) is not well-formed XML: \(f.message) (byte \(f.offset))")
        }
        return formatIDs.map { CellText.display(formatID: $0, code: codes[$0]) }
    }

    /// Calls `element` with every start or empty tag's local name and attributes (small parts only).
    static func parse(_ part: String, _ bytes: [UInt8], _ element: (String, [String: String]) throws -> Void) throws {
        do {
            try XMLScanner.scan(bytes) { t, p in
                guard t.kind == .start || t.kind == .empty else { return }
                try element(XMLScanner.nameString(t, p), try XMLScanner.attributes(t, p))
            }
        } catch let f as XMLScanner.Failure {
            throw XlsxError("\(part) is not well-formed XML: \(f.message) (byte \(f.offset))")
        }
    }

    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// A relationship target resolved against the folder of the part that names it
    /// (`worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute).
    static func resolve(_ target: String, from dir: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : dir.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == "." || piece.isEmpty { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }
}

/// The workbook's shared strings, each kept as the CSV field it becomes (quoted when it must be),
/// in one buffer: a cell that names one is a copy, whatever the sheet's size.
struct SharedStrings {
    var bytes: [UInt8] = []
    var ends: [Int] = []

    var count: Int { ends.count }

    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Streams `sharedStrings.xml`: each `<si>`'s `<t>` texts (rich-text runs joined, phonetic
    /// `<rPh>` runs left out).
    static func read(_ package: XlsxPackage, part: String) throws -> SharedStrings {
        var out = SharedStrings()
        var scanner = XMLScanner()
        var text: [UInt8] = []
        var inSI = false, inT = false, inPhonetic = false
        func body(_ t: XMLScanner.Token, _ p: UnsafeBufferPointer<UInt8>) throws {
            switch t.kind {
            case .start:
                if XMLScanner.name(t, p, is: "si") { inSI = true; text.removeAll(keepingCapacity: true) }
                else if XMLScanner.name(t, p, is: "t") { inT = true }
                else if XMLScanner.name(t, p, is: "rPh") { inPhonetic = true }
            case .empty:
                if XMLScanner.name(t, p, is: "si") { out.append([]) }
            case .end:
                if XMLScanner.name(t, p, is: "si") {
                    inSI = false
                    out.append(text)
                } else if XMLScanner.name(t, p, is: "t") { inT = false }
                else if XMLScanner.name(t, p, is: "rPh") { inPhonetic = false }
            case .text:
                if inSI && inT && !inPhonetic { try XMLScanner.decode(p, t.text, into: &text) }
            case .cdata:
                if inSI && inT && !inPhonetic { text.append(contentsOf: UnsafeBufferPointer(rebasing: p[t.text])) }
            }
        }
        do {
            try package.stream(part) { chunk in try chunk.withUnsafeBytes { try scanner.feed($0, body) } }
            try scanner.finish(body)
        } catch let f as XMLScanner.Failure {
            throw XlsxError("\(part) is not well-formed XML: \(f.message) (byte \(f.offset))")
        }
        return out
    }

    mutating func append(_ text: [UInt8]) {
        CSVField.append(CSVField.unescapeOOXML(text), to: &bytes)
        ends.append(bytes.count)
    }
}

/// Writing one CSV field (RFC 4180): quoted when it holds a delimiter, a quote or a line end.
enum CSVField {
    static func needsQuotes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { return true }
        return false
    }

    static func append(_ text: [UInt8], to out: inout [UInt8]) {
        text.withUnsafeBufferPointer { append($0, to: &out) }
    }

    static func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard needsQuotes(text) else {
            out.append(contentsOf: text)
            return
        }
        out.append(0x22)
        for c in text {
            if c == 0x22 { out.append(0x22) }
            out.append(c)
        }
        out.append(0x22)
    }

    /// OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return);
    /// `_x005F_` escapes a literal underscore sequence.
    static func unescapeOOXML(_ b: [UInt8]) -> [UInt8] {
        guard b.count >= 7, b.contains(0x5F) else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        func hex(_ c: UInt8) -> UInt32? {
            switch c {
            case 0x30...0x39: return UInt32(c - 0x30)
            case 0x41...0x46: return UInt32(c - 0x41 + 10)
            case 0x61...0x66: return UInt32(c - 0x61 + 10)
            default: return nil
            }
        }
        while i < b.count {
            if b[i] == 0x5F, i + 6 < b.count, b[i + 1] == 0x78, b[i + 6] == 0x5F,
               let a = hex(b[i + 2]), let c = hex(b[i + 3]), let d = hex(b[i + 4]), let e = hex(b[i + 5]) {
                let v = a << 12 | c << 8 | d << 4 | e
                if let s = Unicode.Scalar(v), v != 0 {
                    out.append(contentsOf: Array(String(Character(s)).utf8))
                    i += 7
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return out
    }
}
