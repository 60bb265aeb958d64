import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// The trends deck in the history's language: every fixed text from the `trends.*` table, the
/// figures and dates by the language, `<html lang>` and the organization's accent.
@Suite struct TrendsWordingTests {
    static let pseudo = Language.named("qps")!

    /// The trends deck words its changes with the town-hall deck's `Delta`: in German the same
    /// marks with German words, units and decimal comma.
    @Test func changesAreTheSharedDeltaInTheHistorysLanguage() {
        let say = Delta(Wording(Language.named("de")!))
        #expect(say.view(0.05, .score, against: "2026-Q2").first?.amount == "0,05")
        #expect(say.view(0.05, .score, against: "2026-Q2").first?.against == ["ggü. 2026-Q2"])
        #expect(say.view(-0.2, .points).first?.amount == "20 Pp.")
        #expect(say.spoken(nil, .score) != Delta(.english).spoken(nil, .score))
        #expect(say.new().map(\.amount) != Delta(.english).new().map(\.amount))
    }

    @Test func pluralsAreTheMessagesOwn() {
        let say = Delta(.english)
        #expect(Format.days(1, .english) == "1 day" && Format.days(2, .english) == "2 days")
        #expect(say.spoken(0.01, .points) == "up 1 point" && say.spoken(-0.05, .points) == "down 5 points")
        #expect(say.view(0.01, .points).first?.amount == "1 pt")
        let words = Wording.english
        #expect(words("trends.teams.size", ["n": .count(1)]) == "1 KR")
        #expect(words("trends.movers.notes.counts", ["up": .count(1), "down": .count(2), "same": .count(0)])
                == "1 team improved, 2 dropped, 0 held steady.")
        #expect(words("trends.streaks.lede.count", ["n": .count(3), "ongoing": .count(0), "latest": .text("Q4")])
                == "3 teams, none still in Q4")
        #expect(words("trends.streaks.lede.count", ["n": .count(3), "ongoing": .count(2), "latest": .text("Q4")])
                == "3 teams, 2 still in Q4 (amber)")
    }

    /// In the pseudo-locale every slide's name and every fixed text of the slides is marked; input stays as it is.
    @Test func thePseudoLocaleMarksTheSlides() throws {
        var history = Fixture.history(cycles: 3)
        history.language = Self.pseudo
        let names = TrendsDeckRenderer.slideNames(history)
        #expect(names.count == 9)
        #expect(names.allSatisfy { $0.hasPrefix("⟦") && $0.hasSuffix("⟧") })
        let html = try TrendsDeckRenderer.render(history)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-XA\""))
        for kicker in html.matches(of: /<p class="kicker">([^<]*)<\/p>/).map({ String($0.1) }) where kicker != "Northwind Robotics" {
            #expect(kicker.hasPrefix("⟦"), "kicker \(kicker)")
        }
        for heading in html.matches(of: /<h[23][^>]*>([^<]*)<\/h[23]>/).map({ String($0.1) }) where !heading.contains("Keyboard") && heading != "Speaker notes" {
            #expect(heading.hasPrefix("⟦"), "heading \(heading)")
        }
        #expect(!html.contains("Talking about it") && !html.contains(">Up<") && !html.contains("How to read it"))
        #expect(html.contains("⟦Northwind Robotics · ÖKR tréñds · ⟦2025-Q1 tö 2025-Q3"))   // input as it is, inside marked text
    }

    @Test func englishSaysEnglishAndTheDefaultAccent() throws {
        let html = try TrendsDeckRenderer.render(Fixture.history(cycles: 2))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\""))
        #expect(html.contains("--accent: #3056d3;"))
    }

    /// `history --config` hands the organization's colour on; a malformed one falls back to the default.
    @Test func theOrganizationsAccentColoursTheDeck() throws {
        var history = Fixture.history(cycles: 2)
        history.accent = "#0F766E"
        #expect(try TrendsDeckRenderer.render(history).contains("--accent: #0f766e;"))
        history.accent = "red; } body { display: none"
        let html = try TrendsDeckRenderer.render(history)
        #expect(html.contains("--accent: #3056d3;") && !html.contains("red; }"))
    }

    @Test func anotherLanguageSaysItselfAndGetsTheStyleForLongerTexts() throws {
        let html = "<!DOCTYPE html>\n<html lang=\"de\" class=\"no-js\"><style>a{}</style><p>x</p><style>b{}</style>"
        #expect(TrendsDeckRenderer.finished(html, language: "de")
                == "<!DOCTYPE html>\n<html lang=\"de\" class=\"no-js\"><style>a{}\(TrendsStyle.css)</style><p>x</p><style>b{}</style>")
        #expect(TrendsDeckRenderer.finished(html, language: "en") == html)
        var history = Fixture.history(cycles: 2)
        history.language = Self.pseudo
        #expect(try TrendsDeckRenderer.render(history).contains("<html lang=\"en-XA\""))
    }

    @Test func englishHasNoTrendsStyleThePseudoLocaleHasIt() throws {
        var history = Fixture.history(cycles: 3)
        #expect(!(try TrendsDeckRenderer.render(history)).contains(TrendsStyle.css))
        history.language = Self.pseudo
        #expect(try TrendsDeckRenderer.render(history).contains(TrendsStyle.css))
    }
}
