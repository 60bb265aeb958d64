import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct SlugFileNameTests {
    @Test func shortNamesAreUnchanged() {
        #expect(Slug.fileName("2026 Q3", empty: "cycle") == "2026-q3")
        #expect(Slug.fileName("", empty: "cycle") == "cycle")
        let sixtyFour = String(repeating: "a", count: 64)
        #expect(Slug.fileName(sixtyFour, empty: "cycle") == sixtyFour)
    }

    @Test func longNamesAreCutReadableAndDistinct() {
        let a = String(repeating: "Quarter review ", count: 20) + "A"
        let b = String(repeating: "Quarter review ", count: 20) + "B"
        let sa = Slug.fileName(a, empty: "cycle"), sb = Slug.fileName(b, empty: "cycle")
        #expect(sa.utf8.count <= Slug.maxFileNameLength && sb.utf8.count <= Slug.maxFileNameLength)
        #expect(sa.hasPrefix("quarter-review-quarter-review"))
        #expect(sa != sb)
        #expect(!sa.contains("--"))
        #expect(sa.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        #expect(Slug.fileName(a, empty: "cycle") == sa)  // stable
        let solid = String(repeating: "x", count: 300)
        #expect(Slug.fileName(solid, empty: "cycle").utf8.count == Slug.maxFileNameLength)
    }

    @Test func hashIsFNV1a() {
        #expect(Slug.hash("") == "811c9dc5")
        #expect(Slug.hash("a") == "e40c292c")
    }
}
