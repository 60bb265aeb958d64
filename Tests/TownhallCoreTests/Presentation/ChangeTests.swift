import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore
import TownhallJSON

/// Good or bad news, the arrows and the thousands separator are decided once, in the core.
@Suite struct ChangeTests {
    @Test(arguments: [
        (Direction.up, Better.up, News.good), (.down, .up, .bad), (.same, .up, .neutral),
        (.up, .down, .bad), (.down, .down, .good), (.same, .down, .neutral),
        (.up, .neither, .neutral), (.down, .neither, .neutral), (.same, .neither, .neutral),
    ])
    func newsFollowsWhichWayIsBetter(direction: Direction, better: Better, news: News) {
        #expect(News(direction, better: better) == news)
    }

    @Test(arguments: [0.05, -0.05, 0.004, -0.004, 0.005, -0.0051, 0, 0.126, -1])
    func theDirectionIsTheArrowShown(d: Double) throws {
        for percent in [false, true] {
            let direction = try #require(CycleComparison.direction(d, percent: percent))
            #expect(Wording.english.change(d, percent: percent).hasPrefix(direction.arrow + " "))
        }
        #expect(CycleComparison.direction(nil) == nil && Wording.english.change(nil) == "")
    }

    @Test func aChangeThatShowsAsZeroDidNotMove() {
        #expect(CycleComparison.direction(0.004) == .same)
        #expect(CycleComparison.direction(0.004, percent: true) == .same)
        #expect(CycleComparison.direction(0.006) == .up)
        #expect(Direction(-3, roundsToZero: false) == .down && Direction(-3, roundsToZero: true) == .same)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (100000, "100,000"), (-1234567, "-1,234,567"),
                      (Int.min, "-9,223,372,036,854,775,808")])
    func groupedPutsACommaEveryThreeDigits(n: Int, text: String) {
        #expect(Presentation.grouped(n) == text)
    }
}

/// The `[scoring]` keys are one table: the config, the JSON summary and `init`'s starter file follow it.
@Suite struct ThresholdKeysTests {
    @Test func theConfigReadsEveryKey() throws {
        #expect(Configuration.schema["scoring"] == Set(Thresholds.settings.map(\.name)))
        for key in Thresholds.settings {
            let value = key.range.upperBound * 0.55  // keeps yellow ≤ green and progress ≤ win
            let c = try Configuration(toml: "[scoring]\n\(key.name) = \(value)\n")
            #expect(c.thresholds[keyPath: key.value] == value, "\(key.name)")
        }
    }

    @Test func theJSONListsEveryKeyInOrder() throws {
        var config = Configuration()
        for (i, key) in Thresholds.keys.enumerated() { config.thresholds[keyPath: key.value] = 0.5 + Double(i) / 100 }
        let report = try Townhall.report(from: Array("team,objective,key_result\nA,O,k\n".utf8), options: .init(configuration: config))
        let json = try JSONSerialization.jsonObject(with: Data(SummaryJSON.render(report))) as! [String: Any]
        let thresholds = json["thresholds"] as! [String: Double]
        #expect(Set(thresholds.keys) == Set(Thresholds.settings.map(\.name)))
        for (i, key) in Thresholds.keys.enumerated() { #expect(thresholds[key.name] == 0.5 + Double(i) / 100) }
    }

    @Test func theStarterScoringTableParsesToTheDefaults() throws {
        let table = Configuration.starterScoringTable
        #expect(try Configuration(toml: table).thresholds == Thresholds())
        for key in Thresholds.keys { #expect(table.contains("\(key.name) = ")) }
    }
}
