/// BurningOKR's export (CSV, or its XLSX `okr` sheet): `Team, Objective, Progress, Corporate
/// Objective, Key Result, Description, Start, End, Actual, Unit`, one row per key result.
///
/// Its `Progress` is the *objective's* progress (the mean of its key results' progress, each
/// capped to 0–1), repeated on every key-result row: kept as an extra column and compared with
/// townhall's objective score, never taken as a key result's grade.
struct BurningOKRProfile: ExportProfile {
    public let name = "burningokr"
    public let title = "a BurningOKR export"

    public init() {}

    /// BurningOKR's columns by match key (header case and singular/plural vary between versions).
    static let columns: [String: (Field?, String)] = [
        "team": (.team, ""),
        "objective": (.objective, ""),
        "progress": (nil, "the objective's progress (mean of its key results' progress, each capped to 0–1), repeated on each row: kept as an extra column and compared with townhall's objective score, never a key result's grade"),
        "corporateobjective": (.alignedTo, "the objective it is aligned to"),
        "keyresult": (.keyResult, ""),
        "description": (nil, "the key result's description: kept as an extra column (not a reflection)"),
        "start": (.start, ""),
        "end": (.target, "the target"),
        "actual": (.current, ""),
        "unit": (.unit, ""),
    ]

    /// `Key Results` → `keyresult`.
    static func key(_ header: String) -> String {
        let k = Field.matchKey(header)
        return columns[k] == nil && k.hasSuffix("s") && columns[String(k.dropLast())] != nil ? String(k.dropLast()) : k
    }

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        let keys = header.map(Self.key)
        let signature = ["progress", "end", "actual", "objective", "keyresult"]
        guard signature.allSatisfy(keys.contains) else { return nil }
        let shown = ["progress", "end", "actual"].compactMap { k in keys.firstIndex(of: k).map { header[$0].trimmed } }
        return "\(ExportProfiles.quoted(shown)) beside \"Objective\" and \"Key Result\" are BurningOKR's export columns"
    }

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        let names = header.map(\.trimmed)
        var fields: [Field?] = []
        var meanings: [ColumnMeaning] = []
        var progress: Int?
        for h in names {
            let k = Self.key(h)
            if let (f, note) = Self.columns[k] {
                fields.append(f)
                meanings.append(ColumnMeaning(h, f, note))
                if k == "progress" && progress == nil { progress = fields.count - 1 }
            } else {
                // Columns of later versions: the alias table's specific names (never a generic word).
                let f = Field.weakAliases.contains(Field.matchKey(h)) ? nil : Field.aliases[Field.matchKey(h)]
                fields.append(f)
                meanings.append(ColumnMeaning(h, f, f == nil ? "kept as an extra column" : ""))
            }
        }
        var r = ProfileReading(header: names, fields: fields)
        r.meanings = meanings
        r.statedObjectiveProgress = progress
        r.conventions = [
            "key results are scored from Start, End (the target) and Actual",
            "Progress is the objective's progress (0–1, or a percentage): compared with townhall's objective score",
        ]
        r.structure = ["one row per key result; the objective's columns repeat on each of its rows"]
        return r
    }
}
