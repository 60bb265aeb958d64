/// Culture Amp's wide export: one row per objective, with column groups
/// `key_result_1_title`, `key_result_1_completion`, `key_result_2_title`, … — unfolded here into
/// one row per key result, so the rest of the pipeline sees the canonical long layout.
public struct WideLayout: Sendable, Hashable {
    /// Columns that are not part of a group, carried into every unfolded row.
    public var baseColumns: [Int]
    /// Group number → (field → column).
    public var groups: [(number: Int, columns: [Field: Int])]
    /// The fields the groups provide, in the order they are appended to the header.
    public var groupFields: [Field]

    public static func == (a: WideLayout, b: WideLayout) -> Bool {
        a.baseColumns == b.baseColumns && a.groupFields == b.groupFields
            && a.groups.map(\.number) == b.groups.map(\.number) && a.groups.map(\.columns) == b.groups.map(\.columns)
    }
    public func hash(into h: inout Hasher) { h.combine(baseColumns); h.combine(groupFields) }

    /// Suffixes of a group column and the field each means.
    static let suffixes: [(String, Field)] = [
        ("title", .keyResult), ("name", .keyResult), ("description", .keyResult), ("", .keyResult),
        ("completion", .score), ("progress", .score), ("score", .score), ("grade", .score),
        ("start", .start), ("startvalue", .start), ("baseline", .start),
        ("target", .target), ("targetvalue", .target), ("goal", .target),
        ("current", .current), ("currentvalue", .current), ("actual", .current),
        ("owner", .krOwner), ("owneremail", .krOwner), ("type", .type), ("unit", .unit), ("weight", .weight),
        ("status", .status), ("notes", .notes), ("comment", .notes), ("id", .krID), ("measure", .measure),
        ("confidence", .confidence),
    ]

    /// Detects the wide layout: at least one `key_result_N_title` group and no plain key-result column.
    /// - Throws: `InputError` (line 1) when, in this layout, two columns fill one slot of a group
    ///   (`key_result_1_title` and `Key Result 1 Title`): neither can be picked silently.
    public init?(header: [String], extraAliases: [String: Field] = [:], file: String? = nil) throws {
        var groups: [Int: [Field: Int]] = [:]
        var base: [Int] = []
        var clash: (earlier: Int, later: Int, field: Field, group: Int)?
        for (i, name) in header.enumerated() {
            let key = Field.matchKey(name)
            if extraAliases.keys.contains(where: { Field.matchKey($0) == key }) { base.append(i); continue }
            guard let (n, field) = Self.parse(key) else { base.append(i); continue }
            if let earlier = groups[n]?[field] {
                if clash == nil { clash = (earlier, i, field, n) }
                continue
            }
            groups[n, default: [:]][field] = i
        }
        let titled = groups.filter { $0.value[.keyResult] != nil }
        guard !titled.isEmpty else { return nil }
        let baseKeys = base.map { Field.matchKey(header[$0]) }
        if baseKeys.contains(where: { Field.aliases[$0] == .keyResult }) { return nil }
        if let c = clash {
            throw HeaderMap.ambiguity(c.earlier, header[c.earlier].trimmed, c.later, header[c.later].trimmed,
                                      meaning: "`\(c.field.rawValue)` of key result \(c.group)", file: file)
        }
        baseColumns = base
        self.groups = titled.keys.sorted().map { ($0, titled[$0]!) }
        var fields: [Field] = []
        for (_, cols) in self.groups {
            for f in Field.allCases where cols[f] != nil && !fields.contains(f) { fields.append(f) }
        }
        groupFields = fields
    }

    /// `keyresult3completion` → (3, .score).
    static func parse(_ key: String) -> (Int, Field)? {
        for prefix in ["keyresult", "kr"] where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let n = Int(digits) else { continue }
            let suffix = String(rest.dropFirst(digits.count))
            if let f = suffixes.first(where: { $0.0 == suffix })?.1 { return (n, f) }
        }
        return nil
    }

    /// The unfolded header: the base columns, then one column per group field.
    public func header(from original: [String]) -> [String] {
        baseColumns.map { original[$0] } + groupFields.map(\.rawValue)
    }

    /// One record per group whose title is not empty, each with the original row's line.
    public func unfold(_ record: CSVReader.Record) -> [CSVReader.Record] {
        let f = record.fields
        func at(_ i: Int) -> String { i < f.count ? f[i] : "" }
        let base = baseColumns.map(at)
        var out: [CSVReader.Record] = []
        for (_, cols) in groups {
            guard let t = cols[.keyResult], !at(t).trimmed.isEmpty else { continue }
            out.append(CSVReader.Record(line: record.line, fields: base + groupFields.map { cols[$0].map(at) ?? "" }))
        }
        // Cells past the header are kept so a ragged row is still rejected, not silently trimmed.
        if f.count > baseColumns.count + groups.reduce(0, { $0 + $1.columns.count }), !out.isEmpty {
            let extra = f.count - (baseColumns.count + groups.reduce(0) { $0 + $1.columns.count })
            if f.suffix(extra).contains(where: { !$0.trimmed.isEmpty }) {
                return [CSVReader.Record(line: record.line, fields: f)]
            }
        }
        if out.isEmpty {  // an objective with no key result: kept, so it is rejected with its line
            return [CSVReader.Record(line: record.line, fields: base + groupFields.map { _ in "" })]
        }
        return out
    }
}
