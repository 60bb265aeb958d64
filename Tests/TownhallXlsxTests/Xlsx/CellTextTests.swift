import Testing
@testable import TownhallXlsx

@Suite("Cell text and addresses")
struct CellTextTests {
    @Test func shortTextIsUntouched() {
        let p = CellText.prepare("plain")
        #expect(p.text == "plain" && p.truncatedFrom == nil && !p.hadNUL)
    }

    @Test func cutsToExcelsLimitInUTF16UnitsWithoutSplittingAScalar() {
        let text = String(repeating: "😀", count: 20_000)  // 40,000 UTF-16 units
        let p = CellText.prepare(text)
        #expect(p.truncatedFrom == 40_000)
        #expect(p.text.utf16.count <= CellText.excelLimit)
        #expect(p.text.hasSuffix(CellText.marker))
        #expect(p.text.unicodeScalars.dropLast(CellText.marker.unicodeScalars.count).allSatisfy { $0 == "😀" })
    }

    @Test func nulIsShownNotSwallowed() {
        let p = CellText.prepare("a\u{0}b")
        #expect(p.text == "a\u{2400}b" && p.hadNUL)
    }

    @Test func escapeLookalikesAreEscaped() {
        #expect(CellText.prepare("x _x0041_ and _X00a9_ but _x00G1_").text
                    == "x _x005F_x0041_ and _x005F_X00a9_ but _x00G1_")
        let text = "_x0041_"
        #expect(text.withCString { CellText.hasEscapeLookalike($0, count: 7) })
        #expect(!"_x004_".withCString { CellText.hasEscapeLookalike($0, count: 6) })
    }

    @Test func escapesNeverPushPastTheLimit() {
        let text = String(repeating: "_x0041_", count: 5_000)  // 35,000 characters, each run escaped
        let p = CellText.prepare(text)
        #expect(p.truncatedFrom != nil)
        #expect(p.text.unicodeScalars.count <= CellText.excelLimit)
    }

    @Test func addresses() {
        #expect(A1.column(0) == "A" && A1.column(25) == "Z" && A1.column(26) == "AA" && A1.column(16_383) == "XFD")
        #expect(A1.cell(1, 2) == "C2" && A1.cell(1, 2, absolute: true) == "$C$2")
        #expect(A1.range(1, 0, 9, 0) == "$A$2:$A$10" && A1.range(4, 1, 4, 1) == "$B$5")
        #expect(A1.sheet("Key Results (2)") == "'Key Results (2)'!" && A1.sheet("O'Neil") == "'O''Neil'!")
        #expect(A1.number(0.7 - 1e-9) == "0.699999999" && A1.number(1e-9) == "1E-09" && A1.number(3) == "3")
    }

    @Test func formulaTemplateFillsTheRowNumber() {
        var buffer: [CChar] = []
        FormulaTemplate("=MAX(0,MIN(1,(C#-A#)/(B#-A#)))").render(row: 1_048_575, into: &buffer)
        #expect(String(decoding: buffer.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) == "=MAX(0,MIN(1,(C1048576-A1048576)/(B1048576-A1048576)))")
        FormulaTemplate("=A#").render(row: 0, into: &buffer)
        #expect(String(decoding: buffer.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) == "=A1")
    }

    @Test func pagingSplitsRangesAcrossSheets() {
        let p = Paging("Key Results", items: 25, rowsPerSheet: 11)
        #expect(p.sheetCount == 3 && p.names == ["Key Results", "Key Results (2)", "Key Results (3)"])
        #expect(p.locate(0) == (0, 1) && p.locate(10) == (1, 1) && p.locate(24) == (2, 5))
        #expect(p.ranges(8..<12, col: 0) == ["'Key Results'!$A$10:$A$11", "'Key Results (2)'!$A$2:$A$3"])
        #expect(p.ranges(ofSorted: [1, 2, 3, 7], col: 1, limit: 5) == ["'Key Results'!$B$3:$B$5", "'Key Results'!$B$9"])
        #expect(p.ranges(ofSorted: Array(stride(from: 0, to: 20, by: 2)), col: 1, limit: 5) == nil)
        #expect(Paging("Wins", items: 0, rowsPerSheet: 1_048_576).sheetCount == 1)
    }

    @Test func teamTreeKeepsSubtreesContiguous() {
        let tree = TeamTree(Fixtures.cycle())
        #expect(tree.order == [0, 1, 2, 3, 4])
        #expect(tree.subtreeEnd == [5, 4, 3, 4, 5])
        #expect(tree.objectiveOrder == [0, 1, 2, 3])
        #expect(tree.subtreeObjectives(0) == 0..<4 && tree.subtreeObjectives(1) == 0..<3 && tree.ownObjectives[0].isEmpty)
    }

    @Test func accentColours() {
        #expect(Palette.color("#0f766e") == 0x0F766E && Palette.color("abc") == 0xAABBCC)
        #expect(Palette.color("teal") == Palette.defaultAccent)
    }
}

@Suite("Characters XML cannot hold")
struct XMLCharacterTests {
    @Test func nonCharactersBecomeReplacementCharacters() {
        let text = "a\u{FFFF}b\u{FFFE}c"
        #expect(text.withCString { CellText.hasEscapeLookalike($0, count: text.utf8.count) })
        #expect(CellText.prepare(text).text == "a\u{FFFD}b\u{FFFD}c")
        #expect(!"plain é ✓".withCString { CellText.hasEscapeLookalike($0, count: "plain é ✓".utf8.count) })
    }
}
