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
        w.field("organization", r.organization.name.isEmpty ? nil : r.organization.name)
        w.field("source", r.sourceName)
        w.field("generated_at", ISO8601DateFormatter().string(from: r.generatedAt))
        w.key("counts")
        w.object([
            ("input_rows", .int(c.inputRows)), ("key_results", .int(c.keyResults)), ("scored", .int(c.scored)),
            ("unscored", .int(c.unscored)), ("dropped", .int(c.dropped)), ("rejected_rows", .int(c.rejectedRows)),
            ("other_cycle_rows", .int(c.otherCycleRows)), ("objectives", .int(c.objectives)), ("teams", .int(c.teams)),
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
        w.object([
            ("committed_win", .double(t.committedWin)), ("aspirational_win", .double(t.aspirationalWin)),
            ("aspirational_progress", .double(t.aspirationalProgress)), ("green", .double(t.green)),
            ("yellow", .double(t.yellow)), ("aspirational_target", .double(t.aspirationalTarget)),
            ("sandbagging", .double(t.sandbagging)), ("tolerance", .double(t.tolerance)),
        ])

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
        w.array("key_results", r.keyResults) { k in
            [("id", .string(k.id)), ("objective_id", .string(k.objectiveID)), ("team", .string(k.team)),
             ("title", .string(k.title)), ("type", .string(k.type.rawValue)), ("score", .double(k.score)),
             ("progress", .double(k.progress)), ("band", .optionalString(k.band?.rawValue)),
             ("outcome", .string(k.outcome.rawValue)), ("rule", .optionalString(k.rule?.rawValue)),
             ("owner", .optionalString(k.owner.isEmpty ? nil : k.owner)), ("weight", .double(k.weight)),
             ("line", .int(k.line))]
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
        w.raw("\n}\n")
        try w.flush()
    }

    /// A JSON value of the few kinds the summary holds.
    enum Value {
        case int(Int), double(Double?), string(String), optionalString(String?), ints([Int])
    }

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
            if d == d.rounded(), abs(d) < 1e15 {
                raw(String(Int64(d)))
                raw(".0")
            } else {
                raw(String(d))
            }
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
