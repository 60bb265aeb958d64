import Testing
@testable import TownhallCore

/// The review cadence's windows (updated in the last 30 days, in the last 14) are stated once, in
/// `Cadence`: every text that quotes them has a hole the number follows, in every language.
@Suite struct ReviewWindowTests {
    /// The texts that show a figure counted in a window, with the hole each quotes.
    static let windowTexts: [(key: String, hole: String)] = [
        "deck.team.inTheLast", "deck.rhythm.updatedInDays", "deck.rhythm.ofOurKey", "deck.rhythm.onToBars",
        "trends.table.updated", "trends.cadence.share.chart", "trends.cadence.share.desc", "trends.cadence.updated",
        "trends.cadence.notes.share", "trends.guide.rhythm.text", "workbook.column.updatedLast30",
        "workbook.figure.updatedLast30", "trendsWorkbook.column.updatedLast30", "trendsWorkbook.note.cadence",
    ].map { ($0, "recentDays") } + [("deck.rhythm.ofInDays", "fortnight")]

    @Test func theAnalysisCountsInTheStatedWindows() {
        #expect(Cadence.recentDays == 30 && Cadence.fortnightDays == 14)
        #expect(Wording.facts["recentDays"] == .count(Cadence.recentDays))
        #expect(Wording.facts["fortnight"] == .count(Cadence.fortnightDays))
    }

    /// Driven with another window, the number follows in English and German; by default each
    /// text says the core's window without its caller passing it.
    @Test(arguments: ["en", "de", "fr", "es", "ja"])
    func theNumberFollowsTheWindow(code: String) {
        let words = Wording(Language.named(code)!)
        for (key, hole) in Self.windowTexts {
            let driven = words(key, [hole: .count(21)])
            #expect(driven.contains("21") && !driven.contains("30") && !driven.contains("14"), "\(code) \(key): \(driven)")
            let standing = words(key)
            #expect(standing.contains(hole == "fortnight" ? "14" : "30"), "\(code) \(key): \(standing)")
        }
    }

    @Test func englishAndGermanReadAsBefore() {
        #expect(Wording.english("workbook.figure.updatedLast30") == "UPDATED LAST 30 DAYS")
        #expect(Wording.english("deck.rhythm.ofInDays", ["updatedLast30": .count(3), "keyResults": .text("4 key results"),
                                                        "shareLast14": .text("50%")]) == "3 of 4 key results · 50% in 14 days")
        let de = Wording(Language.named("de")!)
        #expect(de("deck.team.inTheLast", ["recentDays": .count(21)]) == "in den letzten 21 Tagen")
    }
}
