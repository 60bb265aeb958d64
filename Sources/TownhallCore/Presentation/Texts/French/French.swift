extension Texts {
    /// French tables (`--lang fr`), one file per English area.
    public enum French {}
}

extension Texts.French {
    /// Every French table, one an area, as English lists them, plus the checks' texts.
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks]
}

extension Language {
    /// French: `one` for 0 and 1, `many` for whole millions; figures and dates as fr_FR writes them.
    static let french = Language(code: "fr", name: "Français", locale: "fr_FR", plural: .french,
                                 tables: Texts.French.tables)
}
