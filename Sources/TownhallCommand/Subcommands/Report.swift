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

    @Option(help: "Comma-separated outputs to write: xlsx, html, json, carry (the carry-forward CSV).")
    var formats = "xlsx,html,json,carry"

    @Option(help: "SQLite archive of closed cycles: this cycle is stored (replacing an earlier run of it), and compared with the one before.")
    var archive: String?

    @Flag(help: "Fail (exit 65) on any row problem or rejected row.")
    var strict = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    /// The outputs `report` can write, in the order they are written.
    enum Format: String, CaseIterable {
        case xlsx, html, json, carry

        func fileName(slug: String) -> String {
            switch self {
            case .xlsx: return "\(slug)-scorecard.xlsx"
            case .html: return "\(slug)-townhall.html"
            case .json: return "\(slug)-summary.json"
            case .carry: return "\(slug)-carry-forward.csv"
            }
        }
    }

    func validate() throws { _ = try selectedFormats() }

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
        InputOptions.noteProfile(report, quiet: quiet, console: console)
        if !quiet { for w in Listing.warnings(report.warnings) { console.warning(Self.describe(w)) } }
        if strict && (!report.problems.isEmpty || !report.rejected.isEmpty) {
            let first = (report.problems.map(\.line) + report.rejected.map(\.line)).min()
            throw Failure(.dataUnusable,
                "\(report.place(line: first)): \(report.problems.count) row problem\(report.problems.count == 1 ? "" : "s") and \(report.rejected.count) rejected row\(report.rejected.count == 1 ? "" : "s") (--strict)")
        }
        var folder = try OutputFolder(path: out, temporaries: console.temporaries)
        try folder.refuseReplacing([inputs.input] + [inputs.checkins, inputs.config, archive].compactMap { $0 },
                                   with: try selectedFormats().map { $0.fileName(slug: report.slug) })
        let store = try archive.map { path in
            progress.step("opening the archive")
            do {
                let a = try Archive(path: path)
                if let previous = try a.previous(to: report) {
                    report.comparison = CycleComparison(current: report, previous: previous)
                }
                return a
            } catch let e as ArchiveError {
                throw Failure(e)
            }
        }
        // The workbook is the long job: it runs on its own thread while the rest is written here.
        let formats = try selectedFormats()
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
            for format in formats where format != .xlsx {
                let name = format.fileName(slug: report.slug)
                progress.step("writing \(name)")
                switch format {
                case .json:
                    try folder.stage(name, streaming: { sink in try SummaryJSON.write(report, to: sink) })
                case .html:
                    let html: String
                    do { html = try DeckRenderer.render(report) } catch {
                        throw Failure(.cannotCreate, "\(name): cannot render the deck: \(error.localizedDescription)")
                    }
                    try folder.stage(name, bytes: Array(html.utf8))
                case .carry:
                    try folder.stage(name, streaming: { sink in try CarryForward.write(report, to: sink) })
                case .xlsx:
                    break
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
        if var archive = store {
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
