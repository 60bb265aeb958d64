import Foundation
import TownhallArchive
import TownhallCore

/// Exit statuses of SPEC §1 (the sysexits values).
enum ExitStatus: Int32 {
    case ok = 0
    case usage = 64
    case dataUnusable = 65
    case inputMissing = 66
    case cannotCreate = 73
}

/// A run that stops with a status and a message (`townhall: error: FILE:LINE: message`).
struct Failure: Error {
    var status: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: InputError) {
        self.init(.dataUnusable, error.errorDescription ?? error.message)
    }

    /// A damaged or foreign archive is unusable data (65); one that cannot be written, 73; a missing one, 66.
    init(_ error: ArchiveError) {
        let status: ExitStatus
        switch error.kind {
        case .notAnArchive, .corrupt: status = .dataUnusable
        case .unwritable: status = .cannotCreate
        case .missing: status = .inputMissing
        }
        self.init(status, error.errorDescription ?? error.reason)
    }
}
