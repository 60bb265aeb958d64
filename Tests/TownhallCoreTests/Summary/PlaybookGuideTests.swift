import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

/// The organization's playbook: every number is the configuration's, every example is scored by
/// the scoring rules themselves, and every text is the language's.
@Suite struct PlaybookGuideTests {
    static let custom = """
        [organization]
        name = "Acme"
        values = ["Customers first", "Ship it"]
        [scoring]
        committed_win = 0.9
        aspirational_win = 0.65
        aspirational_progress = 0.35
        green = 0.75
        yellow = 0.45
        aspirational_target = 0.6
        sandbagging = 0.9
        [checks]
        min_objectives_per_team = 2
        max_objectives_per_team = 4
        min_key_results_per_objective = 3
        max_key_results_per_objective = 6
        stale_days = 21
        disabled = ["team-no-balance"]
        """

    func text(_ g: PlaybookGuide) -> String {
        g.sections.flatMap { s in
            [s.heading] + s.blocks.flatMap { b -> [String] in
                switch b {
                case .paragraph(let p): return [p]
                case .list(let items): return items
                case .table(let h, let rows): return h + rows.flatMap { $0 }
                case .example(let i, let r): return [i, r]
                }
            }
        }.joined(separator: "\n")
    }

    func section(_ g: PlaybookGuide, _ id: String) -> String {
        text(PlaybookGuide(sections: g.sections.filter { $0.id == id }, from: g))
    }

    @Test func theDefaultsAreTheSpecsNumbers() throws {
        let g = PlaybookGuide(configuration: Configuration(), words: .english)
        #expect(g.title == "Our OKR playbook")
        let all = text(g)
        #expect(section(g, "shape").contains("each team has 1 to 5 objectives"))
        #expect(section(g, "shape").contains("each objective has 2 to 5 key results"))
        #expect(section(g, "types").contains("met at a score of 1.00"))
        #expect(section(g, "types").contains("win at 0.70 or more, progress from 0.40, a miss below 0.40"))
        #expect(section(g, "types").contains("land near 0.70"))
        #expect(section(g, "types").contains("team mean below 0.95"))
        #expect(section(g, "cadence").contains("last 30 days"))
        #expect(section(g, "bands").contains("0.70 or more") && section(g, "bands").contains("below 0.40"))
        for verb in Playbook.ReadsAsTask.taskVerbs { #expect(section(g, "outcomes").contains(verb)) }
        #expect(all.contains("No values are configured"))
        for check in Playbook.all { #expect(section(g, "checks").contains(check.id)) }
    }

    @Test func everyNumberFollowsTheConfiguration() throws {
        let c = try Configuration(toml: Self.custom)
        let g = PlaybookGuide(configuration: c, words: .english)
        #expect(g.title == "Acme OKR playbook")
        #expect(section(g, "shape").contains("each team has 2 to 4 objectives"))
        #expect(section(g, "shape").contains("each objective has 3 to 6 key results"))
        #expect(section(g, "shape").contains("(switched off here: team-no-balance)"))
        #expect(section(g, "types").contains("met at a score of 0.90"))
        #expect(section(g, "types").contains("win at 0.65 or more, progress from 0.35, a miss below 0.35"))
        #expect(section(g, "types").contains("land near 0.60") && section(g, "types").contains("team mean below 0.90"))
        #expect(section(g, "cadence").contains("last 21 days"))
        #expect(section(g, "bands").contains("0.75 or more") && section(g, "bands").contains("0.45 or more"))
        #expect(section(g, "bands").contains("below 0.45"))
        #expect(section(g, "values").contains("Customers first") && section(g, "values").contains("Ship it"))
        #expect(section(g, "townhall").contains("committed key results at 0.90, aspirational ones at 0.65 or more"))
        #expect(section(g, "rollup").contains("at 0.90 or more") && section(g, "rollup").contains("healthy near 0.60"))
        let defaults = text(PlaybookGuide(configuration: Configuration(), words: .english))
        #expect(text(g) != defaults)
        #expect(!section(g, "types").contains("0.70"))
    }

    /// The examples are scored, not written: with a committed win at 0.75, rule 5's 0.75 becomes a win.
    @Test func theWorkedExamplesAreScoredByTheRules() throws {
        let plain = section(PlaybookGuide(configuration: Configuration(), words: .english), "scoring")
        #expect(plain.contains("start = 20, target = 60, current = 50\nscore 0.75 (progress 0.75), Green; as committed: miss; as aspirational: win"))
        #expect(plain.contains("score 0.50 (progress 0.50), Amber; as committed: miss; as aspirational: progress"))
        #expect(plain.contains("score 1.00 (progress 1.30)"))
        #expect(plain.contains("unscored: listed as a data problem"))
        #expect(plain.contains("dropped: not scored"))
        var c = Configuration()
        c.thresholds.committedWin = 0.75
        c.thresholds.green = 0.8
        let lower = section(PlaybookGuide(configuration: c, words: .english), "scoring")
        #expect(lower.contains("score 0.75 (progress 0.75), Amber; as committed: win; as aspirational: win"))
        let r = KeyResultScoring.score(status: "", score: "", start: "20", target: "60", current: "50", measure: nil,
                                       numbers: NumberParser())
        #expect(r.score == 0.75)
        let rollup = section(PlaybookGuide(configuration: Configuration(), words: .english), "rollup")
        #expect(rollup.contains("objective score 0.72, Green"))  // (0.9 + 2 × 0.5 + 1.0) ÷ 4 = 0.725
    }

    @Test func theTextsAreTheLanguages() throws {
        let g = PlaybookGuide(configuration: try Configuration(toml: Self.custom), words: Wording(.pseudo))
        #expect(g.language == .pseudo)
        #expect(g.title.hasPrefix("⟦") && g.lede.hasPrefix("⟦") && g.footer.hasPrefix("⟦"))
        #expect(g.kicker == "Acme")  // input text, never translated
        #expect(PlaybookGuide(configuration: Configuration(), words: Wording(.pseudo)).kicker.hasPrefix("⟦"))
        for s in g.sections {
            #expect(s.heading.hasPrefix("⟦"), "\(s.id)")
            for case .paragraph(let p) in s.blocks { #expect(p.hasPrefix("⟦"), "\(s.id): \(p)") }
        }
    }
}

extension PlaybookGuide {
    /// A copy holding only `sections` (to look at one section's text).
    init(sections: [Section], from g: PlaybookGuide) {
        self = g
        self.sections = sections
    }
}
