/// The reading stage, first in `Townhall.report`: bytes → header and rows, blank lines left out.
struct RawTable: Sendable {
    public var header: HeaderMap
    /// The text of the non-blank records after the header (a wide layout's unfolded), in order.
    public var store: RowStore
    /// The physical line where each of those records starts.
    public var lines: [Int]
    public var delimiter: UInt8
    public var encoding: TextDecoding.Encoding
    /// Whether numbers are read with a decimal comma (`;` files, or forced).
    public var decimalComma: Bool
    /// `true` when the file was in the wide layout (one row per objective) and was unfolded:
    /// each key-result group then counts as one input row.
    public var wideLayout: Bool { profile.name == WideLayoutProfile().name }
    /// The export profile that read the file, and why.
    public var profile: ProfileMatch
    /// The file's own header, as written.
    public var fileHeader: [String]
    /// Rows that described objectives, and rows of other items (not key results, not in `rowCount`).
    public var objectiveRows = 0
    public var otherItemRows = 0
    /// Check-ins the rows held themselves (Viva Goals).
    public var packedCheckIns: [PackedCheckIn] = []
    /// The cycle's dates as the export states them, when it does.
    public var exportDates: CycleDates?
    /// What the profile says about this file (a single team's sheet, unknown item types).
    public var profileWarnings: [Phrase] = []

    /// Number of records after the header, blank lines left out.
    public var rowCount: Int { lines.count }

    /// The fields of record `row` as written (quotes removed), as many as it has.
    public func fields(_ row: Int) -> [String] { store.fields(row, count: store.fieldCount(row)) }

    /// Reads a whole export. The decoded text is kept (moved, not copied) as the rows' store.
    /// - Parameters:
    ///   - delimiter: forces a delimiter instead of detecting it from the header line.
    ///   - decimalComma: forces the decimal comma on or off (default: on for `;` files).
    ///   - columns: extra header → field mappings (the config's `[columns]`).
    ///   - profile: forces an export profile by name (`--profile`) instead of recognising one.
    ///   - organization: the config's organization name (a single team's sheet is named after it).
    /// - Throws: `InputError` for text that is not readable, an unknown profile or an unusable header.
    public init(
        bytes: consuming [UInt8], file: String? = nil, delimiter forced: UInt8? = nil, decimalComma: Bool? = nil,
        columns: [String: Field] = [:], profile forcedProfile: String? = nil, organization: String = ""
    ) throws {
        var chosen: (any ExportProfile)?
        if let forcedProfile {
            guard let p = ExportProfiles.named(forcedProfile) else {
                throw InputError("unknown profile \"\(forcedProfile)\": the profiles are \(ExportProfiles.all.map(\.name).joined(separator: ", "))",
                                 file: file)
            }
            chosen = p
        }
        let (text, encoding) = try TextDecoding.utf8(consume bytes, file: file)
        self.encoding = encoding
        let delimiter = forced ?? CSVReader.detectDelimiter(text)
        self.delimiter = delimiter
        self.decimalComma = decimalComma ?? (delimiter == UInt8(ascii: ";"))
        var header: HeaderMap?
        var match: ProfileMatch?
        var fileHeader: [String] = []
        var collected: [CSVReader.Record] = []
        var rewrites = false  // read once per row: the generic path pays one Bool for profiles
        let context = ProfileContext(columns: columns, organization: organization, file: file)
        var offsets = RowStore.Offsets()
        var lines: [Int] = []
        let reader = CSVReader(delimiter: delimiter)
        try text.withUnsafeBufferPointer { p in
            try reader.forEachRow(in: p, file: file, columnName: { header?.columnName($0) ?? "field \($0 + 1)" }) {
                line, row in
                if Self.isBlank(p, row) { return }
                if header == nil {
                    let fields = (0..<(row.count - 1)).map { CSVReader.field(p, start: Int(row[$0]), end: CSVReader.end(row, $0)) }
                    fileHeader = fields
                    do {
                        let (profile, why) = chosen.map { ($0, "chosen with --profile") }
                            ?? ExportProfiles.recognize(fields, context: context)
                        let reading = try profile.reading(fields, context: context)
                        match = ProfileMatch(name: profile.name, title: profile.title, reason: why, forced: chosen != nil,
                                             reading: reading)
                        header = try HeaderMap(header: reading.header, extraAliases: columns, fixed: reading.fields,
                                               file: file)
                        rewrites = reading.rows != nil
                    } catch var e as InputError {
                        e.location.line = line
                        throw e
                    }
                    return
                }
                if rewrites {  // a profile rewrites the rows: gather them first
                    let fields = (0..<(row.count - 1)).map { CSVReader.field(p, start: Int(row[$0]), end: CSVReader.end(row, $0)) }
                    collected.append(CSVReader.Record(line: line, fields: fields))
                } else {
                    if lines.count == 256 {  // room for the whole file, from the first rows' size: no regrowth copies
                        Self.reserve(&offsets, &lines, hereAt: Int(row[0]), total: p.count)
                    }
                    guard offsets.hasRoom(for: row.count) else {
                        throw InputError("more than 4 billion fields: townhall reads exports up to that", file: file, line: line)
                    }
                    offsets.append(row)
                    lines.append(line)
                }
            }
        }
        guard let header, var match else {
            throw InputError("no header line: the file is empty", file: file, line: 1)
        }
        self.header = header
        self.fileHeader = fileHeader
        if match.reading.meanings.isEmpty { match.reading.meanings = ExportProfiles.aliasMeanings(fileHeader, header) }
        self.profileWarnings = match.reading.warnings
        if let rewrite = match.reading.rows {
            let rows = rewrite(collected)
            collected = []
            var builder = RowStore.Builder()
            for record in rows.records {
                builder.append(record.fields)
                lines.append(record.line)
            }
            self.objectiveRows = rows.objectiveRows
            self.otherItemRows = rows.otherItemRows
            self.packedCheckIns = rows.checkIns
            self.exportDates = rows.cycleDates
            self.profileWarnings += rows.warnings
            self.lines = lines
            self.profile = match
            store = builder.build(columns: header.index, width: header.names.count)
        } else {
            self.lines = lines
            self.profile = match
            store = RowStore(text: consume text, offsets: consume offsets,
                             columns: RowStore.columnTable(header.index), width: header.names.count)
        }
    }

    /// Reserves the offsets a file of `total` bytes needs, judged from the rows read so far (plus 5 %).
    static func reserve(_ offsets: inout RowStore.Offsets, _ lines: inout [Int], hereAt: Int, total: Int) {
        let rows = lines.count
        let firstRowAt = Int(offsets.rowStarts[0])
        guard hereAt > firstRowAt, rows > 0 else { return }
        let expected = Int(Double(total - hereAt) / Double(hereAt - firstRowAt) * Double(rows) * 1.05)
        offsets.reserve(rows: expected, entriesPerRow: offsets.entriesPerRow)
        lines.reserveCapacity(rows + expected)
    }

    /// `isBlank(_:)` read from a record's bounds: spaces, tabs and printable ASCII decide from the
    /// bytes (the rows of a large export); anything else makes the field and asks `isBlankField`.
    static func isBlank(_ p: UnsafeBufferPointer<UInt8>, _ bounds: [UInt32]) -> Bool {
        for k in 0..<(bounds.count - 1) {
            let start = Int(bounds[k]), end = CSVReader.end(bounds, k)
            var i = start
            while i < end && (p[i] == 0x20 || p[i] == 0x09) { i += 1 }
            if i == end { continue }
            let c = p[i]
            if c > 0x20 && c < 0x80 && c != CSVReader.quote { return false }  // printable ASCII: not blank
            if !isBlankField(CSVReader.field(p, start: start, end: end)) { return false }
        }
        return true
    }

    /// A record whose fields are all empty or whitespace (a blank line, or only delimiters).
    static func isBlank(_ fields: [String]) -> Bool { fields.allSatisfy(isBlankField) }

    /// A field that is empty or whitespace only.
    static func isBlankField(_ f: String) -> Bool { f.trimmed.isEmpty }
}
