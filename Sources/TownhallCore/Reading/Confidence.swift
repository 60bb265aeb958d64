/// SPEC §2 `confidence`, in the main file and in check-ins alike: `0.8` (a fraction, 0–1),
/// `80%` (a percentage, 0–100%) or `8` (out of 10, above 1 up to 10).
///
/// A bare number above 10 is refused rather than guessed: `11` is neither a fraction nor a mark
/// out of ten, and reading it as 11% would turn a typo into a confident-looking figure. A
/// percentage says so with its `%`.
enum Confidence {
    /// What a confidence cell says.
    public enum Reading: Sendable, Hashable {
        /// The cell is empty.
        case absent
        /// A fraction 0–1.
        case fraction(Double)
        /// Not a confidence: the phrase names the text and the accepted forms.
        case invalid(Phrase)
    }

    /// Reads a (trimmed) confidence cell.
    static func read(_ text: String, _ numbers: NumberParser) -> Reading {
        guard !text.isEmpty else { return .absent }
        // Made only for a refused cell: a readable confidence costs no message.
        func refused(_ key: String = "problem.confidence.notAConfidence") -> Reading {
            .invalid(Phrase(key, ["text": .text(text)]))
        }
        guard let p = numbers.parse(text), p.value >= 0 else { return refused() }
        if p.isPercent { return p.value <= 100 ? .fraction(p.value / 100) : refused() }
        if p.value <= 1 { return .fraction(p.value) }
        if p.value <= 10 { return .fraction(p.value / 10) }
        if p.value <= 100 { return refused("problem.confidence.needsPercent") }
        return refused()
    }
}
