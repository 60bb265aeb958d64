extension Texts {
    /// Japanese tables (`--lang ja`), one file per English area.
    public enum Japanese {}
}

extension Texts.Japanese {
    /// Every Japanese table, one an area, in the order of `Texts.English.tables` (plus the checks').
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks, problems]
}

extension Language {
    /// Japanese: no plural forms (every count takes `other`), ICU's `ja_JP` figures and dates.
    static let japanese = Language(code: "ja", name: "日本語", locale: "ja_JP", plural: .none,
                                   tables: Texts.Japanese.tables)
}
