extension Texts.English {
    /// English texts every output shares: band names, KR types, outcomes.
    static let common = """
    common.cycle.unnamed = OKR cycle
    common.change.score = {arrow} {amount}
    common.change.points = {arrow} {n, plural, one {# pt} other {# pts}}
    """
}
