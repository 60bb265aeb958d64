import Foundation
import TownhallCore

/// The JSON summary of SPEC §5 (`schema: "townhall.summary/1"`).
///
/// Written by hand, streaming, rather than through `JSONEncoder`: a million-KR cycle would
/// otherwise be built as one object graph in memory before a byte is written, and the key
/// order (which makes the file readable and diffable) would be lost.
public enum SummaryJSON {
    public static let schema = "townhall.summary/1"

    /// The whole summary as bytes.
    public static func render(_ report: CycleReport) -> [UInt8] {
        var out: [UInt8] = []
        try? write(report) { out += $0 }
        return out
    }

    /// Writes the summary in chunks of about 1 MB to `sink`.
    public static func write(_ r: CycleReport, to sink: @escaping ([UInt8]) throws -> Void) throws {
        var w = Writer(sink: sink)
        let c = r.counts, h = r.headline
        w.raw("{\n")
        w.field("schema", schema, first: true)
        w.field("cycle", r.cycle)
        if let scope = r.scope { w.field("team", scope.team) }  // a team's retro (`--team`): its subtree only
        w.field("organization", r.organization.name.isEmpty ? nil : r.organization.name)
        w.field("source", r.sourceName)
        w.field("source_profile", r.source.profile)
        w.field("generated_at", ISO8601DateFormatter().string(from: r.generatedAt))
        w.key("counts")
        w.object([
            ("input_rows", .int(c.inputRows)), ("key_results", .int(c.keyResults)), ("scored", .int(c.scored)),
            ("unscored", .int(c.unscored)), ("dropped", .int(c.dropped)), ("rejected_rows", .int(c.rejectedRows)),
            ("other_cycle_rows", .int(c.otherCycleRows)), ("objectives", .int(c.objectives)), ("teams", .int(c.teams)),
            ("objective_rows", .int(c.objectiveRows)), ("other_item_rows", .int(c.otherItemRows)),
        ])
        w.field("overall_score", h.overallScore)
        w.field("overall_band", r.thresholds.band(h.overallScore)?.rawValue)
        w.key("committed")
        w.object([
            ("key_results", .int(h.committed.keyResults)), ("scored", .int(h.committed.scored)),
            ("met", .int(h.committed.met)), ("attainment", .double(h.committed.attainment)),
            ("mean_score", .double(h.committed.meanScore)),
        ])
        w.key("aspirational")
        w.object([
            ("key_results", .int(h.aspirational.keyResults)), ("scored", .int(h.aspirational.scored)),
            ("mean_score", .double(h.aspirational.meanScore)), ("wins", .int(h.aspirational.met)),
        ])
        w.key("outcomes")
        w.object(Outcome.allCases.map { ($0.rawValue, .int(h.outcomes[$0] ?? 0)) })
        w.key("bands")
        w.object(Band.allCases.map { ($0.rawValue, .int(h.bands[$0] ?? 0)) })
        w.key("thresholds")
        let t = r.thresholds
        w.object(Thresholds.settings.map { ($0.name, .double(t[keyPath: $0.value])) })

        w.array("teams", r.teams.filter(\.ownsOKRs)) { t in
            [("team", .string(t.name)), ("parent_team", .optionalString(t.parent)), ("score", .double(t.score)),
             ("band", .optionalString(t.band?.rawValue)), ("rollup_score", .double(t.rollupScore)),
             ("committed_attainment", .double(t.committedAttainment)),
             ("aspirational_mean", .double(t.aspirationalMean)),
             ("objectives", .int(t.objectives.count)), ("key_results", .int(t.keyResults.count)),
             ("depth", .int(t.depth))]
        }
        w.array("objectives", r.objectives) { o in
            [("id", .string(o.id)), ("team", .string(o.team)), ("title", .string(o.title)),
             ("type", .string(o.type.rawValue)), ("score", .double(o.score)),
             ("band", .optionalString(o.band?.rawValue)), ("key_results", .int(o.keyResults.count)),
             ("owner", .optionalString(o.owner.isEmpty ? nil : o.owner)), ("line", .int(o.line))]
        }
        let activity = r.checkIns?.activity
        w.array("key_results", Array(r.keyResults.indices)) { i in
            let k = r.keyResults[i]
            var fields: [(String, Value)] = [
                ("id", .string(k.id)), ("objective_id", .string(k.objectiveID)), ("team", .string(k.team)),
                ("title", .string(k.title)), ("type", .string(k.type.rawValue)), ("score", .double(k.score)),
                ("progress", .double(k.progress)), ("band", .optionalString(k.band?.rawValue)),
                ("outcome", .string(k.outcome.rawValue)), ("rule", .optionalString(k.rule?.rawValue)),
                ("owner", .optionalString(k.owner.isEmpty ? nil : k.owner)), ("weight", .double(k.weight)),
                ("confidence", .double(k.confidence)), ("line", .int(k.line)),
            ]
            if let cmp = r.comparison { fields.append(("carried_over", .raw(cmp.carriedOver.contains(i) ? "true" : "false"))) }
            if let a = activity?[i], let c = r.checkIns {
                fields += [
                    ("check_ins", .int(a.checkIns.count)), ("first_update", .optionalString(a.first?.description)),
                    ("last_update", .optionalString(a.last?.description)),
                    ("days_since_update", a.daysSinceLast.map { .int($0) } ?? .double(nil)),
                    ("confidence_first", .double(a.firstConfidence)), ("confidence_last", .double(a.lastConfidence)),
                    ("trajectory", .raw(Self.trajectory(a, c))),
                ]
            }
            return fields
        }
        w.array("rejected", r.rejected) { x in [("line", .int(x.line)), ("reason", .string(x.reason))] }
        w.array("problems", r.problems) { p in
            var fields: [(String, Value)] = [("line", .int(p.line)), ("column", .string(p.column)),
                                             ("message", .string(p.message))]
            if let f = p.file { fields.insert(("file", .string(f)), at: 0) }
            return fields
        }
        w.array("checks", r.checks) { c in
            [("id", .string(c.id)), ("severity", .string(c.severity.rawValue)), ("subject", .string(c.subject)),
             ("team", .string(c.team)), ("lines", .ints(c.lines)), ("message", .string(c.message))]
        }
        w.array("warnings", r.warnings) { x in [("message", .string(x.message))] }
        if let c = r.checkIns { Self.writeCheckIns(c, report: r, into: &w) }
        if let cmp = r.comparison {
            w.key("comparison")
            w.object([
                ("previous_cycle", .string(cmp.previous.name)),
                ("overall_score_delta", .double(cmp.overallScore)),
                ("committed_attainment_delta", .double(cmp.committedAttainment)),
                ("aspirational_mean_delta", .double(cmp.aspirationalMean)),
                ("key_results_delta", .int(cmp.keyResults)), ("wins_delta", .int(cmp.wins)),
                ("misses_delta", .int(cmp.misses)), ("carried_over", .int(cmp.carriedOver.count)),
                ("team_score_deltas", .raw("{" + r.teams.compactMap { t in
                    cmp.teamScoreDelta[t.name].map { SummaryJSON.quoted(t.name) + ": " + Writer.format($0) }
                }.joined(separator: ", ") + "}")),
            ])
        }
        w.raw("\n}\n")
        try w.flush()
    }

    /// The check-ins block: dates, cadence overall and per team, and the week-by-week series.
    static func writeCheckIns(_ c: CheckInReport, report r: CycleReport, into w: inout Writer) {
        func cadence(_ x: Cadence) -> [(String, Value)] {
            [("key_results", .int(x.keyResults)), ("updated_last_14_days", .int(x.updatedLast14)),
             ("updated_last_30_days", .int(x.updatedLast30)), ("share_updated_last_14_days", .double(x.shareLast14)),
             ("share_updated_last_30_days", .double(x.shareLast30)), ("never_updated", .int(x.neverUpdated)),
             ("stale", .int(x.stale)), ("median_days_between_updates", .double(x.medianDaysBetween)),
             ("net_confidence", .double(x.netConfidence)), ("with_confidence", .int(x.withConfidence))]
        }
        w.key("check_ins")
        w.raw("{")
        w.string("file"); w.raw(": "); w.string(c.file)
        w.raw(", "); w.string("rows"); w.raw(": "); w.raw(String(c.checkIns.count))
        w.raw(", "); w.string("used"); w.raw(": ")
        w.raw(String(c.checkIns.lazy.filter { $0.keyResult != nil && $0.date != nil }.count))
        w.raw(", "); w.string("cycle_start"); w.raw(": "); w.string(c.dates.start.description)
        w.raw(", "); w.string("cycle_end"); w.raw(": "); w.string(c.dates.end.description)
        w.raw(", "); w.string("dates_from"); w.raw(": "); w.string(c.datesSource)
        w.raw(",\n    "); w.string("overall"); w.raw(": "); w.object(cadence(c.overall))
        w.raw(",\n    "); w.string("teams"); w.raw(": [")
        var first = true
        for (t, team) in r.teams.enumerated() where team.ownsOKRs {
            w.raw(first ? "\n      " : ",\n      ")
            first = false
            w.object([("team", .string(team.name))] + cadence(c.teamCadence[t]))
        }
        w.raw("],\n    "); w.string("weeks"); w.raw(": [")
        for (i, p) in c.weeks.enumerated() {
            w.raw(i == 0 ? "\n      " : ",\n      ")
            w.object([("week", .int(p.week)), ("end", .string(p.end.description)), ("mean_score", .double(p.mean)),
                      ("committed_mean", .double(p.committed)), ("aspirational_mean", .double(p.aspirational)),
                      ("key_results", .int(p.keyResults))])
        }
        w.raw("]}")
    }

    /// `[["2026-07-03", 0.25], …]`: the KR's score after each dated check-in.
    static func trajectory(_ a: KRActivity, _ c: CheckInReport) -> String {
        var s = "["
        for (n, i) in a.checkIns.enumerated() {
            if n > 0 { s += ", " }
            let ci = c.checkIns[i]
            s += "[\"\(ci.date!)\", " + (ci.score.map { Writer.format($0) } ?? "null") + "]"
        }
        return s + "]"
    }

    /// A string as a JSON literal.
    static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        var w = Writer { out += $0 }
        w.string(s)
        try? w.flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON value of the few kinds the summary holds.
    enum Value {
        case int(Int), double(Double?), string(String), optionalString(String?), ints([Int])
        /// Already JSON.
        case raw(String)
    }

    /// A small streaming JSON writer (shared with the history document).
    struct Writer {
        var buffer: [UInt8] = []
        let sink: ([UInt8]) throws -> Void
        var error: Error?

        init(sink: @escaping ([UInt8]) throws -> Void) {
            self.sink = sink
            buffer.reserveCapacity(1 << 20)
        }

        mutating func raw(_ s: String) { buffer.append(contentsOf: s.utf8) }

        mutating func maybeFlush() {
            if buffer.count >= 1 << 20, error == nil {
                do { try sink(buffer) } catch { self.error = error }
                buffer.removeAll(keepingCapacity: true)
            }
        }

        mutating func flush() throws {
            if let error { throw error }
            try sink(buffer)
            buffer.removeAll()
        }

        mutating func key(_ k: String, first: Bool = false) {
            raw(first ? "  " : ",\n  ")
            string(k)
            raw(": ")
        }

        mutating func field(_ k: String, _ v: String?, first: Bool = false) {
            key(k, first: first)
            if let v { string(v) } else { raw("null") }
        }

        mutating func field(_ k: String, _ v: Double?) {
            key(k)
            value(.double(v))
        }

        mutating func object(_ fields: [(String, Value)]) {
            raw("{")
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { raw(", ") }
                string(k)
                raw(": ")
                value(v)
            }
            raw("}")
        }

        mutating func array<T>(_ name: String, _ items: [T], _ fields: (T) -> [(String, Value)]) {
            key(name)
            if items.isEmpty { raw("[]"); return }
            raw("[\n")
            for (i, item) in items.enumerated() {
                raw(i == 0 ? "    " : ",\n    ")
                object(fields(item))
                maybeFlush()
            }
            raw("\n  ]")
        }

        mutating func value(_ v: Value) {
            switch v {
            case .int(let i): raw(String(i))
            case .double(let d): number(d)
            case .string(let s): string(s)
            case .optionalString(let s): if let s { string(s) } else { raw("null") }
            case .raw(let json): raw(json)
            case .ints(let xs):
                raw("[")
                for (i, x) in xs.enumerated() {
                    if i > 0 { raw(", ") }
                    raw(String(x))
                }
                raw("]")
            }
        }

        mutating func number(_ d: Double?) {
            guard let d, d.isFinite else { raw("null"); return }
            raw(Self.format(d))
        }

        /// A finite double as JSON (`1.0`, `0.25`, `1e-05`).
        static func format(_ d: Double) -> String {
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
            return String(d)
        }

        mutating func string(_ s: String) {
            buffer.append(0x22)
            for b in s.utf8 {
                switch b {
                case 0x22: buffer.append(0x5C); buffer.append(0x22)
                case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                case 0x0A: buffer.append(0x5C); buffer.append(UInt8(ascii: "n"))
                case 0x0D: buffer.append(0x5C); buffer.append(UInt8(ascii: "r"))
                case 0x09: buffer.append(0x5C); buffer.append(UInt8(ascii: "t"))
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
                default: buffer.append(b)
                }
            }
            buffer.append(0x22)
        }
    }
}
