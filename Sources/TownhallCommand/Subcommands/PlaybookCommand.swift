import ArgumentParser
import Foundation
import TownhallCore
import TownhallDeck

/// `townhall playbook`: the organization's OKR rules as its configuration scores them.
struct PlaybookCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Write the organization's OKR playbook (okr-playbook.html and okr-playbook.md) from its config.",
        discussion: """
            The rules every team sets, scores and reviews its OKRs by, generated from the same
            check and scoring definitions `report` uses, with the limits and thresholds of the
            config: change a limit, and the playbook changes. The HTML page is self-contained and
            prints; the Markdown is for a wiki.
            """)

    @Option(help: "Config file (TOML): organization, thresholds, checks (default: townhall's defaults).")
    var config: String?

    @Option(help: "Output folder (created if missing).")
    var out = "."

    @OptionGroup var language: LanguageOption

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    /// The files the playbook is written to, in order.
    static let names = (html: "okr-playbook.html", markdown: "okr-playbook.md")

    func run(_ console: Console) throws {
        console.cleanUpOnInterrupt()
        var configuration = try Inputs.configuration(at: config)
        language.apply(to: &configuration)
        let guide = PlaybookGuide(configuration: configuration, words: Wording(configuration.organization.language),
                                  generatedAt: console.generationDate)
        var folder = try OutputFolder(path: out, temporaries: console.temporaries)
        try folder.refuseReplacing([config].compactMap { $0 }, with: [Self.names.html, Self.names.markdown])
        try folder.stage(Self.names.html, bytes: Array(PlaybookRenderer.html(guide, organization: configuration.organization).utf8))
        try folder.stage(Self.names.markdown, bytes: Array(PlaybookRenderer.markdown(guide).utf8))
        let written = try folder.commit()
        if !quiet { console.line("wrote \(written.joined(separator: ", "))") }
    }
}
