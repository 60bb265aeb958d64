import CXlsxWriter
import Foundation
import Testing
@testable import TownhallXlsx

@Suite("libxlsxwriter's own messages", .serialized)
struct XlsxWorkbookTests {
    /// Runs `body` with file descriptor 2 sent to a file; returns what was written there.
    func stderrText(_ body: () throws -> Void) rethrows -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("th-stderr-\(UUID().uuidString)").path
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(2)
        fflush(nil)
        dup2(fd, 2)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            close(fd)
            unlink(path)
        }
        try body()
        fflush(nil)
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test func aFailedCloseIsTownhallsErrorNotAnErrorLineOnStderr() throws {
        var thrown: Error?
        let printed = stderrText {
            do {
                let book = try XlsxWorkbook(path: "/nonexistent-townhall-folder/a.xlsx", constantMemory: true, zip64: false,
                                            temporaryDirectory: nil, diagnostics: Diagnostics(file: nil))
                _ = try book.addSheet("Summary")
                try book.close()
            } catch {
                thrown = error
            }
        }
        #expect(printed.isEmpty, "libxlsxwriter printed: \(printed)")
        let message = (thrown as? ScorecardError)?.errorDescription ?? ""
        #expect(message.contains("No such file or directory"), "\(message)")
        #expect(!message.contains("[ERROR]"))
    }

    @Test func stderrIsBackAfterTheWorkbook() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("th-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = try XlsxWorkbook(path: dir.appendingPathComponent("a.xlsx").path, constantMemory: true, zip64: false,
                                    temporaryDirectory: nil, diagnostics: Diagnostics(file: nil))
        _ = try book.addSheet("Summary")
        try book.close()
        let printed = stderrText {
            let current = townhall_swap_stderr(nil)   // C's stderr as it is now, put straight back
            _ = townhall_swap_stderr(current)
            fputs("after\n", current)
            fflush(current)
        }
        #expect(printed == "after\n")
    }
}
