import Foundation
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

    func report() { Console.error(message) }
}
