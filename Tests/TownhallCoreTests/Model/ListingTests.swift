import Testing
@_spi(Stages) @testable import TownhallCore

/// Messages name a handful of things and count the rest.
@Suite struct ListingTests {
    @Test func upToTheLimitEveryItemIsNamed() {
        #expect(Listing.few([String]()) == "")
        #expect(Listing.few(["a"]) == "a")
        #expect(Listing.few(["a", "b", "c", "d", "e"]) == "a, b, c, d, e")
    }

    @Test func pastTheLimitTheRestIsCounted() {
        #expect(Listing.few(["a", "b", "c", "d", "e", "f"]) == "a, b, c, d, e and 1 more")
        #expect(Listing.few((0..<5000).lazy.map { "C\($0)" }) == "C0, C1, C2, C3, C4 and 4,995 more")
        #expect(Listing.few(["a", "b", "c"], limit: 2) == "a, b and 1 more")
    }

    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (4995, "4,995"), (1_234_567, "1,234,567"),
                      (-1000, "-1,000")])
    func countsAreGroupedByThousands(n: Int, text: String) {
        #expect(Listing.count(n) == text)
    }

    @Test func warningsPastTheLimitEndWithACount() {
        let all = (0..<25).map { RunWarning(message: "w\($0)") }
        let shown = Listing.warnings(all)
        #expect(shown.count == Listing.warningsShown + 1)
        #expect(shown.prefix(Listing.warningsShown).map(\.message) == (0..<10).map { "w\($0)" })
        #expect(shown.last?.message == "… and 15 more warnings")
        #expect(Listing.warnings(Array(all.prefix(11))).last?.message == "… and 1 more warning")
        #expect(Listing.warnings(Array(all.prefix(10))) == Array(all.prefix(10)))
    }
}
