import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// Structure of the generated HTML: slides, sections, accessibility, self-containment.
@Suite struct DeckStructureTests {
    static let html = try! DeckRenderer.render(Fixture.northwind())

    @Test func everySlideIsAnAccessibleGroupNumberedInOrder() throws {
        let names = DeckRenderer.slideNames(Fixture.northwind())
        let html = Self.html
        #expect(html.occurrences(of: "aria-roledescription=\"slide\"") == names.count)
        #expect(html.occurrences(of: "<section ") == names.count)
        #expect(html.occurrences(of: "</section>") == names.count)
        #expect(html.occurrences(of: "role=\"group\"") == names.count)
        for n in 1...names.count {
            #expect(html.contains("id=\"\(n)\" role=\"group\" aria-roledescription=\"slide\" aria-label=\"\(n) of \(names.count)\""))
            #expect(html.contains("<span class=\"num\">\(n) / \(names.count)</span>"))
        }
        // The carousel itself has its own role description; nothing else says "slide".
        #expect(html.occurrences(of: "aria-roledescription=") == names.count + 1)
        #expect(html.contains("aria-roledescription=\"carousel\""))
    }

    @Test func theStoryIsComplete() {
        let names = DeckRenderer.slideNames(Fixture.northwind())
        let expected = [
            "Title", "The cycle at a glance", "Committed vs aspirational", "Score distribution", "Wins to celebrate",
            "Misses to reflect on", "Teams at a glance", "Team: Engineering", "Our values", "Playbook health",
            "Carried forward", "How the cycle was scored", "Appendix: data problems",
        ]
        var last = -1
        for e in expected {
            let at = names.firstIndex { $0.hasPrefix(e) }
            #expect(at != nil, "missing slide \(e)")
            if let at { #expect(at > last, "\(e) out of order"); last = at }
        }
        #expect(names.first == "Title")
        #expect(names.last == "Appendix: data problems")
        // A small organization: a slide for every team that owns OKRs.
        #expect(names.filter { $0.hasPrefix("Team: ") }.count == 8)
    }

    @Test func everySlideHasSpeakerNotes() {
        let html = Self.html
        let n = DeckRenderer.slideNames(Fixture.northwind()).count
        #expect(html.occurrences(of: "<aside class=\"notes\"") == n)
        #expect(html.occurrences(of: "<ul></ul>") == 0)
    }

    @Test func nothingIsFetched() {
        let html = Self.html
        #expect(!html.contains("http:"))
        #expect(!html.contains("https:"))
        #expect(!html.contains("xmlns"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(!html.contains("//fonts"))
        #expect(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"))
        // Every src and href is a data: URI.
        for attr in ["src=\"", "href=\""] {
            var rest = Substring(html)
            while let r = rest.range(of: attr) {
                #expect(rest[r.upperBound...].hasPrefix("data:"))
                rest = rest[r.upperBound...]
            }
        }
        #expect(html.occurrences(of: "<script") == 2)  // the class switch in <head>, the presenter script
    }

    @Test func chartsCarryTextAlternatives() {
        let html = Self.html
        let charts = html.occurrences(of: "role=\"img\"")
        #expect(charts >= 4)
        #expect(html.occurrences(of: "<title id=\"chart-") == charts)
        #expect(html.occurrences(of: "<desc id=\"chart-") == charts)
        // Decorative bars are hidden; their value is in the text beside them.
        #expect(html.contains("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"))
    }

    @Test func printsOneSlideAPageAndHonoursPreferences() {
        let html = Self.html
        #expect(html.contains("@page { size: 16in 9in; margin: 0; }"))
        #expect(html.contains("break-after: page"))
        #expect(html.contains("@media (prefers-reduced-motion: reduce)"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("<html lang=\"en\" class=\"no-js\">"))
    }

    @Test func templatesNeverWriteUnescapedValues() throws {
        for (name, text) in DeckTemplates.shared {
            #expect(!text.contains("{{{"), "template \(name) has an unescaped variable")
            #expect(!text.contains("{{&"), "template \(name) has an unescaped variable")
        }
        // A kind of slide whose partial writes a value unescaped is refused at render time.
        var slide = SlideView(name: "Raw", kind: "raw", notes: [])
        slide.content = [UnescapedSlide(text: "<b>")]
        #expect(throws: DeckError.self) { try DeckRenderer.library(for: [slide]) }
        // Constant CSS and JS must not contain a Mustache tag opener.
        #expect(!DeckScript.js.contains("{{"))
        #expect(!DeckStyle.css.contains("{{"))
        #expect(Self.html.contains(DeckScript.js))
        #expect(Self.html.contains(DeckStyle.css))
    }

    @Test func anEmptyCycleStillRenders() throws {
        let report = Fixture.report(cycle: nil, organization: Organization(), teams: [])
        let html = try DeckRenderer.render(report)
        let names = DeckRenderer.slideNames(report)
        #expect(html.occurrences(of: "aria-roledescription=\"slide\"") == names.count)
        #expect(html.contains("No key result was a win this cycle."))
        #expect(html.contains("<h1>OKR cycle</h1>"))
        #expect(!names.contains("Our values"))
    }
}

extension String {
    /// Non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let r = rest.range(of: needle) {
            count += 1
            rest = rest[r.upperBound...]
        }
        return count
    }
}

/// A kind of slide that would write its text unescaped.
private struct UnescapedSlide: SlideContent {
    static let partial = "unescaped"
    static let template = "<p>{{{text}}}</p>"
    var text: String
}
