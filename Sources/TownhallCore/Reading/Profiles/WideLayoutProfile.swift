/// Culture Amp's wide export: one row per objective, with column groups
/// `key_result_1_title`, `key_result_1_completion`, `key_result_2_title`, … — unfolded here into
/// one row per key result, so the rest of the pipeline sees the canonical long layout.
struct WideLayout: Sendable, Hashable {
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
        // A generic `name` beside the groups is the objective's title, not a key result.
        if baseKeys.contains(where: { Field.aliases[$0] == .keyResult && !Field.weakAliases.contains($0) }) { return nil }
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

    /// Generic words that title the objective's row when it has no objective column.
    static let objectiveTitles: Set<String> = ["name", "title", "objectivename", "objectivetitle"]

    /// The field of each base column: the alias table's, except that the row's own score,
    /// status and confidence are the objective's (kept as extra columns), `name`/`title` is the
    /// objective's title when nothing else is, and a field the groups give is theirs.
    func baseFields(_ header: [String], extraAliases: [String: Field]) -> [Field?] {
        let keys = baseColumns.map { Field.matchKey(header[$0]) }
        let custom = Set(extraAliases.keys.map(Field.matchKey))
        let hasObjective = keys.contains { Field.aliases[$0] == .objective && !Self.objectiveTitles.contains($0) }
        var taken = Set(groupFields)
        var out: [Field?] = []
        for k in keys {
            if custom.contains(k) { out.append(nil); continue }  // the config maps it
            var f = Field.aliases[k]
            if !hasObjective && Self.objectiveTitles.contains(k) && !taken.contains(.objective) { f = .objective }
            if let g = f, [.score, .status, .confidence, .keyResult].contains(g) { f = nil }
            if k == "description" { f = nil }  // the objective's description, not a reflection
            if f == .krOwner && taken.contains(.krOwner) { f = .objectiveOwner }
            if let g = f, taken.contains(g) { f = nil }
            if let g = f { taken.insert(g) }
            out.append(f)
        }
        return out
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

/// The wide layout (Culture Amp and similar) as an export profile: one row per objective, its
/// key results in `key_result_N_*` column groups, unfolded into one key result each.
struct WideLayoutProfile: ExportProfile {
    public let name = "wide"
    public let title = "a wide export (one row per objective)"

    public init() {}

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        let w: WideLayout
        do {
            guard let found = try WideLayout(header: header, extraAliases: context.columns) else { return nil }
            w = found
        } catch {  // its groups are there, two columns fill one slot: reading says which, as 65
            return "column groups such as \"key_result_1_title\" hold one key result each"
        }
        let first = w.groups[0].columns[.keyResult].map { header[$0].trimmed } ?? "key_result_1_title"
        return "\(w.groups.count) column group\(w.groups.count == 1 ? "" : "s") such as \"\(first)\" hold one key result each"
    }

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        guard let w = try WideLayout(header: header, extraAliases: context.columns, file: context.file) else {
            throw InputError("not a wide export: no key_result_N_title column; try --profile generic",
                             file: context.file, line: 1)
        }
        let base = w.baseFields(header, extraAliases: context.columns)
        var r = ProfileReading(header: w.header(from: header), fields: base + w.groupFields)
        var meanings: [ColumnMeaning] = []
        for (k, i) in w.baseColumns.enumerated() {
            let key = Field.matchKey(header[i])
            let own = ["completion", "progress", "score", "grade", "status", "confidence", "description"].contains(key)
            meanings.append(ColumnMeaning(header[i].trimmed, base[k],
                                          own && base[k] == nil ? "the objective's own \(key), not a key result's: kept as an extra column" : ""))
            if key == "completion" || key == "progress", base[k] == nil, r.statedObjectiveProgress == nil {
                r.statedObjectiveProgress = k
            }
        }
        for (n, cols) in w.groups {
            for f in Field.allCases {
                if let i = cols[f] { meanings.append(ColumnMeaning(header[i].trimmed, f, "key result \(n)")) }
            }
        }
        r.meanings = meanings
        r.conventions = ["a group's completion is its key result's grade (0–1 or a percentage)"]
        r.structure = ["one row per objective; each of its \(w.groups.count) key_result_N groups with a title is one key result (and one input row); a row with none is rejected"]
        r.rows = { records in
            var out = ProfileRows()
            for record in records { out.records += w.unfold(record) }
            return out
        }
        return r
    }
}
