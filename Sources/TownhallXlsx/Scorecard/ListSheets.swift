import TownhallCore

extension ScorecardRenderer {
    /// Writes `paging.items` rows over its sheets: the frame, then `row(sheet, rowNumber, item)` in order.
    /// An empty list gets one muted line saying so.
    func writeList(_ paging: Paging, titles: [String], widths: [Double], empty: String,
                           bands: [(col: Int, scoreCol: Int)] = [], fitWidth: Bool = true,
                           row write: (XlsxSheet, Int, Int) throws -> Void) throws {
        for k in 0..<paging.sheetCount {
            let ws = sheet(paging.name(k))
            let items = paging.items(onSheet: k)
            ws.sourceColumns = titles
            try frame(ws, titles: titles, widths: widths, lastRow: items.count, fitWidth: fitWidth) { _ in
                self.styles.header
            }
            for b in bands { try bandFills(ws, rows: 1, items.count, col: b.col, scoreCol: b.scoreCol) }
            if paging.items == 0 { try ws.text(1, 0, empty, styles.muted) }
            var row = 0
            for i in items {
                row += 1
                try write(ws, row, i)
            }
        }
    }

    func writeWins() throws {
        let widths: [Double] = [20, 30, 44, 12, 7, 9, 16, 6]
        try writeList(winPaging,
                      titles: ["Team", "Objective", "Key result", "Type", "Score", "Progress", "Owner", "Line"],
                      widths: widths, empty: "No wins this cycle.", bands: [(4, 4)]) { ws, row, i in
            try winRow(ws, row, report.keyResults[wins[i]], widths)
        }
    }

    private func winRow(_ ws: XlsxSheet, _ row: Int, _ kr: borrowing KeyResult, _ widths: [Double]) throws {
        let s = styles
        ws.sourceLine = kr.line
        try fitRow(ws, row, [(kr.objective, widths[1]), (kr.title, widths[2])])
        try ws.text(row, 0, kr.team, s.top)
        try ws.text(row, 1, kr.objective, s.wrap)
        try ws.text(row, 2, kr.title, s.wrap)
        try ws.text(row, 3, kr.type.rawValue, s.top)
        try ws.number(row, 4, kr.score, s.score)
        try ws.number(row, 5, kr.progress, s.percent)
        try ws.text(row, 6, kr.owner, s.top)
        try ws.number(row, 7, Double(kr.line), s.integer)
    }

    func writeMisses() throws {
        let widths: [Double] = [18, 26, 38, 12, 7, 9, 7, 52, 16, 6]
        try writeList(missPaging,
                      titles: ["Team", "Objective", "Key result", "Type", "Score", "Progress", "Band", "Notes", "Owner", "Line"],
                      widths: widths, empty: "No misses this cycle.", bands: [(4, 4), (6, 4)]) { ws, row, i in
            try missRow(ws, row, report.keyResults[misses[i]], widths)
        }
    }

    private func missRow(_ ws: XlsxSheet, _ row: Int, _ kr: borrowing KeyResult, _ widths: [Double]) throws {
        let s = styles
        ws.sourceLine = kr.line
        try fitRow(ws, row, [(kr.objective, widths[1]), (kr.title, widths[2]), (kr.notes, widths[7])])
        try ws.text(row, 0, kr.team, s.top)
        try ws.text(row, 1, kr.objective, s.wrap)
        try ws.text(row, 2, kr.title, s.wrap)
        try ws.text(row, 3, kr.type.rawValue, kr.type == .committed ? s.committed : s.top)
        try ws.number(row, 4, kr.score, s.score)
        try ws.number(row, 5, kr.progress, s.percent)
        try ws.text(row, 6, kr.band?.rawValue ?? "", s.top)
        if kr.notes.isEmpty {
            try ws.text(row, 7, kr.type == .committed ? "(no reflection written)" : "", s.muted)
        } else {
            try ws.text(row, 7, kr.notes, s.wrap)
        }
        try ws.text(row, 8, kr.owner, s.top)
        try ws.number(row, 9, Double(kr.line), s.integer)
    }

    func writeChecks() throws {
        let s = styles
        let widths: [Double] = [9, 24, 18, 40, 56, 20]
        try writeList(checkPaging, titles: ["Severity", "Check", "Team", "Subject", "Message", "Lines"],
                      widths: widths, empty: "The cycle passes every playbook check.") { ws, row, i in
            let check = report.checks[i]
            ws.sourceLine = check.lines.first
            let lines = Self.linesText(check.lines)
            try fitRow(ws, row, [(check.subject, widths[3]), (check.message, widths[4]), (lines, widths[5])])
            let severity: XlsxFormat
            switch check.severity {
            case .error: severity = s.severityError
            case .warning: severity = s.severityWarning
            case .info: severity = s.severityInfo
            }
            try ws.text(row, 0, check.severity.rawValue, severity)
            try ws.text(row, 1, check.id, s.top)
            try ws.text(row, 2, check.team, s.top)
            try ws.text(row, 3, check.subject, s.wrap)
            try ws.text(row, 4, check.message, s.wrap)
            try ws.text(row, 5, lines, s.wrap)
        }
    }

    /// `3, 7, 12` — or the first hundred and a count of the rest.
    static func linesText(_ lines: [Int], limit: Int = 100) -> String {
        let shown = lines.prefix(limit).map(String.init).joined(separator: ", ")
        return lines.count > limit ? shown + " … (+\((lines.count - limit).grouped) more)" : shown
    }

    func writeProblems() throws {
        let s = styles
        let source = report.sourceName
        let fieldTitles = (0..<rejectedColumns).map { i -> String in
            let h = i < report.header.count ? report.header[i].trimmed : ""
            return h.isEmpty ? "Column \(i + 1)" : h
        }
        try writeList(problemPaging, titles: ProblemColumn.titles + fieldTitles,
                      widths: ProblemColumn.widths + fieldTitles.map { _ in 16 },
                      empty: "No data problems: every row became a key result and every key result could be scored.",
                      fitWidth: rejectedColumns == 0) {
            ws, row, i in
            switch problemItems[i] {
            case .rejected(let r):
                let rejected = report.rejected[r]
                ws.sourceLine = rejected.line
                try ws.text(row, ProblemColumn.kind, ProblemColumn.rejectedKind, s.severityError)
                try ws.text(row, ProblemColumn.file, source)
                try ws.number(row, ProblemColumn.line, Double(rejected.line), s.integer)
                try fitRow(ws, row, [(rejected.reason, ProblemColumn.widths[ProblemColumn.message])])
                try ws.text(row, ProblemColumn.message, rejected.reason, s.wrap)
                for (j, field) in rejected.fields.prefix(rejectedColumns).enumerated() {
                    try ws.text(row, ProblemColumn.fields + j, field)
                }
            case .problem(let p):
                let problem = report.problems[p]
                ws.sourceLine = problem.line
                try ws.text(row, ProblemColumn.kind, ProblemColumn.problemKind, s.severityWarning)
                try ws.text(row, ProblemColumn.file, problem.file ?? source)
                try ws.number(row, ProblemColumn.line, Double(problem.line), s.integer)
                try ws.text(row, ProblemColumn.column, problem.column)
                try fitRow(ws, row, [(problem.message, ProblemColumn.widths[ProblemColumn.message])])
                try ws.text(row, ProblemColumn.message, problem.message, s.wrap)
            case .warning(let w):
                let warning = report.warnings[w]
                ws.sourceLine = warning.location.line
                try ws.text(row, ProblemColumn.kind, ProblemColumn.warningKind, s.severityInfo)
                try ws.text(row, ProblemColumn.file, warning.location.file ?? source)
                if let line = warning.location.line { try ws.number(row, ProblemColumn.line, Double(line), s.integer) }
                try ws.text(row, ProblemColumn.column, warning.location.column ?? "")
                try fitRow(ws, row, [(warning.message, ProblemColumn.widths[ProblemColumn.message])])
                try ws.text(row, ProblemColumn.message, warning.message, s.wrap)
            }
        }
    }
}
