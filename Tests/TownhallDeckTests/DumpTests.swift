import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// Writes sample decks for looking at in a browser, when `TOWNHALL_DECK_DUMP` names a folder.
@Suite struct DumpTests {
    @Test func dumpSampleDecks() throws {
        guard let dir = ProcessInfo.processInfo.environment["TOWNHALL_DECK_DUMP"] else { return }
        var options = DeckOptions()
        options.timeZone = TimeZone(identifier: "UTC")!
        try DeckRenderer.render(Fixture.northwind(), options: options)
            .write(toFile: dir + "/northwind.html", atomically: true, encoding: .utf8)
        try DeckRenderer.render(Fixture.large(krs: 5_000), options: options)
            .write(toFile: dir + "/large.html", atomically: true, encoding: .utf8)
        let tracked = Fixture.withComparison(Fixture.withCheckIns(Fixture.northwind(), quiet: ["Go-to-Market"]))
        try DeckRenderer.render(tracked, options: options)
            .write(toFile: dir + "/northwind-checkins.html", atomically: true, encoding: .utf8)
        for cycles in [1, 6] {
            try TrendsDeckRenderer.render(Fixture.history(cycles: cycles), options: options)
                .write(toFile: dir + "/trends-\(cycles).html", atomically: true, encoding: .utf8)
        }
    }
}
