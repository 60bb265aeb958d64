import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// Every kind of slide: renders on its own, names only texts the table has, and words them in
/// the deck's language.
@Suite struct SlideKindsTests {
    /// Decks that between them hold every kind of slide of the town-hall deck.
    static func decks(_ language: Language = .english) -> [CycleReport] {
        var out = [Fixture.northwind(), Fixture.withComparison(Fixture.withCheckIns(Fixture.northwind(), quiet: ["Go-to-Market"])),
                   Fixture.large(krs: 2_000)]
        for i in out.indices { out[i].organization.language = language }
        return out
    }

    static let kinds: Set<String> = ["title", "glance", "balance", "distribution", "unfolded", "wins", "misses", "ranking",
                                     "team", "group", "values", "rhythm", "health", "carry", "scoring", "appendix"]

    @Test func everyKindRendersOnItsOwn() throws {
        var seen = Set<String>()
        for report in Self.decks() {
            var builder = DeckBuilder(report: report, options: DeckOptions())
            let deck = builder.build()
            for slide in deck.slides {
                seen.insert(slide.kind)
                let html = try DeckRenderer.render(slide, in: deck)
                #expect(html.hasPrefix("<section class=\"slide slide-\(slide.kind)\""))
                #expect(html.contains("<div class=\"frame\">\n<"), "\(slide.name) has an empty frame")
                #expect(!html.contains("TemplateWords"), "\(slide.name) names a text the table lacks")
            }
        }
        #expect(seen == Self.kinds, "missing: \(Self.kinds.subtracting(seen))")
    }

    @Test func everyTextATemplateNamesIsInTheTable() throws {
        var partials = Array(DeckTemplates.shared.values)
        for report in Self.decks() {
            var builder = DeckBuilder(report: report, options: DeckOptions())
            partials += builder.build().slides.flatMap { $0.content.map { type(of: $0).template } }
        }
        let names = partials.flatMap { $0.matches(of: /\{\{words\.([A-Za-z0-9.]+)\}\}/).map { String($0.1) } }
        #expect(names.count > 50)
        for name in Set(names) { #expect(Wording.english.has("deck." + name), "no text deck.\(name)") }
    }

    @Test func thePseudoLocaleMarksEveryHeadingAndTheFrame() throws {
        for report in Self.decks(Language.named("qps")!) {
            let html = try DeckRenderer.render(report)
            #expect(html.contains("<html lang=\"en-XA\""))
            let teams = Set(report.teams.map { Format.clip($0.name.trimmed, 60) })
            for m in html.matches(of: /<h2>([^<]*)<\/h2>/) where !teams.contains(String(m.1).replacingOccurrences(of: "&amp;", with: "&")) {
                #expect(m.1.contains("⟦"), "unmarked heading \(m.1)")
            }
            for m in html.matches(of: /<p class="kicker">([^<]*)<\/p>/) {
                #expect(m.1.contains("⟦") || report.displayName.contains(m.1), "unmarked kicker \(m.1)")
            }
            #expect(!html.contains("aria-label=\"1 of "))
            #expect(!html.contains(">Speaker notes<"))
        }
    }

    @Test func englishFiguresKeepTheirForms() {
        let w = Wording.english
        #expect(Format.days(7, w) == "7 days" && Format.days(1, w) == "1 day" && Format.days(3.5, w) == "3.5 days")
        let delta = Delta(w)
        #expect(delta.magnitude(0.05, .points).0 == "5 pts" && delta.magnitude(0.01, .points).0 == "1 pt")
        #expect(delta.spoken(-0.03, .points) == "down 3 points")
        #expect(delta.view(0.05, .score, against: "2026-Q2", better: .up).first?.against == ["vs 2026-Q2"])
    }

    @Test func aCycleWithoutAspirationsIsNotReadAnAverageOfNothing() throws {
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "Ops", objectives: [
            Fixture.Obj(title: "Run", krs: [Fixture.KR(title: "Cut cost", score: 1), Fixture.KR(title: "Keep uptime", score: 0.5)]),
        ])])
        #expect(report.headline.aspirational.meanScore == nil)
        let notes = try #require(try slides(report, kind: "glance").first).view.notes.joined(separator: "\n")
        #expect(!notes.contains("Aspirational key results averaged"), "\(notes)")
        #expect(notes.contains("Committed attainment 50%: 1 of 2 commitments landed at 1.00."))
    }
}
