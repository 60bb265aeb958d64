import Foundation

/// The output folder: every output is written to a temporary file inside it and renamed into
/// place only when all of them are written (SPEC §1), so a failed or interrupted run leaves no
/// partial file and never damages an earlier good output. The folder is locked for the run
/// (`.townhall.lock`, an advisory `flock`), so two runs into one folder never leave a mixed set.
struct OutputFolder {
    let url: URL
    private var staged: [(temp: URL, final: URL)] = []
    /// Temporary paths of staged outputs that are folders (`<cycle>-teams/`), renamed into place whole.
    private var stagedFolders: Set<String> = []
    /// Outputs moved into place by `install`, with the hard link of the file each replaced.
    private var installed: [(final: String, backup: String?)] = []
    private let lock: FolderLock
    /// Where the run's temporary files are registered, so an interrupted run removes them.
    private let temporaries: TemporaryFiles

    /// Name of the lock file, present only while a run holds it.
    static let lockName = ".townhall.lock"
    /// How long a run waits for another run into the same folder before failing with 73.
    static let lockWait: TimeInterval = 5

    /// Creates the folder when missing, locks it, and removes what killed runs left in it.
    /// - Throws: `Failure` 73 when it cannot be created or written, or another run holds it.
    init(path: String, temporaries: TemporaryFiles) throws {
        url = URL(fileURLWithPath: path, isDirectory: true)
        self.temporaries = temporaries
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Failure(.cannotCreate, "\(path): cannot create the output folder: \(Self.reason(error))")
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw Failure(.cannotCreate, "\(path): the output folder is not writable")
        }
        lock = try FolderLock(url.appendingPathComponent(Self.lockName).path, folder: path, wait: Self.lockWait,
                              temporaries: temporaries)
        Self.removeStale(in: url)
    }

    /// Temporary files this naming scheme made (`.NAME.PID.RANDOM.tmp`, `.NAME.PID.bak`) whose
    /// process is gone — a run killed with SIGKILL cannot clean up after itself. Runs under the
    /// folder's lock, so no live run into this folder is writing them; a file of a live process,
    /// or any other file, is never touched. A stale backup whose output is missing is put back.
    static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") {
            guard let (output, pid, isBackup) = temporaryName(name), pid != getpid(),
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFDIR
            else { continue }
            let final = folder.appendingPathComponent(output).path
            if isBackup && access(final, F_OK) != 0 {
                rename(path, final)
            } else {
                removeAny(path)
            }
        }
    }

    /// `(output name, pid, is a backup)` when `name` is one of townhall's temporary names.
    static func temporaryName(_ name: String) -> (String, pid_t, Bool)? {
        var parts = name.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard name.hasPrefix("."), parts.count >= 3, let last = parts.popLast() else { return nil }
        let isBackup = last == "bak"
        guard isBackup || last == "tmp" else { return nil }
        if !isBackup {
            guard let random = parts.popLast(), !random.isEmpty, random.allSatisfy(Self.isDigit), UInt32(random) != nil else { return nil }
        }
        guard let p = parts.popLast(), !p.isEmpty, p.allSatisfy(Self.isDigit), let pid = pid_t(p), pid > 0 else { return nil }
        let output = parts.joined(separator: ".")
        guard !output.isEmpty, !output.hasPrefix(".") else { return nil }
        return (output, pid, isBackup)
    }

    static func isDigit(_ c: Character) -> Bool { ("0"..."9").contains(c) }

    /// Fails with 73 when an output `name` would replace one of the run's own files (`files`:
    /// the export, check-ins, config, archive) — a scorecard given back as input with `--out` its
    /// own folder, or `--archive` named like an output. Renaming over it would lose the file the
    /// user gave (or, for the archive, commit into an unlinked file); compared by device and inode,
    /// and for a file not there yet (a new archive) by its folder and name.
    func refuseReplacing(_ files: [String], with names: [String]) throws {
        let folder = Self.realPath(url.path)
        for file in files {
            var given = stat()
            let exists = stat(file, &given) == 0
            let fileURL = URL(fileURLWithPath: file)
            for name in names {
                var output = stat()
                let final = url.appendingPathComponent(name).path
                let same = exists
                    ? stat(final, &output) == 0 && output.st_dev == given.st_dev && output.st_ino == given.st_ino
                    : fileURL.lastPathComponent == name && Self.realPath(fileURL.deletingLastPathComponent().path) == folder
                if same {
                    throw Failure(.cannotCreate,
                        "\(file): is this run's own file and the output \(name) would replace it; use another --out (or rename the file)")
                }
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Writes one output under `name` (a plain file name made by townhall, never input text)
    /// through `write`, which receives the temporary path to fill.
    mutating func stage(_ name: String, _ write: (String) throws -> Void) throws {
        let temp = reserve(name)
        try writing(name) { try write(temp) }
    }

    /// Runs `body`, which writes output `name`: when it fails, nothing staged is kept, and an error
    /// that is not already a `Failure` says which output could not be written and why.
    private mutating func writing(_ name: String, _ body: () throws -> Void) throws {
        do {
            try body()
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
        temporaries.add(temp.path)
        staged.append((temp, url.appendingPathComponent(name)))
        return temp.path
    }

    /// Writes one output that is a folder of files (the team decks): `fill` is handed the path of
    /// an empty temporary folder to write into; `install` renames the whole folder into place, so
    /// the folder is there complete or not at all, and an earlier one is replaced whole.
    mutating func stageFolder(_ name: String, _ fill: (String) throws -> Void) throws {
        let temp = reserve(name)
        stagedFolders.insert(temp)
        try writing(name) {
            try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: false)
            try fill(temp)
        }
    }

    /// Removes a file, or a folder with everything in it.
    static func removeAny(_ path: String) {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            try? FileManager.default.removeItem(atPath: path)
        } else {
            unlink(path)
        }
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

    /// Fails (and discards the staged files) when something that is not a file stands where an
    /// output goes: checked before the archive is written, so the common failure costs nothing.
    mutating func checkInstallable() throws {
        for (temp, final) in staged {
            var isFolder: ObjCBool = false
            let wantsFolder = stagedFolders.contains(temp.path)
            if FileManager.default.fileExists(atPath: final.path, isDirectory: &isFolder), isFolder.boolValue != wantsFolder {
                discard()
                throw Failure(.cannotCreate, "\(final.path): a \(wantsFolder ? "file" : "folder") is in the way of the output")
            }
        }
    }

    /// Moves every staged file into place, all or nothing: earlier outputs are first kept aside
    /// (hard links), and put back if any rename fails. Until `finish`, `restore` can still undo
    /// the whole set (the archive commits in between). Returns the final paths.
    mutating func install() throws -> [String] {
        try checkInstallable()
        for (temp, final) in staged {
            var backup: String?
            let isFolder = stagedFolders.contains(temp.path)
            if FileManager.default.fileExists(atPath: final.path) {
                let b = url.appendingPathComponent(".\(final.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).bak").path
                Self.removeAny(b)
                // A file is kept aside as a hard link (it stays in place); a folder cannot be linked, so it moves aside.
                if isFolder ? rename(final.path, b) == 0 : link(final.path, b) == 0 {
                    backup = b
                    temporaries.add(b)
                }
            }
            if rename(temp.path, final.path) != 0 {
                let reason = String(cString: strerror(errno))
                if let backup {
                    if isFolder { rename(backup, final.path) } else { unlink(backup) }
                    temporaries.remove(backup)
                }
                restore()
                discard()
                throw Failure(.cannotCreate, "\(final.path): cannot move the output into place: \(reason)")
            }
            installed.append((final.path, backup))
            temporaries.remove(temp.path)
        }
        let done = staged.map(\.final.path)
        staged = []
        return done
    }

    /// Undoes `install`: every output it replaced is put back, every one it added removed.
    mutating func restore() {
        for (final, backup) in installed.reversed() {
            if let backup {
                var info = stat()
                if lstat(backup, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { Self.removeAny(final) }
                rename(backup, final)
                temporaries.remove(backup)
            } else {
                Self.removeAny(final)
            }
        }
        installed = []
    }

    /// Makes `install` final: the kept earlier outputs are removed, and the folder unlocked.
    mutating func finish() {
        for case let (_, backup?) in installed {
            Self.removeAny(backup)
            temporaries.remove(backup)
        }
        installed = []
        lock.release()
    }

    /// `install` then `finish`, for a run with nothing to commit in between.
    mutating func commit() throws -> [String] {
        let done = try install()
        finish()
        return done
    }

    /// Removes every staged temporary file.
    mutating func discard() {
        for (temp, _) in staged {
            Self.removeAny(temp.path)
            temporaries.remove(temp.path)
        }
        staged = []
        stagedFolders = []
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

/// An advisory lock (`flock`) on the output folder's lock file, held from the first staged file
/// to the last rename. The holder writes its pid into the file, so a run that cannot get the
/// lock can name it, and removes the file when it is done (a waiter that then gets the lock on
/// the removed file sees that and locks the new one). The kernel drops the lock when the
/// process ends, however it ends; a file left by a killed run is simply locked and reused.
final class FolderLock: @unchecked Sendable {
    private let path: String
    private var fd: Int32 = -1
    private let temporaries: TemporaryFiles

    /// - Throws: `Failure` 73 when the lock file cannot be opened, or another run keeps the lock past `wait`.
    init(_ path: String, folder: String, wait: TimeInterval, temporaries: TemporaryFiles) throws {
        self.path = path
        self.temporaries = temporaries
        let deadline = Date().addingTimeInterval(wait)
        while true {
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
            guard fd >= 0 else {
                throw Failure(.cannotCreate, "\(path): cannot open the output folder's lock file: \(String(cString: strerror(errno)))")
            }
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                    let holder = Self.holder(fd).map { " (pid \($0))" } ?? ""
                    close(fd)
                    fd = -1
                    throw Failure(.cannotCreate,
                        "\(folder): another townhall run\(holder) is writing into this output folder; waited \(Int(wait)) s. Try again when it is done, or use another --out")
                }
                usleep(20_000)
            }
            var locked = stat(), current = stat()
            if fstat(fd, &locked) == 0, stat(path, &current) == 0,
               locked.st_ino == current.st_ino, locked.st_dev == current.st_dev { break }
            close(fd)  // the run before removed the file while this one waited on it
            fd = -1
        }
        temporaries.add(path)  // an interrupted holder removes its lock file too
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// The pid the holder wrote, when there is one.
    static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Removes the lock file and releases the lock (once).
    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        temporaries.remove(path)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

/// Temporary files of the run, removed when the run is interrupted (SIGINT, SIGTERM, SIGHUP).
final class TemporaryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Installs the handlers that remove the files, then call `then` with the signal (the
    /// process's console exits with 128 + signal). Once per run.
    func installSignalHandlers(then: @escaping @Sendable (Int32) -> Void) {
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                lock.withLock { for p in paths { unlink(p) } }
                then(sig)
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
