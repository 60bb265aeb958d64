/// Step 1 of the pipeline: bytes → header and rows, blank lines left out.
public struct RawTable: Sendable {
    public var header: HeaderMap
    /// Non-blank records after the header, each with the line where it starts.
    public var rows: [CSVReader.Record]
    public var delimiter: UInt8
    public var encoding: TextDecoding.Encoding
    /// Whether numbers are read with a decimal comma (`;` files, or forced).
    public var decimalComma: Bool
    /// `true` when the file was in the wide layout (one row per objective) and was unfolded:
    /// each key-result group then counts as one input row.
    public var wideLayout = false

    /// Reads a whole export.
    /// - Parameters:
    ///   - delimiter: forces a delimiter instead of detecting it from the header line.
    ///   - decimalComma: forces the decimal comma on or off (default: on for `;` files).
    ///   - columns: extra header → field mappings (the config's `[columns]`).
    public init(
        bytes: consuming [UInt8], file: String? = nil, delimiter forced: UInt8? = nil, decimalComma: Bool? = nil,
        columns: [String: Field] = [:]
    ) throws {
        let (text, encoding) = try TextDecoding.utf8(consume bytes, file: file)
        self.encoding = encoding
        let delimiter = forced ?? CSVReader.detectDelimiter(text)
        self.delimiter = delimiter
        self.decimalComma = decimalComma ?? (delimiter == UInt8(ascii: ";"))
        var header: HeaderMap?
        var wide: WideLayout?
        var rows: [CSVReader.Record] = []
        try CSVReader(delimiter: delimiter).forEachRecord(
            in: text, file: file, columnName: { header?.columnName($0) ?? "field \($0 + 1)" }
        ) { record in
            if Self.isBlank(record.fields) { return }
            if header == nil {
                do {
                    wide = WideLayout(header: record.fields, extraAliases: columns)
                    let names = wide?.header(from: record.fields) ?? record.fields
                    header = try HeaderMap(header: names, extraAliases: columns, file: file)
                } catch var e as InputError {
                    e.location.line = record.line
                    throw e
                }
                return
            }
            if let wide { rows += wide.unfold(record) } else { rows.append(record) }
        }
        guard let header else {
            throw InputError("no header line: the file is empty", file: file, line: 1)
        }
        self.header = header
        self.rows = rows
        self.wideLayout = wide != nil
    }

    /// A record whose fields are all empty or whitespace (a blank line, or only delimiters).
    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { f in f.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || f.trimmed.isEmpty }
    }
}
