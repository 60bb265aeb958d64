import TOMLKit

/// The config file (`--config townhall.toml`): organization, column mapping, scoring thresholds,
/// playbook limits. Every key is optional; unknown keys are an error naming the key and its line.
public struct Configuration: Sendable, Hashable {
    public var organization = Organization()
    /// Path of the logo as written in the config (the command embeds it; the core never reads files).
    public var logoPath: String?
    /// Largest logo embedded in the deck (2 MB): a logo is a small image, and a huge one would
    /// make every deck huge and slow to open.
    public static let maxLogoBytes = 2_000_000
    /// Header (as written in the export) → field.
    public var columns: [String: Field] = [:]
    public var thresholds = Thresholds()
    public var limits = PlaybookLimits()
    /// `[cycle] start`/`end`: the cycle's dates when its name does not say them.
    public var cycleDates: CycleDates?

    public init() {}

    /// Keys each table accepts: the one list of what the config file can say.
    static let schema: [String: Set<String>] = [
        "organization": ["name", "values", "accent", "logo", "language"],
        "columns": [],  // any header
        "scoring": Set(Thresholds.settings.map(\.name)),
        "cycle": ["start", "end"],
        "checks": Set(Playbook.knobs.map(\.key) + ["disabled"]),
    ]

    /// The `[checks]` table of `init`'s starter config: every knob the checks declare, at its
    /// default, with its comment.
    public static var starterChecksTable: String {
        starterTable("checks", Playbook.knobs.map { ("\($0.key) = \($0.defaultValue)", $0.help) }
            + [("disabled = []", "check ids to switch off, e.g. [\"\(Playbook.MissingStart.id)\"]")])
    }

    /// The `[scoring]` table of `init`'s starter config: every threshold at its default, with its comment.
    public static var starterScoringTable: String {
        let defaults = Thresholds()
        return starterTable("scoring", Thresholds.keys.map { ("\($0.name) = \(defaults[keyPath: $0.value])", $0.help) })
    }

    /// `[name]` and its `key = value  # comment` lines, the comments aligned.
    static func starterTable(_ name: String, _ lines: [(String, String)]) -> String {
        let width = lines.map(\.0.count).max() ?? 0
        return (["[\(name)]"] + lines.map { $0 + String(repeating: " ", count: width - $0.count + 2) + "# " + $1 })
            .joined(separator: "\n")
    }

    /// Deepest dotted key or table header townhall reads before refusing a config: its own keys are
    /// two levels deep (`[checks]` `stale_days`), so this is far beyond any real config and far below
    /// what the parser's stack takes.
    static let maxKeyDepth = 64

    /// The line (1-based) of the most deeply dotted key and its depth (dots + 1), outside strings
    /// and comments; a dot between two digits is a number's (`0.7`), not a key's. `nil` for no dots.
    static func deepestKey(_ text: String) -> (line: Int, depth: Int)? {
        let b = Array(text.utf8)
        var best: (line: Int, depth: Int)?
        var line = 1, dots = 0, i = 0
        func isDigit(_ j: Int) -> Bool { j >= 0 && j < b.count && b[j] >= 0x30 && b[j] <= 0x39 }
        func endLine() {
            if dots > 0 && dots + 1 > (best?.depth ?? 0) { best = (line, dots + 1) }
            dots = 0
            line += 1
        }
        while i < b.count {
            let c = b[i]
            if c == 0x0A { endLine(); i += 1; continue }
            if c == 0x23 {  // a comment runs to the line's end
                while i < b.count && b[i] != 0x0A { i += 1 }
                continue
            }
            if c == 0x22 || c == 0x27 {  // a string: skip it, counting the lines a multi-line one spans
                let multi = i + 2 < b.count && b[i + 1] == c && b[i + 2] == c
                i += multi ? 3 : 1
                while i < b.count {
                    if c == 0x22 && b[i] == 0x5C { i += 2; continue }  // an escape in a basic string
                    if b[i] == 0x0A { if !multi { break }; endLine(); i += 1; continue }
                    if b[i] == c && (!multi || (i + 2 < b.count && b[i + 1] == c && b[i + 2] == c)) {
                        i += multi ? 3 : 1
                        break
                    }
                    i += 1
                }
                continue
            }
            if c == 0x2E && !(isDigit(i - 1) && isDigit(i + 1)) { dots += 1 }
            i += 1
        }
        if dots > 0 && dots + 1 > (best?.depth ?? 0) { best = (line, dots + 1) }
        return best
    }

    /// Parses a config file's text.
    /// - Throws: `InputError` naming `file`, the line and the key.
    public init(toml text: String, file: String = "townhall.toml") throws {
        let root: TOMLTable
        if let (line, depth) = Self.deepestKey(text), depth > Self.maxKeyDepth {
            // The TOML parser recurses once per level: tens of thousands of `a.a.a…` overflow its stack.
            throw InputError("a key nested \(depth) levels deep (at most \(Self.maxKeyDepth)); townhall's config is tables of keys ([scoring] green = 0.7)",
                             file: file, line: line)
        }
        do {
            root = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw InputError(Self.explain(e.description, column: e.source.begin.column, text: text, line: e.source.begin.line),
                             file: file, line: e.source.begin.line)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func fail(_ message: String, table: String?, key: String?) -> InputError {
            InputError(message, file: file, line: Self.line(of: key, in: table, lines: lines))
        }
        for (name, value) in root {
            guard let allowed = Self.schema[name] else {
                throw fail("unknown key `\(name)`; the config has [organization], [columns], [scoring], [checks] and [cycle]",
                           table: nil, key: name)
            }
            guard let table = value.table else {
                throw fail("`\(name)` must be a table ([\(name)])", table: nil, key: name)
            }
            for (key, _) in table where name != "columns" && !allowed.contains(key) {
                throw fail("unknown key `\(key)` in [\(name)]; known keys: \(allowed.sorted().joined(separator: ", "))",
                           table: name, key: key)
            }
        }
        func string(_ t: TOMLTable, _ table: String, _ key: String) throws -> String? {
            guard let v = t[key] else { return nil }
            guard let s = v.string else { throw fail("`\(key)` in [\(table)] must be a string", table: table, key: key) }
            return s
        }
        func number(_ t: TOMLTable, _ table: String, _ key: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let v = t[key] else { return nil }
            guard let x = v.double ?? v.int.map(Double.init), range.contains(x) else {
                throw fail("`\(key)` in [\(table)] must be a number from \(range.lowerBound) to \(range.upperBound)",
                           table: table, key: key)
            }
            return x
        }
        func integer(_ t: TOMLTable, _ table: String, _ key: String) throws -> Int? {
            guard let v = t[key] else { return nil }
            guard let x = v.int, x >= 0 else {
                throw fail("`\(key)` in [\(table)] must be a whole number ≥ 0", table: table, key: key)
            }
            return x
        }
        func strings(_ t: TOMLTable, _ table: String, _ key: String) throws -> [String]? {
            guard let v = t[key] else { return nil }
            guard let a = v.array else { throw fail("`\(key)` in [\(table)] must be a list of strings", table: table, key: key) }
            return try a.map { item in
                guard let s = item.string else {
                    throw fail("`\(key)` in [\(table)] must be a list of strings", table: table, key: key)
                }
                return s
            }
        }
        if let org = root["organization"]?.table {
            organization.name = try string(org, "organization", "name") ?? ""
            organization.values = try strings(org, "organization", "values") ?? []
            if let accent = try string(org, "organization", "accent") {
                guard Self.isHexColour(accent) else {
                    throw fail("`accent` must be a colour like \"#0f766e\"", table: "organization", key: "accent")
                }
                organization.accent = accent
            }
            logoPath = try string(org, "organization", "logo")
            if let code = try string(org, "organization", "language") {
                guard let language = Language.named(code) else {
                    throw fail("`language` must be one of \(Language.codes)", table: "organization", key: "language")
                }
                organization.language = language
            }
        }
        if let cols = root["columns"]?.table {
            for (header, value) in cols {
                guard let s = value.string, let field = Field(rawValue: s.trimmed) ?? Field.aliases[Field.matchKey(s)]
                else {
                    throw fail("[columns] \"\(header)\" must map to a field: \(Field.allCases.map(\.rawValue).joined(separator: ", "))",
                               table: "columns", key: header)
                }
                columns[header] = field
            }
        }
        if let s = root["scoring"]?.table {
            let t = "scoring"
            for key in Thresholds.settings {
                if let value = try number(s, t, key.name, key.range) { thresholds[keyPath: key.value] = value }
            }
            if thresholds.yellow > thresholds.green {
                throw fail("`yellow` must not be above `green`", table: t, key: "yellow")
            }
            if thresholds.aspirationalProgress > thresholds.aspirationalWin {
                throw fail("`aspirational_progress` must not be above `aspirational_win`", table: t, key: "aspirational_progress")
            }
        }
        if let cy = root["cycle"]?.table {
            func day(_ key: String) throws -> Day? {
                guard let v = cy[key] else { return nil }
                let text = v.string ?? v.date.map { "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)-\($0.day < 10 ? "0" : "")\($0.day)" }
                guard let t = text, let d = Day(iso: t) else {
                    throw fail("`\(key)` in [cycle] must be a date like 2026-07-01", table: "cycle", key: key)
                }
                return d
            }
            let start = try day("start"), end = try day("end")
            if let start, let end {
                guard start <= end else { throw fail("[cycle] `start` is after `end`", table: "cycle", key: "start") }
                cycleDates = CycleDates(start: start, end: end)
            } else if start != nil || end != nil {
                throw fail("[cycle] needs both `start` and `end`", table: "cycle", key: start == nil ? "end" : "start")
            }
        }
        if let c = root["checks"]?.table {
            let t = "checks"
            for knob in Playbook.knobs {
                if let value = try integer(c, t, knob.key) { limits[knob] = value }
            }
            if let disabled = try strings(c, t, "disabled") {
                let known = Set(Playbook.all.map { $0.id })
                for id in disabled where !known.contains(id) {
                    throw fail("unknown check `\(id)` in `disabled`; checks: \(known.sorted().joined(separator: ", "))",
                               table: t, key: "disabled")
                }
                limits.disabled = Set(disabled)
            }
        }
    }

    /// `#rgb` or `#rrggbb`.
    public static func isHexColour(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.first == UInt8(ascii: "#"), u.count == 4 || u.count == 7 else { return false }
        return u.dropFirst().allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) }
    }

    /// TOML's own wording for a bare word as a value ("could not determine value type",
    /// "expected 'nan'") means nothing to most users: the cause is a string written without quotes.
    static func explain(_ description: String, column: Int, text: String, line: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if line >= 1, line <= lines.count, let eq = lines[line - 1].firstIndex(of: "=") {
            let key = lines[line - 1][..<eq].trimmingCharacters(in: .whitespaces)
            let rest = lines[line - 1][lines[line - 1].index(after: eq)...]
            let value = rest[..<(rest.firstIndex(of: "#") ?? rest.endIndex)].trimmingCharacters(in: .whitespaces)
            if let first = value.unicodeScalars.first, !key.isEmpty,
               !"\"'[{+-.0123456789".unicodeScalars.contains(first),
               !["true", "false", "nan", "inf"].contains(where: { value.hasPrefix($0) && value.count == $0.count }) {
                return "invalid TOML: the value of `\(key)` is a bare word; strings need quotes: \(key) = \"\(value.prefix(40))\" (column \(column))"
            }
        }
        return "invalid TOML: \(description) (column \(column))"
    }

    /// The line of `key` inside `[table]` (or at the top), for error messages; `nil` when not found.
    static func line(of key: String?, in table: String?, lines: [String]) -> Int? {
        var current: String? = nil
        for (i, raw) in lines.enumerated() {
            let l = raw.trimmed
            if l.hasPrefix("[") {
                let name = l.drop { $0 == "[" }.prefix { $0 != "]" }.trimmingSpaces
                current = String(name)
                if table == nil, let key, current == key { return i + 1 }
                continue
            }
            guard let key, current == table else { continue }
            let lhs = l.prefix { $0 != "=" }.trimmingSpaces.trimmingCharacters(in: "\"'")
            if l.contains("="), lhs == key { return i + 1 }
        }
        return nil
    }
}


extension StringProtocol {
    var trimmingSpaces: String { String(self).trimmed }
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
