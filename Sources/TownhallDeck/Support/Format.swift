import Foundation
import TownhallCore

/// What the deck does to input text (clip, isolate) and to SVG geometry, plus the English forms of
/// figures for the trends deck until it asks its `Wording` (the town-hall deck does already).
///
/// Every function returns plain text: escaping is the template's job.
enum Format {
    /// A 0–1 score with two decimals (`0.72`), or an en dash when there is none.
    static func score(_ value: Double?) -> String { Wording.english.score(value) }

    /// A fraction as a whole percentage (`0.783` → `78%`), or an en dash when there is none.
    static func percent(_ value: Double?) -> String { Wording.english.percent(value) }

    /// A share `part ÷ whole` as a percentage with no decimals, `0%` when the whole is 0.
    static func share(_ part: Int, of whole: Int, _ words: Wording) -> String {
        words.percent(whole > 0 ? Double(part) / Double(whole) : 0)
    }

    /// An integer with thousands separators (`100000` → `100,000`).
    static func count(_ n: Int) -> String { Wording.english.count(n) }

    /// `1 key result` / `3 key results` in English, for the trends deck until it asks its `Wording`.
    static func plural(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// A number for SVG geometry: at most two decimals, no exponent, no trailing zeros.
    static func geometry(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var s = String(format: "%.2f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// Input text as the deck shows it: cut to at most `limit` characters (whole grapheme clusters,
    /// with an ellipsis when cut) and `isolate`d. Every text from the input reaches the deck through here.
    static func clip(_ text: String, _ limit: Int) -> String {
        var count = 0
        var end = text.startIndex
        while end < text.endIndex {
            if count == limit { return isolate(String(text[..<end]).trimmed + "…") }
            end = text.index(after: end)
            count += 1
        }
        return isolate(text)
    }

    /// `text` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, its own bidi
    /// controls balanced first (a closer with nothing to close dropped, an opener left open closed
    /// at its end). So an override (U+202E) or right-to-left script in a title reorders only that
    /// title, never the words around it — in HTML text, attributes and SVG alike, where `<bdi>`
    /// cannot go. A text with neither cannot reorder anything in a left-to-right deck and is left as
    /// it is.
    static func isolate(_ text: String) -> String {
        let fsi: Unicode.Scalar = "\u{2068}", pdi: Unicode.Scalar = "\u{2069}", pdf: Unicode.Scalar = "\u{202C}"
        guard text.unicodeScalars.contains(where: { $0.value >= 0x0590 && Self.canReorder($0) }) else { return text }
        var out = String.UnicodeScalarView([fsi])
        var open: [Bool] = []  // the controls open, innermost last: `true` for an isolate
        for u in text.unicodeScalars {
            switch u.value {
            case 0x202A, 0x202B, 0x202D, 0x202E: open.append(false); out.append(u)
            case 0x2066, 0x2067, 0x2068: open.append(true); out.append(u)
            case 0x202C:  // PDF closes the innermost embedding, unless an isolate is innermost
                if open.last == false { open.removeLast(); out.append(u) }
            case 0x2069:  // PDI closes the innermost isolate and the embeddings inside it
                guard let i = open.lastIndex(of: true) else { continue }
                for _ in (i + 1)..<open.count { out.append(pdf) }
                open.removeSubrange(i...)
                out.append(u)
            default: out.append(u)
            }
        }
        for isolate in open.reversed() { out.append(isolate ? pdi : pdf) }
        out.append(pdi)
        return String(out)
    }

    /// A bidi control, or a character of a right-to-left script (Unicode bidi classes R, AL, AN
    /// live in these blocks; a few neutral marks among them are isolated too, which is harmless).
    static func canReorder(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0590...0x08FF, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFB1D...0xFDFF, 0xFE70...0xFEFE,
             0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }

    /// A check-in day as `7 Jul`.
    static func day(_ d: Day) -> String { Wording.english.day(d) }

    /// A check-in day as `7 Jul 2026`.
    static func longDay(_ d: Day) -> String { Wording.english.longDay(d) }

    /// The month of a day, `August`.
    static func month(_ d: Day) -> String { Wording.english.month(d) }

    /// A signed value with two decimals, `+0.63`, `−0.20`, `0.00`.
    static func signed(_ value: Double?) -> String { Wording.english.signed(value) }

    /// Days, `7 days`, `1 day`, `3.5 days`, in `words`.
    static func days(_ value: Double?, _ words: Wording) -> String {
        guard let v = value, v.isFinite else { return "–" }
        guard v.rounded() == v, abs(v) < Double(Int.max) else { return words("deck.unit.daysDecimal", ["days": .decimal(v, digits: 1)]) }
        return words("deck.unit.days", ["n": .count(Int(v))])
    }

    /// The date as `14 October 2026`, in the given time zone.
    static func date(_ date: Date, timeZone: TimeZone) -> String { Wording.english.date(date, timeZone: timeZone) }
}
