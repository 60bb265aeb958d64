extension Texts.English {
    /// Every English table, one an area. A new area is a file beside this one and a line here.
    static let tables = [common, deck, trends, workbook, command, playbook, teams, problems]
}
