/// The generic CSV of SPEC §2: one row per key result, columns matched through the alias table
/// (`Field.aliases`) and the config's `[columns]`. It takes any header, so it comes last.
struct GenericProfile: ExportProfile {
    public let name = "generic"
    public let title = "a generic OKR export"

    public init() {}

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        "the header names townhall's columns or their aliases (SPEC §2)"
    }

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        var r = ProfileReading(header: header)
        r.structure = ["one row per key result"]
        if CarryForward.isOwnHeader(header) {  // townhall's own carry-forward: its formula guards are undone
            r.structure.append("townhall's carry-forward file: a ' written before a leading = + - @ tab or CR is taken off")
            r.rows = { records in
                var rows = ProfileRows()
                rows.records = records.map { CSVReader.Record(line: $0.line, fields: $0.fields.map(CarryForward.unguarded)) }
                return rows
            }
        }
        return r
    }
}

extension GenericProfile {
    /// A generic `Progress` or `Completion` column is read as each key result's grade (Betterworks
    /// means it so). When it holds one value per objective — the same on every key result of each
    /// objective that has several — it is more likely the objective's progress (BurningOKR's
    /// meaning), and every key result would get its objective's grade: that is said, not scored silently.
    static func ambiguousProgress(header: HeaderMap, keyResults: [KeyResult], objectives: [Objective],
                                  file: String) -> RunWarning? {
        guard let column = header.index[.score] else { return nil }
        let name = header.names[column]
        guard ["progress", "completion"].contains(Field.matchKey(name)) else { return nil }
        var shared = 0
        for o in objectives where o.keyResults.count > 1 {
            let texts = Set(o.keyResults.map { keyResults[$0].text.cell(.score) })
            guard texts.count == 1, texts.first?.isEmpty == false else { return nil }
            shared += 1
        }
        guard shared > 0 else { return nil }
        return RunWarning(location: .init(file: file, line: 1, column: name),
            Phrase("warning.generic.progressPerObjective", ["name": .text(name), "n": .integer(shared)]))
    }
}
