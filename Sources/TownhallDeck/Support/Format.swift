import Foundation
import TownhallCore

/// Locale-independent formatting of the figures a deck shows.
///
/// Every function returns plain text: escaping is the template's job.
enum Format {
    /// A 0–1 score with two decimals (`0.72`), or an en dash when there is none.
    static func score(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        return String(format: "%.2f", v)
    }

    /// A fraction as a whole percentage (`0.783` → `78%`), or an en dash when there is none.
    static func percent(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        return "\(Int((v * 100).rounded()))%"
    }

    /// A share `part ÷ whole` as a percentage with no decimals, `0%` when the whole is 0.
    static func share(_ part: Int, of whole: Int) -> String {
        whole > 0 ? percent(Double(part) / Double(whole)) : "0%"
    }

    /// An integer with thousands separators (`100000` → `100,000`).
    static func count(_ n: Int) -> String { Presentation.grouped(n) }

    /// `1 key result` / `3 key results`.
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

    /// The text cut to at most `limit` characters (whole grapheme clusters), with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        var count = 0
        var end = text.startIndex
        while end < text.endIndex {
            if count == limit { return String(text[..<end]).trimmed + "…" }
            end = text.index(after: end)
            count += 1
        }
        return text
    }

    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// A check-in day as `7 Jul`.
    static func day(_ d: Day) -> String {
        let c = d.components
        return "\(c.day) \(months[max(0, min(11, c.month - 1))].prefix(3))"
    }

    /// A check-in day as `7 Jul 2026`.
    static func longDay(_ d: Day) -> String { "\(day(d)) \(d.components.year)" }

    /// The month of a day, `August`.
    static func month(_ d: Day) -> String { months[max(0, min(11, d.components.month - 1))] }

    /// A signed value with two decimals, `+0.63`, `−0.20`, `0.00`.
    static func signed(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        let s = String(format: "%.2f", abs(v))
        if s == "0.00" { return s }
        return v > 0 ? "+" + s : "−" + s
    }

    /// Days, `7 days`, `1 day`, `3.5 days`.
    static func days(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        let whole = v.rounded() == v
        let text = whole ? count(Int(v)) : String(format: "%.1f", v)
        return "\(text) \(v == 1 ? "day" : "days")"
    }

    /// The date as `14 October 2026`, in the given time zone.
    static func date(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970)"
    }
}
