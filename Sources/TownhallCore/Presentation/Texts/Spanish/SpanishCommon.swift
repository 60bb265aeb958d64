extension Texts.Spanish {
    static let common = """
    common.cycle.unnamed = Ciclo OKR
    common.change.score = {arrow} {amount}
    common.change.points = {arrow} {n, plural, one {# pt} other {# pts}}
    """
}
