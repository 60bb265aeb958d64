import ArgumentParser
import Foundation
import TownhallCore

/// The options every command that reads an export shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "The cycle export (CSV: UTF-8 or UTF-16, `,` `;` or tab; or an Excel .xlsx workbook).")
    var input: String

    @Option(help: "Check-ins (CSV or .xlsx: kr_id, date, value, confidence, comment): each KR's path through the cycle.")
    var checkins: String?

    @Option(help: "The sheet to read when the export is an .xlsx workbook (default: the first visible sheet).")
    var sheet: String?

    @Option(help: "Config file (TOML): organization, column mapping, thresholds, checks.")
    var config: String?

    @Option(help: "Which cycle to read when the file holds several (rows with an empty cycle belong to every cycle).")
    var cycle: String?

    @Option(help: "Force the delimiter: `,`, `;` or `tab` (default: detected from the header line).")
    var delimiter: String?

    @Flag(help: "Read numbers with a decimal comma (`1.234,5`); the default for `;` files.")
    var decimalComma = false

    @Option(help: ArgumentHelp("Read the file as this tool's export instead of recognising it: \(ExportProfiles.names.joined(separator: ", ")) (`generic` turns recognition off).", valueName: "name"))
    var profile: String?

    func validate() throws {
        _ = try delimiterByte()
        if let profile, !ExportProfiles.isKnown(profile) {
            throw ValidationError("--profile takes one of \(ExportProfiles.names.joined(separator: ", ")), not \"\(profile)\"")
        }
    }

    /// The run's options for the core, from the command line and the config.
    func reportOptions(_ configuration: Configuration, generatedAt: Date) throws -> ReportOptions {
        ReportOptions(
            sourceName: input, cycle: cycle, configuration: configuration, delimiter: try delimiterByte(),
            decimalComma: decimalComma ? true : nil, profile: profile, generatedAt: generatedAt,
            sheet: sheet)
    }

    /// `townhall: note: reading as a Viva Goals export`, when a tool's profile read the file.
    static func noteProfile(_ report: CycleReport, quiet: Bool, console: Console) {
        if !quiet && (report.source.isToolProfile || report.source.profileForced) { console.note(report.source.note) }
    }

    func delimiterByte() throws -> UInt8? {
        guard let d = delimiter else { return nil }
        switch d.lowercased() {
        case ",", "comma": return UInt8(ascii: ",")
        case ";", "semicolon": return UInt8(ascii: ";")
        case "tab", "\t", "\\t": return 0x09
        default: throw ValidationError("--delimiter takes `,`, `;` or `tab`, not \"\(d)\"")
        }
    }

    /// Reads and scores the export: the whole core pipeline, with errors mapped to exit codes.
    func loadReport(_ console: Console, language: LanguageOption? = nil) throws -> CycleReport {
        var configuration = try Inputs.configuration(at: config)
        language?.apply(to: &configuration)
        try MemoryBudget.check([input] + (checkins.map { [$0] } ?? []))
        let bytes = try Inputs.bytes(of: input)
        let checkInBytes = try checkins.map { (bytes: try Inputs.bytes(of: $0), name: $0) }
        let options = try reportOptions(configuration, generatedAt: console.generationDate)
        do {
            return try Townhall.report(from: consume bytes, checkIns: checkInBytes, options: options)
        } catch let e as InputError {
            throw Failure(e)
        }
    }
}

/// `--lang`: the language of the outputs' fixed texts, over the config's `[organization] language`.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the deck's and workbook's texts: \(Language.codes) (default: the config's [organization] language, else en).", valueName: "code"))
    var lang: String?

    func validate() throws {
        if let lang, Language.named(lang) == nil {
            throw ValidationError("--lang takes one of \(Language.codes), not \"\(TerminalText.escape(lang))\"")
        }
    }

    /// `configuration` with the language `--lang` names, when it names one.
    func apply(to configuration: inout Configuration) {
        if let lang, let language = Language.named(lang) { configuration.organization.language = language }
    }
}
