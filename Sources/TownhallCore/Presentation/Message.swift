/// A fixed text with holes for what changes, in a subset of ICU MessageFormat:
///
///     {name}                                        an argument, written as its kind says
///     {wins, plural, =0 {no wins} one {# win} other {# wins}}   the count's case; `#` is the count
///     {type, select, committed {…} other {…}}       the text argument's case
///
/// Parsed once per table; a message that does not parse is a test failure, never a user's error.
struct Message: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case literal(String)
        case argument(String)
        /// `#` inside a plural case: the count being selected on.
        case count
        case plural(String, [String: Message])
        case select(String, [String: Message])
    }

    var parts: [Part]

    init(parts: [Part]) { self.parts = parts }

    /// Parses `text`; throws a description of the first thing wrong.
    init(parsing text: String) throws {
        var scanner = Scanner(Array(text.unicodeScalars))
        self = try scanner.message(inPlural: false)
        guard scanner.atEnd else { throw Failure("unbalanced `}` at \(scanner.position) in \(text.debugDescription)") }
    }

    struct Failure: Error, CustomStringConvertible { let description: String; init(_ d: String) { description = d } }

    /// The names of the arguments the message reads, sorted.
    var argumentNames: Set<String> {
        var names = Set<String>()
        for p in parts {
            switch p {
            case .literal, .count: break
            case .argument(let n): names.insert(n)
            case .plural(let n, let cases), .select(let n, let cases):
                names.insert(n)
                for c in cases.values { names.formUnion(c.argumentNames) }
            }
        }
        return names
    }

    /// The message with every literal run rewritten (the pseudo-locale's transformation).
    func mapLiterals(_ f: (String) -> String) -> Message {
        Message(parts: parts.map { p in
            switch p {
            case .literal(let s): .literal(f(s))
            case .argument, .count: p
            case .plural(let n, let cases): .plural(n, cases.mapValues { $0.mapLiterals(f) })
            case .select(let n, let cases): .select(n, cases.mapValues { $0.mapLiterals(f) })
            }
        })
    }

    /// Every literal character of the message, all cases included (to size the pseudo-locale's padding).
    var literalLength: Int {
        parts.reduce(0) { sum, p in
            switch p {
            case .literal(let s): sum + s.count
            case .argument, .count: sum
            case .plural(_, let cases), .select(_, let cases): sum + (cases["other"]?.literalLength ?? 0)
            }
        }
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var position = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { position >= s.count }

        mutating func message(inPlural: Bool) throws -> Message {
            var parts: [Part] = []
            var literal = String.UnicodeScalarView()
            func flush() { if !literal.isEmpty { parts.append(.literal(String(literal))); literal = .init() } }
            while position < s.count {
                let c = s[position]
                if c == "}" { break }
                if c == "{" {
                    flush()
                    position += 1
                    parts.append(try argument())
                } else if c == "#" && inPlural {
                    flush()
                    parts.append(.count)
                    position += 1
                } else {
                    literal.append(c)
                    position += 1
                }
            }
            flush()
            return Message(parts: parts)
        }

        mutating func word() -> String {
            skipSpace()
            var out = String.UnicodeScalarView()
            while position < s.count, !" ,{}\t".unicodeScalars.contains(s[position]) {
                out.append(s[position]); position += 1
            }
            return String(out)
        }

        mutating func skipSpace() { while position < s.count, s[position] == " " || s[position] == "\t" { position += 1 } }

        mutating func expect(_ c: Unicode.Scalar) throws {
            skipSpace()
            guard position < s.count, s[position] == c else { throw Failure("expected `\(c)` at \(position)") }
            position += 1
        }

        mutating func argument() throws -> Part {
            let name = word()
            guard !name.isEmpty else { throw Failure("an argument without a name at \(position)") }
            skipSpace()
            if position < s.count, s[position] == "}" { position += 1; return .argument(name) }
            try expect(",")
            let kind = word()
            guard kind == "plural" || kind == "select" else { throw Failure("unknown argument kind `\(kind)`") }
            try expect(",")
            var cases: [String: Message] = [:]
            while true {
                skipSpace()
                if position < s.count, s[position] == "}" { position += 1; break }
                let key = word()
                guard !key.isEmpty else { throw Failure("a case without a name at \(position)") }
                try expect("{")
                let m = try message(inPlural: kind == "plural")
                try expect("}")
                guard cases.updateValue(m, forKey: key) == nil else { throw Failure("case `\(key)` twice") }
            }
            guard cases["other"] != nil else { throw Failure("`\(name)` has no `other` case") }
            return kind == "plural" ? .plural(name, cases) : .select(name, cases)
        }
    }
}
