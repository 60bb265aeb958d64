import Foundation

/// An export's own objective progress (BurningOKR's `Progress`, a wide row's `completion`)
/// compared with townhall's objective score: a difference beyond the export's rounding is how
/// users notice that the two score differently, so it is said, never silently replaced.
enum StatedProgress {
    static func compare(column: Int, header: HeaderMap, keyResults: [KeyResult], objectives: [Objective],
                        numbers: NumberParser, file: String) -> [RunWarning] {
        var out: [RunWarning] = []
        let name = header.columnName(column)
        var unread: [(title: String, text: String)] = []
        for o in objectives {
            guard let score = o.score, let k = o.keyResults.first else { continue }
            let kr = keyResults[k]
            let text = kr.text.store.raw(Int(kr.text.row), column).trimmed
            guard let stated = fraction(text, numbers) else {
                if !text.isEmpty { unread.append((o.title, String(text.prefix(40)))) }
                continue
            }
            if abs(stated.value - score) > stated.rounding + 1e-9 {
                out.append(RunWarning(location: .init(file: file, line: o.line),
                    Phrase("warning.statedProgress.differs", [
                        "title": .text(o.title), "name": .text(name), "stated": .text(text), "score": .score(score)])))
            }
        }
        // Text where a progress belongs (`on track`) cannot be compared: said once, so the
        // missing comparison is not taken for an agreement.
        if let first = unread.first {
            out.append(RunWarning(location: .init(file: file),
                Phrase("warning.statedProgress.unread", [
                    "name": .text(name), "n": .integer(unread.count), "title": .text(first.title), "text": .text(first.text)])))
        }
        return out
    }

    /// `45%`, `45` (of 100) or `0.45` as a fraction, with half the last written digit as the rounding.
    static func fraction(_ text: String, _ numbers: NumberParser) -> (value: Double, rounding: Double)? {
        guard !text.isEmpty, let p = numbers.parse(text) else { return nil }
        let digits = text.split(whereSeparator: { $0 == "." || $0 == "," }).dropFirst().first
            .map { $0.prefix { $0.isNumber }.count } ?? 0
        var half = 0.5
        for _ in 0..<digits { half /= 10 }
        let percent = p.isPercent || p.value > 1
        return percent ? (p.value / 100, half / 100) : (p.value, half)
    }
}
