import Foundation
import Testing
@testable import TownhallCommand

/// The entry point: usage, help and version print and exit as the binary always has (SPEC §1).
@Suite struct CLITests {
    @Test func bareCommandIsAUsageMistakeWithTheUsageOnStderr() {
        let r = Run([])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("USAGE: townhall <subcommand>"))
    }

    @Test(arguments: [["--version"], ["-V"]])
    func versionGoesToStdout(_ args: [String]) {
        let r = Run(args)
        #expect(r.status == 0)
        #expect(r.stdout == Version.string + "\n")
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["help"], ["help", "report"], ["report", "--help"], ["lint", "-h"]])
    func helpGoesToStdoutAndExitsZero(_ args: [String]) {
        let r = Run(args)
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: townhall"))
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: [
        ["frobnicate"], ["report"], ["report", "x.csv", "--bogus"], ["report", "x.csv", "--formats", "docx"],
        ["report", "x.csv", "--formats", ","], ["report", "x.csv", "--delimiter", "|"],
        ["lint", "x.csv", "--profile", "nope"], ["history"],
    ])
    func usageMistakesExit64WithAHint(_ args: [String]) {
        let r = Run(args)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("townhall: error: "))
        #expect(r.stderr.hasSuffix("See 'townhall help' and 'townhall help <command>'.\n"))
        #expect(r.stdout.isEmpty)
    }

    @Test func aFormatsMistakeNamesTheWord() {
        let r = Run(["report", "x.csv", "--formats", "json,docx"])
        #expect(r.errors == ["townhall: error: --formats takes a comma list of xlsx, html, json, carry, pdf; \"docx\" is not one"])
    }

    @Test func messagesQuotingInputNeverDriveTheTerminal() {
        let r = Run(["report", "/nonexistent/\u{1B}[31mred.csv"])
        #expect(r.status == 66)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains("\\e[31mred.csv"))
    }
}
