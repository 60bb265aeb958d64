import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct CSVReaderTests {
    func records(_ text: String, delimiter: Character = ",") throws -> [CSVReader.Record] {
        var out: [CSVReader.Record] = []
        try CSVReader(delimiter: delimiter.asciiValue!).forEachRecord(in: Array(text.utf8)) { out.append($0) }
        return out
    }

    @Test func splitsFieldsAndLines() throws {
        let r = try records("a,b,c\n1,2,3\n")
        #expect(r.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(r.map(\.line) == [1, 2])
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let r = try records("h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"line1\nline2\",x\nlast,row\n")
        #expect(r[1].fields == ["a, b", "say \"hi\""])
        #expect(r[2].fields == ["line1\nline2", "x"])
        #expect(r.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfAndLoneCR() throws {
        let r = try records("a,b\r\n1,2\r\n3,4\r5,6")
        #expect(r.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(r.map(\.line) == [1, 2, 3, 4])
    }

    @Test func quotedCRLFCountsOnce() throws {
        let r = try records("a\r\n\"x\r\ny\"\r\nz\r\n")
        #expect(r.map(\.line) == [1, 2, 4])
        #expect(r[1].fields == ["x\r\ny"])
    }

    @Test func trailingDelimiterAndMissingFinalNewline() throws {
        let r = try records("a,b,\n1,2,")
        #expect(r.map(\.fields) == [["a", "b", ""], ["1", "2", ""]])
    }

    @Test func blankLinesAreRecordsOfOneEmptyField() throws {
        let r = try records("a\n\nb\n")
        #expect(r.map(\.fields) == [["a"], [""], ["b"]])
        #expect(r.map(\.line) == [1, 2, 3])
    }

    @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
        #expect(try records("5\" screen,x\n")[0].fields == ["5\" screen", "x"])
    }

    @Test func unclosedQuoteNamesTheRowStart() {
        #expect(throws: InputError.self) { try records("a,b\n1,\"open\n2,3\n4,5\n") }
        do {
            _ = try records("a,b\n1,\"open\n2,3\n4,5\n")
        } catch let e as InputError {
            #expect(e.location.line == 2)
            #expect(e.message.contains("never closed"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        do {
            _ = try records("a,b\n\"x\"y,2\n")
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.location.line == 2)
            #expect(e.message.contains("after the closing quote"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func semicolonAndTab() throws {
        #expect(try records("a;b\n1;2\n", delimiter: ";")[1].fields == ["1", "2"])
        #expect(try records("a\tb\n1\t2\n", delimiter: "\t")[1].fields == ["1", "2"])
    }

    @Test func delimiterDetectionIgnoresQuotedText() {
        #expect(CSVReader.detectDelimiter(Array("a;b;c\n1,2".utf8)) == UInt8(ascii: ";"))
        #expect(CSVReader.detectDelimiter(Array("\"a,b,c\";d;e\n".utf8)) == UInt8(ascii: ";"))
        #expect(CSVReader.detectDelimiter(Array("a\tb\tc\n".utf8)) == 0x09)
        #expect(CSVReader.detectDelimiter(Array("a,b;c\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVReader.detectDelimiter(Array("single\n".utf8)) == UInt8(ascii: ","))
    }
}

@Suite struct TextDecodingTests {
    @Test func stripsTheUTF8BOM() throws {
        let (b, enc) = try TextDecoding.utf8([0xEF, 0xBB, 0xBF] + Array("a,b".utf8))
        #expect(b == Array("a,b".utf8))
        #expect(enc == .utf8)
    }

    @Test func transcodesUTF16LittleAndBigEndian() throws {
        let text = "team,é\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.utf8(le).bytes == Array(text.utf8))
        #expect(try TextDecoding.utf8(be).bytes == Array(text.utf8))
    }

    @Test func invalidUTF8NamesLineAndOffset() {
        do {
            _ = try TextDecoding.utf8(Array("a,b\nc,".utf8) + [0xFF, 0x41])
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.location.line == 2)
            #expect(e.message.contains("byte offset 6"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func validMultibyteAndTruncatedSequences() {
        #expect(TextDecoding.firstInvalidUTF8(Array("héllo → 😀".utf8)) == nil)
        #expect(TextDecoding.firstInvalidUTF8([0x61, 0xE2, 0x82]) == 1)
        #expect(TextDecoding.firstInvalidUTF8([0xC0, 0x80]) == 0)           // overlong
        #expect(TextDecoding.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)     // surrogate
    }

    @Test func binaryIsRefused() {
        #expect(throws: InputError.self) { try TextDecoding.utf8([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }
}

@Suite struct HeaderMapTests {
    @Test func matchesCaseSpaceUnderscoreAndDashInsensitively() throws {
        let h = try HeaderMap(header: ["TEAM", "Objective", "Key Result", "Current value", "Start-Value", "target_value",
                                       "Goal type", "Whatever"])
        #expect(h.index[.team] == 0)
        #expect(h.index[.keyResult] == 2)
        #expect(h.index[.current] == 3)
        #expect(h.index[.start] == 4)
        #expect(h.index[.target] == 5)
        #expect(h.index[.type] == 6)
        #expect(h.fields[7] == nil)
    }

    @Test(arguments: [("KR", Field.keyResult), ("Key result title", .keyResult), ("Actual", .current),
                      ("Baseline", .start), ("Goal", .target), ("OKR type", .type), ("Department", .team),
                      ("Group", .team)])
    func specAliases(name: String, field: Field) {
        #expect(Field.aliases[Field.matchKey(name)] == field)
    }

    @Test func missingRequiredColumnIsNamed() {
        do {
            _ = try HeaderMap(header: ["team", "objective", "target"])
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.message.contains("`key_result`"))
            #expect(e.location.line == 1)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func twoColumnsForOneFieldAreAmbiguous() {
        do {
            _ = try HeaderMap(header: ["team", "Department", "objective", "kr"])
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.message.contains("\"team\"") && e.message.contains("\"Department\""))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func configColumnsMapAnyHeader() throws {
        let h = try HeaderMap(header: ["Équipe", "Objectif", "Résultat clé"],
                              extraAliases: ["Équipe": .team, "objectif": .objective, "Résultat clé": .keyResult])
        #expect(h.index == [.team: 0, .objective: 1, .keyResult: 2])
    }
}
