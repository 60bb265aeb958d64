/// Which column of the input holds which field (SPEC §2 header matching).
public struct HeaderMap: Sendable, Hashable {
    /// The header as written (trimmed).
    public var names: [String]
    /// The field each column maps to, `nil` for columns townhall does not know (kept as they are).
    public var fields: [Field?]
    /// Column index of each known field.
    public var index: [Field: Int]

    /// Matches `header` case-, space-, `_`- and `-`-insensitively, through the alias table and
    /// the config's `[columns]` mapping (which wins).
    /// - Throws: `InputError` when a required column is missing or two columns map to one field.
    public init(header: [String], extraAliases: [String: Field] = [:], file: String? = nil) throws {
        names = header.map(\.trimmed)
        fields = []
        index = [:]
        var custom: [String: Field] = [:]
        for (name, field) in extraAliases { custom[Field.matchKey(name)] = field }
        var weak: [Field: Int] = [:]  // columns matched only through a weak alias
        for (i, name) in names.enumerated() {
            let key = Field.matchKey(name)
            let isCustom = custom[key] != nil
            var field = custom[key] ?? Field.aliases[key]
            let isWeak = !isCustom && Field.weakAliases.contains(key)
            if let f = field, let earlier = index[f] {
                if isWeak {
                    field = nil  // a specific column already holds this field: keep this one as an extra
                } else if let w = weak[f], w == earlier {
                    fields[earlier] = nil  // this specific column wins over the earlier weak one
                    weak[f] = nil
                } else {
                    throw InputError(
                        "ambiguous header: columns \(earlier + 1) \"\(names[earlier])\" and \(i + 1) \"\(name)\" both mean `\(f.rawValue)`; rename one or map it in the config's [columns]",
                        file: file, line: 1, column: name)
                }
            }
            fields.append(field)
            if let field {
                index[field] = i
                if isWeak { weak[field] = i }
            }
        }
        let missing = Field.required.filter { index[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { f -> String in
                let alts = Field.aliases.filter { $0.value == f }.count
                return "`\(f.rawValue)`" + (alts > 1 ? " (or an alias such as \(Self.example(f)))" : "")
            }
            throw InputError(
                "missing required column\(missing.count > 1 ? "s" : ""): \(list.joined(separator: ", ")); the header has \(Listing.few(names.lazy.filter { !$0.isEmpty }.map { "\"\($0)\"" }))",
                file: file, line: 1)
        }
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
