import Foundation
import PackagePlugin

/// Builds the core's fixed texts into the binary: every `Presentation/Texts/<code>/<area>.txt`
/// becomes a string of a generated Swift file, so the tables stay data a translator edits (not
/// Swift) and the executable needs no resource bundle beside it at run time.
@main
struct EmbedTexts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let texts = context.package.directoryURL.appending(path: "Sources/\(target.name)/Presentation/Texts")
        let files = try FileManager.default
            .subpathsOfDirectory(atPath: texts.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { texts.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTexts.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) text tables",
            executable: try context.tool(named: "TextEmbedder").url,
            arguments: [output.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
