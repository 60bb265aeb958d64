import ArgumentParser
import Foundation
import TownhallArchive
import TownhallCore
import TownhallJSON

/// `townhall history`: cycle-over-cycle trends from the archive.
struct History: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show cycle-over-cycle trends from the archive (history.json, and the trends workbook and deck).")

    @Option(help: "The SQLite archive that `report --archive` writes.")
    var archive: String

    @Option(help: "Output folder (created if missing).")
    var out = "."

    @Option(help: "Config file (TOML): the sandbagging level used for the goals-too-safe pattern.")
    var config: String?

    @OptionGroup var language: LanguageOption

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    func run(_ console: Console) throws {
        var configuration = try Inputs.configuration(at: config)
        language.apply(to: &configuration)
        let cycles: [ArchivedCycle]
        do {
            cycles = try Archive(path: archive, create: false).cycles()
        } catch let e as ArchiveError {
            throw Failure(e)
        }
        guard !cycles.isEmpty else { throw Failure(.dataUnusable, "\(archive): the archive holds no cycle yet") }
        var history = HistoryReport(cycles: cycles, thresholds: configuration.thresholds,
                                    generatedAt: console.generationDate)
        history.language = configuration.organization.language
        history.accent = configuration.organization.accent
        var folder = try OutputFolder(path: out, temporaries: console.temporaries)
        try HistoryOutputs.stage(history, into: &folder)
        let written = try folder.commit()
        if !quiet {
            console.line("wrote \(written.joined(separator: ", ")): \(Console.count(cycles.count, "cycle")), \(Console.count(history.teams.count, "team"))")
        }
    }
}
