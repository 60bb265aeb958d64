/// A single team's sheet (Google Sheets and Notion templates: `Objective, Key Result, Owner,
/// Start Value, Target Value, Current Value, Score, Quarter`): objective and key-result columns
/// but no team column. Every key result belongs to one team, named after the organization.
struct SingleTeamProfile: ExportProfile {
    public let name = "single-team"
    public let title = "a single team's sheet"

    public init() {}

    /// The header as the alias table reads it, when it has objectives and key results but no team.
    func map(_ header: [String], _ context: ProfileContext) -> HeaderMap? {
        guard let m = try? HeaderMap(header: header, extraAliases: context.columns, requireAll: false),
              m.index[.team] == nil, m.index[.objective] != nil, m.index[.keyResult] != nil else { return nil }
        return m
    }

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        guard let m = map(header, context) else { return nil }
        return "objective (\"\(m.displayName(of: .objective))\") and key result (\"\(m.displayName(of: .keyResult))\") columns but no team column"
    }

    /// The team's name: the config's organization, else `Team`.
    static func teamName(_ context: ProfileContext) -> String {
        context.organization.trimmed.isEmpty ? "Team" : context.organization.trimmed
    }

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        let m = try map(header, context) ?? HeaderMap(header: header, extraAliases: context.columns, file: context.file)
        let team = Self.teamName(context)
        var r = ProfileReading(header: m.names + ["team"], fields: m.fields + [.team])
        r.meanings = ExportProfiles.aliasMeanings(m.names, m)
        r.structure = ["one row per key result, all of one team, \"\(team)\""]
        r.warnings = [Phrase("warning.singleTeam", [
            "team": .text(team), "named": .text(context.organization.trimmed.isEmpty ? "no" : "yes")])]
        r.rows = { records in
            var out = ProfileRows()
            out.records = records.map { rec in
                var f = Array(rec.fields.prefix(m.names.count))
                f += repeatElement("", count: m.names.count - f.count)
                // Cells past the header stay past it, so a ragged row is still rejected.
                return CSVReader.Record(line: rec.line, fields: f + [team] + rec.fields.dropFirst(m.names.count))
            }
            return out
        }
        return r
    }
}
