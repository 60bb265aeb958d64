import TownhallCore

extension ScorecardRenderer {
    /// One row of the Check-ins sheet: the check-in, its key result (found by id when the row could
    /// not be used) and the problems of its line.
    struct CheckInRow {
        var checkIn: CheckIn
        var keyResult: Int?
        var problem: String?
    }

    static let checkInColumns: [ListColumn<CheckInRow>] = [
        ListColumn(id: "line", titleKey: "workbook.column.line", width: 8) { r, ws, row, c, x in try ws.number(row, c, Double(x.checkIn.line), r.styles.integer) },
        ListColumn(id: "date", titleKey: "workbook.column.date", width: 11) { r, ws, row, c, x in
            if let d = x.checkIn.date { try ws.day(row, c, d, r.styles.date) } else { try ws.text(row, c, x.checkIn.dateText) }
        },
        ListColumn(id: "krID", titleKey: "workbook.column.krID", width: 16) { _, ws, row, c, x in try ws.text(row, c, x.checkIn.krID) },
        ListColumn(id: "team", titleKey: "workbook.column.team", width: 20) { r, ws, row, c, x in
            if let k = x.keyResult { try ws.text(row, c, r.report.keyResults[k].team) }
        },
        ListColumn(id: "keyResult", titleKey: "workbook.column.keyResult", width: 44) { r, ws, row, c, x in
            if let k = x.keyResult { try ws.text(row, c, r.report.keyResults[k].title) }
        },
        ListColumn(id: "value", titleKey: "workbook.column.checkInValue", width: 10) { r, ws, row, c, x in
            if let v = x.checkIn.value { try ws.number(row, c, v, r.styles.general) } else { try ws.text(row, c, x.checkIn.valueText) }
        },
        ListColumn(id: "confidence", titleKey: "workbook.column.confidence", width: 11) { r, ws, row, c, x in
            try ws.number(row, c, x.checkIn.confidence, r.styles.percent)
        },
        ListColumn(id: "score", titleKey: "workbook.column.score", width: 10, isScore: true, fill: .byScore) { r, ws, row, c, x in
            try ws.number(row, c, x.checkIn.score, r.styles.score)
        },
        ListColumn(id: "comment", titleKey: "workbook.column.comment", width: 40) { _, ws, row, c, x in try ws.text(row, c, x.checkIn.comment) },
        ListColumn(id: "used", titleKey: "workbook.column.used", width: 6) { r, ws, row, c, x in
            let used = x.checkIn.keyResult != nil && x.checkIn.date != nil
            try ws.text(row, c, r.words.yesNo(used), used ? nil : r.styles.severityWarning)
        },
        ListColumn(id: "problem", titleKey: "workbook.column.problem", width: 50) { r, ws, row, c, x in
            if let p = x.problem { try ws.text(row, c, p, r.styles.severityWarning) }
        },
    ]

    /// Every row of the check-ins file, in file order, with the score it gives its key result (SPEC §2):
    /// rows that could not be used (unknown id, unreadable date or value, outside the cycle) are kept,
    /// marked `no` under *Used*, with the problem that says why.
    func writeCheckIns() throws {
        guard let checkIns = report.checkIns, let paging = checkInPaging else { return }
        // The problems of the check-ins file by line (a row can have several).
        var problems: [Int: String] = [:]
        for p in checkIns.problems {
            let message = p.message(in: wording)
            problems[p.line] = problems[p.line].map { $0 + "; " + message } ?? message
        }
        // Unusable rows have no key result index: find their KR by id, when it exists, to name it.
        var byID: [String: Int]?
        func keyResult(_ c: CheckIn) -> Int? {
            if let k = c.keyResult { return k }
            if byID == nil {
                var map: [String: Int] = [:]
                for (i, kr) in report.keyResults.enumerated() where map[kr.id] == nil { map[kr.id] = i }
                byID = map
            }
            return byID?[c.krID]
        }
        for k in 0..<paging.sheetCount {
            sheet(paging.name(k)).sourceFile = checkIns.file
        }
        try writeList(paging, columns: Self.checkInColumns, empty: wording("workbook.empty.checkIns"),
                      line: { $0.checkIn.line }) { i in
            let c = checkIns.checkIns[i]
            return CheckInRow(checkIn: c, keyResult: keyResult(c), problem: problems[c.line])
        }
    }
}
