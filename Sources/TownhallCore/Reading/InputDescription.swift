/// How an input file was read: its container and text format, and the export profile.
///
/// The one place that says what townhall found in a file, for `explain`, the stderr note and
/// the JSON; a new container (a spreadsheet) adds its facts here.
public struct InputDescription: Sendable, Hashable {
    /// `CSV` (text).
    public var container = "CSV"
    public var encoding = TextDecoding.Encoding.utf8
    public var delimiter: UInt8 = UInt8(ascii: ",")
    public var decimalComma = false
    /// The profile's `--profile` name, its title and why it was chosen.
    public var profile = GenericProfile().name
    public var profileTitle = GenericProfile().title
    public var profileReason = ""
    public var profileForced = false
    /// The header columns the profile made itself, after the file's own (Viva Goals' fields derived
    /// from several cells): their headers are field names, not input, so outputs word them.
    public var derivedColumns: Range<Int> = 0..<0

    public init() {}

    init(_ table: RawTable) {
        encoding = table.encoding
        delimiter = table.delimiter
        decimalComma = table.decimalComma
        profile = table.profile.name
        profileTitle = table.profile.title
        profileReason = table.profile.reason
        profileForced = table.profile.forced
        derivedColumns = table.profile.reading.derivedColumns
    }

    /// `true` when a tool's profile (not the generic CSV) read the file.
    public var isToolProfile: Bool { profile != GenericProfile().name }

    /// The delimiter for people: `","`, `";"` or `tab`.
    public var delimiterName: String { delimiter == 0x09 ? "tab" : "\"\(Character(UnicodeScalar(delimiter)))\"" }

    /// The format facts, one `label: value` each.
    public var formatLines: [(String, String)] {
        [("container", container), ("encoding", encoding.rawValue), ("delimiter", delimiterName),
         ("decimal mark", decimalComma ? "\",\" (decimal comma)" : "\".\"")]
    }

    /// The stderr note for a tool's profile: `reading as a Viva Goals export`.
    public var note: String { "reading as \(profileTitle)\(profileForced ? " (--profile \(profile))" : "")" }
}
