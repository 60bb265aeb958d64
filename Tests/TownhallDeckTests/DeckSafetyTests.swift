import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// Input text can never become markup; branding from the config is validated.
@Suite struct DeckSafetyTests {
    static let hostile = [
        "<script>alert(1)</script>", "</section><section>", "\"><img src=x onerror=alert(1)>",
        "</svg><script>x()</script>", "</style><style>body{display:none}", "{{documentTitle}}", "' onmouseover='x",
        "</textarea></title>", "javascript:alert(1)", "https://evil.example/x.png",
    ]

    /// A cycle where every text field carries hostile markup.
    static func hostileReport() -> CycleReport {
        let h = hostile
        func kr(_ i: Int, _ score: Double?, _ type: KRType = .committed) -> Fixture.KR {
            Fixture.KR(title: h[i % h.count] + " KR \(i)", type: type, score: score, owner: h[(i + 1) % h.count],
                       notes: i % 2 == 0 ? h[(i + 2) % h.count] : "", value: h[(i + 3) % h.count])
        }
        let teams = (0..<4).map { t in
            Fixture.TeamSpec(name: h[t] + " team", parent: t == 0 ? nil : h[0] + " team", objectives: [
                Fixture.Obj(title: h[(t + 4) % h.count], owner: h[(t + 5) % h.count],
                            krs: [kr(t, 1), kr(t + 1, 0.2), kr(t + 2, 0.8, .aspirational), kr(t + 3, 0.5, .aspirational)]),
            ])
        }
        return Fixture.report(
            cycle: h[0], organization: Organization(name: h[1], values: [h[6], h[7]], accent: "red;}</style><script>x()</script>",
                                                     logoDataURI: "data:image/png;base64,AAAA\" onload=\"alert(1)"),
            teams: teams,
            problems: [RowProblem(file: h[2], line: 3, column: h[3], message: h[4])],
            rejected: [RejectedRow(line: 9, reason: h[5], fields: h)],
            checks: [CheckFinding(id: h[6], severity: .error, subject: h[7], team: h[8], lines: [2], message: h[9])])
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let report = Self.hostileReport()
        let html = try DeckRenderer.render(report)
        let slides = DeckRenderer.slideNames(report).count
        // The only markup is the deck's own.
        #expect(html.occurrences(of: "<script") == 2)
        #expect(html.occurrences(of: "</script>") == 2)
        #expect(html.occurrences(of: "<section") == slides)
        #expect(html.occurrences(of: "</section>") == slides)
        #expect(html.occurrences(of: "<style>") == 1)
        #expect(html.occurrences(of: "</style>") == 1)
        #expect(html.occurrences(of: "</svg>") == html.occurrences(of: "<svg "))
        #expect(!html.contains("--logo: url") && !html.contains("class=\"foot-logo\""))  // the logo was not a clean data URI
        // Event handlers and URLs survive only as escaped text, never as attributes.
        let text = html.replacingOccurrences(of: "&lt;img src=x onerror=alert(1)&gt;", with: "")
        #expect(!text.contains("onerror"))
        #expect(!html.contains("onload"))
        #expect(!html.contains("' onmouseover='"))
        #expect(!html.contains("src=\"https:"))
        #expect(!html.contains("href=\"https:"))
        // Mustache does not render values as templates: the braces come through as text.
        #expect(html.contains("{{documentTitle}}"))
        // And the escaped text is there, so nothing was dropped.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;/section&gt;&lt;section&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&#39; onmouseover=&#39;x"))
        #expect(html.contains("--accent: \(Theme.defaultAccent);"))
    }

    /// Bidi controls in input text: an override (U+202E), a stray closer before one, an isolate
    /// left open, an embedding left open.
    static let bidi = ["\u{202E}gnirts desrever", "a\u{2069}\u{202E}b", "\u{2067}open isolate", "\u{202B}open embedding",
                       "\u{202D}\u{202C}\u{202C}\u{202E}x", "plain"]

    /// Every input text reaches the deck isolated: each bidi control sits inside an isolate
    /// (FSI…PDI), and no isolate spans markup or is left open, so no input can reorder the text
    /// around it — in HTML text, attributes and SVG alike.
    @Test func bidiControlsInInputTextAreIsolated() throws {
        let b = Self.bidi
        let teams = (0..<3).map { t in
            Fixture.TeamSpec(name: b[t] + " team", parent: t == 0 ? nil : b[0] + " team", objectives: [
                Fixture.Obj(title: b[(t + 1) % b.count], owner: b[(t + 2) % b.count], krs: (0..<4).map { i in
                    Fixture.KR(title: b[(t + i) % b.count] + " KR", type: i % 2 == 0 ? .committed : .aspirational,
                               score: [1, 0.2, 0.8, 0.5][i], owner: b[(i + 1) % b.count], notes: b[(i + 2) % b.count],
                               value: b[(i + 3) % b.count])
                }),
            ])
        }
        let base = Fixture.report(
            cycle: b[0] + " 2026-Q3", organization: Organization(name: b[1], values: [b[2], b[3]]), teams: teams,
            problems: [RowProblem(line: 3, column: b[3], message: b[4])],
            rejected: [RejectedRow(line: 9, reason: b[5], fields: b)],
            checks: [CheckFinding(id: "kr-stale", severity: .warning, subject: b[0], team: b[1], lines: [2], message: b[2])])
        for report in [base, Fixture.withCheckIns(base)] {
            let html = try DeckRenderer.render(report)
            var depth = 0, line = 1
            var failures: [String] = []
            for u in html.unicodeScalars {
                switch u.value {
                case 0x0A: line += 1
                case 0x2066, 0x2067, 0x2068: depth += 1
                case 0x2069:
                    if depth == 0 { failures.append("line \(line): a PDI closes nothing") } else { depth -= 1 }
                case 0x202A...0x202E:
                    if depth == 0 { failures.append("line \(line): U+\(String(u.value, radix: 16)) outside an isolate") }
                case 0x3C, 0x3E, 0x22:
                    if depth != 0 { failures.append("line \(line): an isolate spans markup at \(u)"); depth = 0 }
                default: break
                }
            }
            #expect(failures.count == 0, "\(failures.prefix(5))")
            #expect(depth == 0)
            #expect(html.contains("gnirts desrever"))
        }
    }

    /// The isolate balances the text's own controls, and leaves text that cannot reorder as it is.
    @Test func isolateBalancesTheTextsOwnControls() {
        let (fsi, pdi, pdf) = ("\u{2068}", "\u{2069}", "\u{202C}")
        #expect(Format.isolate("Sales & Ops 2026") == "Sales & Ops 2026")
        #expect(Format.isolate("שלום team") == fsi + "שלום team" + pdi)
        #expect(Format.isolate("\u{202E}x") == fsi + "\u{202E}x" + pdf + pdi)
        #expect(Format.isolate("a\u{2069}\u{202E}b") == fsi + "a\u{202E}b" + pdf + pdi)    // stray PDI dropped
        #expect(Format.isolate("\u{2067}x") == fsi + "\u{2067}x" + pdi + pdi)               // open isolate closed
        #expect(Format.isolate("\u{202C}x") == fsi + "x" + pdi)                              // stray PDF dropped
        #expect(Format.isolate("\u{2066}\u{202B}x\u{2069}y") == fsi + "\u{2066}\u{202B}x" + pdf + pdi + "y" + pdi)
        #expect(Format.clip("\u{202E}" + String(repeating: "x", count: 100), 10).hasSuffix("…" + pdf + pdi))
    }

    @Test func hostileTextInsideSVGIsEscaped() throws {
        // Chart descriptions name teams and values; they must be escaped inside <desc> too.
        let html = try DeckRenderer.render(Self.hostileReport())
        var rest = Substring(html)
        while let open = rest.range(of: "<svg "), let close = rest[open.upperBound...].range(of: "</svg>") {
            let svg = rest[open.lowerBound..<close.upperBound]
            #expect(!svg.dropFirst(4).contains("<script"))
            #expect(!svg.contains("<img"))
            #expect(String(svg).occurrences(of: "<svg") == 1)
            rest = rest[close.upperBound...]
        }
    }

    @Test(arguments: [
        ("#3056d3", "#3056d3"), ("#ABC", "#abc"), (" #0f766e ", "#0f766e"), ("#12345g", nil), ("red", nil),
        ("#1234", nil), ("", nil), ("#fff;}body{x", nil), ("#abcdef0", nil),
    ])
    func accentColourIsValidated(input: String, expected: String?) {
        #expect(Theme.color(input) == expected)
        let theme = Theme(Organization(accent: input))
        #expect(theme.accent == expected ?? Theme.defaultAccent)
    }

    @Test func logoIsEmbeddedOnlyAsACleanImageDataURI() throws {
        let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
        #expect(Theme.imageDataURI(png) == png)
        #expect(Theme.imageDataURI("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=") != nil)
        #expect(Theme.imageDataURI("javascript:alert(1)") == nil)
        #expect(Theme.imageDataURI("https://example.com/logo.png") == nil)
        #expect(Theme.imageDataURI("data:text/html;base64,PHNjcmlwdD4=") == nil)
        #expect(Theme.imageDataURI("data:image/png;base64,AA\"onload=x") == nil)
        #expect(Theme.imageDataURI("data:image/pngx,AA") == nil)

        var org = Organization(name: "Acme")
        org.logoDataURI = png
        let html = try DeckRenderer.render(Fixture.northwind(organization: org))
        // Embedded once, as a CSS variable every slide's logo draws from: a large logo is not copied per slide.
        #expect(html.components(separatedBy: png).count == 2)
        #expect(html.contains("--logo: url(\"\(png)\");"))
        #expect(html.contains("<div class=\"logo\" role=\"img\" aria-label=\"Acme logo\"></div>"))
        #expect(html.components(separatedBy: "<span class=\"foot-logo\" aria-hidden=\"true\"></span>").count > 3)
    }

    @Test func brandingDefaultsWhenTheConfigSaysNothing() throws {
        let html = try DeckRenderer.render(Fixture.northwind(organization: Organization()))
        #expect(html.contains("--accent: \(Theme.defaultAccent);"))
        #expect(html.contains("<title>2026-Q3 town hall</title>"))
        #expect(html.contains("<p class=\"subtitle\">Closing the cycle</p>"))
    }
}
