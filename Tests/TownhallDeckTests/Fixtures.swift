import Foundation
import TownhallCore

/// Hand-built `CycleReport`s for the deck tests: the deck only reads a report, so the tests
/// build one with the figures a scored cycle would have, without parsing any CSV.
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

    /// Scores, rolls up and counts the way SPEC §3 says, with the default thresholds.
    static func report(
        cycle: String? = "2026-Q3", organization: Organization = Organization(name: "Northwind Robotics"),
        teams specs: [TeamSpec], problems: [RowProblem] = [], rejected: [RejectedRow] = [],
        checks: [CheckFinding] = []
    ) -> CycleReport {
        let th = Thresholds()
        var krs: [KeyResult] = []
        var objectives: [Objective] = []
        var teams: [Team] = []
        var line = 2
        // Tree order: parents before children, siblings in the given order.
        let names = Set(specs.map(\.name))
        var childrenOf: [String: [TeamSpec]] = [:]
        for s in specs {
            let key = s.parent.flatMap { names.contains($0) ? $0 : nil } ?? ""
            childrenOf[key, default: []].append(s)
        }
        func ordered(_ parent: String?, depth: Int) -> [(TeamSpec, Int)] {
            (childrenOf[parent ?? ""] ?? []).flatMap { [($0, depth)] + ordered($0.name, depth: depth + 1) }
        }
        for (spec, depth) in ordered(nil, depth: 0) {
            var team = Team(name: spec.name, parent: spec.parent, ownsOKRs: !spec.objectives.isEmpty, depth: depth)
            for (oi, o) in spec.objectives.enumerated() {
                var obj = Objective(id: "\(spec.name)-O\(oi + 1)", team: spec.name, title: o.title, owner: o.owner, line: line)
                let types = Set(o.krs.map(\.type))
                obj.type = types.count > 1 ? .mixed : (types.first == .aspirational ? .aspirational : .committed)
                var sum = 0.0, n = 0
                for (ki, k) in o.krs.enumerated() {
                    var kr = KeyResult(
                        id: "\(obj.id)-KR\(ki + 1)", objectiveID: obj.id, team: spec.name, parentTeam: spec.parent ?? "",
                        objective: o.title, title: k.title, line: line, objectiveOwner: o.owner, owner: k.owner,
                        type: k.type, notes: k.notes, value: k.value)
                    line += 1
                    if k.dropped {
                        kr.outcome = .dropped
                        kr.rule = .dropped
                        kr.status = "dropped"
                    } else if let s = k.score {
                        kr.score = s
                        kr.progress = k.progress ?? s
                        kr.outcome = th.outcome(type: k.type, score: s)
                        kr.band = th.band(s)
                        kr.rule = k.rule
                        sum += s
                        n += 1
                    }
                    obj.keyResults.append(krs.count)
                    team.keyResults.append(krs.count)
                    krs.append(kr)
                }
                obj.score = n > 0 ? sum / Double(n) : nil
                obj.band = th.band(obj.score)
                obj.value = o.krs.first?.value ?? ""
                team.objectives.append(objectives.count)
                objectives.append(obj)
            }
            let scores = team.objectives.compactMap { objectives[$0].score }
            team.score = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            team.band = th.band(team.score)
            let com = team.keyResults.map { krs[$0] }.filter { $0.type == .committed && $0.score != nil }
            team.committedAttainment = com.isEmpty ? nil : Double(com.filter { th.isMet($0.score!) }.count) / Double(com.count)
            let asp = team.keyResults.compactMap { krs[$0].type == .aspirational ? krs[$0].score : nil }
            team.aspirationalMean = asp.isEmpty ? nil : asp.reduce(0, +) / Double(asp.count)
            teams.append(team)
        }
        // Children, subtree KR counts and roll-ups (children come after parents: walk backwards).
        var index: [String: Int] = [:]
        for (i, t) in teams.enumerated() { index[t.name] = i }
        for i in teams.indices { if let p = teams[i].parent, let pi = index[p] { teams[pi].children.append(i) } }
        var subtreeScores = teams.map { t in t.objectives.compactMap { objectives[$0].score } }
        for i in teams.indices.reversed() {
            teams[i].subtreeKeyResults += teams[i].keyResults.count
            if let p = teams[i].parent, let pi = index[p] {
                teams[pi].subtreeKeyResults += teams[i].subtreeKeyResults
                subtreeScores[pi] += subtreeScores[i]
            }
            let s = subtreeScores[i]
            teams[i].rollupScore = s.isEmpty ? nil : s.reduce(0, +) / Double(s.count)
            teams[i].rollupBand = th.band(teams[i].rollupScore)
        }

        var counts = Counts()
        counts.keyResults = krs.count
        counts.scored = krs.filter { $0.score != nil }.count
        counts.dropped = krs.filter { $0.outcome == .dropped }.count
        counts.unscored = krs.count - counts.scored - counts.dropped
        counts.rejectedRows = rejected.count
        counts.inputRows = krs.count + rejected.count
        counts.objectives = objectives.count
        counts.teams = teams.filter { !$0.keyResults.isEmpty }.count

        var h = Headline()
        let objScores = objectives.compactMap(\.score)
        h.overallScore = objScores.isEmpty ? nil : objScores.reduce(0, +) / Double(objScores.count)
        for kr in krs {
            var f = kr.type == .committed ? h.committed : h.aspirational
            f.keyResults += 1
            if let s = kr.score {
                f.scored += 1
                if th.isMet(s) { f.met += 1 }
                f.meanScore = (f.meanScore ?? 0) + s
                h.bands[th.band(s)!, default: 0] += 1
            }
            if kr.type == .committed { h.committed = f } else { h.aspirational = f }
            switch kr.outcome {
            case .win: h.wins += 1
            case .miss: h.misses += 1
            case .progress: h.progress += 1
            default: break
            }
        }
        for t in [KRType.committed, .aspirational] {
            var f = t == .committed ? h.committed : h.aspirational
            if f.scored > 0 {
                f.meanScore = f.meanScore! / Double(f.scored)
                f.attainment = Double(f.met) / Double(f.scored)
            }
            if t == .committed { h.committed = f } else { h.aspirational = f }
        }
        return CycleReport(
            cycle: cycle, organization: organization,
            generatedAt: Date(timeIntervalSince1970: 1_790_000_000), sourceName: "northwind-2026-q3.csv",
            keyResults: krs, objectives: objectives, teams: teams, rejected: rejected, problems: problems,
            checks: checks, counts: counts, headline: h)
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
        let checks = [
            CheckFinding(id: "committed-miss-no-notes", subject: "Fleet Platform / Cut pages per on-call week from 31 to 12",
                         team: "Fleet Platform", lines: [20], message: "a missed commitment has no reflection"),
            CheckFinding(id: "kr-reads-as-task", subject: "Go-to-Market / Launch the partner portal", team: "Go-to-Market",
                         lines: [23], message: "reads as a task rather than an outcome"),
            CheckFinding(id: "objective-kr-count", subject: "Go-to-Market / Win the mid-market logistics segment",
                         team: "Go-to-Market", lines: [22, 23], message: "has 2 key results"),
            CheckFinding(id: "team-no-balance", subject: "Customer Operations", team: "Customer Operations", lines: [27],
                         message: "mostly committed"),
        ]
        return report(
            organization: organization, teams: specs,
            problems: [RowProblem(line: 31, column: "current", message: "\"n/a\" is not a number")],
            rejected: [RejectedRow(line: 34, reason: "no key result title", fields: [])], checks: checks)
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
