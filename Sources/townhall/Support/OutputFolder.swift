import Foundation

/// The output folder: every output is written to a temporary file inside it and renamed into
/// place only when all of them are written (SPEC §1), so a failed or interrupted run leaves no
/// partial file and never damages an earlier good output.
struct OutputFolder {
    let url: URL
    private var staged: [(temp: URL, final: URL)] = []

    /// Creates the folder when missing.
    /// - Throws: `Failure` 73 when it cannot be created or written.
    init(path: String) throws {
        url = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Failure(.cannotCreate, "\(path): cannot create the output folder: \(Self.reason(error))")
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw Failure(.cannotCreate, "\(path): the output folder is not writable")
        }
    }

    /// Writes one output under `name` (a plain file name made by townhall, never input text)
    /// through `write`, which receives the temporary path to fill.
    mutating func stage(_ name: String, _ write: (String) throws -> Void) throws {
        let temp = reserve(name)
        do {
            try write(temp)
        } catch let f as Failure {
            discard()
            throw f
        } catch {
            discard()
            throw Failure(.cannotCreate, "\(url.appendingPathComponent(name).path): cannot write: \(Self.reason(error))")
        }
    }

    /// Registers output `name` and returns the temporary path to write it to (for a writer that
    /// runs on another thread); `commit` moves it into place with the rest.
    mutating func reserve(_ name: String) -> String {
        precondition(!name.contains("/") && !name.hasPrefix("."), "output names are plain file names")
        let temp = url.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        TemporaryFiles.shared.add(temp.path)
        staged.append((temp, url.appendingPathComponent(name)))
        return temp.path
    }

    /// Writes bytes as one output.
    mutating func stage(_ name: String, bytes: [UInt8]) throws {
        let final = url.appendingPathComponent(name).path
        try stage(name) { path in
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw Failure(.cannotCreate, "\(final): cannot write the file")
            }
        }
    }

    /// Writes one output as a stream of chunks: `produce` is handed the function that appends one.
    mutating func stage(_ name: String, streaming produce: (@escaping ([UInt8]) throws -> Void) throws -> Void) throws {
        let final = url.appendingPathComponent(name).path
        try stage(name) { path in
            guard let file = fopen(path, "wb") else {
                throw Failure(.cannotCreate, "\(final): cannot create: \(String(cString: strerror(errno)))")
            }
            var closed = false
            defer { if !closed { fclose(file) } }
            try produce { chunk in
                let written = chunk.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
                if written != chunk.count {
                    throw Failure(.cannotCreate, "\(final): cannot write: \(String(cString: strerror(errno)))")
                }
            }
            closed = true
            if fclose(file) != 0 {
                throw Failure(.cannotCreate, "\(final): cannot write: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Moves every staged file into place, all or nothing: earlier outputs are first kept aside
    /// (hard links), and put back if any rename fails. Returns the final paths.
    mutating func commit() throws -> [String] {
        var kept: [(final: String, backup: String?)] = []
        func rollBack() {
            for (final, backup) in kept.reversed() {
                if let backup { rename(backup, final) } else { unlink(final) }
            }
        }
        for final in staged.map(\.final) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: final.path, isDirectory: &isFolder), isFolder.boolValue {
                discard()
                throw Failure(.cannotCreate, "\(final.path): a folder is in the way of the output")
            }
        }
        var backups: [String] = []
        for (temp, final) in staged {
            var backup: String?
            if FileManager.default.fileExists(atPath: final.path) {
                let b = url.appendingPathComponent(".\(final.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).bak").path
                unlink(b)
                if link(final.path, b) == 0 {
                    backup = b
                    backups.append(b)
                    TemporaryFiles.shared.add(b)
                }
            }
            if rename(temp.path, final.path) != 0 {
                let reason = String(cString: strerror(errno))
                rollBack()
                for b in backups { unlink(b); TemporaryFiles.shared.remove(b) }
                discard()
                throw Failure(.cannotCreate, "\(final.path): cannot move the output into place: \(reason)")
            }
            kept.append((final.path, backup))
            TemporaryFiles.shared.remove(temp.path)
        }
        for b in backups { unlink(b); TemporaryFiles.shared.remove(b) }
        let done = staged.map(\.final.path)
        staged = []
        return done
    }

    /// Removes every staged temporary file.
    mutating func discard() {
        for (temp, _) in staged {
            unlink(temp.path)
            TemporaryFiles.shared.remove(temp.path)
        }
        staged = []
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

/// Temporary files of the run, removed when the run is interrupted (SIGINT, SIGTERM, SIGHUP).
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Installs the handlers that clean up and exit with 128 + signal.
    func installSignalHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                lock.withLock { for p in paths { unlink(p) } }
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}

/// Work on a thread of its own (the workbook compresses on one core while the deck and the
/// summary are written on the other); `wait` returns its result.
final class BackgroundJob<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Blocks until the work is done (once).
    func wait() -> Result<T, Error> {
        done.wait()
        done.signal()
        return result!
    }
}
