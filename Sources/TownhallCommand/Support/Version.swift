/// townhall's version, printed by `townhall --version` / `-V` and stamped into the man page.
/// The one place it is written: bump it here for a release.
enum Version {
    static let string = "0.4.0"
}
