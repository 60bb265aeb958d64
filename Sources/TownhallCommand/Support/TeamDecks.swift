import Foundation
import TownhallCore
import TownhallDeck
import TownhallPDF

/// `--team-decks`: one retro deck per team in `<cycle>-teams/`, and the `index.html` listing them.
///
/// The company report is built once; each team's report is derived from it (`CycleReport.subtree`),
/// never read or scored again, so every deck agrees with the town hall to the last digit.
enum TeamDecks {
    /// The folder's name beside the other outputs.
    static func folderName(slug: String) -> String { "\(slug)-teams" }

    /// A distinct file stem per team (`Slug.team`); a stem that two teams share, or that is
    /// `index`, gets the name's hash as well, so no deck replaces another or the index.
    static func stems(_ teams: [Team]) -> [String] {
        var count: [String: Int] = [:]
        let base = teams.map { Slug.team($0.name) }
        for b in base { count[b, default: 0] += 1 }
        return zip(teams, base).map { team, b in
            count[b]! > 1 || b == "index" ? "\(b)-\(Slug.hash(team.name))" : b
        }
    }

    /// Writes every team's deck (and PDF, with `printer`) and the index into `folder`.
    /// - Parameter previous: the archive's previous cycle, for each team's comparison.
    /// - Returns: how many decks were written.
    static func write(
        _ report: CycleReport, previous: ArchivedCycle?, into folder: String, options: DeckOptions,
        printer: ChromiumPrinter?, progress: Progress
    ) throws -> Int {
        let stems = stems(report.teams)
        let index = SubtreeIndex(report)
        let decks = DeckBatch()
        var rows: [TeamIndexRenderer.Row] = []
        rows.reserveCapacity(report.teams.count)
        for t in report.teams.indices {
            progress.step("writing team decks (\(t + 1) of \(report.teams.count))")
            var sub = report.subtree(rootedAt: t, index: index)
            if let previous { TeamRun.compare(&sub, with: previous) }
            let html: String
            do { html = try decks.render(sub, options: options) } catch {
                throw Failure(.cannotCreate, "\(folder)/\(stems[t]).html: cannot render the deck: \(error.localizedDescription)")
            }
            let path = "\(folder)/\(stems[t]).html"
            try write(Array(html.utf8), to: path)
            if let printer {
                try write(try Handout.pdf(of: sub, html: path, printer: printer), to: "\(folder)/\(stems[t]).pdf")
            }
            var row = TeamIndexRenderer.Row(sub, file: "\(stems[t]).html")
            row.depth = report.teams[t].depth
            rows.append(row)
        }
        try write(Array(TeamIndexRenderer.render(rows, company: report).utf8), to: "\(folder)/index.html")
        return rows.count
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw Failure(.cannotCreate, "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

/// `--formats pdf`: the deck printed by Chromium, with the handout's document information.
enum Handout {
    /// The PDF of the deck in file `html`, with title, author (the organization) and subject.
    /// - Throws: `Failure` 73 when Chromium is missing, fails or runs past its deadline.
    static func pdf(of report: CycleReport, html: String, printer: ChromiumPrinter) throws -> [UInt8] {
        try finish(report) { try printer.print(file: html) }
    }

    /// The PDF of a deck given as text.
    static func pdf(of report: CycleReport, document: String, printer: ChromiumPrinter) throws -> [UInt8] {
        try finish(report) { try printer.print(document: document) }
    }

    static func finish(_ report: CycleReport, print: () throws -> [UInt8]) throws -> [UInt8] {
        do {
            let printed = try print()
            let info = PDFMetadata(title: DeckRenderer.title(of: report), author: report.organization.name.trimmed,
                                   subject: DeckRenderer.subject(of: report))
            return try info.apply(to: printed)
        } catch let e as PDFError {
            throw Failure(.cannotCreate, e.description)
        }
    }

    /// The printer for a run that asked for a PDF, found before anything is written.
    static func printer(path: String?, timeout: Int, environment: [String: String]) throws -> ChromiumPrinter {
        do { return try ChromiumPrinter(path: path, searchPath: environment["PATH"], timeout: timeout) } catch let e as PDFError {
            throw Failure(.cannotCreate, e.description)
        }
    }
}
