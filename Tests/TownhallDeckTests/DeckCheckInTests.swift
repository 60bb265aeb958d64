import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// With check-ins: how the quarter unfolded, trajectories beside wins and misses, review rhythm.
@Suite struct DeckCheckInTests {
    static let report = Fixture.withCheckIns(Fixture.northwind(), quiet: ["Go-to-Market"], silent: ["People & Finance"])
    static let html = try! DeckRenderer.render(report)

    /// The HTML of the first slide whose name starts with `name`.
    static func slide(_ html: String, _ name: String) -> String {
        guard let at = html.range(of: "data-name=\"\(name)") else { return "" }
        let end = html.range(of: "</section>", range: at.upperBound..<html.endIndex)?.upperBound ?? html.endIndex
        return String(html[at.lowerBound..<end])
    }

    /// Two million check-ins on one KR must not put two million points in a 120-pixel line: the
    /// trajectory is downsampled, keeping its first and last points and its highs and lows.
    @Test func aLongTrajectoryIsDrawnDownsampledKeepingEndsAndExtremes() {
        let n = 200_000
        var points = (0..<n).map { (x: Double($0) / Double(n - 1), y: 0.5) }
        points[40_000].y = 1
        points[70_001].y = 0
        let s = Sparkline(id: "s", title: "t", desc: "d", points: points, band: "green", goal: 1)
        let drawn = s.path.split(whereSeparator: { $0 == "M" || $0 == "L" }).map(String.init)
        #expect(drawn.count <= 300)
        #expect(drawn.first == "4 17" && drawn.last == "116 17")       // first and last point
        #expect(drawn.contains { $0.hasSuffix(" 4") })                   // the high (1.0)
        #expect(drawn.contains { $0.hasSuffix(" 30") })                  // the low (0.0)
        #expect(s.dotX == "116" && s.dotY == "17")
        // A short trajectory is drawn as it is.
        let few = Sparkline(id: "f", title: "t", desc: "d", points: [(0, 0), (0.5, 1), (1, 0.5)], band: "green", goal: 1)
        #expect(few.path == "M4 30L60 4L116 17")
    }

    @Test func theNewSlidesAppearOnlyWithCheckIns() {
        let without = DeckRenderer.slideNames(Fixture.northwind())
        #expect(!without.contains("How the quarter unfolded"))
        #expect(!without.contains("Review rhythm"))
        let with = DeckRenderer.slideNames(Self.report)
        #expect(with.count == without.count + 2)
        // In story order: the quarter after the distribution, before the wins; the rhythm before health.
        let order = ["Score distribution", "How the quarter unfolded", "Wins to celebrate", "Our values", "Review rhythm", "Playbook health"]
        let positions = order.map { o in with.firstIndex { $0.hasPrefix(o) } ?? -1 }
        #expect(!positions.contains(-1))
        #expect(positions == positions.sorted())
        // And without check-ins the deck says nothing about them.
        let plain = try! DeckRenderer.render(Fixture.northwind())
        #expect(!plain.contains("class=\"spark\""))
        #expect(!plain.contains("class=\"trail"))
        #expect(!plain.contains("quiet since"))
    }

    @Test func theQuarterUnfoldsWeekByWeekWithATextAlternative() throws {
        let s = Self.slide(Self.html, "How the quarter unfolded")
        #expect(s.contains("<svg class=\"line-chart\""))
        #expect(s.contains("role=\"img\""))
        let weeks = try #require(Self.report.checkIns?.weeks)
        #expect(weeks.count == 14)
        // The description lists every week's mean, for all, committed and aspirational key results.
        let means = weeks.map { Format.score($0.mean) }.joined(separator: ", ")
        #expect(s.contains("All key results: \(means)."))
        #expect(s.contains("Committed: "))
        #expect(s.contains("Aspirational: "))
        // Three lines, named at their ends, and the 1.0 and 0.70 marks.
        #expect(s.occurrences(of: "<g class=\"series ") == 3)
        #expect(s.contains(">committed 1.00</text>"))
        #expect(s.contains(">sweet spot 0.70</text>"))
        #expect(s.contains("Halfway"))
        #expect(s.contains("Biggest week"))
        #expect(s.contains("<aside class=\"notes\""))
    }

    @Test func winsAndMissesCarryTheirTrajectories() {
        for name in ["Wins to celebrate", "Misses to reflect on"] {
            let s = Self.slide(Self.html, name)
            let items = s.occurrences(of: "<span class=\"trail\">")
            #expect(items > 0)
            // Every item has a trajectory cell; each sparkline has its own title and description.
            let sparks = s.occurrences(of: "<svg class=\"spark\"")
            #expect(sparks + s.occurrences(of: "class=\"trail-none\"") == items)
            #expect(s.occurrences(of: "<title id=\"chart-kr") == sparks)
            #expect(s.occurrences(of: "<desc id=\"chart-kr") == sparks)
            #expect(s.contains("check-ins: 0.00 on 3 Jul"))
            #expect(s.contains("class=\"trail-legend\""))
        }
        // People & Finance never checked in: its miss says so instead of drawing a line.
        #expect(Self.html.contains("<span class=\"trail-none\">no check-ins</span><span class=\"trail-note\">never updated</span>"))
    }

    @Test func reviewRhythmNamesQuietTeamsKindly() {
        let s = Self.slide(Self.html, "Review rhythm")
        #expect(s.contains("<h2>How often we looked at our OKRs</h2>"))
        #expect(s.contains("<li><strong>Go-to-Market</strong><span>last updates in August</span></li>"))
        #expect(s.contains("<li><strong>People &amp; Finance</strong><span>no check-ins this cycle</span></li>"))
        #expect(!s.contains("<strong>Engineering</strong>"))
        // Every team that owns key results has a row, with its share updated in the last 30 days.
        let teams = Self.report.teams.filter { $0.ownsOKRs && !$0.keyResults.isEmpty }.count
        #expect(s.occurrences(of: "<div class=\"bar-row\">") == teams)
        #expect(s.contains("<span class=\"bar-value tone-red\">0%</span>"))
        #expect(s.contains("Updated in 30 days"))
        #expect(s.contains("Net confidence"))
        #expect(s.contains("went quiet"))  // in the speaker notes
    }

    @Test func playbookHealthShowsTheLimitsInForce() throws {
        var limits = PlaybookLimits()
        limits.staleDays = 21
        var report = Fixture.withCheckIns(Fixture.northwind(), quiet: ["Go-to-Market"], limits: limits)
        report.checks.append(CheckFinding(id: "kr-stale", subject: "Go-to-Market / Launch the partner portal",
                                          team: "Go-to-Market", lines: [23], message: "no update in the last 21 days"))
        let html = try DeckRenderer.render(report)
        // A finding, counted, with the limit in force (not the rule it broke).
        #expect(html.contains("<p class=\"check-title\">1 key result not updated in the last 21 days</p>"))
        #expect(!html.contains("Every key result was updated in the last"))
    }

    @Test func aQuietKeyResultIsMarkedOnItsTrajectory() {
        #expect(Self.html.contains("<span class=\"trail-note\">quiet since 14 Aug</span>"))
    }

    @Test func chartsStillCarryTextAlternatives() {
        let html = Self.html
        let charts = html.occurrences(of: "role=\"img\"")
        #expect(html.occurrences(of: "<title id=\"chart-") == charts)
        #expect(html.occurrences(of: "<desc id=\"chart-") == charts)
        #expect(html.occurrences(of: "</svg>") == html.occurrences(of: "<svg "))
        // Ids are unique.
        var ids = Set<String>()
        var rest = Substring(html)
        while let r = rest.range(of: "<title id=\"") {
            let tail = rest[r.upperBound...]
            let id = String(tail.prefix { $0 != "\"" })
            #expect(ids.insert(id).inserted, "duplicate id \(id)")
            rest = tail
        }
    }
}
