extension Playbook {
    /// A team of only commitments never stretches; one of only aspirations promises nothing.
    public enum TeamBalance: PlaybookCheck {
        public static let id = "team-no-balance"

        public static let english = [
            "summary": "each team balances committed and aspirational OKRs",
            "advice": "Balance committed and aspirational OKRs in {n, plural, one {# team} other {# teams}}.",
            "finding": "{n, plural, one {its only key result is} other {all # key results are}} {type, select, committed {committed} other {aspirational}}: no balance of committed and aspirational",
        ]

        public static let advice: Advice? = Advice(rank: 1)

        public static func run(_ c: Context) -> [CheckFinding] {
            c.teams.compactMap { t in
                guard t.ownsOKRs else { return nil }
                let types = Set(t.keyResults.map { c.keyResults[$0].type })
                guard types.count == 1, let only = types.first else { return nil }
                return CheckFinding(id: id, subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                    details: ["n": .count(t.keyResults.count), "type": .text(only.rawValue)])
            }
        }
    }
}
