extension Texts.Japanese {
    /// Japanese texts of `Texts.English.playbook`.
    static let playbook = """
    """
}
