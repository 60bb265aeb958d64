import Foundation

/// Microsoft Viva Goals' list export: one row per item (objective, key result or deliverable),
/// key results linked to their objective through `Aligned To (weight, Objective ID)`, and each
/// item's check-ins packed into the row (`Checkins` and the cells after it).
struct VivaGoalsProfile: ExportProfile {
    public let name = "viva-goals"
    public let title = "a Viva Goals export"

    public init() {}

    /// Header match keys of the columns the profile reads.
    enum Column: String, CaseIterable {
        case id, title, team, owner, period, startDate = "startdate", endDate = "enddate", alignedTo = "alignedto"
        case unit, target, objectType = "objecttype", goalType = "goaltype", start, progress = "progress%"
        case actual = "actualprogress", status, lastNote = "lastcheckinnote", score, checkins

        /// The column's key in `header`, `Aligned To …` matched by its start (its parenthesis varies).
        static func index(_ keys: [String]) -> [Column: Int] {
            var out: [Column: Int] = [:]
            for (i, k) in keys.enumerated() {
                let c = k.hasPrefix("alignedto") ? .alignedTo : Column(rawValue: k)
                if let c, out[c] == nil { out[c] = i }
            }
            return out
        }
    }

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        let cols = Column.index(ExportProfiles.keys(header))
        guard let t = cols[.objectType], let a = cols[.alignedTo], let ti = cols[.title] else { return nil }
        return "\(ExportProfiles.quoted([header[t], header[a], header[ti]].map(\.trimmed))) are columns of Viva Goals' list export"
    }

    /// Fields derived from several cells, appended after the file's own columns.
    static let derived: [Field] = [.objective, .objectiveID, .weight, .alignedTo, .objectiveOwner, .krOwner,
                                   .type, .status, .score, .current, .notes]

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        let names = header.map(\.trimmed)
        let cols = Column.index(ExportProfiles.keys(names))
        let missing = [Column.title, .objectType, .alignedTo].filter { cols[$0] == nil }
        if !missing.isEmpty {
            throw InputError("not a Viva Goals export: no \(missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")) column; try --profile generic",
                             file: context.file, line: 1)
        }
        var fields = [Field?](repeating: nil, count: names.count)
        let direct: [(Column, Field)] = [(.id, .krID), (.title, .keyResult), (.team, .team), (.period, .cycle),
                                         (.unit, .unit), (.target, .target), (.start, .start)]
        for (c, f) in direct { if let i = cols[c] { fields[i] = f } }
        var r = ProfileReading(header: names + Self.derived.map(\.rawValue), fields: fields + Self.derived)
        r.derivedColumns = names.count..<(names.count + Self.derived.count)
        let notes: [Column: String] = [
            .id: "the item's id; an objective's id is what its key results' Aligned To points to",
            .title: "the item's title (a key result's, on key result rows)",
            .owner: "people; the first one listed is the owner (objective_owner on objective rows)",
            .period: "the cycle",
            .startDate: "the cycle's start date", .endDate: "the cycle's end date",
            .alignedTo: "Title(weight: W%, Id: N): a key result's objective, its id (objective_id) and the key result's weight in it (weight); on an objective row, its parent objective (aligned_to)",
            .objectType: "Objective, Key result or Deliverable: only key result rows are key results",
            .goalType: "Committed Goal / Aspirational Goal",
            .progress: "Viva Goals' progress 0–100: the score of a key result without a metric target; otherwise townhall scores Start/Target/current",
            .actual: "the current value, unless a packed check-in gives a later one",
            .status: "Not Started, On Track, At Risk, Behind, Postponed, Closed; Postponed takes the key result out of scoring",
            .lastNote: "the latest check-in's note",
            .score: "the final grade 0–1 when set (N/A or empty: not graded; then Progress % for a key result without a target)",
            .checkins: "one check-in per cell, this one and the cells after it: read as the cycle's check-ins",
        ]
        // Columns read into a derived field are shown as that field (their text is kept as well).
        let shownAs: [Column: Field] = [.owner: .krOwner, .alignedTo: .objective, .goalType: .type, .status: .status,
                                        .score: .score, .actual: .current, .lastNote: .notes]
        r.meanings = names.enumerated().map { i, h in
            let c = cols.first { $0.value == i }?.key
            return ColumnMeaning(h, fields[i] ?? c.flatMap { shownAs[$0] }, c.flatMap { notes[$0] } ?? "kept as an extra column")
        }
        r.conventions = [
            "Progress % is 0–100; Score is 0–1 (N/A or empty: no final grade)",
            "a key result's weight is the weight in its Aligned To (14.29% → 14.29; N/A → 1)",
            "Owner may list several people: the first is the owner",
            "Goal Type: Committed Goal → committed, Aspirational Goal → aspirational",
            "Status Postponed → deferred (out of scoring)",
        ]
        r.structure = [
            "one row per item: Objective rows describe objectives, Key result rows are key results, other rows (Deliverable) are counted as other items",
            "a key result's objective is the Id in its Aligned To; an objective row's Aligned To gives its aligned_to",
            "check-ins packed in Checkins and the cells past the header are the cycle's check-ins (when no --checkins is given); the latest one's value is the current value",
        ]
        let width = names.count
        r.rows = { records in Self.rows(records, cols: cols, width: width) }
        return r
    }

    /// An objective row's parts that its key results take on.
    struct ObjectiveRow { var title: String; var owner: String; var parent: String }

    static func rows(_ records: [CSVReader.Record], cols: [Column: Int], width: Int) -> ProfileRows {
        var out = ProfileRows()
        func cell(_ r: CSVReader.Record, _ c: Column) -> String {
            guard let i = cols[c], i < r.fields.count else { return "" }
            return r.fields[i].trimmed
        }
        func kind(_ r: CSVReader.Record) -> String { Field.matchKey(cell(r, .objectType)) }
        var objectives: [String: ObjectiveRow] = [:]
        for r in records where kind(r) == "objective" {
            let id = cell(r, .id)
            guard !id.isEmpty else { continue }
            objectives[id] = ObjectiveRow(title: cell(r, .title), owner: firstOwner(cell(r, .owner)),
                                          parent: AlignedTo.parse(cell(r, .alignedTo)).first?.id ?? "")
        }
        var otherKinds: [String] = []
        var unclosed: [String] = []
        for r in records {
            let k = kind(r)
            if k == "objective" { out.objectiveRows += 1; continue }
            if !k.isEmpty && k != "keyresult" {
                out.otherItemRows += 1
                let word = cell(r, .objectType)
                if k != "deliverable" && !otherKinds.contains(word) { otherKinds.append(word) }
                continue
            }
            // The check-ins: the Checkins cell, and every cell past the header that reads as one.
            var packed: [PackedCheckIn] = []
            var stray: [String] = []
            var cells: [String] = []
            if let i = cols[.checkins], i < r.fields.count { cells.append(r.fields[i]) }
            if r.fields.count > width {
                for extra in r.fields[width...] {
                    if PackedCheckInText.looksLikeCheckIn(extra) { cells.append(extra) }
                    else if !extra.trimmed.isEmpty { stray.append(extra) }
                }
            }
            for c in cells where !c.trimmed.isEmpty {
                let p = PackedCheckInText.parse(c)
                packed.append(PackedCheckIn(line: r.line, date: p["checkin date"] ?? "", value: p["current value"] ?? "",
                                            comment: p["note"] ?? ""))
            }
            out.checkIns += packed
            if out.cycleDates == nil, let start = Day(iso: cell(r, .startDate)), let end = Day(iso: cell(r, .endDate)),
               start <= end {
                out.cycleDates = CycleDates(start: start, end: end)
            }
            let link = AlignedTo.parse(cell(r, .alignedTo)).first
            // A link whose `(weight: …, Id: …)` never closes (a cell cut short) is read as a bare
            // title, so the key result would sit under an objective of that text in silence.
            if let link, link.id.isEmpty, cell(r, .alignedTo).range(of: "(weight:", options: .caseInsensitive) != nil {
                unclosed.append(cell(r, .title))
            }
            let objective = link.flatMap { l in objectives[l.id].map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? l.title } ?? ""
            let objectiveRow = link.flatMap { objectives[$0.id] }
            let latest = packed.filter { Day(iso: $0.date) != nil }
                .max { (Day(iso: $0.date)!) < (Day(iso: $1.date)!) }
            var score = cell(r, .score)
            if isNotApplicable(score) { score = "" }
            if score.isEmpty && cell(r, .target).isEmpty, !isNotApplicable(cell(r, .progress)) {
                let p = cell(r, .progress)
                if !p.isEmpty { score = p.hasSuffix("%") ? p : p + "%" }
            }
            let current = latest.map(\.value).flatMap { $0.isEmpty ? nil : $0 } ?? cell(r, .actual)
            let derived: [String] = [
                objective, link?.id ?? "", link?.weight ?? "", objectiveRow?.parent ?? "", objectiveRow?.owner ?? "",
                firstOwner(cell(r, .owner)), goalType(cell(r, .goalType)), status(cell(r, .status)), score, current,
                cell(r, .lastNote),
            ]
            var own = Array(r.fields.prefix(width))
            own += repeatElement("", count: width - own.count)
            // A stray cell past the header that is no check-in keeps the row ragged, so it is rejected.
            out.records.append(CSVReader.Record(line: r.line, fields: own + derived + stray))
        }
        if !unclosed.isEmpty {
            out.warnings.append(Phrase("warning.viva.unclosedWeight", [
                "n": .integer(unclosed.count), "names": ExportProfiles.quotedList(Array(unclosed.prefix(3))),
                "more": .text(unclosed.count > 3 ? ", …" : "")]))
        }
        if !otherKinds.isEmpty {
            out.warnings.append(Phrase("warning.viva.otherKinds", ["kinds": ExportProfiles.quotedList(otherKinds)]))
        }
        return out
    }

    static func isNotApplicable(_ s: String) -> Bool { ["n/a", "na", "-", "—"].contains(s.lowercased()) }

    /// `Ana Ruiz, Ben Ode` → `Ana Ruiz`.
    static func firstOwner(_ s: String) -> String {
        (s.split(separator: ",", maxSplits: 1).first.map(String.init) ?? "").trimmed
    }

    /// The derived `status` of a Postponed item (the derived `type` is a `KRType`'s raw value).
    static let derivedDeferred = "deferred"

    static func goalType(_ s: String) -> String {
        switch Field.matchKey(s) {
        case "committedgoal", "committed": return KRType.committed.rawValue
        case "aspirationalgoal", "aspirational": return KRType.aspirational.rawValue
        default: return s
        }
    }

    static func status(_ s: String) -> String { Field.matchKey(s) == "postponed" ? derivedDeferred : s }
}

/// Viva Goals' `Aligned To (weight, Objective ID)` cell: `Title(weight: 14.29%, Id: 2295704)`,
/// several joined by `, `; a title may itself hold parentheses and commas.
enum AlignedTo {
    public struct Link: Sendable, Hashable {
        public var title: String
        /// The weight as a number's text without `%` (`14.29`), `""` when not given or `N/A`.
        public var weight: String
        public var id: String
    }

    /// The links of a cell, in order; `[]` for an empty cell or `N/A`.
    public static func parse(_ cell: String) -> [Link] {
        var links: [Link] = []
        var rest = Substring(cell)
        // Each link ends with `(weight: …, Id: …)`: find those markers, the title is what precedes one.
        while let open = rest.range(of: "(weight:", options: .caseInsensitive) {
            guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
            let inner = rest[open.upperBound..<close]
            // The weight runs up to `, Id:`, not to the first comma: a decimal-comma export writes
            // `weight: 14,29%`, which split at its comma would silently become 14.
            var weight = String(inner), id = ""
            if let idMark = inner.range(of: "id:", options: [.caseInsensitive, .backwards]) {
                id = String(inner[idMark.upperBound...]).trimmed
                weight = String(inner[..<idMark.lowerBound]).trimmed
                if weight.hasSuffix(",") { weight = String(weight.dropLast()) }
            }
            weight = weight.trimmed
            if weight.hasSuffix("%") { weight = String(weight.dropLast()).trimmed }
            if VivaGoalsProfile.isNotApplicable(weight) { weight = "" }
            if VivaGoalsProfile.isNotApplicable(id) { id = "" }
            var title = String(rest[..<open.lowerBound]).trimmed
            if title.hasPrefix(",") { title = String(title.dropFirst()).trimmed }
            links.append(Link(title: title, weight: weight, id: id))
            rest = rest[rest.index(after: close)...]
        }
        if links.isEmpty {
            let t = cell.trimmed
            if !t.isEmpty && !VivaGoalsProfile.isNotApplicable(t) { links.append(Link(title: t, weight: "", id: "")) }
        }
        return links
    }
}

/// One packed check-in: `Checkin Date: 2025-03-10; User: …; Note: …; Current Value: 25%; …;`.
enum PackedCheckInText {
    /// The keys Viva Goals writes, lower case; a value runs to the next `; Key:`.
    static let keys = ["checkin date", "user", "note", "metric name", "status", "current value", "activity date",
                       "confidence"]

    public static func looksLikeCheckIn(_ cell: String) -> Bool {
        cell.trimmed.lowercased().hasPrefix("checkin date:")
    }

    /// Key (lower case) → value (trimmed, without the closing `;`). A note may hold `;`: only
    /// a known key after `; ` starts a new part.
    public static func parse(_ cell: String) -> [String: String] {
        let text = cell.trimmed
        var marks: [(key: String, start: String.Index, value: String.Index)] = []
        for key in keys {
            var from = text.startIndex
            while let r = text.range(of: key + ":", options: .caseInsensitive, range: from..<text.endIndex) {
                let before = text[text.startIndex..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if before.isEmpty || before.hasSuffix(";") { marks.append((key, r.lowerBound, r.upperBound)) }
                from = r.upperBound
            }
        }
        marks.sort { $0.start < $1.start }
        var out: [String: String] = [:]
        for (k, m) in marks.enumerated() {
            let end = k + 1 < marks.count ? marks[k + 1].start : text.endIndex
            if end < m.value { continue }  // a key inside another key's value
            var v = String(text[m.value..<end]).trimmed
            while v.hasSuffix(";") { v = String(v.dropLast()).trimmed }
            if out[m.key] == nil { out[m.key] = v }
        }
        return out
    }
}
