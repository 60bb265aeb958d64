import Foundation
import Testing
import TownhallCore
@testable import TownhallXlsx

/// The Key Results sheet's added columns are one table: a column's position is its place among the
/// columns present, so its title, its width and the cells written under it cannot drift apart.
@Suite struct KeyResultColumnsTests {
    static var positions: [(KeyResultColumns.Added, KeyPath<KeyResultColumns, Int>)] { [
        (.score, \.score), (.progress, \.progress), (.band, \.band), (.outcome, \.outcome), (.countsAs, \.countsAs),
        (.scoredBy, \.scoredBy), (.start, \.start), (.target, \.target), (.current, \.current), (.weight, \.weight),
        (.id, \.id), (.objectiveID, \.objectiveID), (.line, \.line), (.checkIns, \.checkIns),
        (.firstUpdate, \.firstUpdate), (.lastUpdate, \.lastUpdate), (.daysSinceUpdate, \.daysSinceUpdate),
        (.confidenceFirst, \.confidenceFirst), (.confidenceLast, \.confidenceLast),
        (.confidenceTrend, \.confidenceTrend), (.carriedOver, \.carriedOver),
    ] }

    @Test func everyColumnIsNamedInTheTable() {
        #expect(Self.positions.map(\.0) == KeyResultColumns.Added.allCases)
        #expect(KeyResultColumns.Added.table.count == KeyResultColumns.Added.allCases.count)
    }

    @Test(arguments: [false, true])
    func eachPresentColumnSitsUnderItsTitle(previous: Bool) throws {
        for report in [Fixtures.cycle(), try CheckInFixtures.report(previous: previous)] {
            let c = KeyResultColumns(report: report)
            let titles = c.names + c.addedTitles
            #expect(titles.count == c.count && c.addedWidths.count == c.addedTitles.count)
            for (column, position) in Self.positions where c.added.contains(column) {
                #expect(titles[c[keyPath: position]] == column.title, "\(column)")
            }
        }
    }

    @Test func theColumnsAreTheOnesTheScorecardHasAlwaysWritten() {
        #expect(KeyResultColumns.computedTitles == [
            "Score (computed)", "Progress", "Band", "Outcome", "Counts as", "Scored by",
            "Start (number)", "Target (number)", "Current (number)", "Weight (number)", "KR ID", "Objective ID", "Line",
        ])
        #expect(KeyResultColumns.cadenceTitles == ["Check-ins", "First update", "Last update", "Days since update",
                                                   "Confidence (first)", "Confidence (last)", "Confidence trend"])
    }
}
