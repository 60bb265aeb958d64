import Foundation

/// A value a message's hole is filled with, written as its kind says in the message's language.
public enum TextArgument: Sendable, Hashable {
    /// A whole number (`1,234`); the only kind a `plural` selects on.
    case count(Int)
    /// A 0–1 score with two decimals (`0.82`, `0,82`).
    case score(Double?)
    /// A signed change with two decimals (`+0.05`, `−0.20`).
    case signed(Double?)
    /// A fraction as a whole percentage (`78%`, `78 %`).
    case percent(Double?)
    /// A number with this many decimals.
    case decimal(Double, digits: Int)
    /// Input text, or a text already worded: inserted as it is, never translated.
    case text(String)
    /// A day as `7 Jul`.
    case day(Day)
    /// A day as `7 Jul 2026`.
    case longDay(Day)
    /// A whole number written without grouping (`1234`), as townhall's English messages always
    /// wrote counts of fields, lines and days; a `plural` selects on it like on `.count`.
    case integer(Int)
    /// A number as people write it, as many decimals as it has (`3`, `2.5`, `2,5`).
    case number(Double)
    /// Another text worded in the same language (a problem inside the sentence that says what
    /// became of the row).
    indirect case phrase(Phrase)
}

/// The fixed texts and figures of one language: what every renderer asks instead of writing
/// words or formatting numbers itself, so a deck, a workbook and a playbook can never disagree,
/// and another language is only another table.
public struct Wording: Sendable {
    public let language: Language
    private let catalog: Catalog
    private let figures: Figures

    public init(_ language: Language) {
        self.language = language
        catalog = Catalog.of(language)
        figures = Figures.of(language)
    }

    public static let english = Wording(.english)

    /// The value for `<html lang>`.
    public var htmlLang: String { language.code == "qps" ? "en-XA" : language.code }

    /// The text of `key` with its arguments filled in. A key no table has is a programming error
    /// (the tables' tests find it); outside debug builds it shows as the key rather than crash.
    public func callAsFunction(_ key: String, _ args: [String: TextArgument] = [:]) -> String {
        guard let m = catalog.messages[key] ?? Catalog.of(.english).messages[key] else {
            assertionFailure("no text for key \(key)")
            return key
        }
        var out = ""
        write(m, args, count: nil, into: &out)
        return out
    }

    /// Whether any table of this language has `key`.
    public func has(_ key: String) -> Bool { catalog.messages[key] != nil }

    /// Holes any text may name without its caller filling them: the core's fixed review windows
    /// (`Cadence.recentDays`, `Cadence.fortnightDays`), so a header or a chart title says the
    /// window the figures were counted in, whoever asks for it, and never restates the number.
    static let facts: [String: TextArgument] = [
        "recentDays": .count(Cadence.recentDays), "fortnight": .count(Cadence.fortnightDays),
    ]

    /// `count` is the selected plural's count as it is written, for its `#`.
    private func write(_ m: Message, _ args: [String: TextArgument], count: String?, into out: inout String) {
        for part in m.parts {
            switch part {
            case .literal(let s): out += s
            case .count: out += count ?? ""
            case .argument(let name): out += text(args[name] ?? Self.facts[name])
            case .plural(let name, let cases):
                var n: Int?
                var shown: String?
                switch args[name] ?? Self.facts[name] {
                case .count(let c)?: (n, shown) = (c, self.count(c))
                case .integer(let c)?: (n, shown) = (c, String(c))
                default: break
                }
                let exact = n.flatMap { cases["=\($0)"] }
                let chosen = exact ?? n.flatMap { cases[language.plural.category($0)] } ?? cases["other"]!
                write(chosen, args, count: shown, into: &out)
            case .select(let name, let cases):
                var key = "other"
                if case .text(let s)? = args[name] { key = s }
                write(cases[key] ?? cases["other"]!, args, count: count, into: &out)
            }
        }
    }

    private func text(_ a: TextArgument?) -> String {
        switch a {
        case nil: return ""
        case .count(let n): return count(n)
        case .score(let v): return score(v)
        case .signed(let v): return signed(v)
        case .percent(let v): return percent(v)
        case .decimal(let v, let d): return decimal(v, digits: d)
        case .text(let s): return s
        case .day(let d): return day(d)
        case .longDay(let d): return longDay(d)
        case .integer(let n): return String(n)
        case .number(let v): return figures.decimalMark(KeyResultScoring.format(v))
        case .phrase(let p): return self(p.key, p.args)
        }
    }

    // MARK: Figures

    /// A 0–1 score with two decimals (`0.72`, `0,72`), or an en dash when there is none.
    public func score(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        return figures.decimalMark(String(format: "%.2f", v))
    }

    /// A number with `digits` decimals in the language's decimal mark.
    public func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        return figures.decimalMark(String(format: "%.\(max(0, digits))f", value))
    }

    /// A signed value with two decimals, `+0.63`, `−0.20`, `0.00`.
    public func signed(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        let s = String(format: "%.2f", abs(v))
        if s == "0.00" { return figures.decimalMark(s) }
        return (v > 0 ? "+" : "−") + figures.decimalMark(s)
    }

    /// A fraction as a whole percentage (`0.783` → `78%`, `78 %` in French), or an en dash.
    public func percent(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "–" }
        return figures.percent(Int((v * 100).rounded()))
    }

    /// A change against another cycle, `▲ 0.05`, `▼ 20 pts`, `= 0,00`: the direction and size
    /// `CycleComparison` rounds it to, worded in this language (`percent`: a share's change in
    /// points); empty when there is none.
    public func change(_ d: Double?, percent: Bool = false) -> String {
        guard let d, d.isFinite, let direction = CycleComparison.direction(d, percent: percent) else { return "" }
        let v = CycleComparison.shown(d, percent: percent)
        return percent ? self("common.change.points", ["arrow": .text(direction.arrow), "n": .count(Int(v))])
            : self("common.change.score", ["arrow": .text(direction.arrow), "amount": .text(score(v))])
    }

    /// An integer with the language's thousands separator (`100,000`, `100.000`, `100 000`).
    public func count(_ n: Int) -> String { figures.count(n) }

    /// A check-in day as `7 Jul` (`7. Sept.`, `9月7日`).
    public func day(_ d: Day) -> String { figures.day(d, .day) }

    /// A day as `7 Jul 2026`.
    public func longDay(_ d: Day) -> String { figures.day(d, .longDay) }

    /// The month of a day, `August`.
    public func month(_ d: Day) -> String { figures.day(d, .month) }

    /// The date as `14 October 2026` (`30. September 2026`, `2026年9月30日`), in the given time zone.
    public func date(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day], from: date)
        guard let day = Day(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1) else { return "" }
        return figures.day(day, .date)
    }
}

/// How one language writes figures and dates. English keeps townhall's own forms (the bytes every
/// English output has always had); the others ask ICU, which Foundation carries on Linux.
final class Figures: @unchecked Sendable {
    enum DayStyle { case day, longDay, month, date }

    private let locale: Locale?
    private let decimal: String
    private let lock = NSLock()
    private var numberFormatter: NumberFormatter?
    private var percentFormatter: NumberFormatter?
    private var dayFormatters: [Int: DateFormatter] = [:]

    private init(_ language: Language) {
        locale = language.locale.map(Locale.init(identifier:))
        if let locale {
            let f = NumberFormatter()
            f.locale = locale
            f.numberStyle = .decimal
            decimal = f.decimalSeparator ?? "."
        } else {
            decimal = "."
        }
    }

    private static let cache: [String: Figures] = Dictionary(uniqueKeysWithValues: Language.all.map { ($0.code, Figures($0)) })

    static func of(_ language: Language) -> Figures { cache[language.code] ?? Figures(language) }

    /// `s` (written with `.`) with the language's decimal mark.
    func decimalMark(_ s: String) -> String { decimal == "." ? s : s.replacingOccurrences(of: ".", with: decimal) }

    func count(_ n: Int) -> String {
        guard let locale else { return Presentation.grouped(n) }
        return lock.withLock {
            formatter(\.numberFormatter, .decimal, locale).string(from: NSNumber(value: n)) ?? String(n)
        }
    }

    func percent(_ whole: Int) -> String {
        guard let locale else { return "\(whole)%" }
        return lock.withLock {
            formatter(\.percentFormatter, .percent, locale).string(from: NSNumber(value: Double(whole) / 100)) ?? "\(whole)%"
        }
    }

    /// The whole-number formatter kept in `slot`, made on first use; the caller holds `lock`.
    private func formatter(_ slot: ReferenceWritableKeyPath<Figures, NumberFormatter?>, _ style: NumberFormatter.Style,
                           _ locale: Locale) -> NumberFormatter {
        if let f = self[keyPath: slot] { return f }
        let f = NumberFormatter()
        f.locale = locale
        f.numberStyle = style
        f.maximumFractionDigits = 0
        self[keyPath: slot] = f
        return f
    }

    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    func day(_ d: Day, _ style: DayStyle) -> String {
        let c = d.components
        guard let locale else {
            let month = Self.months[max(0, min(11, c.month - 1))]
            switch style {
            case .day: return "\(c.day) \(month.prefix(3))"
            case .longDay: return "\(c.day) \(month.prefix(3)) \(c.year)"
            case .month: return month
            case .date: return "\(c.day) \(month) \(c.year)"
            }
        }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let date = cal.date(from: DateComponents(year: c.year, month: c.month, day: c.day, hour: 12)) else { return d.description }
        return lock.withLock {
            let key: Int = switch style { case .day: 0; case .longDay: 1; case .month: 2; case .date: 3 }
            if dayFormatters[key] == nil {
                let f = DateFormatter()
                f.locale = locale
                f.timeZone = cal.timeZone
                switch style {
                case .day: f.setLocalizedDateFormatFromTemplate("dMMM")
                case .longDay: f.setLocalizedDateFormatFromTemplate("dMMMy")
                case .month: f.setLocalizedDateFormatFromTemplate("LLLL")
                case .date: f.dateStyle = .long
                }
                dayFormatters[key] = f
            }
            return dayFormatters[key]!.string(from: date)
        }
    }
}

extension CycleReport {
    /// The words of the report's language (`[organization] language` or `--lang`).
    public var wording: Wording { Wording(organization.language) }
}

extension HistoryReport {
    /// The words of the history's language.
    public var wording: Wording { Wording(language) }
}
