/// A text the core makes about the input (a row problem, a rejected row, a run warning, a check's
/// finding) kept as its key and holes, so every output can word it in its own language. `english` is what the terminal,
/// the JSON summary, `lint` and the archive show: scripts read those, and they stay English.
public struct Phrase: Sendable, Hashable {
    /// The text's key in the `problem`/`warning`/`check` tables.
    public var key: String
    /// Its holes; input values go in as `.text`, never translated.
    public var args: [String: TextArgument]

    public init(_ key: String, _ args: [String: TextArgument] = [:]) {
        self.key = key
        self.args = args
    }

    /// The English text (made once, where the problem is found).
    public var english: String { Wording.english(key, args) }

    /// The text in `words`' language.
    public func text(in words: Wording) -> String { words(key, args) }
}
