import Foundation

/// Whether the memory this process may use can hold a run on inputs of a given size, checked
/// before reading them: past its limits a run would end in a crash with a backtrace, or crawl in
/// malloc's slow path for many minutes, instead of saying what it needs.
enum MemoryBudget {
    /// Peak resident memory per input byte and the fixed part, from docs/performance.md
    /// (all formats: 45 MB at 2.4 MB, 111 MB at 24.7 MB, 788 MB at 251 MB of export).
    static let bytesPerInputByte = 3.1
    static let fixedBytes = 40_000_000
    /// Address space beyond what is mapped at the check: thread stacks, allocator arenas.
    static let addressSpaceMargin = 64 << 20

    /// What a run on `inputBytes` of exports will need at its peak, in bytes.
    static func needed(inputBytes: Int) -> Int {
        Int(Double(inputBytes) * bytesPerInputByte) + fixedBytes
    }

    /// A limit that applies, with what it is called and what of it is in use already (for the
    /// address-space limits: what is mapped now, libraries included, so the fixed part is not counted twice).
    struct Limit { var bytes: Int; var inUse: Int; var name: String; var countsFixed = false }

    static func limits() -> [Limit] {
        var out: [Limit] = []
        let status = procStatus()
        var as_ = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &as_) == 0, as_.rlim_cur != rlim_t.max {
            out.append(Limit(bytes: Int(clamping: as_.rlim_cur), inUse: (status["VmSize"] ?? 0) + addressSpaceMargin,
                             name: "the address-space limit (ulimit -v)"))
        }
        var data = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &data) == 0, data.rlim_cur != rlim_t.max {
            out.append(Limit(bytes: Int(clamping: data.rlim_cur), inUse: (status["VmData"] ?? 0) + addressSpaceMargin,
                             name: "the data-segment limit (ulimit -d)"))
        }
        for file in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                  let bytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  bytes < Int.max / 2 else { continue }  // "max", or v1's "no limit" near 2^63
            out.append(Limit(bytes: bytes, inUse: 0, name: "the container's memory limit (\(file))", countsFixed: true))
            break
        }
        return out
    }

    /// `VmSize`, `VmData`… of this process in bytes (`/proc/self/status` says kB).
    static func procStatus() -> [String: Int] {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return [:] }
        var out: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            if parts.count >= 2, let kb = Int(parts[1]) { out[String(parts[0])] = kb * 1024 }
        }
        return out
    }

    /// Size of a regular file (0 for pipes and missing files: they are not estimated).
    static func size(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// - Throws: `Failure` 65 when `paths` cannot be processed within a limit, saying how much is needed.
    static func check(_ paths: [String], limits: [Limit] = limits()) throws {
        let input = paths.reduce(0) { $0 + size(of: $1) }
        for limit in limits {
            let need = limit.inUse + (limit.countsFixed ? needed(inputBytes: input) : needed(inputBytes: input) - fixedBytes)
            guard need > limit.bytes else { continue }
            throw Failure(.dataUnusable,
                "\(paths[0]): the input is too large for the memory available: a run on \(Inputs.megabytes(input)) MB of input needs about \(Inputs.megabytes(need)) MB, and \(limit.name) is \(Inputs.megabytes(limit.bytes)) MB")
        }
    }
}
