extension Playbook {
    /// A team of only commitments never stretches; one of only aspirations promises nothing.
    public enum TeamBalance: PlaybookCheck {
        public static let id = "team-no-balance"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachTeam(c) { _, t in
                guard t.ownsOKRs else { return nil }
                let types = Set(t.keyResults.map { c.keyResults[$0].type })
                guard types.count == 1, let only = types.first else { return nil }
                return (t.keyResults, ["n": .count(t.keyResults.count), "type": .text(only.rawValue)])
            }
        }

        public static let english = [
            "summary": "each team balances committed and aspirational OKRs",
            "advice": "Balance committed and aspirational OKRs in {n, plural, one {# team} other {# teams}}.",
            "finding": "{n, plural, one {its only key result is} other {all # key results are}} {type, select, committed {committed} other {aspirational}}: no balance of committed and aspirational",
            "found": "{n, plural, one {# team} other {# teams}} with only committed or only aspirational OKRs",
        ]

        public static let advice: Advice? = Advice(rank: 1)
    }
}
