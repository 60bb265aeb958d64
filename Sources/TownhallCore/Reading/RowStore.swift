import Foundation

/// The text of an export's rows, held once: the decoded input and the byte offsets of its fields.
///
/// Hand-written because it is what keeps a million rows small: one `String` per field cost
/// about 1 KB a row (plus a second copy in each key result); here a field costs 2 bytes of
/// offsets, and its text is made only when a renderer asks for it. Immutable once built,
/// shared by every key result of the run.
final class RowStore: Sendable {
    /// UTF-8 text the offsets point into: the export itself, or rows written as quoted CSV fields.
    let text: [UInt8]
    /// Where each row's fields start and end.
    let offsets: Offsets
    /// Column of each field (by `Field.ordinal`), `-1` when the header has none.
    let columns: [Int]
    /// Number of columns of the header: a key result's `fields` are this many.
    public let width: Int

    init(text: consuming [UInt8], offsets: consuming Offsets, columns: [Int], width: Int) {
        self.text = text
        self.offsets = offsets
        self.columns = columns
        self.width = width
    }

    /// Number of rows held.
    public var count: Int { offsets.count }

    /// Number of fields row `row` has (it may have fewer or more than `width`).
    @inline(__always)
    public func fieldCount(_ row: Int) -> Int { offsets.fieldCount(row) }

    /// The text of column `column` of row `row` as written (quotes removed), `""` past its end.
    public func raw(_ row: Int, _ column: Int) -> String {
        guard column >= 0, column < fieldCount(row) else { return "" }
        let (start, end) = offsets.range(row, column)
        return text.withUnsafeBufferPointer { p in CSVReader.field(p, start: start, end: end) }
    }

    /// The trimmed text of `field` in row `row`, `""` when the header has no such column.
    @inline(__always)
    public func cell(_ row: Int, _ field: Field) -> String { raw(row, columns[field.ordinal]).trimmed }

    /// The fields of row `row`, padded with `""` or cut to `count`.
    public func fields(_ row: Int, count: Int) -> [String] { (0..<count).map { raw(row, $0) } }

    /// Bytes of column `column` of row `row` as they stand in the input (quotes included).
    public func rawByteCount(_ row: Int, _ column: Int) -> Int {
        guard column >= 0, column < fieldCount(row) else { return 0 }
        let (start, end) = offsets.range(row, column)
        return end - start
    }

    /// `true` when column `column` holds the same bytes in rows `a` and `b` (cheap: no string is made).
    func sameRaw(_ a: Int, _ b: Int, _ column: Int) -> Bool {
        guard column >= 0, column < fieldCount(a), column < fieldCount(b) else {
            return (column < 0 || column >= fieldCount(a)) && (column < 0 || column >= fieldCount(b))
        }
        let (sa, ea) = offsets.range(a, column), (sb, eb) = offsets.range(b, column)
        let la = ea - sa, lb = eb - sb
        guard la == lb else { return false }
        return text.withUnsafeBufferPointer { p in
            la == 0 || memcmp(p.baseAddress! + sa, p.baseAddress! + sb, la) == 0
        }
    }

    /// The field bounds of every row, two bytes a field: offsets from the row's start, which
    /// fit in 16 bits unless the row is 64 KiB or longer (such rows keep theirs in full).
    public struct Offsets: Sendable {
        /// Byte offset where each row starts.
        var rowStarts: [UInt32] = []
        /// Index in `relative` of each row's first entry; one more entry than rows.
        var firsts: [UInt32] = [0]
        /// For each row, each field's start then the row's end, from the row's start. A row's first
        /// entry is always 0; `long` marks a row whose offsets are in `longRows` instead.
        var relative: [UInt16] = []
        var longRows: [Int: [UInt32]] = [:]
        static let long: UInt16 = .max

        public init() {}

        var count: Int { rowStarts.count }

        /// `false` when `entries` more would overflow the 32-bit index (some 4 billion fields).
        func hasRoom(for entries: Int) -> Bool { relative.count + entries < Int(UInt32.max) }

        /// Adds a row from the absolute bounds `CSVReader.forEachRow` gives (check `hasRoom` first).
        mutating func append(_ bounds: [UInt32]) {
            let start = bounds[0]
            if bounds[bounds.count - 1] - start < UInt32(Self.long) {
                for b in bounds { relative.append(UInt16(truncatingIfNeeded: b - start)) }
            } else {
                longRows[rowStarts.count] = bounds
                relative.append(Self.long)
                relative.append(contentsOf: repeatElement(0, count: bounds.count - 1))
            }
            rowStarts.append(start)
            firsts.append(UInt32(truncatingIfNeeded: relative.count))
        }

        /// Makes room for `rows` more rows of about `entriesPerRow` entries.
        mutating func reserve(rows: Int, entriesPerRow: Double) {
            rowStarts.reserveCapacity(rowStarts.count + rows)
            firsts.reserveCapacity(firsts.count + rows)
            relative.reserveCapacity(relative.count + Int(Double(rows) * entriesPerRow))
        }

        /// Entries per row so far.
        var entriesPerRow: Double { count == 0 ? 0 : Double(relative.count) / Double(count) }

        @inline(__always)
        func fieldCount(_ row: Int) -> Int { Int(firsts[row + 1] - firsts[row]) - 1 }

        /// Start and end (exclusive) of field `k` of `row`, a field that exists.
        @inline(__always)
        func range(_ row: Int, _ k: Int) -> (Int, Int) {
            let first = Int(firsts[row])
            if relative[first] == Self.long {
                let b = longRows[row]!
                return (Int(b[k]), CSVReader.end(b, k))
            }
            let base = Int(rowStarts[row])
            let entries = relative[first..<(first + fieldCount(row) + 1)]
            return (base + Int(entries[first + k]), base + CSVReader.end(entries, k))
        }
    }

    /// Builds a store from rows given as strings (unfolded wide layouts, key results made in code).
    /// Each field is written quoted, so any text reads back as it was.
    public struct Builder {
        var text: [UInt8] = []
        var offsets = Offsets()

        public init() {}

        /// Appends one row; returns its index.
        @discardableResult
        public mutating func append(_ fields: [String]) -> Int {
            var bounds: [UInt32] = []
            for (k, f) in fields.enumerated() {
                if k > 0 { text.append(0x2C) }
                bounds.append(UInt32(text.count))
                text.append(CSVReader.quote)
                for b in f.utf8 {
                    text.append(b)
                    if b == CSVReader.quote { text.append(b) }
                }
                text.append(CSVReader.quote)
            }
            if fields.isEmpty { bounds.append(UInt32(text.count)) }
            bounds.append(UInt32(text.count))
            text.append(0x0A)
            offsets.append(bounds)
            return offsets.count - 1
        }

        public func build(columns: [Field: Int], width: Int) -> RowStore {
            RowStore(text: text, offsets: offsets, columns: RowStore.columnTable(columns), width: width)
        }
    }

    /// `columns` as a table indexed by `Field.ordinal`.
    static func columnTable(_ columns: [Field: Int]) -> [Int] {
        var table = [Int](repeating: -1, count: Field.allCases.count)
        for (f, c) in columns { table[f.ordinal] = c }
        return table
    }
}

extension Field {
    /// Position in `allCases`: an index for tables keyed by field.
    @inline(__always)
    public var ordinal: Int {
        switch self {
        case .team: 0
        case .objective: 1
        case .keyResult: 2
        case .cycle: 3
        case .parentTeam: 4
        case .objectiveID: 5
        case .krID: 6
        case .alignedTo: 7
        case .objectiveOwner: 8
        case .krOwner: 9
        case .type: 10
        case .start: 11
        case .target: 12
        case .current: 13
        case .measure: 14
        case .unit: 15
        case .score: 16
        case .weight: 17
        case .confidence: 18
        case .status: 19
        case .notes: 20
        case .value: 21
        }
    }
}

/// One row of a `RowStore`: where a key result's text lives.
struct RowText: Sendable {
    public let store: RowStore
    public let row: Int32

    public init(store: RowStore, row: Int) {
        self.store = store
        self.row = Int32(row)
    }

    @inline(__always) public func cell(_ field: Field) -> String { store.cell(Int(row), field) }
}
