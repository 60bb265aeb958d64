/// The cycle-selection stage of `Townhall.report`, after reading: which cycle the run is about
/// (SPEC §1 `--cycle`, §2 `cycle` column).
struct CycleSelection: Sendable, Hashable {
    /// The cycle's name as written in the file (or as asked), `nil` when nothing names one.
    public var name: String?
    /// Lower-cased name rows are compared with; `nil` keeps every row.
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
            for row in 0..<table.rowCount where !Self.hasExtra(store, row, width) {
                guard col < store.fieldCount(row) else { continue }
                let c = store.raw(row, col).trimmed
                guard !c.isEmpty else { continue }
                let k = c.lowercased()
                if names[k] == nil { names[k] = c; order.append(k) }
            }
        }
        if let requested {
            let k = requested.trimmed.lowercased()
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

    /// `true` when a row has non-empty fields past the header's width.
    static func hasExtra(_ store: RowStore, _ row: Int, _ width: Int) -> Bool {
        let n = store.fieldCount(row)
        return n > width && (width..<n).contains { !store.raw(row, $0).trimmed.isEmpty }
    }
}
