import Foundation
import TownhallCore
import TownhallTestSupport

/// Cycles for the deck tests, written as teams, objectives and key results and read, scored,
/// rolled up and checked by the core from the CSV text they make (`TestCycle`).
enum Fixture {
    /// A key result as a test writes it.
    struct KR {
        var title: String
        var type: KRType = .committed
        var score: Double?
        var progress: Double? = nil
        var owner: String = ""
        var notes: String = ""
        var value: String = ""
        var dropped = false
        var rule: ScoringRule = .linear
    }

    /// An objective as a test writes it.
    struct Obj {
        var title: String
        var owner: String = ""
        var krs: [KR]
    }

    /// A team as a test writes it.
    struct TeamSpec {
        var name: String
        var parent: String? = nil
        var objectives: [Obj] = []
    }

    /// The cycle `specs` describe, through `Townhall.report`: teams in tree order, a KR's `score`
    /// reached by the rule it names (linear from 0 to 100, a threshold, yes/no, a manual score).
    /// `problems`, `rejected` and `checks`, when given, replace what the core found (the safety
    /// tests put hostile text where the core's own words would be); the organization is the
    /// config's part, set as given (the safety tests use one no config would accept).
    static func report(
        cycle: String? = "2026-Q3", organization: Organization = Organization(name: "Northwind Robotics"),
        teams specs: [TeamSpec], problems: [RowProblem]? = nil, rejected: [RejectedRow]? = nil,
        checks: [CheckFinding]? = nil
    ) -> CycleReport {
        let header = ["team", "parent_team", "objective_id", "objective", "objective_owner", "kr_id", "key_result",
                      "kr_owner", "type", "measure", "start", "target", "current", "score", "status", "notes", "value"]
        var csv = TestCycle.line((cycle == nil ? [] : ["cycle"]) + header)
        for spec in specs {
            for (oi, o) in spec.objectives.enumerated() {
                let objective = "\(spec.name)-O\(oi + 1)"
                for (ki, k) in o.krs.enumerated() {
                    var row = [spec.name, spec.parent ?? "", objective, o.title, o.owner, "\(objective)-KR\(ki + 1)",
                               k.title, k.owner, k.type.rawValue] + measured(k) + [k.notes, k.value]
                    if let cycle { row.insert(cycle, at: 0) }
                    csv += TestCycle.line(row)
                }
            }
        }
        var report = TestCycle.report(csv, sourceName: "northwind-2026-q3.csv")
        report.organization = organization
        if let problems { report.problems = problems }
        if let rejected { report.rejected = rejected }
        if let checks { report.checks = checks }
        return report
    }

    /// `measure, start, target, current, score, status` that score `k` as its rule says.
    private static func measured(_ k: KR) -> [String] {
        if k.dropped { return ["", "", "", "", "", "dropped"] }
        guard let score = k.score else { return ["", "", "", "", "", ""] }
        switch k.rule {
        case .threshold: return ["at least", "", "100", score >= 1 ? "100" : "0", "", ""]
        case .yesNo: return ["milestone", "", "done", score >= 1 ? "done" : "not done", "", ""]
        case .manualScore: return ["", "", "", "", String(score), ""]
        default:
            let current = ((k.progress ?? score) * 100_000).rounded() / 1000
            return ["", "0", "100", String(current), "", ""]
        }
    }

    /// A small organization in the spirit of the shipped sample: a company, departments, squads.
    static func northwind(organization: Organization = Organization(name: "Northwind Robotics", values: [
        "Customers first", "Safety is non-negotiable", "Own the outcome", "Learn in the open", "Build to last",
    ], accent: "#0f766e")) -> CycleReport {
        func c(_ t: String, _ s: Double?, _ o: String, notes: String = "", value: String = "Build to last",
               progress: Double? = nil, rule: ScoringRule = .linear) -> KR {
            KR(title: t, type: .committed, score: s, progress: progress, owner: o, notes: notes, value: value, rule: rule)
        }
        func a(_ t: String, _ s: Double?, _ o: String, notes: String = "", value: String = "Customers first",
               progress: Double? = nil, rule: ScoringRule = .linear) -> KR {
            KR(title: t, type: .aspirational, score: s, progress: progress, owner: o, notes: notes, value: value, rule: rule)
        }
        let specs: [TeamSpec] = [
            TeamSpec(name: "Northwind Robotics", objectives: [
                Obj(title: "Become the most reliable robot fleet in any warehouse", owner: "Maren Holt", krs: [
                    c("Raise fleet-wide mean time between failures from 410 to 600 hours", 1, "Dev Anand", progress: 1.21),
                    c("Keep customer-facing fleet uptime at or above 99.5%", 1, "Sofia Lindqvist", rule: .threshold),
                    c("Cut safety incidents per million robot-hours from 1.8 to 0.9", 0.78, "Kenji Watanabe",
                      notes: "Two incidents traced to a firmware regression in July. We fixed the rollout gate, but the quarter's rate stays above target.",
                      value: "Safety is non-negotiable"),
                ]),
                Obj(title: "Make 2026 the year Northwind scales beyond early adopters", owner: "Maren Holt", krs: [
                    a("Grow ARR from $18.4M to $26M", 0.61, "Lucía Ferreira"),
                    a("Sign 12 new enterprise logos", 0.75, "Tom Becker"),
                ]),
            ]),
            TeamSpec(name: "Engineering", parent: "Northwind Robotics", objectives: [
                Obj(title: "Ship autonomy v3 to every production site", owner: "Priya Raman", krs: [
                    c("Roll out autonomy v3 to 40 of 40 sites", 0.85, "Jonas Weber", notes: "Three sites waited on a customer change freeze."),
                    c("Hold p95 path-planning latency at or below 120 ms", 1, "Ada Okafor"),
                    a("Reduce manual interventions per shift from 4.1 to 1.5", 0.66, "Ilya Petrov", value: "Own the outcome"),
                ]),
            ]),
            TeamSpec(name: "Autonomy", parent: "Engineering", objectives: [
                Obj(title: "Robots that see everything on the floor", owner: "Ada Okafor", krs: [
                    a("Raise obstacle recall from 96.2% to 99.5%", 0.82, "Hana Sato", value: "Safety is non-negotiable"),
                    a("Cut false stops per 1,000 km from 14 to 4", 0.48, "Luis Ortega", notes: "Lidar firmware slipped to September."),
                    c("Publish the perception benchmark", 1, "Hana Sato", value: "Learn in the open", rule: .yesNo),
                ]),
            ]),
            TeamSpec(name: "Fleet Platform", parent: "Engineering", objectives: [
                Obj(title: "A platform the fleet can trust", owner: "Jonas Weber", krs: [
                    c("Migrate all sites to the new telemetry pipeline", 1, "Mia Schultz", rule: .yesNo),
                    c("Reduce open P1 incidents from 40 to 10", 0.63, "Ravi Menon"),
                    a("Deploy over-the-air updates in under 10 minutes", 0.91, "Mia Schultz", value: "Own the outcome"),
                ]),
                Obj(title: "Make on-call humane", owner: "Ravi Menon", krs: [
                    c("Cut pages per on-call week from 31 to 12", 0.4, "Ravi Menon"),
                    a("Automate 60% of runbooks", 0.35, "Chen Wei", notes: "We automated the easy half; the rest need platform hooks."),
                ]),
            ]),
            TeamSpec(name: "Go-to-Market", parent: "Northwind Robotics", objectives: [
                Obj(title: "Win the mid-market logistics segment", owner: "Lucía Ferreira", krs: [
                    a("Grow mid-market pipeline from $4M to $9M", 0.72, "Nora Ali"),
                    c("Launch the partner portal", 1, "Sam Park", rule: .yesNo),
                ]),
            ]),
            TeamSpec(name: "Enterprise Sales", parent: "Go-to-Market", objectives: [
                Obj(title: "Land the top ten 3PLs", owner: "Tom Becker", krs: [
                    c("Close 4 pilot-to-fleet conversions", 0.75, "Tom Becker"),
                    a("Sign 3 new Fortune 500 logistics accounts", 1, "Eva Novak", progress: 1.33),
                    c("Keep gross margin at or above 42%", 1, "Eva Novak", rule: .threshold),
                ]),
            ]),
            TeamSpec(name: "Customer Operations", parent: "Northwind Robotics", objectives: [
                Obj(title: "Every customer live in 30 days", owner: "Grace Kim", krs: [
                    c("Cut median go-live time from 52 to 30 days", 1, "Grace Kim", value: "Customers first", progress: 1.09),
                    c("Raise onboarding CSAT from 4.1 to 4.6", 0.6, "Omar Haddad", value: "Customers first"),
                    a("Resolve 80% of tickets on first contact", 0.7, "Omar Haddad", value: "Customers first"),
                ]),
            ]),
            TeamSpec(name: "People & Finance", parent: "Northwind Robotics", objectives: [
                Obj(title: "Build a world-class <team> & \"culture\"", owner: "Lena Fischer", krs: [
                    c("Hire 12 senior engineers", 0.83, "Lena Fischer", notes: "Two offers declined in the last week.", value: "Own the outcome"),
                    a("Lift engagement score from 71 to 80", 0.55, "Lena Fischer", value: "Learn in the open"),
                    KR(title: "Run the leadership offsite", score: nil, owner: "Lena Fischer", dropped: true),
                ]),
            ]),
        ]
        return report(
            organization: organization, teams: specs,
            problems: [RowProblem(line: 31, column: "current", message: "\"n/a\" is not a number")],
            rejected: [RejectedRow(line: 34, reason: "no key result title", fields: [])])
    }

    /// A generated cycle of `krs` key results: one company, eight departments, squads of about a dozen KRs.
    static func large(krs total: Int, seed: UInt64 = 7) -> CycleReport {
        var rng = SplitMix(seed: seed)
        let departments = ["Engineering", "Sales", "Marketing", "Customer Success", "Finance", "People", "Product", "Operations"]
        var specs = [TeamSpec(name: "Acme")] + departments.map { TeamSpec(name: $0, parent: "Acme") }
        let squads = max(1, total / 12)
        for i in 0..<squads {
            specs.append(TeamSpec(name: "\(departments[i % 8]) squad \(i / 8 + 1)", parent: departments[i % 8]))
        }
        var written = 0, t = 0
        while written < total {
            let k = t % specs.count
            t += 1
            let type: KRType = rng.next() % 10 < 4 ? .aspirational : .committed
            var o = Obj(title: "Objective \(t) of \(specs[k].name)", owner: "owner\(rng.next() % 5000)@example.com", krs: [])
            for j in 0..<Int(2 + rng.next() % 4) where written < total {
                written += 1
                let r = Double(rng.next() % 1000) / 1000
                let score = type == .committed ? (r < 0.7 ? 1 : r) : min(1, r * 1.1)
                o.krs.append(KR(title: "Key result \(written): raise metric \(j) from 10 to 20", type: type, score: score,
                                owner: "kr\(rng.next() % 9000)@example.com",
                                notes: r < 0.5 ? "Blocked by vendor delays, we'll re-scope next quarter." : "",
                                value: ["Customer obsession", "Own the outcome", "Be candid"][Int(rng.next() % 3)]))
            }
            specs[k].objectives.append(o)
        }
        return report(cycle: "2026-Q3", organization: Organization(name: "Acme"), teams: specs)
    }
}

/// A small deterministic random number generator for generated fixtures.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
