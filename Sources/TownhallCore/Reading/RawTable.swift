/// Step 1 of the pipeline: bytes → header and rows, blank lines left out.
public struct RawTable: Sendable {
    public var header: HeaderMap
    /// Non-blank records after the header, each with the line where it starts.
    public var rows: [CSVReader.Record]
    public var delimiter: UInt8
    public var encoding: TextDecoding.Encoding
    /// Whether numbers are read with a decimal comma (`;` files, or forced).
    public var decimalComma: Bool

    /// Reads a whole export.
    /// - Parameters:
    ///   - delimiter: forces a delimiter instead of detecting it from the header line.
    ///   - decimalComma: forces the decimal comma on or off (default: on for `;` files).
    ///   - columns: extra header → field mappings (the config's `[columns]`).
    public init(
        bytes: [UInt8], file: String? = nil, delimiter forced: UInt8? = nil, decimalComma: Bool? = nil,
        columns: [String: Field] = [:]
    ) throws {
        let (text, encoding) = try TextDecoding.utf8(bytes, file: file)
        self.encoding = encoding
        let delimiter = forced ?? CSVReader.detectDelimiter(text)
        self.delimiter = delimiter
        self.decimalComma = decimalComma ?? (delimiter == UInt8(ascii: ";"))
        var header: HeaderMap?
        var rows: [CSVReader.Record] = []
        try CSVReader(delimiter: delimiter).forEachRecord(
            in: text, file: file, columnName: { header?.columnName($0) ?? "field \($0 + 1)" }
        ) { record in
            if Self.isBlank(record.fields) { return }
            if header == nil {
                do {
                    header = try HeaderMap(header: record.fields, extraAliases: columns, file: file)
                } catch var e as InputError {
                    e.location.line = record.line
                    throw e
                }
                return
            }
            rows.append(record)
        }
        guard let header else {
            throw InputError("no header line: the file is empty", file: file, line: 1)
        }
        self.header = header
        self.rows = rows
    }

    /// A record whose fields are all empty or whitespace (a blank line, or only delimiters).
    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { f in f.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || f.trimmed.isEmpty }
    }
}
