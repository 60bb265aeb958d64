import Foundation

/// The document information a PDF handout carries (what `pdfinfo` and a mail client show).
public struct PDFMetadata: Sendable, Hashable {
    public var title: String
    /// The organization; left out when empty.
    public var author: String
    public var subject: String
    public var creator: String

    public init(title: String, author: String, subject: String, creator: String = "townhall") {
        self.title = title; self.author = author; self.subject = subject; self.creator = creator
    }

    /// `pdf` with its Info dictionary replaced by one holding these fields, as an incremental
    /// update (a new Info object, an xref section and a trailer appended; the printed bytes stay
    /// as Chromium wrote them). Chromium takes only the title from the page (`<title>`) and has no
    /// way to set an author or subject, hence this. Text is written as UTF-16 hex strings, so no
    /// title can break the dictionary.
    /// - Throws: `PDFError.unreadable` when the file has no classic trailer to extend.
    public func apply(to pdf: [UInt8]) throws -> [UInt8] {
        guard let startxref = Self.lastNumber(after: "startxref", in: pdf),
              let trailer = Self.lastRange(of: "trailer", in: pdf) else {
            throw PDFError.unreadable("no trailer to add the document information to")
        }
        let dictionary = String(decoding: pdf[trailer.upperBound...], as: UTF8.self)
        guard let size = Self.number(after: "/Size", in: dictionary),
              let root = Self.reference(after: "/Root", in: dictionary) else {
            throw PDFError.unreadable("the trailer names no /Size or /Root")
        }
        var out = pdf
        if out.last != 0x0A { out.append(0x0A) }
        let object = size
        let offset = out.count
        var info = "\(object) 0 obj\n<< /Title \(Self.text(title))"
        if !author.isEmpty { info += " /Author \(Self.text(author))" }
        info += " /Subject \(Self.text(subject)) /Creator \(Self.text(creator))"
        if let producer = Self.literal(after: "/Producer", in: pdf) { info += " /Producer \(producer)" }
        info += " >>\nendobj\n"
        out += Array(info.utf8)
        let xref = out.count
        let entry = String(format: "%010d 00000 n\r\n", offset)
        let tail = "xref\n\(object) 1\n\(entry)trailer\n<< /Size \(object + 1) /Root \(root) /Info \(object) 0 R /Prev \(startxref) >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(tail.utf8)
        return out
    }

    /// A PDF text string: `<FEFF…>`, UTF-16BE with its byte-order mark.
    static func text(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(format: "%04X", unit) }
        return hex + ">"
    }

    /// The last occurrence of `word` in `bytes`.
    static func lastRange(of word: String, in bytes: [UInt8]) -> Range<Int>? {
        let w = Array(word.utf8)
        guard bytes.count >= w.count else { return nil }
        var i = bytes.count - w.count
        while i >= 0 {
            if bytes[i] == w[0] && Array(bytes[i..<(i + w.count)]) == w { return i..<(i + w.count) }
            i -= 1
        }
        return nil
    }

    /// The number after the last `word` (`startxref\n1234` → 1234).
    static func lastNumber(after word: String, in bytes: [UInt8]) -> Int? {
        guard let r = lastRange(of: word, in: bytes) else { return nil }
        return number(after: "", in: String(decoding: bytes[r.upperBound...], as: UTF8.self))
    }

    /// The integer after `key` in `text`.
    static func number(after key: String, in text: String) -> Int? {
        guard let r = key.isEmpty ? text.startIndex..<text.startIndex : text.range(of: key) else { return nil }
        let digits = text[r.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// The `N G R` reference after `key` in `text`.
    static func reference(after key: String, in text: String) -> String? {
        guard let r = text.range(of: key) else { return nil }
        let parts = text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).prefix(3)
        guard parts.count == 3, Int(parts[0]) != nil, Int(parts[1]) != nil, parts[2].hasPrefix("R") else { return nil }
        return "\(parts[0]) \(parts[1]) R"
    }

    /// The literal string `(…)` after the last `key`, as written (Chromium's `/Producer (Skia/PDF m156)`).
    static func literal(after key: String, in bytes: [UInt8]) -> String? {
        guard let r = lastRange(of: key, in: bytes) else { return nil }
        var i = r.upperBound
        while i < bytes.count && bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "("), let close = bytes[i...].firstIndex(of: UInt8(ascii: ")")),
              close - i < 200, !bytes[i...close].contains(UInt8(ascii: "\\")) else { return nil }
        return String(decoding: bytes[i...close], as: UTF8.self)
    }
}

/// Why the PDF could not be made (exit 73: an output cannot be created).
public enum PDFError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No Chromium on `PATH` (or at `--chromium`).
    case noChromium(String)
    /// Chromium ran past its deadline and was stopped.
    case timedOut(seconds: Int)
    /// Chromium failed, with the last line it printed.
    case failed(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .noChromium(let where_):
            return "cannot print the PDF: no Chromium \(where_); install it (Debian: apt-get install chromium), name it with --chromium PATH, or leave pdf out of --formats"
        case .timedOut(let s):
            return "cannot print the PDF: Chromium did not finish within \(s) seconds and was stopped (raise --pdf-timeout, or leave pdf out of --formats)"
        case .failed(let why):
            return "cannot print the PDF: Chromium failed: \(why)"
        case .unreadable(let why):
            return "cannot finish the PDF Chromium printed: \(why)"
        }
    }
}
