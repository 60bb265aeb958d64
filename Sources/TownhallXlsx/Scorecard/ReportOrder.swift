import TownhallCore

extension CycleReport {
    /// Indices of `wins`, in the same order (best first), without copying the key results.
    var winIndices: [Int] {
        var keyed: [(score: Double, progress: Double, line: Int, index: Int)] = []
        for i in keyResults.indices where keyResults[i].outcome == .win {
            keyed.append((keyResults[i].score ?? 0, keyResults[i].progress ?? 0, keyResults[i].line, i))
        }
        // `wins` sorts by (score, progress, -line) descending, stably.
        keyed.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.progress != b.progress { return a.progress > b.progress }
            if a.line != b.line { return a.line < b.line }
            return a.index < b.index
        }
        return keyed.map(\.index)
    }

    /// Indices of `misses`, in the same order (committed first, lowest score first, then line).
    var missIndices: [Int] {
        var keyed: [(committed: Int, score: Double, line: Int, index: Int)] = []
        for i in keyResults.indices where keyResults[i].outcome == .miss {
            keyed.append((keyResults[i].type == .committed ? 0 : 1, keyResults[i].score ?? 0, keyResults[i].line, i))
        }
        keyed.sort { ($0.committed, $0.score, $0.line, $0.index) < ($1.committed, $1.score, $1.line, $1.index) }
        return keyed.map(\.index)
    }
}

/// Teams in tree order (each parent followed by its whole subtree) and objectives grouped under them,
/// so a team's objectives, and a subtree's, are one contiguous block of the Objectives sheet.
struct TeamTree {
    /// Indices into `report.teams`, depth first.
    let order: [Int]
    /// For each position in `order`, one past the last position of its subtree.
    let subtreeEnd: [Int]
    /// Indices into `report.objectives`, in Objectives-sheet order.
    let objectiveOrder: [Int]
    /// For each position in `order`, the team's own objectives as a range of `objectiveOrder` positions.
    let ownObjectives: [Range<Int>]
    /// Sheet position of each objective (by index into `report.objectives`).
    let objectivePosition: [Int]
    /// For each position in `order`, the mean of its subtree's objective scores as cells hold them
    /// (finite ones): what the roll-up formula's AVERAGE gives. Found in one pass from the leaves
    /// up, each subtree adding its sub-teams' compensated sums, so a deep tree costs no more than
    /// a flat one and the figure does not depend on the order of the additions.
    let subtreeScoreMean: [Double?]

    init(_ report: CycleReport) {
        let teams = report.teams
        var byName: [String: Int] = [:]
        for (i, t) in teams.enumerated() where byName[t.name] == nil { byName[t.name] = i }
        // Children: the core's lists, else from `parent` names.
        var children = teams.map(\.children)
        if children.allSatisfy(\.isEmpty) {
            for (i, t) in teams.enumerated() {
                if let p = t.parent, let pi = byName[p], pi != i { children[pi].append(i) }
            }
        }
        var isChild = Array(repeating: false, count: teams.count)
        for list in children { for c in list where c >= 0 && c < teams.count { isChild[c] = true } }

        var order: [Int] = []
        var end: [Int] = []
        var seen = Array(repeating: false, count: teams.count)
        func visit(_ root: Int) {
            // Iterative depth-first walk; `end` is filled when a node's subtree is done.
            var stack: [(node: Int, next: Int, position: Int)] = []
            guard !seen[root] else { return }
            seen[root] = true
            order.append(root)
            end.append(0)
            stack.append((root, 0, order.count - 1))
            while !stack.isEmpty {
                let top = stack.count - 1
                let node = stack[top].node
                if stack[top].next < children[node].count {
                    let child = children[node][stack[top].next]
                    stack[top].next += 1
                    if child >= 0, child < teams.count, !seen[child] {
                        seen[child] = true
                        order.append(child)
                        end.append(0)
                        stack.append((child, 0, order.count - 1))
                    }
                } else {
                    end[stack[top].position] = order.count
                    stack.removeLast()
                }
            }
        }
        for i in teams.indices where !isChild[i] { visit(i) }
        for i in teams.indices where !seen[i] { visit(i) }  // a cycle in parent names: still listed once
        self.order = order
        self.subtreeEnd = end

        var objectiveOrder: [Int] = []
        var placed = Array(repeating: false, count: report.objectives.count)
        var own: [Range<Int>] = []
        for t in order {
            let lo = objectiveOrder.count
            for o in teams[t].objectives where o >= 0 && o < placed.count && !placed[o] {
                placed[o] = true
                objectiveOrder.append(o)
            }
            own.append(lo..<objectiveOrder.count)
        }
        for o in report.objectives.indices where !placed[o] { objectiveOrder.append(o) }
        var position = Array(repeating: 0, count: report.objectives.count)
        for (p, o) in objectiveOrder.enumerated() { position[o] = p }
        self.objectiveOrder = objectiveOrder
        self.ownObjectives = own
        self.objectivePosition = position

        var sums = [CompensatedSum](repeating: CompensatedSum(), count: order.count)
        var means = [Double?](repeating: nil, count: order.count)
        for p in order.indices.reversed() {
            for i in own[p] {
                if let s = report.objectives[objectiveOrder[i]].score, s.isFinite { sums[p].add(s) }
            }
            var child = p + 1  // the sub-teams: p + 1, then one past each one's subtree
            while child < end[p] {
                sums[p].add(sums[child])
                child = end[child]
            }
            means[p] = sums[p].count > 0 ? sums[p].value / Double(sums[p].count) : nil
        }
        self.subtreeScoreMean = means
    }

    /// The objectives of the subtree at `position` in `order`, as a range of `objectiveOrder` positions.
    func subtreeObjectives(_ position: Int) -> Range<Int> {
        let last = subtreeEnd[position] - 1
        return ownObjectives[position].lowerBound..<ownObjectives[last].upperBound
    }
}

/// A sum of many scores without the rounding error of adding them one by one (Neumaier).
struct CompensatedSum {
    private var sum = 0.0, compensation = 0.0
    private(set) var count = 0

    var value: Double { sum + compensation }

    mutating func add(_ x: Double) {
        addTerm(x)
        count += 1
    }

    mutating func add(_ other: CompensatedSum) {
        addTerm(other.sum)
        addTerm(other.compensation)
        count += other.count
    }

    private mutating func addTerm(_ x: Double) {
        let t = sum + x
        compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
    }
}
