/// An RFC 4180 reader over UTF-8 bytes.
///
/// Hand-written rather than a package: it is the hot path (a 250 MB export), and the CSV
/// packages on the mirror accept an unclosed quote silently and report no positions
/// (see FACTS.md). It walks the bytes once, makes one `String` per field, and knows the
/// physical line where every record starts (newlines inside quotes count).
public struct CSVReader: Sendable {
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
        let quote = Self.quote, delim = delimiter
        let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        try bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var line = 1
            var fields: [String] = []
            fields.reserveCapacity(32)
            var scratch: [UInt8] = []
            while i < n {
                let rowLine = line
                fields.removeAll(keepingCapacity: true)
                record: while true {
                    if i < n && p[i] == quote {
                        let openLine = line
                        i += 1
                        scratch.removeAll(keepingCapacity: true)
                        var segment = i
                        while true {
                            guard i < n else {
                                let opened = openLine == rowLine ? "" : " (the quote opened on line \(openLine))"
                                throw InputError(
                                    "malformed quoting: the quoted field \(columnName(fields.count)) of the row starting here is never closed\(opened)",
                                    file: file, line: rowLine, column: columnName(fields.count))
                            }
                            let c = p[i]
                            if c == quote {
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segment..<i]))
                                if i + 1 < n && p[i + 1] == quote {
                                    scratch.append(quote)
                                    i += 2
                                    segment = i
                                    continue
                                }
                                i += 1
                                break
                            }
                            if c == lf || (c == cr && !(i + 1 < n && p[i + 1] == lf)) { line += 1 }
                            i += 1
                        }
                        fields.append(String(decoding: scratch, as: UTF8.self))
                        if i >= n { break record }
                        let c = p[i]
                        if c == delim { i += 1; continue record }
                        if c == lf { i += 1; line += 1; break record }
                        if c == cr {
                            i += 1
                            if i < n && p[i] == lf { i += 1 }
                            line += 1
                            break record
                        }
                        throw InputError(
                            "malformed quoting: text right after the closing quote of \(columnName(fields.count - 1)) on line \(line) (a quote inside a field must be doubled: \"\")",
                            file: file, line: rowLine, column: columnName(fields.count - 1))
                    } else {
                        let start = i
                        while i < n {
                            let c = p[i]
                            if c == delim || c == lf || c == cr { break }
                            i += 1
                        }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
                        if i >= n { break record }
                        let c = p[i]
                        if c == delim { i += 1; continue record }
                        i += 1
                        if c == cr && i < n && p[i] == lf { i += 1 }
                        line += 1
                        break record
                    }
                }
                try body(Record(line: rowLine, fields: fields))
            }
        }
    }
}
