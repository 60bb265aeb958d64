/// A calendar day, as a count of days since 1970-01-01 (proleptic Gregorian). Dates in check-ins
/// are days; townhall never needs a time zone.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var number: Int

    public init(number: Int) { self.number = number }

    /// The day of `year`-`month`-`day`, or `nil` for an impossible date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    /// Reads ISO 8601: `2026-07-03`, optionally followed by a time (`T09:30`, `T09:30:00Z`, `+02:00`…).
    public init?(iso text: String) {
        let b = Array(text.trimmed.utf8)
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        if b.count > 10 {
            guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), b.count >= 13, num(11..<13) != nil else {
                return nil
            }
        }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2026-07-03`; ISO 8601 years have at least four digits (`0001-01-01`).
    public var description: String {
        let c = components
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let digits = String(c.year.magnitude)
        let year = (c.year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(year)-\(two(c.month))-\(two(c.day))"
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
    public static func + (a: Day, days: Int) -> Day { Day(number: a.number + days) }
    public static func - (a: Day, b: Day) -> Int { a.number - b.number }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// The first and last day of a cycle.
public struct CycleDates: Sendable, Hashable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    /// Reads the range from a cycle name: `2026-Q3`, `Q3 2026`, `2026-H1`, `H2 2026`, `FY2026`, `2026`.
    public init?(cycleName: String) {
        let words = cycleName.uppercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        var year: Int?
        var quarter: Int?, half: Int?
        for w in words {
            if w.count == 4, let y = Int(w) { year = y; continue }
            if w.hasPrefix("FY"), let y = Int(w.dropFirst(2)) { year = y < 100 ? 2000 + y : y; continue }
            if w.count == 2, w.hasPrefix("Q"), let q = Int(w.dropFirst()), (1...4).contains(q) { quarter = q; continue }
            if w.count == 2, w.hasPrefix("H"), let h = Int(w.dropFirst()), (1...2).contains(h) { half = h; continue }
            // `2026Q3`
            if w.count == 6, let y = Int(w.prefix(4)), let n = Int(w.suffix(1)) {
                if w.dropFirst(4).first == "Q" { year = y; quarter = n; continue }
                if w.dropFirst(4).first == "H" { year = y; half = n; continue }
            }
        }
        guard let y = year else { return nil }
        let (first, months): (Int, Int)
        if let q = quarter, (1...4).contains(q) { (first, months) = (3 * (q - 1) + 1, 3) }
        else if let h = half, (1...2).contains(h) { (first, months) = (6 * (h - 1) + 1, 6) }
        else { (first, months) = (1, 12) }
        let lastMonth = first + months - 1
        start = Day(year: y, month: first, day: 1)!
        end = Day(year: y, month: lastMonth, day: Day.daysIn(month: lastMonth, year: y))!
    }

    public var days: Int { end - start + 1 }
    public func contains(_ d: Day) -> Bool { d >= start && d <= end }
}
