import PropertyBased
import Testing
@_spi(Stages) @testable import TownhallCore

/// Properties of the reader (issue 5): whatever a table of strings holds, writing it with RFC 4180
/// quoting and reading it back gives the same table, with every record's start line right; and the
/// number parser reads back what Swift and spreadsheets print.
@Suite struct CSVRoundTripPropertyTests {
    /// Characters that make CSV hard: every delimiter, quotes, CR and LF, spaces, accents (also as a
    /// combining sequence), CJK, an emoji, a BOM character and a no-break space.
    static let hardCharacters: [Character] = [
        "a", "b", "Z", "0", "9", " ", ",", ";", "\t", "\"", "\r", "\n", "\r\n", "é", "e\u{301}", "ß",
        "日", "本", "🎉", "\u{FEFF}", "\u{00A0}", "=", "+", "-", "@", "<", ">", "&", "'", "%", "$", "€",
    ]

    /// A cell: 0–8 characters, often empty, often hard.
    static let cell = Gen<Character?>.element(of: hardCharacters).map { $0! }.string(of: 0...8)

    /// A table: 1–8 rows of 1–6 cells (rows may differ in width, as ragged exports do).
    static let table = cell.array(of: 1...6).array(of: 1...8)

    /// How the table is written: quote every field or only those that need it, LF or CRLF, final newline or not.
    static let style = Gen<Int>.int(in: 0...7)

    /// RFC 4180: a field is quoted when it holds the delimiter, a quote, CR or LF (or always, when
    /// asked); quotes inside are doubled. A row of one empty field is quoted so it is not a blank line.
    static func write(_ rows: [[String]], delimiter: Character, quoteAll: Bool, eol: String, finalEOL: Bool) -> String {
        var out = ""
        for (r, row) in rows.enumerated() {
            let fields = row.map { f -> String in
                let needs = f.unicodeScalars.contains { $0 == delimiter.unicodeScalars.first! || $0 == "\"" || $0 == "\r" || $0 == "\n" }
                    || (row.count == 1 && f.isEmpty)
                guard quoteAll || needs else { return f }
                return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            out += fields.joined(separator: String(delimiter))
            if r < rows.count - 1 || finalEOL { out += eol }
        }
        return out
    }

    /// Physical line breaks in a text: LF, CRLF and a lone CR each count once.
    static func lineBreaks(_ s: String) -> Int {
        var n = 0
        var afterCR = false
        for u in s.unicodeScalars {
            if u == "\r" || (u == "\n" && !afterCR) { n += 1 }
            afterCR = u == "\r"
        }
        return n
    }

    static func read(_ text: String, delimiter: Character) throws -> [CSVReader.Record] {
        var records: [CSVReader.Record] = []
        try CSVReader(delimiter: delimiter.asciiValue!).forEachRecord(in: Array(text.utf8)) { records.append($0) }
        return records
    }

    @Test(arguments: [",", ";", "\t"] as [Character])
    func tablesRoundTrip(delimiter: Character) async throws {
        await propertyCheck(count: 400, input: Self.table, Self.style) { rows, style in
            let text = Self.write(rows, delimiter: delimiter, quoteAll: style & 1 == 1,
                                  eol: style & 2 == 2 ? "\r\n" : "\n", finalEOL: style & 4 == 4)
            let records: [CSVReader.Record]
            do {
                records = try Self.read(text, delimiter: delimiter)
            } catch {
                Issue.record("reading \(text.debugDescription) threw \(error)")
                return
            }
            #expect(records.map(\.fields) == rows, "written as \(text.debugDescription)")
            var line = 1
            var expectedLines: [Int] = []
            for row in rows {
                expectedLines.append(line)
                line += 1 + row.map(Self.lineBreaks).reduce(0, +)
            }
            #expect(records.map(\.line) == expectedLines, "written as \(text.debugDescription)")
        }
    }

    @Test(arguments: [",", ";", "\t"] as [Character])
    func delimiterIsDetectedFromTheHeaderLine(delimiter: Character) async throws {
        let headerCell = Gen<Character?>.element(of: Array("abcxyz_-") as [Character]).map { $0! }.string(of: 1...6)
        await propertyCheck(count: 200, input: headerCell.array(of: 2...8), Gen<Int>.int(in: 0...3)) { header, blanks in
            let text = String(repeating: "\n", count: blanks) + header.joined(separator: String(delimiter)) + "\n1\n"
            #expect(CSVReader.detectDelimiter(Array(text.utf8)) == delimiter.asciiValue!, "\(text.debugDescription)")
        }
    }

    // MARK: - Numbers

    /// Any finite double: from its bit pattern (subnormals, huge and tiny values) or from a plain range.
    static let finiteDouble = Gen<UInt64>.value().map { Double(bitPattern: $0) }.filter(\.isFinite)

    @Test func parsesWhatSwiftPrints() async {
        await propertyCheck(count: 1000, input: Self.finiteDouble) { x in
            let text = String(x)
            #expect(NumberParser().parse(text) == .init(value: x, isPercent: false), "\(text)")
            #expect(NumberParser().parse(text + "%") == .init(value: x, isPercent: true), "\(text)%")
            let comma = text.replacingOccurrences(of: ".", with: ",")
            #expect(NumberParser(decimalComma: true).parse(comma)?.value == x, "\(comma) with a decimal comma")
        }
        await propertyCheck(count: 500, input: Gen<Double>.double(in: -1e6...1e6)) { x in
            #expect(NumberParser().parse(String(x))?.value == x, "\(x)")
        }
    }

    /// `1234567` → `1,234,567` (or with another separator).
    static func grouped(_ n: Int64, separator: String) -> String {
        let digits = String(n.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (n < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    @Test func parsesThousandsGroupedIntegers() async {
        let n = Gen<Int64>.int64(in: -999_999_999_999_999...999_999_999_999_999)
        let prefix = Gen<String?>.element(of: ["", "$", "€ ", "£", "¥ ", "USD "]).map { $0! }
        await propertyCheck(count: 1000, input: n, prefix, Gen<Int>.int(in: 0...99)) { n, prefix, cents in
            let value = Double(n)
            let prefix = prefix == "USD " ? "" : prefix  // letters are not a currency sign
            #expect(NumberParser().parse(prefix + Self.grouped(n, separator: ","))?.value == value,
                    "\(prefix + Self.grouped(n, separator: ","))")
            #expect(NumberParser().parse(Self.grouped(n, separator: " "))?.value == value)
            #expect(NumberParser().parse(Self.grouped(n, separator: "\u{202F}"))?.value == value)
            #expect(NumberParser(decimalComma: true).parse(prefix + Self.grouped(n, separator: "."))?.value == value,
                    "\(prefix + Self.grouped(n, separator: ".")) with a decimal comma")
            let frac = cents < 10 ? "0\(cents)" : "\(cents)"
            let withCents = Self.grouped(n, separator: ",") + "." + frac
            #expect(NumberParser().parse(withCents)?.value == Double(String(n) + "." + frac), "\(withCents)")
            let european = Self.grouped(n, separator: ".") + "," + frac
            #expect(NumberParser(decimalComma: true).parse(european)?.value == Double(String(n) + "." + frac),
                    "\(european) with a decimal comma")
            #expect(NumberParser().parse(Self.grouped(n, separator: ",") + "%") == .init(value: value, isPercent: true))
        }
    }
}
