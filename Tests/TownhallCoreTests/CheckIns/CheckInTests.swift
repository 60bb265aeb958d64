import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct DayTests {
    @Test func civilRoundTrip() {
        #expect(Day(year: 1970, month: 1, day: 1)!.number == 0)
        #expect(Day(year: 2000, month: 3, day: 1)!.number == 11017)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = Day(number: n)
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
        }
    }

    @Test func isoDates() {
        #expect(Day(iso: "2026-07-03")?.description == "2026-07-03")
        #expect(Day(iso: "2026-07-03T09:30:00Z")?.description == "2026-07-03")
        #expect(Day(iso: "2026-07-03 09:30")?.description == "2026-07-03")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "03/07/2026") == nil)
        #expect(Day(iso: "2026-07-03Tomorrow") == nil)
        #expect(Day(iso: "") == nil)
    }

    /// ISO 8601 years have four digits: year 1 is `0001`, not `1`.
    @Test func earlyYearsArePaddedToFourDigits() {
        #expect(Day(iso: "0001-01-01")?.description == "0001-01-01")
        #expect(Day(iso: "0999-12-31")?.description == "0999-12-31")
        #expect(Day(iso: "0000-03-01")?.description == "0000-03-01")
        #expect(Day(iso: "9999-12-31")?.description == "9999-12-31")
    }

    @Test func cycleDatesFromNames() {
        func range(_ n: String) -> String? { CycleDates(cycleName: n).map { "\($0.start)..\($0.end)" } }
        #expect(range("2026-Q3") == "2026-07-01..2026-09-30")
        #expect(range("Q1 2026") == "2026-01-01..2026-03-31")
        #expect(range("2026Q4") == "2026-10-01..2026-12-31")
        #expect(range("2026-H1") == "2026-01-01..2026-06-30")
        #expect(range("H2 2026") == "2026-07-01..2026-12-31")
        #expect(range("FY2026") == "2026-01-01..2026-12-31")
        #expect(range("2024-Q1") == "2024-01-01..2024-03-31")
        #expect(range("Autumn push") == nil)
    }
}

@Suite struct CheckInAnalysisTests {
    let okrs = """
        cycle,team,objective,kr_id,key_result,type,start,target,current,status
        2026-Q3,A,O,K1,Grow to 100,committed,0,100,100,
        2026-Q3,A,O,K2,Cut to 10,aspirational,50,10,30,
        2026-Q3,A,O,K3,Never touched,committed,0,10,5,
        2026-Q3,B,P,K4,Went quiet,committed,0,10,10,
        2026-Q3,B,P,K5,Dropped,committed,0,10,10,dropped
        """
    let checkIns = """
        kr_id,date,value,confidence,comment
        K1,2026-07-03,20,0.9,start
        K1,2026-07-17,50,8,mid
        K1,2026-09-25,100,90%,done
        K2,2026-08-01,40,0.3,slow
        K2,2026-09-28,30,0.5,better
        K4,2026-07-10,5,,
        K9,2026-07-10,5,,unknown id
        K1,2026-10-05,100,,after the cycle
        K1,tomorrow,100,,bad date
        K2,2026-08-15,lots,,bad value
        """

    func report(config: Configuration = .init()) throws -> CycleReport {
        try Townhall.report(from: Array(okrs.utf8), checkIns: (Array(checkIns.utf8), "c.csv"),
                            options: .init(sourceName: "o.csv", configuration: config))
    }

    @Test func matchesTrajectoriesAndFlagsBadRows() throws {
        let r = try report()
        let c = try #require(r.checkIns)
        #expect(c.dates == CycleDates(cycleName: "2026-Q3"))
        #expect(c.datesSource == "cycle name")
        let k1 = c.activity[0]
        #expect(k1.checkIns.count == 3)
        #expect(k1.checkIns.map { c.checkIns[$0].score } == [0.2, 0.5, 1.0])
        #expect(k1.first?.description == "2026-07-03" && k1.last?.description == "2026-09-25")
        #expect(k1.daysSinceLast == 5)
        #expect(k1.firstConfidence == 0.9 && k1.lastConfidence == 0.9)
        #expect(c.activity[1].checkIns.map { c.checkIns[$0].score } == [0.25, 0.5])   // decreasing 50 → 10
        #expect(c.activity[2].neverUpdated)
        #expect(c.activity[3].isStale)
        let problems = r.problems.filter { $0.file == "c.csv" }
        #expect(problems.map(\.line) == [8, 9, 10, 11])
        #expect(problems.map(\.column) == ["kr_id", "date", "date", "value"])
    }

    @Test func cadenceAndConfidence() throws {
        let c = try #require(try report().checkIns)
        let a = c.teamCadence[0], b = c.teamCadence[1]
        #expect(a.keyResults == 3 && a.neverUpdated == 1 && a.stale == 0)
        #expect(a.updatedLast14 == 2 && a.updatedLast30 == 2)
        #expect(a.medianDaysBetween == 58)                // gaps 14, 70, 58 → median 58
        #expect(a.withConfidence == 2)
        #expect(a.netConfidence == 0.5)                    // K1 on track, K2 (0.5) neither
        #expect(b.keyResults == 1 && b.stale == 1)         // the dropped KR does not count
        #expect(c.overall.keyResults == 4)
    }

    @Test func weeklySeriesCarriesTheLatestScoreForward() throws {
        let c = try #require(try report().checkIns)
        #expect(c.weeks.count == 14)
        #expect(c.weeks[0].mean == 0.2 && c.weeks[0].keyResults == 1)        // only K1 by 2026-07-07
        #expect(c.weeks[1].keyResults == 2)                                  // K4 from 07-10
        let last = c.weeks[13]
        #expect(last.end.description == "2026-09-30")
        #expect(last.keyResults == 3 && last.committed == 0.75 && last.aspirational == 0.5)
    }

    @Test func stalenessChecks() throws {
        let r = try report()
        #expect(r.checks.filter { $0.id == "kr-never-updated" }.map(\.lines) == [[4]])
        #expect(r.checks.filter { $0.id == "kr-stale" }.map(\.lines) == [[5]])
        #expect(r.checks.filter { $0.id == "team-mostly-stale" }.map(\.subject) == ["B"])
        var config = Configuration()
        config.limits.staleDays = 90
        #expect(try report(config: config).checks.filter { $0.id == "kr-stale" }.isEmpty)
    }

    /// The stale finding's date is a day each language writes its way, not an ISO string.
    @Test func theStaleFindingWritesItsDateInTheLanguage() throws {
        let stale = try #require(try report().checks.first { $0.id == "kr-stale" })
        let day = try #require(Day(year: 2026, month: 7, day: 10))   // K4's last check-in
        #expect(stale.message(in: .english) == "last updated 10 Jul, 82 days before the cycle ended (limit 30)")
        for code in ["de", "fr", "es", "ja"] {
            let words = Wording(Language.named(code)!)
            let text = stale.message(in: words)
            #expect(text.contains(words.day(day)) && !text.contains("2026-07-10"), "\(code): \(text)")
        }
    }

    @Test func noCheckInChecksWithoutCheckIns() throws {
        let r = try Townhall.report(from: Array(okrs.utf8))
        #expect(r.checkIns == nil)
        #expect(!r.checks.contains { Playbook.checkInIDs.contains($0.id) })
    }

    @Test func missingColumnsAreUnusable() {
        #expect(throws: InputError.self) {
            try Townhall.report(from: Array(okrs.utf8), checkIns: (Array("kr_id,value\nK1,3\n".utf8), "c.csv"))
        }
    }

    @Test func configuredDatesWin() throws {
        var config = Configuration()
        config.cycleDates = CycleDates(start: Day(year: 2026, month: 7, day: 1)!, end: Day(year: 2026, month: 10, day: 31)!)
        let c = try #require(try report(config: config).checkIns)
        #expect(c.datesSource == "config")
        #expect(!c.problems.contains { $0.line == 9 })   // 2026-10-05 is now inside
    }
}

/// Check-ins that would make a cycle no slide or summary can hold.
@Suite struct CheckInExtremesTests {
    func report(_ checkIns: String) throws -> CycleReport {
        try Townhall.report(
            from: Array("team,objective,kr_id,key_result,start,target,current\nA,O,K1,k,0,10,5\n".utf8),
            checkIns: (Array(("kr_id,date,value\n" + checkIns).utf8), "c.csv"), options: .init(sourceName: "o.csv"))
    }

    /// A cycle inferred from check-ins 0001 to 9999 is a warning, and its series stays small.
    @Test func aCenturiesLongInferredCycleIsAWarningAndItsSeriesIsBounded() throws {
        let r = try report("K1,0001-01-01,1\nK1,9999-12-31,9\n")
        let c = try #require(r.checkIns)
        #expect(c.dates.start.description == "0001-01-01" && c.dates.end.description == "9999-12-31")
        #expect(c.weeks.count <= CheckInAnalysis.maxSeriesPoints)
        #expect(c.weeks.first?.mean == 0.1 && c.weeks.last?.mean == 0.9)
        #expect(c.weeks.last?.end == c.dates.end)
        #expect(zip(c.weeks, c.weeks.dropFirst()).allSatisfy { $0.end < $1.end && $0.week < $1.week })
        let w = try #require(r.warnings.first { $0.message.contains("check-ins span") })
        #expect(w.message.contains("0001-01-01") && w.message.contains("[cycle]"))
        #expect(w.location.file == "c.csv")
    }

    /// Up to two years the series is weekly, as before, and nothing is said.
    @Test func aTwoYearCycleStaysWeekly() throws {
        let r = try report("K1,2025-01-01,1\nK1,2026-12-31,9\n")
        let c = try #require(r.checkIns)
        #expect(c.weeks.count == (c.dates.days + 6) / 7)
        #expect(zip(c.weeks, c.weeks.dropFirst()).allSatisfy { $1.end - $0.end == 7 || $1.end == c.dates.end })
        #expect(!r.warnings.contains { $0.message.contains("check-ins span") })
    }
}

/// A check-ins file of another cycle: every date outside this one.
@Suite struct CheckInsOfAnotherCycleTests {
    let okrs = "cycle,team,objective,kr_id,key_result,start,target,current\n2026-Q3,A,O,K1,k,0,10,5\n2026-Q3,A,O,K2,l,0,10,5\n"

    func report(_ checkIns: String, config: Configuration = .init()) throws -> CycleReport {
        try Townhall.report(from: Array(okrs.utf8), checkIns: (Array(("kr_id,date,value\n" + checkIns).utf8), "c.csv"),
                            options: .init(sourceName: "o.csv", configuration: config))
    }

    func outsideWarning(_ r: CycleReport) -> RunWarning? { r.warnings.first { $0.message.contains("outside the cycle") } }

    /// Last quarter's check-ins: one warning naming how many and the cycle's dates, besides each row's problem.
    @Test func allOutsideIsOneWarningWithTheCycle() throws {
        let r = try report("K1,2026-04-03,2\nK2,2026-05-10,3\nK1,2026-06-30,4\n")
        let w = try #require(outsideWarning(r))
        #expect(w.message == "all 3 check-ins fall outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?")
        #expect(w.location.file == "c.csv")
        #expect(r.problems.filter { $0.file == "c.csv" }.count == 3)
        #expect(r.checkIns?.activity.allSatisfy(\.checkIns.isEmpty) == true)
    }

    @Test func oneCheckInOutsideIsWordedForOne() throws {
        let w = try #require(outsideWarning(try report("K1,2026-10-01,2\n")))
        #expect(w.message == "the only check-in falls outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?")
    }

    /// Partial overlap keeps today's behaviour: row problems for those outside, no warning.
    @Test func partialOverlapIsNoWarning() throws {
        let r = try report("K1,2026-06-30,2\nK1,2026-07-01,3\n")
        #expect(outsideWarning(r) == nil)
        #expect(r.problems.filter { $0.file == "c.csv" }.map(\.line) == [2])
    }

    /// Check-ins without a usable date are row problems, not check-ins of another cycle.
    @Test func undatedCheckInsAreNotOutside() throws {
        #expect(outsideWarning(try report("K1,someday,2\nK2,,3\n")) == nil)
        let w = try #require(outsideWarning(try report("K1,someday,2\nK2,2025-12-31,3\n")))
        #expect(w.message.hasPrefix("the only check-in falls outside"))
    }

    /// The configured dates are the cycle the warning names.
    @Test func theConfiguredCycleIsTheOneNamed() throws {
        var config = Configuration()
        config.cycleDates = CycleDates(start: Day(year: 2026, month: 8, day: 1)!, end: Day(year: 2026, month: 8, day: 31)!)
        let w = try #require(outsideWarning(try report("K1,2026-07-03,2\nK1,2026-09-03,2\n", config: config)))
        #expect(w.message.contains("(2026-08-01–2026-08-31)"))
        #expect(outsideWarning(try report("K1,2026-08-03,2\nK1,2026-09-03,2\n", config: config)) == nil)
    }

    /// Dates taken from the check-ins themselves cannot all fall outside.
    @Test func inferredDatesNeverWarn() throws {
        let r = try Townhall.report(
            from: Array("team,objective,kr_id,key_result,start,target,current\nA,O,K1,k,0,10,5\n".utf8),
            checkIns: (Array("kr_id,date,value\nK1,2026-04-03,2\n".utf8), "c.csv"), options: .init(sourceName: "o.csv"))
        #expect(r.checkIns?.datesSource == "check-ins")
        #expect(outsideWarning(r) == nil)
    }
}
