/// Step 4: key results → objectives and teams, with deterministic ids (SPEC §3).
public struct Grouping: Sendable {
    public var keyResults: [KeyResult]
    public var objectives: [Objective] = []
    /// Teams that own KRs, in first-appearance order (not yet a tree).
    public var teams: [Team] = []

    /// Groups objectives by `objective_id`, else by (team, title); derives missing ids.
    /// Derived ids are `team-slug.objective-slug` and `objective-id.kr-slug`, made unique with
    /// `-2`, `-3`…, and never clash with an id written in the input.
    public init(keyResults: [KeyResult]) {
        self.keyResults = keyResults
        var usedObjectiveIDs = Set(keyResults.lazy.map(\.objectiveID).filter { !$0.isEmpty })
        var usedKRIDs = Set(keyResults.lazy.map(\.id).filter { !$0.isEmpty })
        var objectiveByID: [String: Int] = [:]
        var objectiveByTitle: [TeamTitle: Int] = [:]
        var teamIndex: [String: Int] = [:]
        for k in self.keyResults.indices {
            let kr = self.keyResults[k]
            let t: Int
            if let found = teamIndex[kr.team] {
                t = found
            } else {
                t = teams.count
                teamIndex[kr.team] = t
                teams.append(Team(name: kr.team))
            }
            let o: Int
            if !kr.objectiveID.isEmpty, let found = objectiveByID[kr.objectiveID] {
                o = found
            } else if kr.objectiveID.isEmpty, let found = objectiveByTitle[TeamTitle(team: kr.team, title: kr.objective)] {
                o = found
            } else {
                let id = kr.objectiveID.isEmpty
                    ? Self.unique("\(Slug.make(kr.team, empty: "team")).\(Slug.make(kr.objective, empty: "objective"))",
                                  &usedObjectiveIDs)
                    : kr.objectiveID
                o = objectives.count
                objectives.append(Objective(id: id, team: kr.team, title: kr.objective, owner: kr.objectiveOwner,
                                            alignedTo: kr.alignedTo, value: kr.value, line: kr.line))
                if kr.objectiveID.isEmpty {
                    objectiveByTitle[TeamTitle(team: kr.team, title: kr.objective)] = o
                } else {
                    objectiveByID[kr.objectiveID] = o
                }
                teams[t].objectives.append(o)
            }
            objectives[o].keyResults.append(k)
            teams[t].keyResults.append(k)
            if teams[t].parent == nil && !kr.parentTeam.isEmpty { teams[t].parent = kr.parentTeam }
            self.keyResults[k].objectiveID = objectives[o].id
            if kr.id.isEmpty {
                self.keyResults[k].id = Self.unique(
                    "\(objectives[o].id).\(Slug.make(kr.title, empty: "kr"))", &usedKRIDs)
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
