/// The grouping stage of `Townhall.report`, after the rows: key results → objectives and teams,
/// with deterministic ids (SPEC §3).
struct Grouping: Sendable {
    public var keyResults: [KeyResult]
    public var objectives: [Objective] = []
    /// Teams that own KRs, in first-appearance order (not yet a tree).
    public var teams: [Team] = []
    /// An `objective_id` written by two teams: each keeps its own objective, the later one renamed.
    public var warnings: [RunWarning] = []

    /// Groups objectives by (team, `objective_id`), else by (team, title); derives missing ids.
    /// Derived ids are `team-slug.objective-slug` and `objective-id.kr-slug`, made unique with
    /// `-2`, `-3`…, and never clash with an id written in the input. Ids are per team: an
    /// `objective_id` another team used first becomes `team-slug.objective-id` for the later
    /// team (made unique the same way), so no two objectives ever share an id.
    /// - Parameter file: the input's name, for the warnings' locations.
    public init(keyResults: consuming [KeyResult], file: String? = nil) {
        self.keyResults = consume keyResults  // the only reference: ids are then set in place, no copy
        var objectiveIDs = UniqueIDs()
        var krIDs = UniqueIDs()
        // Ids already taken matter only when some are derived: a cycle with every id written skips the sets
        // (they are filled later, from the same rows, if a shared objective_id needs a new id).
        let derivesObjectiveIDs = self.keyResults.contains { $0.objectiveID.isEmpty }
        let derivesKRIDs = self.keyResults.contains { $0.id.isEmpty }
        for k in self.keyResults.indices {
            if derivesObjectiveIDs && !self.keyResults[k].objectiveID.isEmpty {
                objectiveIDs.reserve(self.keyResults[k].objectiveID)
            }
            if derivesKRIDs && !self.keyResults[k].id.isEmpty { krIDs.reserve(self.keyResults[k].id) }
        }
        var writtenIDsReserved = derivesObjectiveIDs
        /// Objective of each written id for the team that used it first; other teams' objectives of that id in `sharedID`.
        var objectiveByID: [String: Int] = [:]
        var sharedID: [TeamKey: Int] = [:]
        var objectiveByTitle: [TeamKey: Int] = [:]
        var teamIndex: [String: Int] = [:]
        var owners: [String: String] = [:]
        for k in self.keyResults.indices {
            let (team, objective, objectiveID, krID) = (
                self.keyResults[k].team, self.keyResults[k].objective, self.keyResults[k].objectiveID,
                self.keyResults[k].id)
            let t: Int
            if let found = teamIndex[team] {
                t = found
            } else {
                t = teams.count
                teamIndex[team] = t
                teams.append(Team(name: team))
            }
            var o = -1
            var firstUser: Int?  // the objective that already holds this written id for another team
            if objectiveID.isEmpty {
                o = objectiveByTitle[TeamKey(team: team, text: objective)] ?? -1
            } else if let found = objectiveByID[objectiveID] {
                if objectives[found].team == team {
                    o = found
                } else {
                    o = sharedID[TeamKey(team: team, text: objectiveID)] ?? -1
                    firstUser = found
                }
            }
            if o < 0 {
                let id: String
                if objectiveID.isEmpty {
                    id = objectiveIDs.claim("\(Slug.make(team, empty: "team")).\(Slug.make(objective, empty: "objective"))")
                } else if let first = firstUser {
                    if !writtenIDsReserved {
                        for row in self.keyResults.indices where !self.keyResults[row].objectiveID.isEmpty {
                            objectiveIDs.reserve(self.keyResults[row].objectiveID)
                        }
                        writtenIDsReserved = true
                    }
                    id = objectiveIDs.claim("\(Slug.make(team, empty: "team")).\(objectiveID)")
                    warnings.append(RunWarning(
                        location: .init(file: file, line: self.keyResults[k].line, column: Field.objectiveID.rawValue),
                        Phrase("warning.objectiveIDShared", [
                            "id": .text(objectiveID), "first": .text(objectives[first].team), "line": .integer(objectives[first].line),
                            "team": .text(team), "kept": .text(id)])))
                } else {
                    id = objectiveID
                }
                o = objectives.count
                let owner = self.keyResults[k].objectiveOwner
                let sharedOwner = owners[owner] ?? owner  // owners repeat across objectives: one string each
                owners[owner] = sharedOwner
                objectives.append(Objective(id: id, team: team, title: objective, owner: sharedOwner,
                                            alignedTo: self.keyResults[k].alignedTo, value: self.keyResults[k].value, line: self.keyResults[k].line))
                if objectiveID.isEmpty {
                    objectiveByTitle[TeamKey(team: team, text: objective)] = o
                } else if firstUser != nil {
                    sharedID[TeamKey(team: team, text: objectiveID)] = o
                } else {
                    objectiveByID[objectiveID] = o
                }
                teams[t].objectives.append(o)
            }
            objectives[o].keyResults.append(k)
            teams[t].keyResults.append(k)
            if teams[t].parent == nil && !self.keyResults[k].parentTeam.isEmpty { teams[t].parent = self.keyResults[k].parentTeam }
            self.keyResults[k].objectiveID = objectives[o].id
            if krID.isEmpty {
                self.keyResults[k].id = krIDs.claim("\(objectives[o].id).\(Slug.make(self.keyResults[k].title, empty: "kr"))")
            }
        }
    }

    /// A text (title or written id) within one team: objectives are per team.
    struct TeamKey: Hashable {
        var team: String
        var text: String
    }
}

/// Ids handed out so far, and where each base's `-N` search stopped.
///
/// The first free id among `base`, `base-2`, `base-3`… is the same whether the search starts at
/// `base` or where the last search for `base` stopped (taken ids stay taken), so resuming keeps
/// today's ids while making a run of N equal bases linear instead of quadratic.
struct UniqueIDs {
    private var used = Set<String>()
    private var nextSuffix: [String: Int] = [:]

    /// Marks an id written in the input as taken.
    mutating func reserve(_ id: String) { used.insert(id) }

    /// The first free id of `base`, `base-2`, `base-3`…, now taken. A base met for the first
    /// time costs one set insertion, as before; only repeated bases keep a counter.
    mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? 2
        var candidate = "\(base)-\(n)"
        while !used.insert(candidate).inserted {
            n += 1
            candidate = "\(base)-\(n)"
        }
        nextSuffix[base] = n + 1
        return candidate
    }
}
