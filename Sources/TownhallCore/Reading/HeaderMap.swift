/// Which column of the input holds which field (SPEC §2 header matching).
@_spi(Stages) public struct HeaderMap: Sendable, Hashable {
    /// The header as written (trimmed).
    public var names: [String]
    /// The field each column maps to, `nil` for columns townhall does not know (kept as they are).
    public var fields: [Field?]
    /// Column index of each known field.
    public var index: [Field: Int]

    /// Matches `header` case-, space-, `_`- and `-`-insensitively, through the alias table and
    /// the config's `[columns]` mapping (which wins).
    /// - Parameters:
    ///   - fixed: the field of each column as an export profile decided it (the alias table is then
    ///     not asked; the config still maps the columns the profile keeps as extras).
    ///   - requireAll: `false` reads a header that lacks a required column (for `explain`).
    /// - Throws: `InputError` when a required column is missing or two columns map to one field.
    public init(header: [String], extraAliases: [String: Field] = [:], fixed: [Field?]? = nil,
                requireAll: Bool = true, file: String? = nil) throws {
        names = header.map(\.trimmed)
        fields = []
        index = [:]
        var custom: [String: Field] = [:]
        for (name, field) in extraAliases { custom[Field.matchKey(name)] = field }
        var weak: [Field: Int] = [:]  // columns matched only through a weak alias
        for (i, name) in names.enumerated() {
            let key = Field.matchKey(name)
            let isCustom = custom[key] != nil
            let decided = fixed.flatMap { i < $0.count ? $0[i] : nil }
            var field = decided ?? custom[key] ?? (fixed == nil ? Field.aliases[key] : nil)
            let isWeak = decided == nil && !isCustom && fixed == nil && Field.weakAliases.contains(key)
            if let f = field, let earlier = index[f] {
                if isWeak {
                    field = nil  // a specific column already holds this field: keep this one as an extra
                } else if let w = weak[f], w == earlier {
                    fields[earlier] = nil  // this specific column wins over the earlier weak one
                    weak[f] = nil
                } else {
                    throw Self.ambiguity(earlier, names[earlier], i, name, meaning: "`\(f.rawValue)`", file: file)
                }
            }
            fields.append(field)
            if let field {
                index[field] = i
                if isWeak { weak[field] = i }
            }
        }
        let missing = Field.required.filter { index[$0] == nil }
        if !missing.isEmpty && requireAll {
            let list = missing.map { f -> String in
                let alts = Field.aliases.filter { $0.value == f }.count
                return "`\(f.rawValue)`" + (alts > 1 ? " (or an alias such as \(Self.example(f)))" : "")
            }
            throw InputError(
                "missing required column\(missing.count > 1 ? "s" : ""): \(list.joined(separator: ", ")); the header has \(Listing.few(names.lazy.filter { !$0.isEmpty }.map { "\"\($0)\"" }))"
                + (names.lazy.filter { !$0.trimmed.isEmpty }.count == 1
                   // One cell is a report's title or a logo block above the real header far more
                   // often than a header: mapping it to a field would be the wrong advice.
                   ? ["; the first non-empty line has one cell only: if it is a title above the header, delete the lines above the header (townhall reads the first non-empty line as the header)"]
                   : suggestions(for: missing).map { "; " + $0 }).joined(),
                file: file, line: 1)
        }
    }

    /// Required fields the header lacks.
    public var missing: [Field] { Field.required.filter { index[$0] == nil } }

    /// Words that, inside a header nobody mapped, suggest a required field.
    static let hints: [(Field, [String])] = [
        (.keyResult, ["keyresult", "kr", "result", "goal", "measure", "metric"]),
        (.objective, ["objective", "obj", "goal", "aim"]),
        (.team, ["team", "department", "dept", "group", "squad", "unit", "org", "division", "area", "tribe"]),
    ]

    /// For each missing required field, the unmapped headers that look like it, as config advice:
    /// `"KR Name" looks like key_result: add [columns] "KR Name" = "key_result" to your config`.
    public func suggestions(for missing: [Field]) -> [String] {
        var out: [String] = []
        var used = Set<Int>()
        for (f, words) in Self.hints where missing.contains(f) {
            for (i, name) in names.enumerated() where fields[i] == nil && !name.isEmpty && !used.contains(i) {
                let key = Field.matchKey(name)
                guard words.contains(where: { key.contains($0) }) else { continue }
                used.insert(i)
                let q = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                out.append("\"\(name)\" looks like \(f.rawValue): add [columns] \"\(q)\" = \"\(f.rawValue)\" to your config")
                break
            }
        }
        return out
    }

    /// Two columns of the header that mean the same thing: neither can be picked silently.
    static func ambiguity(_ a: Int, _ aName: String, _ b: Int, _ bName: String, meaning: String,
                          file: String?) -> InputError {
        InputError(
            "ambiguous header: columns \(a + 1) \"\(aName)\" and \(b + 1) \"\(bName)\" both mean \(meaning); rename one or map it in the config's [columns]",
            file: file, line: 1, column: bName)
    }

    private static func example(_ f: Field) -> String {
        switch f {
        case .team: return "\"Department\""
        case .objective: return "\"Objective title\""
        case .keyResult: return "\"Key Result\" or \"KR\""
        default: return "\"\(f.rawValue)\""
        }
    }

    /// The header name of column `i`, or `field N` past the header's end.
    public func columnName(_ i: Int) -> String {
        i < names.count && !names[i].isEmpty ? names[i] : "field \(i + 1)"
    }

    /// The header text for a field (as the user wrote it), else the canonical name.
    public func displayName(of field: Field) -> String {
        index[field].map { names[$0] } ?? field.rawValue
    }
}
