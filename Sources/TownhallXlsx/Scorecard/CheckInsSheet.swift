import TownhallCore

/// Columns of the Check-ins sheet.
enum CheckInColumn {
    static let line = 0, date = 1, krID = 2, team = 3, keyResult = 4, value = 5, confidence = 6, score = 7
    static let comment = 8, used = 9, problem = 10
    static let titles = ["Line", "Date", "KR ID", "Team", "Key result", "Value", "Confidence", "Score (computed)",
                         "Comment", "Used", "Problem"]
    static let widths: [Double] = [8, 11, 16, 20, 44, 10, 11, 10, 40, 6, 50]
    static let usedWord = "yes", unusedWord = "no"
}

extension ScorecardRenderer {
    /// Every row of the check-ins file, in file order, with the score it gives its key result (SPEC §2):
    /// rows that could not be used (unknown id, unreadable date or value, outside the cycle) are kept,
    /// marked `no` under *Used*, with the problem that says why.
    func writeCheckIns() throws {
        guard let checkIns = report.checkIns, let paging = checkInPaging else { return }
        let s = styles
        // The problems of the check-ins file by line (a row can have several).
        var problems: [Int: String] = [:]
        for p in checkIns.problems {
            problems[p.line] = problems[p.line].map { $0 + "; " + p.message } ?? p.message
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
        try writeList(paging, titles: CheckInColumn.titles, widths: CheckInColumn.widths,
                      empty: "The check-ins file holds no check-in.",
                      bands: [(CheckInColumn.score, CheckInColumn.score)], fitWidth: false) { ws, row, i in
            let c = checkIns.checkIns[i]
            ws.sourceLine = c.line
            try ws.number(row, CheckInColumn.line, Double(c.line), s.integer)
            if let d = c.date {
                try ws.day(row, CheckInColumn.date, d, s.date)
            } else {
                try ws.text(row, CheckInColumn.date, c.dateText)
            }
            try ws.text(row, CheckInColumn.krID, c.krID)
            if let k = keyResult(c) {
                try ws.text(row, CheckInColumn.team, report.keyResults[k].team)
                try ws.text(row, CheckInColumn.keyResult, report.keyResults[k].title)
            }
            if let v = c.value {
                try ws.number(row, CheckInColumn.value, v, s.general)
            } else {
                try ws.text(row, CheckInColumn.value, c.valueText)
            }
            try ws.number(row, CheckInColumn.confidence, c.confidence, s.percent)
            try ws.number(row, CheckInColumn.score, c.score, s.score)
            try ws.text(row, CheckInColumn.comment, c.comment)
            let used = c.keyResult != nil && c.date != nil
            if used {
                try ws.text(row, CheckInColumn.used, CheckInColumn.usedWord)
            } else {
                try ws.text(row, CheckInColumn.used, CheckInColumn.unusedWord, s.severityWarning)
            }
            if let p = problems[c.line] { try ws.text(row, CheckInColumn.problem, p, s.severityWarning) }
        }
    }
}
