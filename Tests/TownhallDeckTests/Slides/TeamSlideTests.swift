import Foundation
import Testing
import TownhallCore
@testable import TownhallDeck

/// A team slide is about scores: band colours with a legend, a committed miss marked as a miss,
/// one colour per number, titles on two lines rather than cut.
@Suite struct TeamSlideTests {
    static func team(title: String = "Robots move through mixed human traffic as well as a trained driver") -> CycleReport {
        Fixture.report(teams: [Fixture.TeamSpec(name: "Autonomy", objectives: [
            Fixture.Obj(title: title, krs: [
                Fixture.KR(title: "Reduce emergency stops", type: .aspirational, score: 0.7),
                Fixture.KR(title: "Raise docking success", type: .aspirational, score: 0.68),
                Fixture.KR(title: "Cut reroute time", type: .aspirational, score: 0.66),
            ]),
            Fixture.Obj(title: "Perception v3 is the standard on every robot", krs: [
                Fixture.KR(title: "Perception v3 on every robot", score: 1),
                Fixture.KR(title: "Lower GPU inference cost per robot from $41 to $30 a month", score: 0.73),
            ]),
        ]), Fixture.TeamSpec(name: "Other", objectives: [Fixture.Obj(title: "Other", krs: [Fixture.KR(title: "x", score: 1)])])])
    }

    @Test func aCommittedMissIsMarkedAsAMiss() throws {
        let html = try #require(try slides(Self.team(), kind: "team").first { $0.view.name == "Team: Autonomy" }).html
        let row = try #require(html.components(separatedBy: "<div class=\"bar-row").first { $0.contains("Lower GPU inference cost") })
        #expect(row.contains("<span class=\"missed\">missed commitment</span>"))
        #expect(html.count(of: "class=\"missed\"") == 1)
    }

    @Test func theSameNumberHasOneColour() throws {
        let report = Self.team()
        let team = try #require(report.teams.first { $0.name == "Autonomy" })
        let html = try #require(try slides(report, kind: "team").first { $0.view.name == "Team: Autonomy" }).html
        let mean = Format.score(team.aspirationalMean)
        // The strip's aspirational mean and the aspirational objective show the same number.
        var tones = Set<String>()
        for m in html.matches(of: /tone-(\w+)"><p class="fig-value">([^<]*)</) where String(m.2) == mean { tones.insert(String(m.1)) }
        for m in html.matches(of: /bar-value tone-(\w+)">([^<]*)</) where String(m.2) == mean { tones.insert(String(m.1)) }
        #expect(tones.count == 1, "\(mean) shows as \(tones)")
        #expect(html.contains("Colour: score band · green ≥ 0.70 · amber ≥ 0.40 · red below"))
    }

    @Test func longTitlesWrapInsteadOfBeingCut() throws {
        let title = "Robots move through mixed human traffic as well as a trained driver, in every warehouse we serve"
        var builder = DeckBuilder(report: Self.team(title: title), options: DeckOptions())
        let deck = builder.build()
        let slide = try #require(deck.slides.first { $0.name == "Team: Autonomy" })
        let team = try #require(slide.content.first as? TeamSlide)
        let heading = try #require(team.columns.flatMap(\.rows).first { $0.isHeading })
        #expect(heading.label == title)  // whole: the slide wraps it to two lines
        #expect(heading.weight > 1)
        #expect(DeckStyle.css.contains(".team-bars .bar-label { white-space: normal;"))
    }

    @Test func twoLineTitlesTakeMoreOfTheRowBudget() throws {
        let long = String(repeating: "A long key result title ", count: 4)
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "Wordy", objectives: [
            Fixture.Obj(title: "One", krs: (1...20).map { Fixture.KR(title: "\(long)\($0)", score: 1) }),
        ]), Fixture.TeamSpec(name: "Other", objectives: [Fixture.Obj(title: "Other", krs: [Fixture.KR(title: "x", score: 1)])])])
        var options = DeckOptions()
        options.teamRows = 22
        var builder = DeckBuilder(report: report, options: options)
        let slide = try #require(builder.build().slides.first { $0.name == "Team: Wordy" })
        let team = try #require(slide.content.first as? TeamSlide)
        let weight = team.columns.flatMap(\.rows).reduce(0) { $0 + $1.weight }
        #expect(weight <= Double(options.teamRows))
        #expect(!team.more.isEmpty)
    }

    @Test func aTeamWhoseObjectivesTieIsNotToldOneNeedsAttention() throws {
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "Enterprise Sales", objectives: [
            Fixture.Obj(title: "Land the accounts that define the category", krs: [Fixture.KR(title: "Sign 5 logos", score: 1)]),
            Fixture.Obj(title: "Renew and grow our anchor customers", krs: [Fixture.KR(title: "Keep retention", score: 1)]),
        ]), Fixture.TeamSpec(name: "Other", objectives: [
            Fixture.Obj(title: "Strong", krs: [Fixture.KR(title: "a", score: 1)]),
            Fixture.Obj(title: "Weak", krs: [Fixture.KR(title: "b", score: 0.4)]),
        ])])
        let team = try slides(report, kind: "team")
        let tied = try #require(team.first { $0.view.name == "Team: Enterprise Sales" }).view.notes.joined(separator: "\n")
        #expect(!tied.contains("Needs attention"), "\(tied)")
        let other = try #require(team.first { $0.view.name == "Team: Other" }).view.notes.joined(separator: "\n")
        #expect(other.contains("Strongest objective: Strong (1.00). Needs attention: Weak (0.40)."))
    }

    @Test func aMarkBesideATitleCountsTowardsItsLine() throws {
        // 40 characters fit one line of a two-column slide alone, not with "missed commitment" and an owner.
        let title = "Cut days sales outstanding from 58 to 50"
        let report = Fixture.report(teams: [Fixture.TeamSpec(name: "Finance", objectives: [
            Fixture.Obj(title: "Close the books", krs: [Fixture.KR(title: title, score: 0.38, owner: "Sam Nguyen-Okafor")]
                + (1...10).map { Fixture.KR(title: "Short \($0)", score: 1, owner: "Sam Nguyen") }),
        ]), Fixture.TeamSpec(name: "Other", objectives: [Fixture.Obj(title: "Other", krs: [Fixture.KR(title: "x", score: 1)])])])
        var builder = DeckBuilder(report: report, options: DeckOptions())
        let slide = try #require(builder.build().slides.first { $0.name == "Team: Finance" })
        let rows = try #require(slide.content.first as? TeamSlide).columns.flatMap(\.rows)
        let missed = try #require(rows.first { $0.label == title })
        #expect(missed.missed && missed.weight == DeckBuilder.twoLineWeight)
        #expect(try #require(rows.first { $0.label == "Short 1" }).weight == 1)
    }

    @Test func aDeepChainOfSingleTeamsGetsNoRankingOfOne() throws {
        // Fourteen teams, each the only child of the one above: past the deck's eight levels of
        // single roots, one top-level team is left, and a ranking of one team ranks nothing.
        let specs = (0..<14).map { l in
            Fixture.TeamSpec(name: "Level \(l)", parent: l == 0 ? nil : "Level \(l - 1)", objectives: [
                Fixture.Obj(title: "Objective \(l)", krs: [Fixture.KR(title: "KR \(l)", score: Double(l % 4) / 3)]),
            ])
        }
        let report = Fixture.report(teams: specs)
        #expect(try slides(report, kind: "ranking").isEmpty)
        #expect(try slides(report, kind: "group").count == 1)
    }
}
