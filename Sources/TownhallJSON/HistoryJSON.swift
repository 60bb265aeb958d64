import Foundation
import TownhallCore

/// The trends across archived cycles (`townhall history`), schema `townhall.history/1`.
public enum HistoryJSON {
    public static let schema = "townhall.history/1"

    /// The whole trends document as bytes.
    public static func render(_ h: HistoryReport) -> [UInt8] {
        var out: [UInt8] = []
        var w = SummaryJSON.Writer { out += $0 }
        w.raw("{\n")
        w.field("schema", schema, first: true)
        w.field("organization", h.organization.isEmpty ? nil : h.organization)
        w.field("generated_at", ISO8601DateFormatter().string(from: h.generatedAt))
        w.array("cycles", h.cycles) { c in
            [("cycle", .string(c.name)), ("start", .optionalString(c.dates?.start.description)),
             ("end", .optionalString(c.dates?.end.description)), ("overall_score", .double(c.overallScore)),
             ("committed_attainment", .double(c.committedAttainment)), ("aspirational_mean", .double(c.aspirationalMean)),
             ("key_results", .int(c.keyResults)), ("scored", .int(c.scored)), ("objectives", .int(c.objectives)),
             ("teams", .int(c.teams)), ("wins", .int(c.wins)), ("misses", .int(c.misses)),
             ("problems", .int(c.problems)), ("share_updated_last_30_days", .double(c.shareUpdatedLast30)),
             ("median_days_between_updates", .double(c.medianDaysBetween)), ("net_confidence", .double(c.netConfidence))]
        }
        w.array("teams", Array(h.teams.indices)) { t in
            [("team", .string(h.teams[t])),
             ("scores", .raw("[" + h.teamScores[t].map { $0.map(SummaryJSON.Writer.format) ?? "null" }.joined(separator: ", ") + "]"))]
        }
        w.array("goals_too_safe", h.goalsTooSafe) { s in
            [("team", .string(s.team)), ("cycles", .raw("[" + s.cycles.map { Self.quoted($0) }.joined(separator: ", ") + "]"))]
        }
        w.array("over_committing", h.overCommitting) { s in
            [("team", .string(s.team)), ("cycles", .raw("[" + s.cycles.map { Self.quoted($0) }.joined(separator: ", ") + "]"))]
        }
        w.raw("\n}\n")
        try? w.flush()
        return out
    }

    static func quoted(_ s: String) -> String { SummaryJSON.quoted(s) }
}
