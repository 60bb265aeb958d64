import Foundation
import TownhallCore

/// Reading the files a run is given: the export and the config (SPEC §1 exit 66 when missing).
enum Inputs {
    /// The bytes of `path`, or a `Failure` with status 66.
    static func bytes(of path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(.inputMissing, "\(path): no such file")
        }
        if isDirectory.boolValue { throw Failure(.inputMissing, "\(path): is a folder, not a file") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(.inputMissing, "\(path): cannot be read (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        // A device (`/dev/zero`, `/dev/urandom`, a terminal) never ends: reading it would take all
        // memory or wait forever. Files and pipes (`<(…)`, `/dev/stdin` from a pipe) are read.
        var info = stat()
        if fstat(fd, &info) == 0, [S_IFCHR, S_IFBLK].contains(info.st_mode & S_IFMT) {
            throw Failure(.inputMissing, "\(path): is a device, not a file")
        }
        do {
            return try readAll(fd)
        } catch let e as ReadError {
            throw Failure(.inputMissing, "\(path): cannot be read: \(String(cString: strerror(e.code)))")
        }
    }

    /// A failed `read(2)`, with its `errno`.
    struct ReadError: Error { var code: Int32 }

    /// Every byte of `fd`, read straight into one array sized from `fstat` (no second copy of a
    /// 250 MB export, as `Data` → `[UInt8]` made); pipes and files that grow are read on in 1 MB steps.
    static func readAll(_ fd: Int32) throws -> [UInt8] {
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var out = [UInt8](repeating: 0, count: size + 1)  // one byte more: EOF is seen without growing
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: 1 << 20)) }
            let n = out.withUnsafeMutableBytes { p in read(fd, p.baseAddress! + filled, p.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if n == 0 { break }
            filled += n
        }
        out.removeLast(out.count - filled)
        return out
    }

    /// The configuration from `--config`, or the defaults; the logo is embedded as a data URI.
    static func configuration(at path: String?) throws -> Configuration {
        guard let path else { return Configuration() }
        let raw = try bytes(of: path)
        let text: String
        do {
            text = String(decoding: try TextDecoding.utf8(raw, file: path).bytes, as: UTF8.self)
        } catch let e as InputError {
            throw Failure(e)
        }
        var config: Configuration
        do {
            config = try Configuration(toml: text, file: path)
        } catch let e as InputError {
            throw Failure(e)
        }
        if let logo = config.logoPath {
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            let url = logo.hasPrefix("/") ? URL(fileURLWithPath: logo) : base.appendingPathComponent(logo)
            let data = try logoBytes(of: url.path, named: logo, config: path)
            guard let mime = mimeType(of: data) else {
                throw Failure(.dataUnusable, "\(path): logo \(logo) is not a PNG, JPEG, GIF or SVG image")
            }
            config.organization.logoDataURI = "data:\(mime);base64,\(Data(data).base64EncodedString())"
        }
        return config
    }

    /// The logo's bytes: opened without blocking (a FIFO would hang `open`), refused unless it is
    /// a regular file, and refused past `Configuration.maxLogoBytes` before anything is read.
    static func logoBytes(of path: String, named logo: String, config: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))"
            throw Failure(.inputMissing, "\(config): logo \(logo): \(reason)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(.inputMissing, "\(config): logo \(logo) is not a regular file")
        }
        let limit = Configuration.maxLogoBytes
        guard info.st_size <= limit else {
            throw Failure(.dataUnusable,
                "\(config): logo \(logo) is \(Self.megabytes(Int(info.st_size))) MB; the limit is \(Self.megabytes(limit)) MB (use a smaller image)")
        }
        do {
            let data = try readAll(fd)
            guard data.count <= limit else {  // it grew while being read
                throw Failure(.dataUnusable, "\(config): logo \(logo) is larger than \(Self.megabytes(limit)) MB")
            }
            return data
        } catch let e as ReadError {
            throw Failure(.inputMissing, "\(config): logo \(logo): cannot be read: \(String(cString: strerror(e.code)))")
        }
    }

    /// Megabytes (10^6 bytes) with one decimal: `2.0`, `10.5`.
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }

    /// The image type of a logo, from its first bytes.
    static func mimeType(of b: [UInt8]) -> String? {
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if b.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        let head = String(decoding: b.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<svg") { return "image/svg+xml" }
        return nil
    }
}
