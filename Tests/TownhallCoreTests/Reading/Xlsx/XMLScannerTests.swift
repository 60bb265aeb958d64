import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct XMLScannerTests {
    /// Tokens as readable strings: `<name attrs>`, `</name>`, `<name/>`, `"text"`.
    func tokens(_ xml: String, chunk: Int? = nil) throws -> [String] {
        var out: [String] = []
        let body: (XMLScanner.Token, UnsafeBufferPointer<UInt8>) throws -> Void = { t, p in
            let name = XMLScanner.nameString(t, p)
            switch t.kind {
            case .start: out.append("<\(name)\(try XMLScanner.attributes(t, p).sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined())>")
            case .empty:
                _ = try XMLScanner.attributes(t, p)
                out.append("<\(name)/>")
            case .end: out.append("</\(name)>")
            case .text, .cdata:
                var b: [UInt8] = []
                if t.kind == .cdata { b = Array(p[t.text]) } else { try XMLScanner.decode(p, t.text, into: &b) }
                out.append("\"\(String(decoding: b, as: UTF8.self))\"")
            }
        }
        var s = XMLScanner()
        let bytes = Array(xml.utf8)
        let step = chunk ?? max(bytes.count, 1)
        var i = 0
        while i < bytes.count {
            try s.feed(Array(bytes[i..<min(i + step, bytes.count)]), body)
            i += step
        }
        try s.finish(body)
        // Text split by a chunk boundary arrives in pieces: join neighbouring texts.
        var joined: [String] = []
        for t in out {
            if t.hasPrefix("\""), let last = joined.last, last.hasPrefix("\"") {
                joined[joined.count - 1] = String(last.dropLast()) + t.dropFirst()
            } else {
                joined.append(t)
            }
        }
        return joined
    }

    func failure(_ xml: String) -> String? {
        do { _ = try tokens(xml); return nil } catch let f as XMLScanner.Failure { return f.message } catch { return "\(error)" }
    }

    @Test func elementsAttributesTextAndPrefixes() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><x:a k='1' x:r="B2"><b/>t &amp; &lt;u&gt; &#65;&#x42;<![CDATA[<raw>&amp;]]></x:a>"#
        #expect(try tokens(xml) == ["<a k=1 r=B2>", "<b/>", "\"t & <u> AB<raw>&amp;\"", "</a>"])
    }

    @Test func anyChunkingGivesTheSameTokens() throws {
        let xml = #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Caf&#xE9; "q" ✓</t></is></c></row><!-- x --></sheetData>"#
        let whole = try tokens(xml)
        for chunk in [1, 2, 3, 7, 16] { #expect(try tokens(xml, chunk: chunk) == whole, "chunk \(chunk)") }
    }

    @Test func attributeValuesMayHoldAngleBrackets() throws {
        #expect(try tokens(#"<a v="x>y"/>"#) == ["<a/>"])
    }

    @Test func doctypeAndEntitiesAreNeverRead() {
        #expect(failure(#"<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#)?.contains("DOCTYPE") == true)
        #expect(failure(#"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#)?.contains("DOCTYPE") == true)
        #expect(failure("<a>&e;</a>")?.contains("undefined entity") == true)
        #expect(failure("<a>&#0;</a>")?.contains("character reference") == true)
        #expect(failure("<a>&#xD800;</a>")?.contains("character reference") == true)
        #expect(failure("<a>& b</a>") != nil)
    }

    @Test func malformedXMLIsRefused() {
        #expect(failure("<a><b></a>")?.contains("does not match") == true)
        #expect(failure("<a>") != nil)
        #expect(failure("<a></a><b/>")?.contains("second root") == true)
        #expect(failure("text<a/>")?.contains("outside the root") == true)
        #expect(failure("<a b=c/>")?.contains("without quotes") == true)
        #expect(failure("<a b/>") != nil)
        #expect(failure("<a><</a>") != nil)
        #expect(failure("") != nil)
        #expect(failure("<a x=\"1></a>") != nil)
        #expect(failure("<1a/>") != nil)
        #expect(failure("\u{FEFF}<a/>") == nil)  // a UTF-8 BOM is skipped
    }

    @Test func utf16PartsAreRefused() {
        var s = XMLScanner()
        #expect(throws: XMLScanner.Failure.self) { try s.feed([0xFF, 0xFE, 0x3C, 0x00], { _, _ in }) }
    }

    @Test func anUnendingTokenIsCapped() {
        var s = XMLScanner()
        let chunk = [UInt8](repeating: 0x61, count: 1 << 20)
        #expect(throws: XMLScanner.Failure.self) {
            try s.feed(Array("<a ".utf8), { _, _ in })
            for _ in 0...(XMLScanner.maxToken >> 20) { try s.feed(chunk, { _, _ in }) }
        }
    }
}
