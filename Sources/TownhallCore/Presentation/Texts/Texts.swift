/// The tables of fixed texts, one folder per language (`English/`, …), one file per area of the
/// product (`Deck`, `Workbook`, …). A table is `key = message` lines in a Swift multi-line string:
/// `#` starts a comment line, the message runs to the end of its line (MessageFormat, see
/// `Message`). Plain text rather than code, so a translator edits words, not Swift.
public enum Texts {
    /// English tables; the checks' own English texts are added from `Playbook.all`.
    public enum English {}
}

/// The parsed messages of one language, built once per process.
struct Catalog: Sendable {
    var messages: [String: Message] = [:]
    /// What did not parse or was defined twice, as `key: reason` (the tables' tests assert none).
    var problems: [String] = []

    init(tables: [String]) {
        for table in tables {
            for (number, raw) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let eq = line.firstIndex(of: "=") else {
                    problems.append("line \(number + 1): no `=` in \(line.debugDescription)")
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
