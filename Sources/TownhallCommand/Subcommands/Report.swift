import ArgumentParser
import Foundation
import TownhallArchive
import TownhallCore
import TownhallDeck
import TownhallJSON
import TownhallXlsx

/// `townhall report`: score the cycle and write the scorecard, the deck and the summary.
struct Report: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a cycle and write its scorecard (xlsx), town-hall deck (html) and summary (json).")

    @OptionGroup var inputs: InputOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Output folder (created if missing).")
    var out = "."

    @Option(help: "Comma-separated outputs to write: xlsx, html, json, carry (the carry-forward CSV), pdf (the deck printed by headless Chromium).")
    var formats = "xlsx,html,json,carry"

    @Flag(help: "Also write one retro deck per team (the team and every team under it) into <cycle>-teams/, with an index.html listing them; with pdf, a PDF per team too.")
    var teamDecks = false

    @Option(help: ArgumentHelp("The Chromium to print the PDF with (default: chromium on PATH).", valueName: "path"))
    var chromium: String?

    @Option(help: ArgumentHelp("Seconds Chromium may take to print one deck before the run fails.", valueName: "seconds"))
    var pdfTimeout = 120

    @Option(help: "SQLite archive of closed cycles: this cycle is stored (replacing an earlier run of it), and compared with the one before.")
    var archive: String?

    @Option(help: "Report one team's subtree (the team and every team under it by parent_team): its retro, with the team in the output names. The archive is read for the team's comparison, never written.")
    var team: String?

    @Flag(help: "Fail (exit 65) on any row problem or rejected row.")
    var strict = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    /// The outputs `report` can write, in the order they are written.
    enum Format: String, CaseIterable {
        case xlsx, html, json, carry, pdf

        func fileName(slug: String) -> String {
            switch self {
            case .xlsx: return "\(slug)-scorecard.xlsx"
            case .html: return "\(slug)-townhall.html"
            case .json: return "\(slug)-summary.json"
            case .carry: return "\(slug)-carry-forward.csv"
            case .pdf: return "\(slug)-townhall.pdf"
            }
        }
    }

    func validate() throws {
        _ = try selectedFormats()
        guard pdfTimeout > 0 else { throw ValidationError("--pdf-timeout takes a number of seconds above 0") }
    }

    /// `FILE:LINE: message` for a warning that has a place.
    static func describe(_ w: RunWarning) -> String {
        guard w.location.file != nil else { return w.message }
        return "\(w.location): \(w.message)"
    }

    func selectedFormats() throws -> [Format] {
        var seen: [Format] = []
        for word in formats.split(separator: ",").map({ String($0).trimmed.lowercased() }) where !word.isEmpty {
            guard let f = Format(rawValue: word) else {
                throw ValidationError("--formats takes a comma list of \(Format.allCases.map(\.rawValue).joined(separator: ", ")); \"\(word)\" is not one")
            }
            if !seen.contains(f) { seen.append(f) }
        }
        guard !seen.isEmpty else { throw ValidationError("--formats names no output") }
        return seen
    }

    func run(_ console: Console) throws {
        console.cleanUpOnInterrupt()
        let progress = console.progressLine(quiet: quiet)
        defer { progress.done() }
        progress.step("reading and scoring \(inputs.input)")
        var report = try inputs.loadReport(console, language: language)
        if let team { report = try TeamRun.subtree(of: report, team: team) }
        InputOptions.noteProfile(report, quiet: quiet, console: console)
        if !quiet { for w in Listing.warnings(report.warnings) { console.warning(Self.describe(w)) } }
        if strict && (!report.problems.isEmpty || !report.rejected.isEmpty) {
            let first = (report.problems.map(\.line) + report.rejected.map(\.line)).min()
            throw Failure(.dataUnusable,
                "\(report.place(line: first)): \(report.problems.count) row problem\(report.problems.count == 1 ? "" : "s") and \(report.rejected.count) rejected row\(report.rejected.count == 1 ? "" : "s") (--strict)")
        }
        let formats = try selectedFormats()
        // Chromium is looked for before anything is written: a run that cannot print fails at once.
        let printer = formats.contains(.pdf) ? try Handout.printer(path: chromium, timeout: pdfTimeout, environment: console.environment) : nil
        var folder = try OutputFolder(path: out, temporaries: console.temporaries)
        try folder.refuseReplacing([inputs.input] + [inputs.checkins, inputs.config, archive].compactMap { $0 },
                                   with: formats.map { $0.fileName(slug: report.slug) }
                                       + (teamDecks ? [TeamDecks.folderName(slug: report.slug)] : []))
        var previous: ArchivedCycle?
        let store = try archive.map { path in
            progress.step("opening the archive")
            do {
                // A team's run only compares: the archive keeps company cycles, and stays as it was.
                let a = try team == nil ? Archive(path: path) : Archive(readingOnly: path)
                previous = try a.previous(to: report)
                if let previous { TeamRun.compare(&report, with: previous) }
                return a
            } catch let e as ArchiveError {
                throw Failure(e)
            }
        }
        // The workbook is the long job: it runs on its own thread while the rest is written here.
        var workbook: (name: String, path: String, job: BackgroundJob<[RunWarning]>)?
        if formats.contains(.xlsx) {
            let name = Format.xlsx.fileName(slug: report.slug)
            let path = folder.reserve(name)
            let snapshot = report
            workbook = (name, path, BackgroundJob { try ScorecardWriter.write(snapshot, to: path) })
        }
        func finishWorkbook() throws {
            guard let (name, _, job) = workbook else { return }
            workbook = nil
            progress.step("writing \(name)")
            switch job.wait() {
            case .success(let cut):
                if !quiet { for w in cut { console.warning(Self.describe(w)) } }
            case .failure(let error):
                folder.discard()
                throw Failure(.cannotCreate, "\(name): \(error.localizedDescription)")
            }
        }
        do {
            var deck: String?  // rendered once for the html and the pdf
            func renderDeck(_ name: String) throws -> String {
                if let deck { return deck }
                do { deck = try DeckRenderer.render(report) } catch {
                    throw Failure(.cannotCreate, "\(name): cannot render the deck: \(error.localizedDescription)")
                }
                return deck!
            }
            for format in formats where format != .xlsx {
                let name = format.fileName(slug: report.slug)
                progress.step("writing \(name)")
                switch format {
                case .json:
                    try folder.stage(name, streaming: { sink in try SummaryJSON.write(report, to: sink) })
                case .html:
                    try folder.stage(name, bytes: Array(try renderDeck(name).utf8))
                case .pdf:
                    try folder.stage(name, bytes: try Handout.pdf(of: report, document: try renderDeck(name), printer: printer!))
                case .carry:
                    try folder.stage(name, streaming: { sink in try CarryForward.write(report, to: sink) })
                case .xlsx:
                    break
                }
            }
            if teamDecks {
                let name = TeamDecks.folderName(slug: report.slug)
                try folder.stageFolder(name) { dir in
                    _ = try TeamDecks.write(report, previous: previous, into: dir, options: DeckOptions(),
                                            printer: printer, progress: progress)
                }
            }
        } catch {
            if let (_, path, job) = workbook {  // let the writer finish before its file is removed
                _ = job.wait()
                unlink(path)
                console.temporaries.remove(path)
            }
            folder.discard()
            throw error
        }
        try finishWorkbook()
        try folder.checkInstallable()
        // All or nothing: the archive's transaction stays open while the outputs move into place
        // and commits last; if the commit fails, the earlier outputs are put back.
        var written: [String] = []
        if var archive = store, report.scope == nil {  // the archive keeps company cycles only
            progress.step("archiving \(report.displayName)")
            do {
                try archive.store(report) { written = try folder.install() }
            } catch let e as ArchiveError {
                folder.restore()
                folder.discard()
                throw Failure(e)
            } catch {
                folder.restore()
                folder.discard()
                throw error
            }
        } else {
            written = try folder.install()
        }
        folder.finish()
        progress.done()
        if !quiet {
            let c = report.counts
            let overall = report.headline.overallScore.map { String(format: "%.2f", $0) } ?? "–"
            console.line("wrote \(written.joined(separator: ", ")): \(Console.count(c.keyResults, "key result")) (\(c.scored) scored), overall \(overall), \(Console.count(report.problems.count, "problem")), \(Console.count(c.rejectedRows, "rejected row"))")
        }
    }
}
