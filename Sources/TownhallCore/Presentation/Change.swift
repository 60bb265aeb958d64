/// Which way a figure moved against the previous cycle, at the precision it is shown: a change
/// that shows as 0.00 did not move.
public enum Direction: Sendable, Hashable {
    case up, down, same

    /// The change `d`, `same` when it rounds to zero where it is shown.
    public init(_ d: Double, roundsToZero: Bool) {
        self = roundsToZero ? .same : (d > 0 ? .up : .down)
    }

    /// `▲`, `▼` or `=`: the mark every output puts before the amount.
    public var arrow: String {
        switch self {
        case .up: "▲"
        case .down: "▼"
        case .same: "="
        }
    }
}

/// Which way is good for a figure: more of a score is good, more days between updates is not,
/// and more key results is neither.
public enum Better: Sendable, Hashable {
    case up, down, neither
}

/// Whether a change is good news, bad news or neither. Decided here, once, so the deck's and the
/// workbook's arrows can never disagree on what counts as good.
public enum News: Sendable, Hashable {
    case good, bad, neutral

    public init(_ direction: Direction, better: Better) {
        switch (better, direction) {
        case (_, .same), (.neither, _): self = .neutral
        case (.up, .up), (.down, .down): self = .good
        default: self = .bad
        }
    }
}

/// Number text every renderer shares.
public enum Presentation {
    /// An integer with a comma every three digits (`100000` → `100,000`), whatever the locale.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
