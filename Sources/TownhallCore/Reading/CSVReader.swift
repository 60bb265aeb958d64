/// An RFC 4180 reader over UTF-8 bytes.
///
/// Hand-written rather than a package: it is the hot path (a 250 MB export), and the CSV
/// packages on the mirror accept an unclosed quote silently and report no positions
/// (see FACTS.md). It walks the bytes once, makes one `String` per field, and knows the
/// physical line where every record starts (newlines inside quotes count).
@_spi(Stages) public struct CSVReader: Sendable {
    /// One record: the line where it starts, and its fields (quotes removed, `""` unescaped).
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public let delimiter: UInt8
    public static let quote: UInt8 = 0x22

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// The delimiter of a file, detected from its header line — the first line with anything
    /// but spaces, quotes and delimiters on it, as blank lines are not rows — (quoted text
    /// ignored): whichever of `,` `;` tab occurs most; ties go to `,` then `;`.
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        var content = false
        for b in bytes {
            if b == quote { quoted.toggle(); continue }
            if !quoted && (b == 0x0A || b == 0x0D) {
                if content { break }
                counts = [0x2C: 0, 0x3B: 0, 0x09: 0]  // a blank line: the header comes later
                continue
            }
            if !quoted, counts[b] != nil { counts[b]! += 1 } else if b != 0x20 { content = true }
        }
        var best: UInt8 = 0x2C
        for d: UInt8 in [0x3B, 0x09] where counts[d]! > counts[best]! { best = d }
        return best
    }

    /// Calls `body` with every record in order, blank lines included (as one empty field).
    /// - Parameter columnName: names field `i` in error messages (the header, once known).
    /// - Throws: `InputError` for a quoted field never closed, or text right after a closing quote,
    ///   naming the line where the record starts.
    public func forEachRecord(
        in bytes: [UInt8], file: String? = nil, columnName: (Int) -> String = { "field \($0 + 1)" },
        _ body: (Record) throws -> Void
    ) throws {
        var fields: [String] = []
        fields.reserveCapacity(32)
        try bytes.withUnsafeBufferPointer { p in
            try forEachRow(in: p, file: file, columnName: columnName) { line, bounds in
                fields.removeAll(keepingCapacity: true)
                for k in 0..<(bounds.count - 1) {
                    fields.append(Self.field(p, start: Int(bounds[k]), end: Self.end(bounds, k)))
                }
                try body(Record(line: line, fields: fields))
            }
        }
    }

    /// The bounds of every record, in order, without making a string: `bounds` holds the byte offset
    /// where each field starts (at its opening quote when quoted), then the offset where the last
    /// field ends; field `k` ends one byte (its delimiter) before field `k + 1` starts
    /// (`CSVReader.end(bounds, k)`). Blank lines are records of one empty field.
    ///
    /// This is the reader itself; `forEachRecord` makes strings from it. Offsets are `UInt32`
    /// (4 bytes a field, against some 60 for a `String`): inputs of 4 GiB and more are refused.
    /// - Throws: `InputError` as `forEachRecord`.
    public func forEachRow(
        in p: UnsafeBufferPointer<UInt8>, file: String? = nil, columnName: (Int) -> String = { "field \($0 + 1)" },
        _ body: (_ line: Int, _ bounds: [UInt32]) throws -> Void
    ) throws {
        let quote = Self.quote, delim = delimiter
        let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let n = p.count
        guard n < Int(UInt32.max) else {
            throw InputError("input is 4 GiB or larger: townhall reads exports up to 4 GiB", file: file)
        }
        var i = 0
        var line = 1
        var bounds: [UInt32] = []
        bounds.reserveCapacity(33)
        while i < n {
            let rowLine = line
            bounds.removeAll(keepingCapacity: true)
            var end = n
            record: while true {
                bounds.append(UInt32(truncatingIfNeeded: i))
                if i < n && p[i] == quote {
                    let openLine = line
                    let column = bounds.count - 1
                    i += 1
                    while true {
                        guard i < n else {
                            let opened = openLine == rowLine ? "" : " (the quote opened on line \(openLine))"
                            throw InputError(
                                "malformed quoting: the quoted field \(columnName(column)) of the row starting here is never closed\(opened)",
                                file: file, line: rowLine, column: columnName(column))
                        }
                        let c = p[i]
                        if c == quote {
                            if i + 1 < n && p[i + 1] == quote { i += 2; continue }
                            i += 1
                            break
                        }
                        if c == lf || (c == cr && !(i + 1 < n && p[i + 1] == lf)) { line += 1 }
                        i += 1
                    }
                    if i >= n { break record }
                    let c = p[i]
                    if c == delim { i += 1; continue record }
                    if c == lf || c == cr {
                        end = i
                        i += 1
                        if c == cr && i < n && p[i] == lf { i += 1 }
                        line += 1
                        break record
                    }
                    throw InputError(
                        "malformed quoting: text right after the closing quote of \(columnName(column)) on line \(line) (a quote inside a field must be doubled: \"\")",
                        file: file, line: rowLine, column: columnName(column))
                } else {
                    while i < n {
                        let c = p[i]
                        if c == delim || c == lf || c == cr { break }
                        i += 1
                    }
                    if i >= n { break record }
                    let c = p[i]
                    if c == delim { i += 1; continue record }
                    end = i
                    i += 1
                    if c == cr && i < n && p[i] == lf { i += 1 }
                    line += 1
                    break record
                }
            }
            bounds.append(UInt32(truncatingIfNeeded: end))
            try body(rowLine, bounds)
        }
    }

    /// Where field `k` of a record ends (exclusive), from the bounds `forEachRow` gives (or the
    /// same bounds counted from the row's start): the last field ends at the record's end, the
    /// others one byte (their delimiter) before the next starts.
    @inline(__always)
    public static func end<B: RandomAccessCollection>(_ bounds: B, _ k: Int) -> Int
    where B.Index == Int, B.Element: BinaryInteger {
        let next = Int(bounds[bounds.startIndex + k + 1])
        return k + 2 == bounds.count ? next : next - 1
    }

    /// The text of the field at `start..<end` of `p`: quotes removed and `""` unescaped when it is quoted.
    @inline(__always)
    public static func field(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> String {
        guard start < end, p[start] == quote else {
            return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }
        let inner = UnsafeBufferPointer(rebasing: p[(start + 1)..<(end - 1)])
        guard inner.contains(quote) else { return String(decoding: inner, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var k = 0
        while k < inner.count {
            out.append(inner[k])
            k += inner[k] == quote ? 2 : 1  // `""` inside quotes is one quote
        }
        return String(decoding: out, as: UTF8.self)
    }
}
