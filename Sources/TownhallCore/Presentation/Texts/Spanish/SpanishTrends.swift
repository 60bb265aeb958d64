extension Texts.Spanish {
    static let trends = """
    """
}
