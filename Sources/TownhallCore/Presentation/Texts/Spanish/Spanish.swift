extension Texts {
    /// Spanish tables (`--lang es`), one file per English area.
    public enum Spanish {}
}

extension Texts.Spanish {
    /// Every Spanish table, one an area, as English lists them, plus the checks' texts.
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks]
}

extension Language {
    /// Spanish: `one`/`other`; figures and dates as es_ES writes them.
    static let spanish = Language(code: "es", name: "Español", locale: "es_ES", plural: .oneOther,
                                  tables: Texts.Spanish.tables)
}
