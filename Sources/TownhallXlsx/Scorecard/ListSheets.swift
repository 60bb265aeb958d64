import TownhallCore

extension ScorecardRenderer {
    /// Writes `paging.items` rows over its sheets: the frame, then each column's cell of `item(i)`,
    /// the row made tall enough for the columns that wrap. An empty list gets one muted line saying so.
    func writeList<Item>(_ paging: Paging, columns: [ListColumn<Item>], extra: (titles: [String], widths: [Double]) = ([], []),
                         empty: String?, line: (Item) -> Int?, item: (Int) -> Item,
                         after: ((XlsxSheet, Int, Item) throws -> Void)? = nil) throws {
        let titles = columns.map { wording($0.titleKey) } + extra.titles
        let widths = columns.map(\.width) + extra.widths
        let scoreCol = columns.firstIndex(where: \.isScore)
        let wrapping = columns.enumerated().compactMap { c, column in column.wraps.map { (c, $0, column.width) } }
        for k in 0..<paging.sheetCount {
            let ws = sheet(paging.name(k))
            let items = paging.items(onSheet: k)
            ws.sourceColumns = titles
            try frame(ws, titles: titles, widths: widths, lastRow: items.count) { _ in self.styles.header }
            if let scoreCol {
                for (c, column) in columns.enumerated() where column.fill == .byScore {
                    try bandFills(ws, rows: 1, items.count, col: c, scoreCol: scoreCol)
                }
            }
            if paging.items == 0, let empty { try ws.text(1, 0, empty, styles.muted) }
            var row = 0
            for i in items {
                row += 1
                let it = item(i)
                ws.sourceLine = line(it)
                if !wrapping.isEmpty { try fitRow(ws, row, wrapping.map { ($0.1(self, it), $0.2) }) }
                for (c, column) in columns.enumerated() { try column.write(self, ws, row, c, it) }
                try after?(ws, row, it)
            }
        }
    }

    /// The columns Wins and Misses share, by id: a key result's team, objective, title, type, score,
    /// progress, band, owner and line (the item is the key result's index).
    static func keyResultListColumn(_ id: String, _ width: Double) -> ListColumn<Int> {
        switch id {
        case "team":
            return ListColumn(id: id, titleKey: "workbook.column.team", width: width) { r, ws, row, c, i in
                try ws.text(row, c, r.report.keyResults[i].team, r.styles.top)
            }
        case "objective":
            return ListColumn(id: id, titleKey: "workbook.column.objective", width: width, wraps: { r, i in r.report.keyResults[i].objective }) { r, ws, row, c, i in
                try ws.text(row, c, r.report.keyResults[i].objective, r.styles.wrap)
            }
        case "keyResult":
            return ListColumn(id: id, titleKey: "workbook.column.keyResult", width: width, wraps: { r, i in r.report.keyResults[i].title }) { r, ws, row, c, i in
                try ws.text(row, c, r.report.keyResults[i].title, r.styles.wrap)
            }
        case "type":
            return ListColumn(id: id, titleKey: "workbook.column.type", width: width) { r, ws, row, c, i in
                let type = r.report.keyResults[i].type
                try ws.text(row, c, r.words.type(type), type == .committed ? r.styles.committed : r.styles.top)
            }
        case "score":
            return ListColumn(id: id, titleKey: "workbook.column.scoreShort", width: width, isScore: true, fill: .byScore) { r, ws, row, c, i in
                try ws.number(row, c, r.report.keyResults[i].score, r.styles.score)
            }
        case "progress":
            return ListColumn(id: id, titleKey: "workbook.column.progress", width: width) { r, ws, row, c, i in
                try ws.number(row, c, r.report.keyResults[i].progress, r.styles.percent)
            }
        case "band":
            return ListColumn(id: id, titleKey: "workbook.column.band", width: width, fill: .byScore) { r, ws, row, c, i in
                try ws.text(row, c, r.words.band(r.report.keyResults[i].band), r.styles.top)
            }
        case "owner":
            return ListColumn(id: id, titleKey: "workbook.column.owner", width: width) { r, ws, row, c, i in
                try ws.text(row, c, r.report.keyResults[i].owner, r.styles.top)
            }
        case "line":
            return ListColumn(id: id, titleKey: "workbook.column.line", width: width) { r, ws, row, c, i in
                try ws.number(row, c, Double(r.report.keyResults[i].line), r.styles.integer)
            }
        default: preconditionFailure("no key result list column \(id)")
        }
    }

    static let winColumns: [ListColumn<Int>] = [
        ("team", 20), ("objective", 30), ("keyResult", 44), ("type", 12), ("score", 7), ("progress", 9), ("owner", 16),
        ("line", 6),
    ].map { keyResultListColumn($0.0, $0.1) }

    static let missColumns: [ListColumn<Int>] = {
        let notes = ListColumn<Int>(id: "notes", titleKey: "workbook.column.notes", width: 52, wraps: { r, i in r.report.keyResults[i].notes }) { r, ws, row, c, i in
            let kr = r.report.keyResults[i]
            if kr.notes.isEmpty {
                try ws.text(row, c, kr.type == .committed ? r.wording("workbook.noReflection") : "", r.styles.muted)
            } else {
                try ws.text(row, c, kr.notes, r.styles.wrap)
            }
        }
        let head = [("team", 18.0), ("objective", 26), ("keyResult", 38), ("type", 12), ("score", 7), ("progress", 9),
                    ("band", 9)].map { keyResultListColumn($0.0, $0.1) }
        return head + [notes] + [("owner", 16.0), ("line", 6)].map { keyResultListColumn($0.0, $0.1) }
    }()

    func writeWins() throws {
        let krs = report.keyResults
        try writeList(winPaging, columns: Self.winColumns, empty: wording("workbook.empty.wins"), line: { krs[$0].line }) { wins[$0] }
    }

    func writeMisses() throws {
        let krs = report.keyResults
        try writeList(missPaging, columns: Self.missColumns, empty: wording("workbook.empty.misses"), line: { krs[$0].line }) {
            misses[$0]
        }
    }

    static let checkColumns: [ListColumn<CheckFinding>] = [
        ListColumn(id: "severity", titleKey: "workbook.column.severity", width: 9) { r, ws, row, c, check in
            let s = r.styles
            let format: XlsxFormat
            switch check.severity {
            case .error: format = s.severityError
            case .warning: format = s.severityWarning
            case .info: format = s.severityInfo
            }
            try ws.text(row, c, r.wording("workbook.severity." + check.severity.rawValue), format)
        },
        ListColumn(id: "check", titleKey: "workbook.column.check", width: 40, wraps: { $0.checkName($1) }) { r, ws, row, c, check in
            try ws.text(row, c, r.checkName(check), r.styles.wrap)
        },
        ListColumn(id: "team", titleKey: "workbook.column.team", width: 18) { r, ws, row, c, check in try ws.text(row, c, check.team, r.styles.top) },
        ListColumn(id: "subject", titleKey: "workbook.column.subject", width: 40, wraps: { $1.subject }) { r, ws, row, c, check in
            try ws.text(row, c, check.subject, r.styles.wrap)
        },
        ListColumn(id: "message", titleKey: "workbook.column.message", width: 56, wraps: { $1.message(in: $0.wording) }) { r, ws, row, c, check in
            try ws.text(row, c, check.message(in: r.wording), r.styles.wrap)
        },
        ListColumn(id: "lines", titleKey: "workbook.column.lines", width: 20, wraps: { $0.linesText($1.lines) }) { r, ws, row, c, check in
            try ws.text(row, c, r.linesText(check.lines), r.styles.wrap)
        },
        // The check's id, as a code to filter by or quote to whoever maintains the playbook: the
        // same in every language, like the `[checks] disable` list of the config that names it.
        ListColumn(id: "checkId", titleKey: "workbook.column.checkId", width: 24) { r, ws, row, c, check in try ws.text(row, c, check.id, r.styles.top) },
    ]

    /// What a finding's check asks, in the workbook's language with the limits in force
    /// (`Every key result was updated in the last 30 days of the cycle`); its id for a check the
    /// playbook does not know.
    func checkName(_ finding: CheckFinding) -> String {
        let text = Playbook.summary(of: finding.id, limits: report.limits, thresholds: report.thresholds, in: wording) ?? finding.id
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    func writeChecks() throws {
        try writeList(checkPaging, columns: Self.checkColumns, empty: wording("workbook.empty.checks"),
                      line: { $0.lines.first }) { report.checks[$0] }
    }

    /// `3, 7, 12` — or the first hundred and a count of the rest.
    func linesText(_ lines: [Int], limit: Int = 100) -> String {
        let shown = lines.prefix(limit).map(String.init).joined(separator: ", ")
        return lines.count > limit
            ? wording("workbook.lines.more", ["shown": .text(shown), "n": .count(lines.count - limit)]) : shown
    }

    /// One row of the Problems sheet, whatever it reports.
    struct ProblemRow {
        var kind: String
        var severity: Severity
        var file: String
        var line: Int?
        var column: String
        var message: String
        var fields: [String] = []
    }

    func problemRow(_ item: ProblemItem) -> ProblemRow {
        let source = report.sourceName
        switch item {
        case .rejected(let r):
            let rejected = report.rejected[r]
            return ProblemRow(kind: words.rejectedKind, severity: .error, file: source, line: rejected.line,
                              column: "", message: rejected.reason(in: wording), fields: Array(rejected.fields.prefix(rejectedColumns)))
        case .problem(let p):
            let problem = report.problems[p]
            return ProblemRow(kind: words.problemKind, severity: .warning, file: problem.file ?? source,
                              line: problem.line, column: problem.column(in: wording), message: problem.message(in: wording))
        case .warning(let w):
            let warning = report.warnings[w]
            return ProblemRow(kind: words.warningKind, severity: .info, file: warning.location.file ?? source,
                              line: warning.location.line, column: warning.location.column ?? "", message: warning.message(in: wording))
        }
    }

    static let problemColumns: [ListColumn<ProblemRow>] = [
        ListColumn(id: ProblemColumn.kind, titleKey: "workbook.column.kind", width: 13) { r, ws, row, c, p in
            let s = r.styles
            try ws.text(row, c, p.kind, p.severity == .error ? s.severityError : p.severity == .warning ? s.severityWarning : s.severityInfo)
        },
        ListColumn(id: "file", titleKey: "workbook.column.file", width: 18) { _, ws, row, c, p in try ws.text(row, c, p.file) },
        ListColumn(id: "line", titleKey: "workbook.column.line", width: 8) { r, ws, row, c, p in
            if let l = p.line { try ws.number(row, c, Double(l), r.styles.integer) }
        },
        ListColumn(id: "column", titleKey: "workbook.column.column", width: 16) { _, ws, row, c, p in try ws.text(row, c, p.column) },
        ListColumn(id: "message", titleKey: "workbook.column.message", width: 60, wraps: { $1.message }) { r, ws, row, c, p in
            try ws.text(row, c, p.message, r.styles.wrap)
        },
    ]

    func writeProblems() throws {
        let fieldTitles = (0..<rejectedColumns).map { KeyResultColumns.inputTitle(report, $0, wording) }
        let columns = Self.problemColumns
        try writeList(problemPaging, columns: columns, extra: (fieldTitles, fieldTitles.map { _ in 16 }),
                      empty: wording("workbook.empty.problems"),
                      line: \.line, item: { problemRow(problemItems[$0]) }) { ws, row, p in
            for (j, field) in p.fields.enumerated() { try ws.text(row, columns.count + j, field) }
        }
    }
}
