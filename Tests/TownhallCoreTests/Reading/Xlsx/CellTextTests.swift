import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct CellTextTests {
    @Test func referencesWithinExcelsGrid() {
        #expect(CellText.reference("A1")! == (1, 1))
        #expect(CellText.reference("b12")! == (2, 12))
        #expect(CellText.reference("AB7")! == (28, 7))
        #expect(CellText.reference("XFD1048576")! == (16_384, 1_048_576))
        #expect(CellText.reference("XFE1") == nil)
        #expect(CellText.reference("A1048577") == nil)
        #expect(CellText.reference("A0") == nil)
        #expect(CellText.reference("AAAA1") == nil)
        #expect(CellText.reference("1A") == nil)
        #expect(CellText.reference("A1B") == nil)
        #expect(CellText.reference("") == nil)
        #expect(CellText.reference("A99999999999") == nil)
        let bare = CellText.reference("AB")!
        #expect(bare.column == 28 && bare.row == nil)
    }

    @Test func columnNamesRoundTrip() {
        for c in [1, 26, 27, 52, 53, 702, 703, 16_384] {
            #expect(CellText.reference(CellText.columnName(c) + "1")!.column == c)
        }
        #expect(CellText.columnName(16_384) == "XFD")
    }

    @Test func numbersAsShortestPlainDecimals() {
        #expect(CellText.number("0.58") == "0.58")
        #expect(CellText.number("120") == "120")
        #expect(CellText.number("1.2E-5") == "0.000012")
        #expect(CellText.number("1.2345E+16") == "12345000000000000")
        #expect(CellText.number("0.30000000000000004") == "0.30000000000000004")
        #expect(CellText.number("57.999999999999993") == "57.99999999999999")
        #expect(CellText.number("-3.50") == "-3.5")
        #expect(CellText.number("-0") == "0")
        #expect(CellText.number("1e400") == nil)
        #expect(CellText.number("abc") == nil)
        // Every text written reads back through NumberParser to the same Double.
        for v in [0.58, 1e-7, 123456789.125, -0.000125, 1e20, 5e-324, 1.7976931348623157e308] {
            let text = CellText.number(v)
            #expect(!text.contains("e"))
            #expect(NumberParser().parse(text)?.value == v)
        }
    }

    @Test func percentShiftsTheDigitsNotTheBinaryValue() {
        #expect(CellText.number(0.58, percent: true) == "58")
        #expect(CellText.number(0.625, percent: true) == "62.5")
        #expect(CellText.number(1.25, percent: true) == "125")
        #expect(CellText.number(0.0001, percent: true) == "0.01")
        #expect(CellText.number(-0.07, percent: true) == "-7")
    }

    @Test func dateSerialsIn1900WithExcelsLeapYearBug() {
        func d(_ s: Double, _ display: CellText.Display = .date) -> String? {
            CellText.date(serial: s, date1904: false, display: display)
        }
        #expect(d(1) == "1900-01-01")
        #expect(d(59) == "1900-02-28")
        #expect(d(60) == "1900-02-29")
        #expect(d(61) == "1900-03-01")
        #expect(d(45_000) == "2023-03-15")
        #expect(d(46_204) == "2026-07-01")
        #expect(d(46_204.5) == "2026-07-01 12:00")
        #expect(d(46_204.75, .time) == "18:00")
        #expect(d(46_204.999_999_9) == "2026-07-02")
        #expect(d(2_958_465) == "9999-12-31")
        #expect(d(2_958_466) == nil)
        #expect(d(-1) == nil)
        #expect(d(.nan) == nil)
    }

    @Test func dateSerialsIn1904() {
        #expect(CellText.date(serial: 0, date1904: true, display: .date) == "1904-01-01")
        #expect(CellText.date(serial: 44_741, date1904: true, display: .date) == "2026-06-30")
    }

    @Test func numberFormatsTellPercentsDatesAndTimes() {
        #expect(CellText.display(formatID: 0, code: nil) == .number)
        #expect(CellText.display(formatID: 9, code: nil) == .percent)
        #expect(CellText.display(formatID: 10, code: nil) == .percent)
        #expect(CellText.display(formatID: 14, code: nil) == .date)
        #expect(CellText.display(formatID: 22, code: nil) == .dateTime)
        #expect(CellText.display(formatID: 20, code: nil) == .time)
        #expect(CellText.display(formatID: 164, code: "yyyy\\-mm\\-dd;@") == .date)
        #expect(CellText.display(formatID: 165, code: "[$-409]mmmm d, yyyy") == .date)
        #expect(CellText.display(formatID: 166, code: "0.0%") == .percent)
        #expect(CellText.display(formatID: 167, code: "[Red]#,##0.00") == .number)
        #expect(CellText.display(formatID: 168, code: "\"days: \"0") == .number)  // quoted text is not a format
        #expect(CellText.display(formatID: 169, code: "yyyy-mm-dd hh:mm") == .dateTime)
        #expect(CellText.display(formatID: 170, code: "h:mm") == .time)
        #expect(CellText.display(formatID: 171, code: "General") == .number)
        #expect(CellText.display(formatID: 172, code: "0\\%") == .number)  // an escaped % is text
        #expect(CellText.display(formatID: 173, code: nil) == .number)
    }

    @Test func indexesAreReadWithoutStrings() {
        func index(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer(SheetConverter.index) }
        #expect(index("0") == 0 && index("42") == 42 && index("999999999") == 999_999_999)
        #expect(index("") == nil && index("-1") == nil && index("1.0") == nil && index(" 1") == nil && index("1234567890") == nil)
    }

    @Test func plainShortestNumbersAreCopiedAsTheyAre() {
        for s in ["0", "7", "-12", "0.5", "123.25", "999999999999999"] {
            #expect(SheetConverter.isPlainShortest(Array(s.utf8)), "\(s)")
        }
        for s in ["-0", "01", "1.50", "1.", ".5", "1E3", "1234567890123456", "0.1234567890123456", ""] {
            #expect(!SheetConverter.isPlainShortest(Array(s.utf8)), "\(s)")
        }
    }
}
