import ArgumentParser
import Foundation
import TownhallCore

/// `townhall init`: a starter export and a commented config to edit.
struct Init: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter OKR export (okrs.csv) and a commented config (townhall.toml) to edit.")

    @Argument(help: "Folder to write them to (created if missing).")
    var dir = "."

    func run(_ console: Console) throws {
        var folder = try OutputFolder(path: dir, temporaries: console.temporaries)
        let files = [("okrs.csv", Starter.csv), ("townhall.toml", Starter.toml)]
        for (name, _) in files where FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name).path) {
            throw Failure(.cannotCreate, "\(folder.url.appendingPathComponent(name).path) already exists; not overwriting it")
        }
        for (name, text) in files { try folder.stage(name, bytes: Array(text.utf8)) }
        let written = try folder.commit()
        console.line("wrote \(written.joined(separator: ", ")); edit them, then run: townhall report \(written[0]) --config \(written[1])")
        console.line("publish the rules teams score by: townhall playbook --config \(written[1]) --out \(folder.url.path)")
    }
}

/// What `init` writes.
enum Starter {
    static let csv = """
        cycle,team,parent_team,objective_id,objective,objective_owner,kr_id,key_result,kr_owner,type,measure,start,target,current,unit,score,weight,confidence,status,notes,value
        2026-Q3,Company,,O1,Become the obvious choice for mid-size teams,Dana Whitfield,O1-KR1,Grow ARR from $4.0M to $5.5M,Dana Whitfield,committed,increase,4.0,5.5,5.6,USD M,,2,0.9,,,Customer first
        2026-Q3,Company,,O1,Become the obvious choice for mid-size teams,Dana Whitfield,O1-KR2,Raise NPS from 31 to 45,Lee Park,aspirational,increase,31,45,41,points,,,0.6,,"Detractors cite onboarding, not the product.",Customer first
        2026-Q3,Product,Company,O2,Make onboarding effortless,Lee Park,O2-KR1,Cut median time-to-first-value from 9 days to 3,Sam Ortiz,committed,decrease,9,3,4,days,,,0.7,,"Two of three fixes shipped; the import wizard slipped to Q4.",Customer first
        2026-Q3,Product,Company,O2,Make onboarding effortless,Lee Park,O2-KR2,Lift trial-to-paid conversion from 8% to 12%,Sam Ortiz,aspirational,increase,8%,12%,10.5%,%,,,0.5,,,Customer first
        2026-Q3,Product,Company,O2,Make onboarding effortless,Lee Park,O2-KR3,Publish the in-app setup checklist,Ana Silva,committed,milestone,,done,done,,,,,,,Own the outcome
        2026-Q3,Engineering,Company,O3,Be the reliable choice,Ravi Menon,O3-KR1,Keep monthly uptime at or above 99.9%,Ravi Menon,committed,at least,,99.9,99.95,%,,,0.9,,,Own the outcome
        2026-Q3,Engineering,Company,O3,Be the reliable choice,Ravi Menon,O3-KR2,Reduce open P1 incidents from 40 to 10,Mia Chen,aspirational,decrease,40,10,18,incidents,,,0.6,,,Own the outcome
        2026-Q3,Engineering,Company,O3,Be the reliable choice,Ravi Menon,O3-KR3,Improve on-call health,Mia Chen,aspirational,,,,,,70%,,,,Graded by the on-call retro.,Learn fast

        """
    static let toml = """
        # townhall configuration. Every key is optional; delete what you do not need.
        # Unknown keys are an error, so a typo never goes unnoticed.

        [organization]
        name = "Your Company"                  # shown on the deck's title slide and the scorecard
        values = ["Customer first", "Own the outcome", "Learn fast"]   # order of the values slide
        accent = "#3056d3"                     # accent colour of the deck and the scorecard
        # logo = "logo.png"                    # PNG, JPEG, GIF or SVG, relative to this file; embedded
        # language = "de"                      # deck and workbook texts: \(Language.codes) (or --lang)

        [columns]
        # Map headers of your export that townhall does not recognise to its fields:
        # "Header in your export" = "field"
        # "Ziel" = "target"
        # "Verantwortlich" = "kr_owner"

        \(Configuration.starterScoringTable)

        \(Configuration.starterChecksTable)

        """
}
