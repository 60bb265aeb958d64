import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct ConfigurationMessageTests {
    @Test func unquotedStringSaysStringsNeedQuotes() {
        do {
            _ = try Configuration(toml: "[organization]\nname = Northwind\n", file: "t.toml")
            Issue.record("an unquoted string was accepted")
        } catch let e as InputError {
            #expect(e.location.line == 2)
            #expect(e.message.contains("strings need quotes"))
            #expect(e.message.contains("`name`"))
            #expect(!e.message.contains("could not determine value type"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func otherTOMLErrorsKeepTheirWording() {
        #expect(throws: InputError.self) { _ = try Configuration(toml: "[organization\n", file: "t.toml") }
        #expect(Configuration.explain("expected ']'", column: 3, text: "[a\n", line: 1) == "invalid TOML: expected ']' (column 3)")
    }
}
