extension Texts.German {
    /// German texts of the OKR playbook.
    static let playbook = """
    """
}
