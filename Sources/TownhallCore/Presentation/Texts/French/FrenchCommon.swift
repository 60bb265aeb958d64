extension Texts.French {
    static let common = """
    common.cycle.unnamed = Cycle OKR
    common.change.score = {arrow} {amount}
    common.change.points = {arrow} {n, plural, one {# pt} other {# pts}}
    """
}
