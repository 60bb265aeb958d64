import ArgumentParser
import Foundation
import TownhallCore

/// `townhall explain`: how townhall reads a file — format, profile, columns, counts, problems.
struct Explain: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain how townhall reads an export: format, profile, what each column becomes, counts, first problems.",
        discussion: "Exits 0 when the file can be reported, 65 when it cannot (the reason is printed), 66 when it is missing.")

    @OptionGroup var inputs: InputOptions

    func run(_ console: Console) throws {
        let configuration = try Inputs.configuration(at: inputs.config)
        let bytes = try Inputs.bytes(of: inputs.input)
        let checkIns = try inputs.checkins.map { (bytes: try Inputs.bytes(of: $0), name: $0) }
        let e = Explanation.explain(bytes, checkIns: checkIns, options: try inputs.reportOptions(configuration, generatedAt: console.generationDate))
        console.line(e.text.hasSuffix("\n") ? String(e.text.dropLast()) : e.text)
        if let error = e.error { throw Failure(error) }  // the reason is in the text too; stderr says it the usual way
    }
}
