import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct NumberParserTests {
    let plain = NumberParser()
    let comma = NumberParser(decimalComma: true)

    @Test func plainNumbers() {
        #expect(plain.parse("42")?.value == 42)
        #expect(plain.parse("-3.5")?.value == -3.5)
        #expect(plain.parse("+7")?.value == 7)
        #expect(plain.parse(".5")?.value == 0.5)
        #expect(plain.parse("1e3")?.value == 1000)
        #expect(plain.parse("\u{2212}4")?.value == -4)
    }

    @Test func percentAndCurrencyAndSpaces() {
        #expect(plain.parse("45%") == .init(value: 45, isPercent: true))
        #expect(plain.parse("$1,234.5")?.value == 1234.5)
        #expect(plain.parse("€ 12")?.value == 12)
        #expect(plain.parse("£3")?.value == 3)
        #expect(plain.parse("¥ 1 000")?.value == 1000)
        #expect(plain.parse("1,234,567")?.value == 1_234_567)
    }

    @Test func decimalComma() {
        #expect(comma.parse("1.234,5")?.value == 1234.5)
        #expect(comma.parse("3,5")?.value == 3.5)
        #expect(comma.parse("1.234")?.value == 1234)
        #expect(comma.parse("1.5")?.value == 1.5)
        #expect(comma.parse("12,5 %") == .init(value: 12.5, isPercent: true))
    }

    @Test(arguments: ["", "abc", "1,23", "12,34,5", "1.2.3", "inf", "nan", "1e", "--1", "5 apples", "%", "1,2345"])
    func notNumbers(text: String) {
        #expect(plain.parse(text) == nil)
    }

    @Test func commaIsOnlyAThousandsSeparatorWithoutDecimalComma() {
        #expect(plain.parse("3,5") == nil)
    }
}
