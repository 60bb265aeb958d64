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

    /// English with the checks' own texts: the reference every language is checked against, and
    /// what a derived language (the pseudo-locale) rewrites.
    private static let english: Catalog = {
        var english = Catalog(tables: Language.english.tables)
        for (key, text) in Playbook.englishTexts { english.add(key, text) }
        return english
    }()

    /// Catalogs are parsed on first use, one language at a time: a run speaks one language, and
    /// parsing all six cost every run a few megabytes and milliseconds for nothing.
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var catalogs: [String: Catalog] = [:]
    }
    private static let cache = Cache()

    static func of(_ language: Language) -> Catalog {
        if language == .english { return english }
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let c = cache.catalogs[language.code] { return c }
        var c = Catalog(tables: [])
        if let derive = language.derive {
            c.messages = english.messages.mapValues(derive)
        } else {
            c = Catalog(tables: language.tables)
        }
        cache.catalogs[language.code] = c
        return c
    }
}

import Foundation
