/// Step 4: key results → objectives and teams, with deterministic ids (SPEC §3).
public struct Grouping: Sendable {
    public var keyResults: [KeyResult]
    public var objectives: [Objective] = []
    /// Teams that own KRs, in first-appearance order (not yet a tree).
    public var teams: [Team] = []

    /// Groups objectives by `objective_id`, else by (team, title); derives missing ids.
    /// Derived ids are `team-slug.objective-slug` and `objective-id.kr-slug`, made unique with
    /// `-2`, `-3`…, and never clash with an id written in the input.
    public init(keyResults: consuming [KeyResult]) {
        self.keyResults = consume keyResults  // the only reference: ids are then set in place, no copy
        var usedObjectiveIDs = Set<String>()
        var usedKRIDs = Set<String>()
        // Ids already taken matter only when some are derived: a cycle with every id written skips the sets.
        let derivesObjectiveIDs = self.keyResults.contains { $0.objectiveID.isEmpty }
        let derivesKRIDs = self.keyResults.contains { $0.id.isEmpty }
        for k in self.keyResults.indices {
            if derivesObjectiveIDs && !self.keyResults[k].objectiveID.isEmpty {
                usedObjectiveIDs.insert(self.keyResults[k].objectiveID)
            }
            if derivesKRIDs && !self.keyResults[k].id.isEmpty { usedKRIDs.insert(self.keyResults[k].id) }
        }
        var objectiveByID: [String: Int] = [:]
        var objectiveByTitle: [TeamTitle: Int] = [:]
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
            let o: Int
            if !objectiveID.isEmpty, let found = objectiveByID[objectiveID] {
                o = found
            } else if objectiveID.isEmpty, let found = objectiveByTitle[TeamTitle(team: team, title: objective)] {
                o = found
            } else {
                let id = objectiveID.isEmpty
                    ? Self.unique("\(Slug.make(team, empty: "team")).\(Slug.make(objective, empty: "objective"))",
                                  &usedObjectiveIDs)
                    : objectiveID
                o = objectives.count
                let owner = self.keyResults[k].objectiveOwner
                let sharedOwner = owners[owner] ?? owner  // owners repeat across objectives: one string each
                owners[owner] = sharedOwner
                objectives.append(Objective(id: id, team: team, title: objective, owner: sharedOwner,
                                            alignedTo: self.keyResults[k].alignedTo, value: self.keyResults[k].value, line: self.keyResults[k].line))
                if objectiveID.isEmpty {
                    objectiveByTitle[TeamTitle(team: team, title: objective)] = o
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
                self.keyResults[k].id = Self.unique(
                    "\(objectives[o].id).\(Slug.make(self.keyResults[k].title, empty: "kr"))", &usedKRIDs)
            }
        }
    }

    struct TeamTitle: Hashable {
        var team: String
        var title: String
    }

    static func unique(_ base: String, _ used: inout Set<String>) -> String {
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}
