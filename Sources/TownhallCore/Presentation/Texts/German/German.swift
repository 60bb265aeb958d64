extension Texts {
    /// German tables (`--lang de`), one per area like `English/`; glossary in `GermanCommon.swift`.
    public enum German {}
}

extension Texts.German {
    /// Every German table, one an area, in English's order (the checks' texts last).
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks, problems]
}

extension Language {
    /// German: decimal comma, `30. September 2026`.
    static let german = Language(code: "de", name: "Deutsch", locale: "de_DE", plural: .oneOther,
                                 tables: Texts.German.tables)
}
