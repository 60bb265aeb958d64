import Foundation

/// The text of an export's rows, held once: the decoded input and the byte offsets of its fields.
///
/// Hand-written because it is what keeps a million rows small: one `String` per field cost
/// about 1 KB a row (plus a second copy in each key result); here a field costs 4 bytes of
/// offsets, and its text is made only when a renderer asks for it. Immutable once built,
/// shared by every key result of the run.
public final class RowStore: Sendable {
    /// UTF-8 text the offsets point into: the export itself, or rows written as quoted CSV fields.
    let text: [UInt8]
    /// For each row: the offset where each field starts, then where its last field ends.
    let bounds: [UInt32]
    /// Index in `bounds` of each row's first entry; one more entry than rows.
    let firsts: [UInt32]
    /// Column of each field (by `Field.ordinal`), `-1` when the header has none.
    let columns: [Int]
    /// Number of columns of the header: a key result's `fields` are this many.
    public let width: Int

    init(text: consuming [UInt8], bounds: consuming [UInt32], firsts: consuming [UInt32], columns: [Int], width: Int) {
        self.text = text
        self.bounds = bounds
        self.firsts = firsts
        self.columns = columns
        self.width = width
    }

    /// Number of rows held.
    public var count: Int { firsts.count - 1 }

    /// Number of fields row `row` has (it may have fewer or more than `width`).
    @inline(__always)
    public func fieldCount(_ row: Int) -> Int { Int(firsts[row + 1] - firsts[row]) - 1 }

    /// The text of column `column` of row `row` as written (quotes removed), `""` past its end.
    public func raw(_ row: Int, _ column: Int) -> String {
        guard column >= 0, column < fieldCount(row) else { return "" }
        let b = Int(firsts[row])
        return text.withUnsafeBufferPointer { p in
            CSVReader.field(p, start: Int(bounds[b + column]), end: end(b, column, row))
        }
    }

    /// The trimmed text of `field` in row `row`, `""` when the header has no such column.
    @inline(__always)
    public func cell(_ row: Int, _ field: Field) -> String { raw(row, columns[field.ordinal]).trimmed }

    /// The fields of row `row`, padded with `""` or cut to `count`.
    public func fields(_ row: Int, count: Int) -> [String] { (0..<count).map { raw(row, $0) } }

    /// Bytes of column `column` of row `row` as they stand in the input (quotes included).
    public func rawByteCount(_ row: Int, _ column: Int) -> Int {
        guard column >= 0, column < fieldCount(row) else { return 0 }
        let b = Int(firsts[row])
        return end(b, column, row) - Int(bounds[b + column])
    }

    /// `true` when column `column` holds the same bytes in rows `a` and `b` (cheap: no string is made).
    func sameRaw(_ a: Int, _ b: Int, _ column: Int) -> Bool {
        guard column >= 0, column < fieldCount(a), column < fieldCount(b) else {
            return (column < 0 || column >= fieldCount(a)) && (column < 0 || column >= fieldCount(b))
        }
        let ba = Int(firsts[a]), bb = Int(firsts[b])
        let sa = Int(bounds[ba + column]), sb = Int(bounds[bb + column])
        let la = end(ba, column, a) - sa, lb = end(bb, column, b) - sb
        guard la == lb else { return false }
        return text.withUnsafeBufferPointer { p in
            la == 0 || memcmp(p.baseAddress! + sa, p.baseAddress! + sb, la) == 0
        }
    }

    @inline(__always)
    private func end(_ first: Int, _ column: Int, _ row: Int) -> Int {
        let next = Int(bounds[first + column + 1])
        return column + 1 == fieldCount(row) ? next : next - 1
    }

    /// Builds a store from rows given as strings (unfolded wide layouts, key results made in code).
    /// Each field is written quoted, so any text reads back as it was.
    public struct Builder {
        var text: [UInt8] = []
        var bounds: [UInt32] = []
        var firsts: [UInt32] = [0]

        public init() {}

        /// Appends one row; returns its index.
        @discardableResult
        public mutating func append(_ fields: [String]) -> Int {
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
            firsts.append(UInt32(bounds.count))
            return firsts.count - 2
        }

        public func build(columns: [Field: Int], width: Int) -> RowStore {
            RowStore(text: text, bounds: bounds, firsts: firsts, columns: RowStore.columnTable(columns), width: width)
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
public struct RowText: Sendable {
    public let store: RowStore
    public let row: Int32

    public init(store: RowStore, row: Int) {
        self.store = store
        self.row = Int32(row)
    }

    @inline(__always) public func cell(_ field: Field) -> String { store.cell(Int(row), field) }
}
