extension Texts.English {
    /// English texts of the organization's playbook (`townhall playbook`).
    static let playbook = """
    """
}
