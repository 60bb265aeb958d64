import Foundation
import Testing
@_spi(Stages) @testable import TownhallCore

/// A team's subtree report (`--team`): the same scores as the company report, its own counts,
/// headline, findings, problems and check-ins, and the previous cycle seen as the same subtree.
@Suite struct TeamScopeTests {
    static let csv = """
        team,parent_team,objective,key_result,type,start,target,current,kr_id
        Company,,Win,ARR,committed,0,10,10,k1
        Company,,Win,NPS,aspirational,0,10,5,k2
        Eng,Company,Ship,Latency,committed,100,50,75,k3
        Eng,Company,Ship,Uptime,committed,0,99,99,k4
        Web,Eng,Grow,Signups,aspirational,0,100,80,k5
        Web,Eng,Grow,Launch the site,committed,,,,k6
        Sales,Company,Sell,Deals,committed,0,20,5,k7
        Sales,Company,Sell,Pipeline,aspirational,0,10,9,k8
        """

    func company(_ csv: String = csv) throws -> CycleReport {
        try Townhall.report(from: Array(csv.utf8), options: .init(sourceName: "okrs.csv", cycle: "2026-Q3"))
    }

    @Test func aSubtreeKeepsEveryScoreOfTheCompanyReport() throws {
        let all = try company()
        let eng = try all.subtree(team: "Eng")
        #expect(eng.keyResults.map(\.id) == ["k3", "k4", "k5", "k6"])
        for kr in eng.keyResults {
            let same = all.keyResults.first { $0.id == kr.id }!
            #expect(kr.score == same.score && kr.outcome == same.outcome && kr.band == same.band)
        }
        #expect(eng.teams.map(\.name) == ["Eng", "Web"])
        #expect(eng.teams[0].parent == "Company" && eng.teams[0].depth == 0 && eng.teams[1].depth == 1)
        #expect(eng.teams[0].children == [1])
        #expect(eng.teams[0].rollupScore == all.teams[all.teamIndex(named: "Eng")!].rollupScore)
        #expect(eng.headline.overallScore == eng.teams[0].rollupScore)
        #expect(eng.counts.keyResults == 4 && eng.counts.unscored == 1 && eng.counts.scored == 3)
        #expect(eng.counts.objectives == 2 && eng.counts.teams == 2 && eng.counts.inputRows == 4)
        #expect(eng.headline.committed.keyResults == 3 && eng.headline.committed.met == 1)
        #expect(eng.problems.map(\.line) == [7])  // Web's unscored KR; nothing of Sales or Company
        #expect(Set(eng.checks.map(\.team)).isSubset(of: ["Eng", "Web"]))
        #expect(eng.checks.contains { $0.id == Playbook.ReadsAsTask.id })
        #expect(!eng.checks.isEmpty && all.checks.filter { ["Eng", "Web"].contains($0.team) } == eng.checks)
        #expect(eng.objectives.allSatisfy { o in o.keyResults.allSatisfy { eng.keyResults[$0].objective == o.title } })
        #expect(eng.scope == TeamScope(team: "Eng"))
    }

    @Test func aTeamsOutputsCarryItsNameAndNeverTheCompanys() throws {
        let all = try company()
        #expect(try all.subtree(team: "Eng").slug == "2026-q3-eng")
        #expect(all.slug == "2026-q3")
        #expect(Slug.team("研究") == "team-\(Slug.hash("研究"))")
        #expect(Slug.team("R&D · Europe") == "r-d-europe")
        let long = String(repeating: "Platform ", count: 20)
        #expect(Slug.team(long).utf8.count <= Slug.maxFileNameLength && Slug.team(long).hasSuffix(Slug.hash(long)))
    }

    @Test func aNameInAnotherCaseFindsTheTeamAndATypoNamesTheClosest() throws {
        let all = try company()
        #expect(try all.subtree(team: "eng").scope?.team == "Eng")
        #expect(throws: InputError.self) { try all.subtree(team: "Engg") }
        do {
            _ = try all.subtree(team: "Sale")
        } catch let e as InputError {
            #expect(e.message.contains("did you mean \"Sales\"?") && e.location.file == "okrs.csv")
        }
        #expect(TeamNames.closest(to: "platform", among: ["Fleet Platform", "Sales", "Platforms"]) == ["Platforms", "Fleet Platform"])
        #expect(TeamNames.closest(to: "Egn", among: ["Eng", "Web"]) == ["Eng"])
        #expect(TeamNames.closest(to: "Zzzz", among: ["Eng", "Web"]).isEmpty)
        #expect(TeamNames.distance(Array("kitten"), Array("sitting"), atMost: 3) == 3)
        #expect(TeamNames.distance(Array("kitten"), Array("sitting"), atMost: 2) == nil)
    }

    @Test func checkInsAreTheSubtreesOnTheCompanysDates() throws {
        let checkIns = """
            kr_id,date,value
            k3,2026-07-10,90
            k3,2026-09-20,75
            k7,2026-08-01,2
            k9,2026-08-01,2
            """
        let all = try Townhall.report(from: Array(Self.csv.utf8), checkIns: (Array(checkIns.utf8), "ci.csv"),
                                      options: .init(sourceName: "okrs.csv", cycle: "2026-Q3"))
        let eng = try all.subtree(team: "Eng")
        let c = try #require(eng.checkIns)
        #expect(c.checkIns.map(\.krID) == ["k3", "k3"])
        #expect(c.checkIns.allSatisfy { $0.keyResult == 0 })
        #expect(c.dates == all.checkIns!.dates && c.datesSource == all.checkIns!.datesSource)
        #expect(c.activity.count == 4 && c.activity[0].checkIns.count == 2 && c.activity[1].neverUpdated)
        #expect(c.teamCadence.count == 2 && c.overall.keyResults == 4)
        #expect(!eng.problems.contains { $0.file == "ci.csv" })  // the unknown k9 is no team's
    }

    @Test func thePreviousCycleIsTheSameSubtree() throws {
        let previous = ArchivedCycle(try company())
        let sub = try #require(previous.subtree(team: "Eng"))
        #expect(Set(sub.teamFigures.map(\.name)) == ["Eng", "Web"])
        #expect(sub.keyResults == 4 && sub.wins == 2 && sub.misses == 1)  // Uptime, Signups; Latency
        #expect(sub.overallScore == previous.teamFigures.first { $0.name == "Eng" }!.rollupScore)
        #expect(sub.committedAttainment == 0.5)  // Uptime met, Latency missed; Launch unscored
        #expect(sub.aspirationalMean == 0.8)
        #expect(previous.subtree(team: "Nobody") == nil)
        var now = try company().subtree(team: "Eng")
        now.comparison = CycleComparison(current: now, previous: sub)
        #expect(now.comparison?.overallScore == 0)
        #expect(now.comparison?.carriedOver.count == 4)
    }
}
