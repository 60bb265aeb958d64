import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct WordingTests {
    let en = Wording.english

    @Test func everyTableParsesWithNoKeyTwice() {
        for language in Language.all {
            #expect(Catalog.of(language).problems.isEmpty, "\(language): \(Catalog.of(language).problems)")
        }
    }

    @Test func everyLanguageHasEveryEnglishTextWithTheSameHoles() {
        let english = Catalog.of(.english).messages
        for language in Language.all where language != .english {
            let messages = Catalog.of(language).messages
            for (key, m) in english {
                guard let other = messages[key] else {
                    Issue.record("\(language) has no text for \(key)")
                    continue
                }
                #expect(other.argumentNames == m.argumentNames, "\(language) \(key): holes differ")
            }
            for key in messages.keys where english[key] == nil { Issue.record("\(language) has \(key), which English has not") }
        }
    }

    /// The build plugin embeds every `Texts/<code>/<area>.txt`: each language has English's areas
    /// (and its checks' texts), so a table left out of the build shows here, not as keys on a slide.
    @Test func everyLanguageHasItsTablesBuiltIn() {
        let english = Set(Language.english.tables.map(\.area))
        #expect(english.isSuperset(of: ["deck", "workbook", "trends", "playbook", "teams", "command"]))
        for language in Language.documented where language != .english {
            #expect(Set(language.tables.map(\.area)) == english.union(["checks"]), "\(language)")
        }
    }

    @Test func plainTextAndHoles() {
        var c = Catalog(tables: ["a = Wins to celebrate", "b = {team}: {score}", "  # a comment", "c={n, plural, =0 {no wins} one {# win} other {# wins}} in {t}"].map { ("test", $0) })
        #expect(c.problems.isEmpty)
        c.add("d", "{kind, select, committed {a promise} other {a stretch}}")
        #expect(c.messages.count == 4)
        #expect(c.messages["b"]?.argumentNames == ["team", "score"])
        #expect(c.messages["c"]?.argumentNames == ["n", "t"])
    }

    @Test func brokenMessagesAreProblemsNotCrashes() {
        let c = Catalog(tables: ["a = {open", "b = close}", "c = {n, plural, one {x}}", "d = {n, colour, other {x}}", "no equals sign", "e = x\ne = y"].map { ("test", $0) })
        #expect(c.problems.count == 6, "\(c.problems)")
        #expect(c.problems.contains("test.txt:1: no `=` in \"no equals sign\""), "\(c.problems)")
    }

    @Test func pluralsFollowEachLanguagesRule() {
        #expect(PluralRule.oneOther.category(1) == "one")
        #expect(PluralRule.oneOther.category(0) == "other")
        #expect(PluralRule.french.category(0) == "one")
        #expect(PluralRule.french.category(1) == "one")
        #expect(PluralRule.french.category(2) == "other")
        #expect(PluralRule.french.category(2_000_000) == "many")
        #expect(PluralRule.none.category(1) == "other")
    }

    @Test func englishFiguresKeepTheirBytes() {
        #expect(en.score(0.725) == String(format: "%.2f", 0.725))
        #expect(en.score(nil) == "–")
        #expect(en.percent(0.783) == "78%")
        #expect(en.count(100_000) == "100,000")
        #expect(en.count(-1234) == "-1,234")
        #expect(en.signed(0.63) == "+0.63")
        #expect(en.signed(-0.2) == "−0.20")
        #expect(en.signed(0.001) == "0.00")
        let day = Day(year: 2026, month: 9, day: 7)!
        #expect(en.day(day) == "7 Sep")
        #expect(en.longDay(day) == "7 Sep 2026")
        #expect(en.month(day) == "September")
        #expect(en.date(Self.noon(2026, 9, 20), timeZone: TimeZone(identifier: "UTC")!) == "20 September 2026")
    }

    @Test func otherLanguagesAskICU() {
        let de = Wording(Self.language("de_DE", .oneOther))
        let fr = Wording(Self.language("fr_FR", .french))
        let ja = Wording(Self.language("ja_JP", .none))
        #expect(de.score(0.82) == "0,82")
        #expect(de.signed(-0.2) == "−0,20")
        #expect(de.count(100_000) == "100.000")
        #expect(fr.percent(0.8) == "80\u{202F}%" || fr.percent(0.8) == "80\u{00A0}%")
        #expect(fr.count(100_000).unicodeScalars.count == 7)
        let day = Day(year: 2026, month: 9, day: 30)!
        let noon = Self.noon(2026, 9, 30)
        #expect(de.date(noon, timeZone: TimeZone(identifier: "UTC")!) == "30. September 2026")
        #expect(fr.date(noon, timeZone: TimeZone(identifier: "UTC")!) == "30 septembre 2026")
        #expect(ja.date(noon, timeZone: TimeZone(identifier: "UTC")!) == "2026年9月30日")
        #expect(ja.day(day) == "9月30日")
    }

    static func noon(_ y: Int, _ m: Int, _ d: Int) -> Date {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c.date(from: DateComponents(year: y, month: m, day: d, hour: 12))!
    }

    /// A language with no tables, for its figures alone.
    static func language(_ locale: String, _ plural: PluralRule) -> Language {
        Language(code: "test-" + locale, name: locale, locale: locale, plural: plural, isDocumented: false)
    }

    @Test func thePseudoLocaleMarksAndLengthensEveryText() {
        let q = Wording(Language.named("qps")!)
        let plain = en("check.kr-not-measurable.summary")
        let marked = q("check.kr-not-measurable.summary")
        #expect(marked.hasPrefix("⟦") && marked.hasSuffix("⟧"))
        #expect(Double(marked.count) >= Double(plain.count) * 1.35)
        // Holes are filled, not translated: input text stays as it is.
        let finding = q("check.kr-reads-as-task.finding", ["verb": .text("launch")])
        #expect(finding.contains("'launch'"))
        #expect(q.htmlLang == "en-XA")
        #expect(Language.documented.allSatisfy { $0.code != "qps" })
    }

    @Test func checkTextsAreKeyedByTheirID() {
        for check in Playbook.all {
            #expect(en.has("check.\(check.id).summary"), "\(check.id) has no summary")
            #expect(en.has("check.\(check.id).finding"), "\(check.id) has no finding")
            #expect(en.has("check.\(check.id).advice") == (check.advice != nil), "\(check.id): advice text without a rank or a rank without text")
            #expect(Set(check.english.keys).isSubset(of: ["summary", "finding", "found", "advice"]), "\(check.id): unknown text")
        }
    }

    @Test func aFindingIsWordedInTheLanguageAsked() {
        let f = CheckFinding(id: Playbook.ObjectiveKRCount.id, subject: "s", team: "t", lines: [3],
                             details: ["n": .count(1), "fewest": .count(2), "most": .count(5)])
        #expect(f.message == "objective has 1 key result; the playbook asks for 2 to 5")
        #expect(f.message(in: Wording(Language.named("qps")!)).hasPrefix("⟦"))
        let archived = CheckFinding(id: "x", subject: "s", team: "t", lines: [], message: "as it was")
        #expect(archived.message(in: Wording(Language.named("qps")!)) == "as it was")
    }

    @Test func languagesAreNamedByCodeOrLocale() {
        #expect(Language.named("EN") == .english)
        #expect(Language.named("en-GB") == .english)
        #expect(Language.named("xx") == nil)
    }

    @Test func theConfigNamesTheLanguage() throws {
        #expect(try Configuration(toml: "[organization]\nlanguage = \"en\"\n").organization.language == .english)
        #expect(throws: (any Error).self) { try Configuration(toml: "[organization]\nlanguage = \"klingon\"\n") }
    }
}
