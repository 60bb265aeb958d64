/// The canonical input columns of SPEC §2 and the header names that map to them.
public enum Field: String, Sendable, Hashable, CaseIterable, Codable {
    case team, objective
    case keyResult = "key_result"
    case cycle
    case parentTeam = "parent_team"
    case objectiveID = "objective_id"
    case krID = "kr_id"
    case alignedTo = "aligned_to"
    case objectiveOwner = "objective_owner"
    case krOwner = "kr_owner"
    case type, start, target, current, measure, unit, score, weight, confidence, status, notes, value

    /// Columns a file must have.
    public static let required: [Field] = [.team, .objective, .keyResult]

    /// A header cell reduced for matching: lower case, without spaces, `_` and `-`.
    public static func matchKey(_ header: String) -> String {
        String(String.UnicodeScalarView(header.lowercased().unicodeScalars.filter {
            !($0.properties.isWhitespace || $0 == "_" || $0 == "-")
        }))
    }

    /// Generic words that mean a field only when nothing more specific does: a column named
    /// `Name` is the key result unless the file also has `Key Result`, and is then kept as is.
    public static let weakAliases: Set<String> = ["name", "progress", "description", "end", "endvalue",
                                                  "completion", "result", "goal", "group", "values", "parent"]

    /// Header names (as match keys) that mean each field, beyond the field's own name.
    /// The one table of aliases; the README documents it.
    public static let aliases: [String: Field] = {
        var table: [String: Field] = [:]
        for f in Field.allCases { table[matchKey(f.rawValue)] = f }
        let extra: [(String, Field)] = [
            ("Key Result", .keyResult), ("KR", .keyResult), ("Key result title", .keyResult),
            ("KR title", .keyResult), ("Key Result Name", .keyResult),
            ("Objective title", .objective), ("Objective name", .objective),
            ("Actual", .current), ("Current value", .current), ("Actual value", .current), ("Result", .current),
            ("Baseline", .start), ("Start value", .start), ("Starting value", .start), ("Initial value", .start),
            ("Target value", .target), ("Goal", .target), ("Goal value", .target),
            ("Goal type", .type), ("OKR type", .type), ("KR type", .type),
            ("Department", .team), ("Group", .team), ("Team name", .team),
            ("Parent", .parentTeam), ("Parent team name", .parentTeam), ("Parent department", .parentTeam),
            ("Quarter", .cycle), ("Period", .cycle), ("Cycle name", .cycle),
            ("Owner", .krOwner), ("KR owner", .krOwner), ("Key result owner", .krOwner), ("Assignee", .krOwner),
            ("Objective owner", .objectiveOwner),
            ("Objective ID", .objectiveID), ("KR ID", .krID), ("Key result ID", .krID),
            ("Aligned to", .alignedTo), ("Parent objective", .alignedTo), ("Parent objective ID", .alignedTo),
            ("Grade", .score), ("Final score", .score), ("Final grade", .score),
            ("Metric type", .measure), ("Direction", .measure),
            ("Comments", .notes), ("Comment", .notes), ("Reflection", .notes), ("Learnings", .notes),
            ("Company value", .value), ("Values", .value),
            // Generic words of other exports (BurningOKR's own export is read by its profile, where
            // Progress is the objective's and Description no reflection: Reading/Profiles/)
            ("End", .target), ("End value", .target), ("Description", .notes), ("Progress", .score),
            // Betterworks-style: name, progress, owner_email
            ("Name", .keyResult), ("Owner email", .krOwner), ("Assignee email", .krOwner),
            // Culture Amp and others
            ("Completion", .score), ("Goal title", .keyResult), ("Objective owner email", .objectiveOwner),
            // Lattice's goal fields (startingAmount, endingAmount, currentAmount, owners)
            ("Starting amount", .start), ("Ending amount", .target), ("Current amount", .current), ("Owners", .krOwner),
            // PeopleCues-style metric columns (Metric_Start_Value, Metric_Target_Value, Owner_Email_ID)
            ("Metric start value", .start), ("Metric target value", .target), ("Metric current value", .current),
            ("Owner email ID", .krOwner),
        ]
        for (name, f) in extra { table[matchKey(name)] = f }
        return table
    }()
}
