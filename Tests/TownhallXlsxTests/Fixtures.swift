import Foundation
import TownhallCore
import TownhallTestSupport

/// Cycles for the scorecard tests, read and scored by the core from CSV text (`TestCycle`).
enum Fixtures {
    /// The export's header: the Key Results sheet shows these columns first, in this order.
    static let header = ["Team", "Parent team", "Objective", "Key result", "Type", "Start", "Target", "Current",
                         "Measure", "Score", "Status", "Notes", "Weight", "Custom column"]

    /// A small cycle touching every scoring rule, a team tree (Company → Engineering → Platform,
    /// Mobile; Company → Sales), hostile texts, a row problem and two rejected rows. Key results are
    /// the Key Results sheet's rows 2–10 in this order.
    static let csv = TestCycle.line(header) + """
        Engineering,Company,Ship reliably,Raise deploys from 100 to 200,committed,100,200,150,,,,,,
        Engineering,Company,Ship reliably,Stay at or above 99.9% uptime,committed,,99.9%,99.95%,at least,,,,,
        Platform,Engineering,Fast checkout,Cut p95 latency from 900 ms to 400 ms,aspirational,900,400,500,decrease,,,,,
        Platform,Engineering,Fast checkout,"=HYPERLINK(""http://x"")",aspirational,,,,,70%,,,,_x0041_ stays
        Mobile,Engineering,A great app,Ship the offline mode,committed,,,done,,,,+1 555,,
        Mobile,Engineering,A great app,-2+3,aspirational,,10,3,,,,"Learned a lot,
        next time earlier.",,
        Sales,Company,Grow revenue,Open the Tokyo office,committed,,,,,,Dropped,,,
        Sales,Company,Grow revenue,@SUM(A1),committed,,lots,12,,,,,,
        Sales,Company,Grow revenue,"Grow ARR from $0 to $1,000",committed,0,"$1,000","$1,300",,,,,,
        Sales,Company,Grow revenue,,c,,,,,,,,,
        f1,f2,f3,=1+1,f5,f6,f7,f8,f9,f10,f11,f12,f13,f14,f15

        """

    static let config = """
        [organization]
        name = "Northwind & Co"
        accent = "#0f766e"
        """

    static func cycle() -> CycleReport {
        var report = TestCycle.report(csv, config: config)
        report.cycle = "2026-Q3"  // a cycle column would come first and move every column of the Key Results sheet
        return report
    }

    /// `n` linear KRs in `teams` teams (one objective each), for paging and speed: KR `i` is at
    /// `(i % 11) × 10` of 0 → 100, every third one aspirational.
    static func generated(_ n: Int, teams teamCount: Int = 3) -> CycleReport {
        var csv = TestCycle.line(header)
        for i in 0..<n {
            let t = i % teamCount
            csv += TestCycle.line(["Team \(t)", "", "Objective \(t)", "Key result \(i)",
                                   i % 3 == 0 ? "aspirational" : "committed", "0", "100", String(i % 11 * 10),
                                   "", "", "", "", "", ""])
        }
        var report = TestCycle.report(csv, sourceName: "big.csv")
        report.cycle = "Big cycle"
        return report
    }
}
