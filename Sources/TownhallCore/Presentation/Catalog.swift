/// The tables of fixed texts: data files `Texts/<code>/<area>.txt`, one folder per language
/// (`en/`, `de/`, …), one file per area of the product (`deck`, `workbook`, …), built into the
/// binary by the `EmbedTexts` plugin (`Texts.embedded`). A table is `key = message` lines: `#`
/// starts a comment line, the message runs to the end of its line (MessageFormat, see
/// `Message`). Plain text rather than code, so a translator edits words, not Swift. The checks'
/// English texts stay in each check's file (`Playbook.englishTexts`); other languages word them
/// in their `checks.txt`.
public enum Texts {}

/// The parsed messages of one language, built once per process.
struct Catalog: Sendable {
    var messages: [String: Message] = [:]
    /// What did not parse or was defined twice, as `key: reason` (the tables' tests assert none).
    var problems: [String] = []

    init(tables: [(area: String, text: String)]) {
        for table in tables {
            for (number, raw) in table.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let eq = line.firstIndex(of: "=") else {
                    problems.append("\(table.area).txt:\(number + 1): no `=` in \(line.debugDescription)")
                    continue
                }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                let text = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                add(key, text)
            }
        }
    }

    mutating func add(_ key: String, _ text: String) {
        do {
            let m = try Message(parsing: text)
            if messages.updateValue(m, forKey: key) != nil { problems.append("\(key): defined twice") }
        } catch {
            problems.append("\(key): \(error)")
        }
    }

    private static let cache: [String: Catalog] = {
        var out: [String: Catalog] = [:]
        var english = Catalog(tables: Language.english.tables)
        for (key, text) in Playbook.englishTexts { english.add(key, text) }
        for language in Language.all {
            if language == .english {
                out[language.code] = english
            } else if let derive = language.derive {
                var c = Catalog(tables: [])
                c.messages = english.messages.mapValues(derive)
                out[language.code] = c
            } else {
                out[language.code] = Catalog(tables: language.tables)
            }
        }
        return out
    }()

    static func of(_ language: Language) -> Catalog { cache[language.code] ?? Catalog(tables: []) }
}

import Foundation
