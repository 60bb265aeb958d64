/// A small pull tokenizer for the XML parts of a spreadsheet package, fed in chunks as they are
/// inflated. Hand-written rather than Foundation's `XMLParser`: a sheet of 100,000 rows is millions
/// of elements and the reader must stay within a few times the CSV path; and by never knowing a
/// DTD it cannot expand entities or fetch external ones: a DOCTYPE is refused outright.
///
/// It checks well-formedness as far as the reader relies on it (tags nest and close; attribute
/// values are quoted and entities are the five predefined ones or character references, checked
/// where they are read) and keeps
/// no more than one unfinished token between chunks, capped at `maxToken` bytes.
struct XMLScanner {
    enum Kind { case start, end, empty, text, cdata }

    /// One token: offsets into the buffer handed to the callback with it.
    struct Token {
        var kind: Kind
        /// The local name (prefix dropped), for tags.
        var name: Range<Int>
        /// The raw attribute text after the name, for start and empty tags.
        var attributes: Range<Int>
        /// Raw text (entities not yet decoded) or CDATA content.
        var text: Range<Int>
    }

    /// Why a part is not XML townhall will read; `offset` counts bytes from the part's start.
    struct Failure: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// No single token (a tag, a text run) may be longer than this: Excel's cells hold 32,767
    /// characters, so anything near it is a hostile or broken part, not a sheet.
    static let maxToken = 16 << 20

    private var pending: [UInt8] = []
    /// Bytes of the part before `pending`.
    private var base = 0
    /// Hashes of the open elements' qualified names (end tags must match).
    private var open: [UInt64] = []
    private var sawRoot = false
    private var atStart = true

    /// Feeds the next chunk; `body` gets every complete token. Call `finish` after the last chunk.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        pending.append(contentsOf: chunk)
        try scan(final: false, body)
    }

    mutating func feed(_ chunk: [UInt8], _ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try chunk.withUnsafeBytes { try feed($0, body) }
    }

    /// Ends the part: an unfinished tag or an unclosed element is malformed.
    mutating func finish(_ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try scan(final: true, body)
        if !open.isEmpty { throw Failure(message: "the XML ends inside an element", offset: base) }
        if !sawRoot { throw Failure(message: "the XML part is empty", offset: base) }
    }

    /// Scans one whole part.
    static func scan(_ bytes: [UInt8], _ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var s = XMLScanner()
        try s.feed(bytes, body)
        try s.finish(body)
    }

    private mutating func scan(final: Bool, _ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        if atStart {
            if pending.count < 3 && !final { return }
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
                pending.removeFirst(3)
                base += 3
            } else if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
                throw Failure(message: "the XML is UTF-16, which spreadsheet files do not use", offset: 0)
            }
            atStart = false
        }
        let consumed: Int = try pending.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                if p[i] != 0x3C {  // text up to the next `<`
                    var j = i
                    while j < n && p[j] != 0x3C { j += 1 }
                    if j == n && !final { break }
                    if open.isEmpty {
                        for k in i..<j where !Self.isSpace(p[k]) {
                            throw Failure(message: "text outside the root element", offset: base + k)
                        }
                    } else {
                        try body(Token(kind: .text, name: 0..<0, attributes: 0..<0, text: i..<j), p)
                    }
                    i = j
                    continue
                }
                guard i + 1 < n else {
                    if final { throw Failure(message: "the XML ends inside a tag", offset: base + i) }
                    break
                }
                let c = p[i + 1]
                if c == 0x3F {  // <? … ?>
                    guard let e = Self.find(p, from: i + 2, [0x3F, 0x3E]) else {
                        if final { throw Failure(message: "an unclosed processing instruction", offset: base + i) }
                        break
                    }
                    i = e + 2
                    continue
                }
                if c == 0x21 {  // <!-- --> , <![CDATA[ ]]> , or a declaration
                    if n - i < 9 && !final { break }
                    if Self.matches(p, at: i, "<!--") {
                        guard let e = Self.find(p, from: i + 4, [0x2D, 0x2D, 0x3E]) else {
                            if final { throw Failure(message: "an unclosed comment", offset: base + i) }
                            break
                        }
                        i = e + 3
                        continue
                    }
                    if Self.matches(p, at: i, "<![CDATA[") {
                        guard let e = Self.find(p, from: i + 9, [0x5D, 0x5D, 0x3E]) else {
                            if final { throw Failure(message: "an unclosed CDATA section", offset: base + i) }
                            break
                        }
                        guard !open.isEmpty else { throw Failure(message: "CDATA outside the root element", offset: base + i) }
                        try body(Token(kind: .cdata, name: 0..<0, attributes: 0..<0, text: (i + 9)..<e), p)
                        i = e + 3
                        continue
                    }
                    throw Failure(message: "a DOCTYPE or entity declaration, which townhall never reads (entities are not expanded)",
                                  offset: base + i)
                }
                // A tag: find its `>` outside quoted attribute values.
                var j = i + 1
                var quote: UInt8 = 0
                while j < n {
                    let b = p[j]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == 0x22 || b == 0x27 {
                        quote = b
                    } else if b == 0x3E {
                        break
                    } else if b == 0x3C {
                        throw Failure(message: "a `<` inside a tag", offset: base + j)
                    }
                    j += 1
                }
                if j == n {
                    if final { throw Failure(message: "the XML ends inside a tag", offset: base + i) }
                    break
                }
                try tag(p, i, j, body)
                i = j + 1
            }
            return i
        }
        if consumed > 0 {
            pending.removeFirst(consumed)
            base += consumed
        }
        if pending.count > Self.maxToken {
            throw Failure(message: "an XML token longer than \(Self.maxToken >> 20) MB", offset: base)
        }
    }

    /// The tag in `p[lt...gt]` (`<` at `lt`, `>` at `gt`).
    private mutating func tag(_ p: UnsafeBufferPointer<UInt8>, _ lt: Int, _ gt: Int,
                              _ body: (Token, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let closing = p[lt + 1] == 0x2F
        var k = closing ? lt + 2 : lt + 1
        let nameStart = k
        var local = k
        while k < gt && !Self.isSpace(p[k]) && p[k] != 0x2F {
            if p[k] == 0x3A { local = k + 1 }
            k += 1
        }
        let nameEnd = k
        guard nameEnd > nameStart, local < nameEnd, Self.isNameStart(p[nameStart]) else {
            throw Failure(message: "a tag without a valid name", offset: base + lt)
        }
        var hash: UInt64 = 0xcbf29ce484222325
        for x in nameStart..<nameEnd { hash = (hash ^ UInt64(p[x])) &* 0x100000001b3 }
        if closing {
            for x in nameEnd..<gt where !Self.isSpace(p[x]) {
                throw Failure(message: "text after the name of an end tag", offset: base + x)
            }
            guard let top = open.popLast(), top == hash else {
                throw Failure(message: "an end tag that does not match the open element", offset: base + lt)
            }
            try body(Token(kind: .end, name: local..<nameEnd, attributes: 0..<0, text: 0..<0), p)
            return
        }
        let selfClosing = p[gt - 1] == 0x2F && gt - 1 >= nameEnd
        let attrEnd = selfClosing ? gt - 1 : gt
        if open.isEmpty {
            if sawRoot { throw Failure(message: "a second root element", offset: base + lt) }
            sawRoot = true
        }
        if !selfClosing { open.append(hash) }
        try body(Token(kind: selfClosing ? .empty : .start, name: local..<nameEnd, attributes: nameEnd..<attrEnd,
                       text: 0..<0), p)
    }

    // MARK: reading tokens

    /// Whether the token's local name is `name` (ASCII).
    @inline(__always)
    static func name(_ t: Token, _ p: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        guard t.name.count == n else { return false }
        let s = name.utf8Start
        for k in 0..<n where p[t.name.lowerBound + k] != s[k] { return false }
        return true
    }

    static func nameString(_ t: Token, _ p: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[t.name]), as: UTF8.self)
    }

    /// Calls `body` with each attribute's local name range and raw value range.
    static func forEachAttribute(_ t: Token, _ p: UnsafeBufferPointer<UInt8>,
                                 _ body: (Range<Int>, Range<Int>) throws -> Void) throws {
        var i = t.attributes.lowerBound
        let end = t.attributes.upperBound
        while true {
            while i < end && isSpace(p[i]) { i += 1 }
            if i >= end { return }
            let ns = i
            var local = i
            while i < end && p[i] != 0x3D && !isSpace(p[i]) {
                if p[i] == 0x3A { local = i + 1 }
                i += 1
            }
            let ne = i
            while i < end && isSpace(p[i]) { i += 1 }
            guard ne > ns, local < ne, i < end, p[i] == 0x3D else {
                throw Failure(message: "an attribute without a value", offset: ns)
            }
            i += 1
            while i < end && isSpace(p[i]) { i += 1 }
            guard i < end, p[i] == 0x22 || p[i] == 0x27 else {
                throw Failure(message: "an attribute value without quotes", offset: i)
            }
            let q = p[i]
            i += 1
            let vs = i
            while i < end && p[i] != q { i += 1 }
            guard i < end else { throw Failure(message: "an unclosed attribute value", offset: vs) }
            try body(local..<ne, vs..<i)
            i += 1
        }
    }

    /// The raw value range of attribute `name` (local name), or `nil`.
    static func attribute(_ t: Token, _ p: UnsafeBufferPointer<UInt8>, _ name: StaticString) throws -> Range<Int>? {
        var found: Range<Int>?
        let n = name.utf8CodeUnitCount, s = name.utf8Start
        try forEachAttribute(t, p) { key, value in
            guard found == nil, key.count == n else { return }
            for k in 0..<n where p[key.lowerBound + k] != s[k] { return }
            found = value
        }
        return found
    }

    /// Attribute `name`, entities decoded.
    static func attributeString(_ t: Token, _ p: UnsafeBufferPointer<UInt8>, _ name: StaticString) throws -> String? {
        guard let r = try attribute(t, p, name) else { return nil }
        var out: [UInt8] = []
        try decode(p, r, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// All attributes by local name, decoded (for the small parts: workbook, relationships, styles).
    static func attributes(_ t: Token, _ p: UnsafeBufferPointer<UInt8>) throws -> [String: String] {
        var out: [String: String] = [:]
        try forEachAttribute(t, p) { key, value in
            var v: [UInt8] = []
            try decode(p, value, into: &v)
            out[String(decoding: UnsafeBufferPointer(rebasing: p[key]), as: UTF8.self)] = String(decoding: v, as: UTF8.self)
        }
        return out
    }

    /// Appends `p[r]` with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` decoded; any other
    /// entity is an error (no DTD is ever read, so none is defined).
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8]) throws {
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            var j = i
            while j < end && p[j] != 0x26 { j += 1 }
            if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j])) }
            if j == end { return }
            var k = j + 1
            while k < end && p[k] != 0x3B && k - j < 12 { k += 1 }
            guard k < end, p[k] == 0x3B else { throw Failure(message: "an `&` that starts no entity", offset: j) }
            let body = UnsafeBufferPointer(rebasing: p[(j + 1)..<k])
            switch String(decoding: body, as: UTF8.self) {
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "amp": out.append(0x26)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            case let s where s.hasPrefix("#"):
                let hex = s.hasPrefix("#x") || s.hasPrefix("#X")
                guard let v = UInt32(s.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), v != 0,
                      let scalar = Unicode.Scalar(v) else {
                    throw Failure(message: "an invalid character reference &\(s);", offset: j)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw Failure(message: "an undefined entity (only the five of XML are read)", offset: j)
            }
            i = k + 1
        }
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }

    private static func matches(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        for k in 0..<n where p[i + k] != s.utf8Start[k] { return false }
        return true
    }

    private static func find(_ p: UnsafeBufferPointer<UInt8>, from: Int, _ needle: [UInt8]) -> Int? {
        var i = from
        let n = p.count, m = needle.count
        while i + m <= n {
            if p[i] == needle[0] {
                var ok = true
                for k in 1..<m where p[i + k] != needle[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }
}
