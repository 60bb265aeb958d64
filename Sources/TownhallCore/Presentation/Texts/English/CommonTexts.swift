extension Texts.English {
    /// English texts every output shares: band names, KR types, outcomes.
    static let common = """
    """
}
