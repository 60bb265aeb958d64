extension Playbook {
    /// A team of only commitments never stretches; one of only aspirations promises nothing.
    public enum TeamBalance: PlaybookCheck {
        public static let id = "team-no-balance"

        public static func summary(_ l: PlaybookLimits, _ t: Thresholds) -> String {
            "each team balances committed and aspirational OKRs"
        }

        public static func advice(_ l: PlaybookLimits) -> Advice? {
            Advice(rank: 1, "Balance committed and aspirational OKRs in", counting: .team)
        }

        public static func run(_ c: Context) -> [CheckFinding] {
            c.teams.compactMap { t in
                guard t.ownsOKRs else { return nil }
                let types = Set(t.keyResults.map { c.keyResults[$0].type })
                guard types.count == 1, let only = types.first else { return nil }
                return CheckFinding(id: id, subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                    message: "\(t.keyResults.count == 1 ? "its only key result is" : "all \(t.keyResults.count) key results are") \(only.rawValue): no balance of committed and aspirational")
            }
        }
    }
}
