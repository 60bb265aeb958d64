/// Bytes → validated UTF-8 bytes: BOMs stripped, UTF-16 (with BOM) transcoded, invalid text refused.
public enum TextDecoding {
    /// The encodings townhall reads (SPEC §2).
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    }

    /// Returns UTF-8 bytes without BOM, or throws naming the line and byte offset of the first invalid byte.
    public static func utf8(_ bytes: consuming [UInt8], file: String? = nil) throws -> (bytes: [UInt8], encoding: Encoding) {
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return (try transcodeUTF16(bytes, bigEndian: false, file: file), .utf16LE)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return (try transcodeUTF16(bytes, bigEndian: true, file: file), .utf16BE)
        }
        let skipped = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var body = consume bytes  // moved, not copied: the export is held once
        if skipped > 0 { body.removeFirst(skipped) }
        if let bad = firstInvalidUTF8(body) {
            let line = lineNumber(at: bad, in: body)
            throw InputError(
                "input is not UTF-8 or UTF-16 text: invalid byte 0x\(String(body[bad], radix: 16, uppercase: true)) at byte offset \(bad + skipped); save the export as UTF-8 CSV",
                file: file, line: line)
        }
        if let nul = body.firstIndex(of: 0) {
            let line = lineNumber(at: nul, in: body)
            throw InputError("input is not text: NUL byte at byte offset \(nul) (a binary file, or UTF-16 without a BOM?)",
                             file: file, line: line)
        }
        return (body, .utf8)
    }

    /// The 1-based physical line of byte `offset`: LF, CRLF and a lone CR each end a line, as in `CSVReader`.
    static func lineNumber(at offset: Int, in b: [UInt8]) -> Int {
        var line = 1
        for i in 0..<offset where b[i] == 0x0D || (b[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D)) { line += 1 }
        return line
    }

    /// Index of the first byte that breaks UTF-8 well-formedness, or `nil`.
    /// Hand-written: it runs over every byte of every input, and must say *where* it failed.
    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            let n = p.count
            while i < n {
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                var need = 0
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return i
                }
                if i + need >= n { return i }  // truncated sequence at the end
                let c1 = p[i + 1]
                if c1 < lo || c1 > hi { return i }
                for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return i }
                i += need + 1
            }
            return nil
        }
    }

    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String?) throws -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        if i < bytes.count {
            throw InputError("input is UTF-16 but has an odd number of bytes (truncated file?)", file: file)
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var offset = 2
        var afterCR = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\r" || (s == "\n" && !afterCR) { line += 1 }  // LF, CRLF, lone CR
                afterCR = s == "\r"
                if s.value == 0 {
                    throw InputError("input is not text: NUL character near byte offset \(offset)", file: file, line: line)
                }
                UTF8.encode(s) { out.append($0) }
                offset += s.value > 0xFFFF ? 4 : 2
            case .emptyInput:
                break loop
            case .error:
                throw InputError("input is not valid UTF-16: unpaired surrogate near byte offset \(offset)",
                                 file: file, line: line)
            }
        }
        return out
    }
}
