import Testing
@_spi(Stages) @testable import TownhallCore

/// SPEC §4: each playbook check, with its id and the lines it concerns.
@Suite struct PlaybookTests {
    func checks(_ csv: String, limits: PlaybookLimits = .init()) throws -> [CheckFinding] {
        var config = Configuration()
        config.limits = limits
        return try Townhall.report(from: Array(csv.utf8), options: .init(configuration: config)).checks
    }

    let header = "team,objective,key_result,type,start,target,current,score,notes,status\n"

    @Test(arguments: ["Launch v2", "LAUNCH", "launch-plan", "ship", "Écrire le guide", "Launché", "İstanbul office",
                      "3 launches", " launch", "", "Straße bauen", "ΣΥΝΤΑΞΗ οδηγού", "run🙂fast", "Hold_weekly"])
    func firstWordMatchesTheUnicodeRule(title: String) {
        let unicode = String(title.lowercased().unicodeScalars
            .prefix { $0.properties.isAlphabetic && !("0"..."9").contains($0) }.map(Character.init))
        #expect(Playbook.ReadsAsTask.firstWord(title) == unicode)
    }

    func ids(_ f: [CheckFinding], _ id: String) -> [[Int]] { f.filter { $0.id == id }.map(\.lines) }

    @Test func teamBalanceMessageReadsRightForOneKeyResult() throws {
        let one = try checks(header + "A,O,k1,c,0,1,1,,,\n").first { $0.id == "team-no-balance" }
        #expect(one?.message == "its only key result is committed: no balance of committed and aspirational")
        let two = try checks(header + "A,O,k1,a,0,1,1,,,\nA,O,k2,a,0,1,1,,,\n").first { $0.id == "team-no-balance" }
        #expect(two?.message == "all 2 key results are aspirational: no balance of committed and aspirational")
    }

    @Test func objectiveKeyResultCount() throws {
        let f = try checks(header + "A,O,k1,c,0,1,1,,,\nA,P,k2,a,0,1,1,,,\nA,P,k3,a,0,1,1,,,\n")
        #expect(ids(f, "objective-kr-count") == [[2]])
        let six = (1...6).map { "A,O,k\($0),c,0,1,1,,,\n" }.joined()
        #expect(ids(try checks(header + six), "objective-kr-count") == [[2, 3, 4, 5, 6, 7]])
    }

    @Test func teamObjectiveCount() throws {
        let rows = (1...6).flatMap { o in (1...2).map { "A,O\(o),k\(o)\($0),c,0,1,1,,,\n" } }.joined()
        #expect(ids(try checks(header + rows), "team-objective-count").count == 1)
        var limits = PlaybookLimits()
        limits.maxObjectivesPerTeam = 6
        #expect(ids(try checks(header + rows, limits: limits), "team-objective-count").isEmpty)
    }

    @Test func teamBalance() throws {
        let f = try checks(header + "A,O,k1,committed,0,1,1,,,\nA,O,k2,committed,0,1,1,,,\nB,P,k3,committed,0,1,1,,,\nB,P,k4,aspirational,0,1,1,,,\n")
        #expect(f.filter { $0.id == "team-no-balance" }.map(\.subject) == ["A"])
    }

    @Test func notMeasurableAndReadsAsTask() throws {
        let f = try checks(header + """
            A,O,Launch the partner portal,c,,,,,,
            A,O,Launch 3 partner integrations,c,0,3,3,,,
            A,O,Build trust with 20 partners,c,,done,done,,,
            A,O,Hold NPS at 40,c,,,,0.5,,
            """)
        #expect(ids(f, "kr-not-measurable") == [[2]])
        #expect(ids(f, "kr-reads-as-task") == [[2], [4], [5]])
    }

    @Test func missingStartAndCommittedMissWithoutNotes() throws {
        let f = try checks(header + "A,O,k1,committed,,10,5,,,\nA,O,k2,committed,0,10,5,,Vendor slipped.,\nA,O,k3,aspirational,0,10,1,,,\n")
        #expect(ids(f, "missing-start") == [[2]])
        #expect(ids(f, "committed-miss-no-notes") == [[2]])
    }

    @Test func droppedKRsAreNotChecked() throws {
        let f = try checks(header + "A,O,Launch it,,,,,,,dropped\nA,O,k2,c,0,1,1,,,\n")
        #expect(ids(f, "kr-reads-as-task").isEmpty && ids(f, "missing-type").isEmpty)
    }

    @Test func aspirationalTooEasy() throws {
        let f = try checks(header + "A,O,k1,aspirational,0,10,10,,,\nA,O,k2,aspirational,0,10,9.5,,,\nB,P,k3,aspirational,0,10,9,,,\nB,P,k4,aspirational,0,10,9,,,\n")
        #expect(f.filter { $0.id == "aspirational-too-easy" }.map(\.subject) == ["A"])
    }

    @Test func checksCanBeSwitchedOff() throws {
        var limits = PlaybookLimits()
        limits.disabled = ["objective-kr-count", "team-no-balance", "missing-start"]
        let f = try checks(header + "A,O,k1,c,,1,1,,,\n", limits: limits)
        #expect(f.isEmpty)
    }

    @Test func everyCheckHasAStableUniqueID() {
        let ids = Playbook.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }
}

@Suite struct ConfigurationTests {
    @Test func readsEveryTable() throws {
        let c = try Configuration(toml: """
            [organization]
            name = "Northwind"
            values = ["Be candid"]
            accent = "#0f766e"
            [columns]
            "Ziel" = "target"
            [scoring]
            aspirational_win = 0.6
            green = 0.8
            [checks]
            max_objectives_per_team = 7
            disabled = ["missing-start"]
            """)
        #expect(c.organization.name == "Northwind")
        #expect(c.organization.accent == "#0f766e")
        #expect(c.columns == ["Ziel": .target])
        #expect(c.thresholds.aspirationalWin == 0.6)
        #expect(c.thresholds.green == 0.8)
        #expect(c.limits.maxObjectivesPerTeam == 7)
        #expect(c.limits.disabled == ["missing-start"])
    }

    @Test func unknownKeysNameTheKeyAndLine() {
        do {
            _ = try Configuration(toml: "[scoring]\ngreen = 0.7\ngren = 0.5\n", file: "t.toml")
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.message.contains("`gren`"))
            #expect(e.location.line == 3)
            #expect(e.location.file == "t.toml")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func badValuesAndSyntaxAreErrors() {
        #expect(throws: InputError.self) { try Configuration(toml: "[scoring]\ngreen = 2\n") }
        #expect(throws: InputError.self) { try Configuration(toml: "[organization]\naccent = \"red\"\n") }
        #expect(throws: InputError.self) { try Configuration(toml: "[columns]\nX = \"nonsense\"\n") }
        #expect(throws: InputError.self) { try Configuration(toml: "[checks]\ndisabled = [\"no-such-check\"]\n") }
        #expect(throws: InputError.self) { try Configuration(toml: "[scoring\n") }
    }
}

@Suite struct SlugTests {
    @Test(arguments: [("2026 Q3", "2026-q3"), ("2026-Q3", "2026-q3"), ("", "cycle"), ("!!!", "cycle"),
                      ("Café Öl", "cafe-ol"), ("../../etc/passwd", "etc-passwd"), ("日本", "cycle")])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text, empty: "cycle") == slug)
    }
}
