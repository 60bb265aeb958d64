import Foundation

/// The carry-forward file (`<cycle>-carry-forward.csv`): what this cycle leaves to the next —
/// committed misses and aspirational KRs not fully reached — in the canonical input format,
/// starting where they ended, ready to edit into next cycle's OKRs. Cells a spreadsheet would run as
/// formulas are guarded with a leading `'`, which townhall undoes when it reads the file back, so the
/// texts round-trip exactly.
public enum CarryForward {
    /// The canonical columns, in the order `init` and the README use.
    public static let columns = [
        "cycle", "team", "parent_team", "objective_id", "objective", "objective_owner", "aligned_to", "kr_id",
        "key_result", "kr_owner", "type", "measure", "start", "target", "current", "unit", "score", "weight",
        "status", "notes", "value",
    ]

    /// The next cycle's name when it can be inferred (`2026-Q3` → `2026-Q4`, `2026-Q4` → `2027-Q1`,
    /// `2026-H1` → `2026-H2`, `FY2026` → `FY2027`), else `nil`.
    public static func nextCycle(after name: String) -> String? {
        var chars = Array(name)
        var yearAt: Int?
        var periodAt: (index: Int, letter: Character)?
        var i = 0
        while i < chars.count {
            if i + 4 <= chars.count, chars[i..<(i + 4)].allSatisfy(\.isASCIIDigit),
               (i == 0 || !chars[i - 1].isASCIIDigit), (i + 4 == chars.count || !chars[i + 4].isASCIIDigit) {
                yearAt = i
                i += 4
                continue
            }
            let c = chars[i].uppercased().first!
            if (c == "Q" || c == "H"), i + 1 < chars.count, chars[i + 1].isASCIIDigit,
               (i + 2 == chars.count || !chars[i + 2].isASCIIDigit) {
                periodAt = (i + 1, c)
            }
            i += 1
        }
        guard let y = yearAt, let year = Int(String(chars[y..<(y + 4)])) else { return nil }
        var newYear = year
        if let (p, letter) = periodAt, let n = chars[p].wholeNumberValue {
            let last = letter == "Q" ? 4 : 2
            guard (1...last).contains(n) else { return nil }
            let next = n == last ? 1 : n + 1
            if n == last { newYear += 1 }
            chars[p] = Character(String(next))
        } else {
            newYear += 1
        }
        chars.replaceSubrange(y..<(y + 4), with: Array(String(newYear)))
        return String(chars)
    }

    /// The whole file as CSV text (RFC 4180, LF line ends).
    public static func csv(_ r: CycleReport) -> String {
        var out: [UInt8] = []
        write(r) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the file to `sink` in chunks of about 1 MB (a million-KR cycle is never one string).
    public static func write(_ r: CycleReport, to sink: ([UInt8]) throws -> Void) rethrows {
        let next = r.cycle.flatMap(nextCycle(after:)) ?? ""
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        buffer += (columns.joined(separator: ",") + "\n").utf8
        for i in r.keyResults.indices where isCarried(r.keyResults[i], r.thresholds) {
            buffer += row(r.keyResults[i], next: next, from: r.cycle).utf8
            if buffer.count >= 1 << 20 {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try sink(buffer)
    }

    /// Committed misses and aspirational KRs not fully reached (as `CycleReport.carryForward`).
    static func isCarried(_ kr: KeyResult, _ t: Thresholds) -> Bool {
        guard let s = kr.score else { return false }
        switch kr.type {
        case .committed: return kr.outcome == .miss
        case .aspirational: return s < 1 - t.tolerance
        }
    }

    /// One carried KR as a CSV line, starting where it ended.
    static func row(_ kr: KeyResult, next: String, from cycle: String?) -> String {
        // Where it ended: a milestone back to `not done`, a metric from its final value. A grade
        // (`score`) is this cycle's verdict and is never carried: it would override next cycle's progress.
        var start = kr.startText, target = kr.targetText, current = kr.currentText, measure = kr.measureText
        let word = kr.currentText.lowercased()
        if kr.rule == .yesNo || (kr.current == nil && (KeyResultScoring.yesWords.contains(word) || KeyResultScoring.noWords.contains(word))) {
            (start, current) = ("", "not done")
            if target.isEmpty { target = "done" }
        } else if kr.current != nil {
            start = kr.currentText
            if kr.rule == .linear && measure.isEmpty, let m = kr.measure { measure = m.rawValue }
        }
        let ended = kr.score.map { "score \(String(format2: $0))" } ?? "unscored"
        let note = "Carried\(cycle.map { " from \($0)" } ?? "") (\(ended))." + (kr.notes.isEmpty ? "" : " " + kr.notes)
        let fields = [
            next, kr.team, kr.parentTeam, kr.objectiveID, kr.objective, kr.objectiveOwner, kr.alignedTo, kr.id,
            kr.title, kr.owner, kr.type.rawValue, measure, start, target, current, kr.unit, "",
            kr.weight == 1 ? "" : KeyResultScoring.format(kr.weight), "", note, kr.value,
        ]
        return fields.map(quote).joined(separator: ",") + "\n"
    }

    /// RFC 4180 quoting of a guarded cell. Scalars, not characters: `"\r\n"` is one `Character`,
    /// equal neither to `"\n"` nor to `"\r"`, and a CRLF inside a cell left it unquoted.
    static func quote(_ text: String) -> String {
        let s = guarded(text)
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                || s.hasPrefix(" ") || s.hasSuffix(" ")
        else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Formula guard

    /// The file is meant to be opened in a spreadsheet, which runs a cell starting with one of these
    /// as a formula (OWASP "CSV injection"): such a cell is written with a leading `'`.
    public static let formulaLeads: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as written to the file: `'` put before a cell a spreadsheet would run (`=1+1` →
    /// `'=1+1`), and before one that already starts with `'`s ahead of such a character (`'=x` →
    /// `''=x`), so `unguarded` can always undo exactly one. A plain number (`-5`, `+3.2`) is a
    /// number to a spreadsheet too and stays as it is; every other byte is kept.
    public static func guarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let lead = scalars.first(where: { $0 != "'" }), formulaLeads.contains(lead) else { return text }
        if scalars.first != "'" && NumberParser.isPlainNumber(Array(text.utf8)) { return text }
        return "'" + text
    }

    /// The inverse of `guarded`: one `'` dropped from a cell that is `'`s then a formula character.
    public static func unguarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let lead = scalars.first(where: { $0 != "'" }), formulaLeads.contains(lead)
        else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// Whether a header is this file's: its columns first, spelled as written here. Only then are
    /// cells read back through `unguarded` — a user's own export that starts a cell with `'` keeps it.
    public static func isOwnHeader(_ header: [String]) -> Bool {
        header.count >= columns.count && zip(header, columns).allSatisfy { $0.trimmed == $1 }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
