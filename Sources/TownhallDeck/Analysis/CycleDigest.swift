import TownhallCore

/// What the deck needs from the key results, gathered in one pass: bounded lists of the best
/// wins and the misses to discuss, the score histogram, counts by rule and outcome.
///
/// The work is linear in the number of key results and memory is bounded by the list caps, so a
/// cycle of a million key results costs one scan, not a sort.
struct CycleDigest {
    /// Indices of the best wins, in `CycleReport.wins` order (score, progress, then line).
    var topWins: [Int]
    /// Indices of the misses to show, in `CycleReport.misses` order (committed first, lowest score, line).
    var topMisses: [Int]
    /// Aspirational key results carried forward, closest to done first.
    var topCarried: [Int]
    var wins = 0
    var winTeams = 0
    /// Per team with wins: how many, and its best win (so every such team can be named).
    var teamWins: [String: TeamWins] = [:]
    var committedMisses = 0
    var aspirationalMisses = 0
    var missingReflections = 0
    var carriedCommitted = 0
    var carriedAspirational = 0
    /// Key results by score bucket (10 buckets of 0.1, then exactly 1.0) and band.
    var histogram: [[Int]]
    /// Scored key results by the rule that scored them.
    var rules: [ScoringRule: Int] = [:]
    /// Objectives that have a score.
    var scoredObjectives = 0

    /// Histogram bucket labels, lower edges.
    static let bucketLabels = ["0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9", "1.0"]

    init(_ report: CycleReport, winLimit: Int, missLimit: Int, carryLimit: Int) {
        let krs = report.keyResults
        let tol = report.thresholds.tolerance
        var wins = BoundedSelection(limit: winLimit) { CycleReport.winOrder(krs[$0], krs[$1]) }
        var misses = BoundedSelection(limit: missLimit) { CycleReport.missOrder(krs[$0], krs[$1]) }
        var carried = BoundedSelection(limit: carryLimit) { a, b in
            let x = krs[a], y = krs[b]
            return (x.score ?? 0, -x.line) > (y.score ?? 0, -y.line)
        }
        histogram = Array(repeating: Array(repeating: 0, count: Band.allCases.count), count: Self.bucketLabels.count)
        var teamWins: [String: TeamWins] = [:]
        for i in krs.indices {
            let kr = krs[i]
            guard let s = kr.score else { continue }
            if let r = kr.rule { rules[r, default: 0] += 1 }
            let bucket = min(10, max(0, Int((s * 10 + tol).rounded(.down))))
            let band = kr.band ?? report.thresholds.band(s) ?? .red
            histogram[bucket][Band.allCases.firstIndex(of: band) ?? 2] += 1
            switch kr.outcome {
            case .win:
                self.wins += 1
                wins.offer(i)
                teamWins[kr.team, default: TeamWins(count: 0, best: i)].record(i) { CycleReport.winOrder(krs[$0], krs[$1]) }
            case .miss:
                misses.offer(i)
                if kr.type == .committed {
                    committedMisses += 1
                    if kr.notes.trimmed.isEmpty { missingReflections += 1 }
                } else {
                    aspirationalMisses += 1
                }
            default: break
            }
            // Same rule as CycleReport.carryForward.
            switch kr.type {
            case .committed where kr.outcome == .miss: carriedCommitted += 1
            case .aspirational where s < 1 - tol:
                carriedAspirational += 1
                carried.offer(i)
            default: break
            }
        }
        topWins = wins.items
        topMisses = misses.items
        topCarried = carried.items
        winTeams = teamWins.count
        self.teamWins = teamWins
        scoredObjectives = report.objectives.reduce(0) { $0 + ($1.score == nil ? 0 : 1) }
    }
}

/// A team's wins: how many, and the best of them.
struct TeamWins {
    var count: Int
    var best: Int

    mutating func record(_ i: Int, before: (Int, Int) -> Bool) {
        if count > 0 && before(i, best) { best = i }
        count += 1
    }
}

/// The first `limit` elements of a stream in the order `before`, kept sorted as they arrive.
/// Each offer costs at most `limit` comparisons; most are rejected after one.
struct BoundedSelection {
    let limit: Int
    let before: (Int, Int) -> Bool
    private(set) var items: [Int] = []

    init(limit: Int, before: @escaping (Int, Int) -> Bool) {
        self.limit = max(0, limit)
        self.before = before
        items.reserveCapacity(self.limit + 1)
    }

    mutating func offer(_ i: Int) {
        guard limit > 0 else { return }
        if items.count == limit {
            guard let last = items.last, before(i, last) else { return }
            items.removeLast()
        }
        var pos = items.count
        while pos > 0 && before(i, items[pos - 1]) { pos -= 1 }
        items.insert(i, at: pos)
    }
}
