/// A language the fixed texts of the deck, the workbook and the playbook can be written in.
///
/// A language is its tables of texts (`Texts/<code>/*.txt`), the plural rule its messages select
/// by and the ICU locale its figures and dates are written with. Adding one is a folder of tables
/// and one line here (its definition, listed in `all`).
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The code `--lang` and `[organization] language` take (`de`).
    public let code: String
    /// The language's name in itself (`Deutsch`), for help and errors.
    public let name: String
    /// The ICU locale figures and dates are written with; `nil` for the built-in English forms,
    /// which keep the outputs' bytes as they always were (`7 Sep`, `0.82`, `100,000`).
    let locale: String?
    /// How a count picks the `one`/`few`/`other` case of a message.
    let plural: PluralRule
    /// The language's tables (area, `key = message` lines), as `Texts/<code>/` holds them.
    var tables: [(area: String, text: String)] { Texts.embedded[code] ?? [] }
    /// Whether the language is offered to users (the pseudo-locale is for tests only).
    public let isDocumented: Bool
    /// For a derived language (the pseudo-locale), how each English message is rewritten.
    let derive: (@Sendable (Message) -> Message)?

    init(code: String, name: String, locale: String?, plural: PluralRule,
         isDocumented: Bool = true, derive: (@Sendable (Message) -> Message)? = nil) {
        self.code = code; self.name = name; self.locale = locale; self.plural = plural
        self.isDocumented = isDocumented; self.derive = derive
    }

    public static func == (a: Language, b: Language) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }
    public var description: String { code }

    /// English: the default, and the language every other table is checked against.
    public static let english = Language(code: "en", name: "English", locale: nil, plural: .oneOther)
    /// German: decimal comma, `30. September 2026`.
    static let german = Language(code: "de", name: "Deutsch", locale: "de_DE", plural: .oneOther)
    /// French: `one` for 0 and 1, `many` for whole millions; figures and dates as fr_FR writes them.
    static let french = Language(code: "fr", name: "Français", locale: "fr_FR", plural: .french)
    /// Spanish: `one`/`other`; figures and dates as es_ES writes them.
    static let spanish = Language(code: "es", name: "Español", locale: "es_ES", plural: .oneOther)
    /// Japanese: no plural forms (every count takes `other`), ICU's `ja_JP` figures and dates.
    static let japanese = Language(code: "ja", name: "日本語", locale: "ja_JP", plural: .none)

    /// Every language, the pseudo-locale last.
    public static let all: [Language] = [english, german, french, spanish, japanese, pseudo]

    /// The languages users can choose, in the order help lists them.
    public static var documented: [Language] { all.filter(\.isDocumented) }

    /// The language with this code (case-insensitive, `de-DE`/`de_DE` read as `de`), or `nil`.
    public static func named(_ code: String) -> Language? {
        let c = code.trimmed.lowercased()
        let base = c.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? c
        return all.first { $0.code == c } ?? all.first { $0.code == base }
    }

    /// `en, de, fr…`: the codes a user can give, for messages.
    public static var codes: String { documented.map(\.code).joined(separator: ", ") }
}

/// CLDR's cardinal plural categories for whole numbers, as the languages townhall speaks use them.
enum PluralRule: Sendable {
    /// `one` for 1, `other` otherwise (English, German, Spanish…).
    case oneOther
    /// `one` for 0 and 1, `many` for whole millions, `other` otherwise (French).
    case french
    /// No plural forms: always `other` (Japanese).
    case none

    func category(_ n: Int) -> String {
        switch self {
        case .oneOther: return n == 1 ? "one" : "other"
        case .french: return n == 0 || n == 1 ? "one" : (n % 1_000_000 == 0 ? "many" : "other")
        case .none: return "other"
        }
    }
}
