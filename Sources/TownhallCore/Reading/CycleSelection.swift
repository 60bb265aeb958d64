/// The cycle-selection stage of `Townhall.report`, after reading: which cycle the run is about
/// (SPEC §1 `--cycle`, §2 `cycle` column).
struct CycleSelection: Sendable, Hashable {
    /// The cycle's name as written in the file (or as asked), `nil` when nothing names one.
    public var name: String?
    /// The key (`CycleSelection.key`) rows are compared with; `nil` keeps every row.
    public var key: String?
    public var warnings: [RunWarning] = []

    /// Picks the cycle: the one asked for, else the file's only cycle.
    /// - Throws: `InputError` when the file holds several cycles and none was asked for, or the
    ///   cycle asked for is not one the file names.
    public init(table: RawTable, requested: String?, file: String? = nil) throws {
        var names: [String: String] = [:]
        var order: [String] = []
        if let col = table.header.index[.cycle] {
            let width = table.header.names.count
            let store = table.store
            var last = "", lastKey = ""  // rows repeat their cycle: its key is made once a run of them
            for row in 0..<table.rowCount where !Self.hasExtra(store, row, width) {
                guard col < store.fieldCount(row) else { continue }
                let c = store.raw(row, col).trimmed
                guard !c.isEmpty else { continue }
                if c != last { (last, lastKey) = (c, Self.key(c)) }
                let k = lastKey
                if names[k] == nil { names[k] = c; order.append(k) }
            }
        }
        if let requested {
            let k = Self.key(requested)
            key = k
            name = names[k] ?? requested.trimmed
            // A cycle the file does not name would give an empty report that looks like a result.
            if !names.isEmpty && names[k] == nil {
                throw InputError(
                    "no rows for cycle \"\(requested)\"; the file holds \(Listing.few(order.lazy.map { names[$0]! }))",
                    file: file)
            }
        } else if order.count > 1 {
            throw InputError(
                "the file holds several cycles (\(Listing.few(order.lazy.map { names[$0]! }))); choose one with --cycle",
                file: file)
        } else {
            key = order.first
            name = order.first.map { names[$0]! }
        }
    }

    /// What a cycle name is compared by: lower case, and a quarter or half with its year in either
    /// order (`Q3 2026`, `2026 Q3`, `q3-2026`, `2026Q3`, `2026/Q3`) as `2026-q3`, since tools write
    /// the same quarter differently and `--cycle 2026-Q3` should find a file's `Q3 2026`.
    /// Any other name is only lower-cased: `FY2026` and `2026` stay two names.
    static func key(_ name: String) -> String {
        let lower = name.trimmed.lowercased()
        let parts = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "/" })
        var year: Substring?, period: Substring?
        func isYear(_ s: Substring) -> Bool { s.count == 4 && s.allSatisfy { $0.isASCII && $0.isNumber } }
        func isPeriod(_ s: Substring) -> Bool {
            guard s.count == 2, let p = s.first, let n = s.last?.wholeNumberValue else { return false }
            return (p == "q" && (1...4).contains(n)) || (p == "h" && (1...2).contains(n))
        }
        switch parts.count {
        case 1 where parts[0].count == 6:  // 2026q3, q32026
            let w = parts[0]
            if isYear(w.prefix(4)) && isPeriod(w.suffix(2)) { (year, period) = (w.prefix(4), w.suffix(2)) }
            else if isPeriod(w.prefix(2)) && isYear(w.suffix(4)) { (year, period) = (w.suffix(4), w.prefix(2)) }
        case 2:
            if isYear(parts[0]) && isPeriod(parts[1]) { (year, period) = (parts[0], parts[1]) }
            else if isPeriod(parts[0]) && isYear(parts[1]) { (year, period) = (parts[1], parts[0]) }
        default: break
        }
        guard let year, let period else { return lower }
        return "\(year)-\(period)"
    }

    /// `true` when a row has non-empty fields past the header's width.
    static func hasExtra(_ store: RowStore, _ row: Int, _ width: Int) -> Bool {
        let n = store.fieldCount(row)
        return n > width && (width..<n).contains { !store.raw(row, $0).trimmed.isEmpty }
    }
}
