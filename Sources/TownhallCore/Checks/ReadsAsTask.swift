extension Playbook {
    /// "Launch the portal" is work to do, not an outcome to reach: the playbook asks for outcomes.
    public enum ReadsAsTask: PlaybookCheck {
        public static let id = "kr-reads-as-task"

        public static func run(_ c: Context) -> [CheckFinding] {
            eachKeyResult(c) { _, kr in
                let first = firstWord(kr.title)
                return taskVerbs.contains(first) && c.numbers.parse(kr.targetText) == nil ? ["verb": .text(first)] : nil
            }
        }

        public static let english = [
            "summary": "key results are outcomes, not tasks",
            "advice": "Rewrite as outcomes, not tasks: {n, plural, one {# key result} other {# key results}}.",
            "finding": "starts with '{verb}' and has no numeric target: reads as a task, not an outcome",
            "found": "{n, plural, one {# key result reads} other {# key results read}} as a task, not an outcome",
        ]

        public static let advice: Advice? = Advice(rank: 2)

        /// Activity verbs that make a key result read as a task when it has no numeric target.
        public static let taskVerbs: Set<String> = [
            "launch", "build", "implement", "hold", "create", "write", "develop", "design", "ship", "deliver", "deploy",
            "release", "publish", "migrate", "complete", "run", "host", "organize", "organise", "conduct", "introduce",
            "establish", "prepare", "draft", "document", "finish", "install", "set", "roll", "start",
        ]

        /// The title's leading run of letters, lower-cased (`"Launch v2"` → `launch`).
        /// ASCII titles take a byte path: this runs once per key result, a million times in a large cycle.
        static func firstWord(_ title: String) -> String {
            var word: [UInt8] = []
            for b in title.utf8 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(b | 0x20)
                case 0x80...:  // a non-ASCII letter may continue the word: Unicode's own rules decide
                    return String(title.lowercased().unicodeScalars.prefix { $0.properties.isAlphabetic && !("0"..."9").contains($0) }
                        .map(Character.init))
                default: return String(decoding: word, as: UTF8.self)
                }
            }
            return String(decoding: word, as: UTF8.self)
        }
    }
}
