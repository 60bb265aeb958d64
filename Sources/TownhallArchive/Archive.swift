import Foundation
import GRDB
import TownhallCore

/// Why the archive cannot be used.
public struct ArchiveError: Error, LocalizedError, Sendable {
    public enum Kind: Sendable { case notAnArchive, corrupt, unwritable, missing }
    public var kind: Kind
    public var path: String
    public var reason: String

    public var errorDescription: String? { "\(path): \(reason)" }
}

/// The archive of closed cycles: one SQLite file, a versioned schema with migrations, foreign
/// keys on, WAL and a busy timeout so two runs can write it at once. Each cycle is written in one
/// transaction; reporting a cycle again replaces it atomically. A file that is not a townhall
/// archive, is damaged, or was written by a newer townhall is refused before anything opens it
/// for writing: its bytes stay as they were and no `-wal`/`-shm` file appears beside it.
/// A missing file is created only when the first cycle is stored, so a run that fails before
/// that leaves no archive behind.
public struct Archive: Sendable {
    public let path: String
    /// `nil` while the file does not exist yet (created by `store`).
    private(set) var pool: DatabasePool?
    /// The connection of an archive opened for reading only (`init(readingOnly:)`).
    private var reader: DatabaseQueue?

    /// The application id stored in the file's `meta` table.
    static let application = "townhall"

    /// Opens the archive at `path` (a missing file is created when the first cycle is stored).
    /// - Parameter create: `false` for reading only (`history`): a missing file is an error.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if !exists && !create {
            throw ArchiveError(kind: .missing, path: path, reason: "no such archive")
        }
        // An empty regular file is a new archive; an empty device or FIFO (`/dev/null`) is not:
        // SQLite would "store" the cycle into it and lose it, or wait on the FIFO.
        var info = stat()
        let regular = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        guard exists && (size > 0 || !regular) else { pool = nil; return }
        try Self.verify(path)
        pool = try Self.openPool(path)
    }

    /// Opens the archive for reading only (a team's retro compares with it, and never stores):
    /// verified as `init` does, then looked at through SQLite's read-only (or immutable) URI, so
    /// not one byte of the file changes and no `-wal`/`-shm` file appears. A missing file reads
    /// as an empty archive.
    public init(readingOnly path: String) throws {
        self.path = path
        pool = nil
        guard FileManager.default.fileExists(atPath: path),
              ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 else { return }
        try Self.verify(path)
        var config = GRDB.Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        do {
            reader = try DatabaseQueue(path: Self.inspectionURI(path), configuration: config)
        } catch {
            throw ArchiveError(kind: .corrupt, path: path, reason: "cannot read the archive: \(error.localizedDescription)")
        }
    }

    /// The read-write connection pool (switching a new file to WAL).
    static func openPool(_ path: String) throws -> DatabasePool {
        var config = GRDB.Configuration()
        config.busyMode = .timeout(30)
        config.foreignKeysEnabled = true
        config.label = "townhall-archive"
        do {
            // Switching a new file to WAL does not wait on the busy timeout: retry while another
            // run holds the file for a moment.
            var attempt = 0
            while true {
                do {
                    return try DatabasePool(path: path, configuration: config)
                } catch let e as DatabaseError where e.resultCode == .SQLITE_BUSY && attempt < 80 {
                    attempt += 1
                    usleep(125_000)
                }
            }
        } catch {
            throw ArchiveError(kind: .unwritable, path: path, reason: "cannot open the archive: \(error.localizedDescription)")
        }
    }

    /// What the first 100 bytes of an SQLite file say, read without opening it as a database.
    struct Header: Equatable {
        /// `PRAGMA user_version`: the schema version townhall stamps (offset 60, big-endian).
        var userVersion: UInt32
        /// A valid SQLite page size (offset 16: a power of two from 512 to 32768, or 1 for 65536).
        var pageSizeIsValid: Bool

        /// `nil` when `bytes` do not start like an SQLite 3 file.
        init?(_ bytes: [UInt8]) {
            guard bytes.count >= 100, bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return nil }
            let page = UInt32(bytes[16]) << 8 | UInt32(bytes[17])
            pageSizeIsValid = page == 1 || (page >= 512 && page & (page - 1) == 0)
            userVersion = bytes[60..<64].reduce(0) { $0 << 8 | UInt32($1) }
        }
    }

    /// Refuses a file that is not SQLite, not a townhall archive, newer than this townhall, or
    /// damaged. Only reads: the header bytes first, then, when they pass, an `immutable`
    /// read-only look that takes no lock and writes no side file.
    static func verify(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            throw ArchiveError(kind: .unwritable, path: path, reason: "cannot read the archive (\(String(cString: strerror(errno))))")
        }
        var info = stat()
        var head = [UInt8](repeating: 0, count: 100)
        let regular = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        let n = regular ? head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 100) } : -1
        close(fd)
        guard regular else {
            throw ArchiveError(kind: .notAnArchive, path: path, reason: "not a townhall archive (not a regular file); refusing to touch it")
        }
        guard n >= 0, let header = Header(Array(head.prefix(n))) else {
            throw ArchiveError(kind: .notAnArchive, path: path, reason: "not a townhall archive (not an SQLite database); refusing to touch it")
        }
        guard header.pageSizeIsValid else {
            throw ArchiveError(kind: .corrupt, path: path, reason: "the archive is damaged (invalid page size); refusing to write to it")
        }
        guard header.userVersion <= migrations.count else { throw newer(path, header.userVersion) }
        var config = GRDB.Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        // Another run may be creating or writing the file right now: a busy or half-created file is
        // waited for, and only a definite answer (damaged, not SQLite, someone else's) refuses it.
        var attempt = 0
        while true {
            do {
                try inspect(path, config)
                return
            } catch let e as ArchiveError {
                throw e
            } catch let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB {
                // An immutable look can catch another run's checkpoint half-way: a file being written is looked at again.
                if FileManager.default.fileExists(atPath: path + "-wal") && attempt < 40 {
                    attempt += 1
                    usleep(250_000)
                    continue
                }
                throw ArchiveError(kind: .corrupt, path: path, reason: "the archive is damaged (\(e.message ?? "\(e.resultCode)")); refusing to write to it")
            } catch {
                attempt += 1
                if attempt >= 40 {
                    throw ArchiveError(kind: .unwritable, path: path, reason: "the archive cannot be read: \(error.localizedDescription)")
                }
                usleep(250_000)
            }
        }
    }

    static func newer(_ path: String, _ version: UInt32) -> ArchiveError {
        ArchiveError(kind: .notAnArchive, path: path,
                     reason: "the archive was written by a newer townhall (schema \(version)); refusing to touch it")
    }

    /// The `file:` URI SQLite opens `path` by for a look: `immutable=1` when no run has it open in
    /// WAL mode (no `-wal` beside it), so the look neither locks nor creates `-wal`/`-shm`;
    /// read-only (`mode=ro`) otherwise, to see what that run has committed.
    static func inspectionURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        let live = FileManager.default.fileExists(atPath: path + "-wal")
        return "file:\(encoded)\(live ? "?mode=ro" : "?immutable=1")"
    }

    /// One look at an existing file: integrity, and whether it is townhall's.
    private static func inspect(_ path: String, _ config: GRDB.Configuration) throws {
        let db = try DatabaseQueue(path: inspectionURI(path), configuration: config)
        defer { try? db.close() }
        try db.read { db in
            let check = try String.fetchOne(db, sql: "PRAGMA quick_check(1)")
            guard check == "ok" else {
                throw ArchiveError(kind: .corrupt, path: path, reason: "the archive is damaged (\(check ?? "no answer")); refusing to write to it")
            }
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            guard tables.isEmpty || tables.contains("meta") else {
                throw ArchiveError(kind: .notAnArchive, path: path, reason: "an SQLite database that is not a townhall archive; refusing to touch it")
            }
            if tables.contains("meta") {
                let app = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'application'")
                guard app == application else {
                    throw ArchiveError(kind: .notAnArchive, path: path, reason: "an SQLite database that is not a townhall archive; refusing to touch it")
                }
            }
        }
    }

    /// Schema versions, oldest first: migration `i` takes `PRAGMA user_version` from `i` to `i + 1`.
    /// Add a migration for every change; never edit a shipped one.
    static let migrations: [String] = [
        // v1: cycles, teams, objectives, key results, findings
        """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                INSERT INTO meta (key, value) VALUES ('application', 'townhall');
                CREATE TABLE cycle (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    organization TEXT NOT NULL DEFAULT '',
                    generated_at TEXT NOT NULL,
                    archived_at TEXT NOT NULL,
                    start_date TEXT, end_date TEXT,
                    overall_score REAL, committed_attainment REAL, aspirational_mean REAL,
                    key_results INTEGER NOT NULL, scored INTEGER NOT NULL, objectives INTEGER NOT NULL,
                    teams INTEGER NOT NULL, wins INTEGER NOT NULL, misses INTEGER NOT NULL, problems INTEGER NOT NULL,
                    share_updated_last_30 REAL, median_days_between REAL, net_confidence REAL,
                    thresholds TEXT NOT NULL
                );
                CREATE TABLE team (
                    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, parent TEXT, score REAL, rollup_score REAL,
                    committed_attainment REAL, aspirational_mean REAL,
                    committed_misses INTEGER NOT NULL, aspirational_scored INTEGER NOT NULL,
                    key_results INTEGER NOT NULL, share_updated_last_30 REAL,
                    PRIMARY KEY (cycle_id, name)
                );
                CREATE TABLE objective (
                    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, team TEXT NOT NULL, title TEXT NOT NULL, type TEXT NOT NULL,
                    score REAL, band TEXT
                );
                CREATE INDEX objective_cycle ON objective(cycle_id);
                CREATE TABLE key_result (
                    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, objective_id TEXT NOT NULL, team TEXT NOT NULL, title TEXT NOT NULL,
                    type TEXT NOT NULL, score REAL, progress REAL, band TEXT, outcome TEXT NOT NULL,
                    line INTEGER NOT NULL
                );
                CREATE INDEX key_result_cycle ON key_result(cycle_id);
                CREATE TABLE finding (
                    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
                    check_id TEXT NOT NULL, severity TEXT NOT NULL, subject TEXT NOT NULL, team TEXT NOT NULL,
                    lines TEXT NOT NULL, message TEXT NOT NULL
                );
                CREATE INDEX finding_cycle ON finding(cycle_id);
        """,
    ]

    /// Brings the schema up to date, inside the caller's IMMEDIATE transaction, so two runs
    /// creating the same archive at once cannot both migrate it, and a run that fails later
    /// leaves the schema as it was.
    static func migrate(_ db: Database, path: String) throws {
        var version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        // Archives made before the schema was numbered by user_version recorded v1 in GRDB's table.
        if version == 0, try db.tableExists("grdb_migrations"), try db.tableExists("meta") { version = 1 }
        guard version <= migrations.count else { throw newer(path, UInt32(clamping: version)) }
        for (i, sql) in migrations.enumerated() where i >= version {
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA user_version = \(i + 1)")
        }
    }

    /// Stores a closed cycle, replacing an earlier one of the same name, in one transaction that
    /// commits only after `beforeCommit` returns: the command moves its outputs into place there,
    /// so a run whose outputs fail leaves the archive as it was. When the commit itself fails,
    /// the error is thrown after `beforeCommit` ran: the caller puts its earlier outputs back.
    /// Errors thrown by `beforeCommit` are rethrown as they are.
    public mutating func store(_ r: CycleReport, beforeCommit: () throws -> Void = {}) throws {
        guard reader == nil else {
            throw ArchiveError(kind: .unwritable, path: path, reason: "the archive was opened for reading only")
        }
        if pool == nil { pool = try Self.openPool(path) }
        guard let pool else { return }
        let a = ArchivedCycle(r)
        let iso = ISO8601DateFormatter()
        let t = r.thresholds
        let thresholds = "{" + Thresholds.keys.map { "\"\($0.name)\": \(t[keyPath: $0.value])" }.joined(separator: ", ") + "}"
        do {
            try pool.writeWithoutTransaction { db in
              try db.inTransaction(.immediate) {
                try Self.migrate(db, path: path)
                try db.execute(sql: "DELETE FROM cycle WHERE name = ?", arguments: [a.name])
                try db.execute(sql: """
                    INSERT INTO cycle (name, organization, generated_at, archived_at, start_date, end_date,
                        overall_score, committed_attainment, aspirational_mean, key_results, scored, objectives, teams,
                        wins, misses, problems, share_updated_last_30, median_days_between, net_confidence, thresholds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        a.name, a.organization, iso.string(from: a.generatedAt), iso.string(from: Date()),
                        a.dates?.start.description, a.dates?.end.description, a.overallScore, a.committedAttainment,
                        a.aspirationalMean, a.keyResults, a.scored, a.objectives, a.teams, a.wins, a.misses, a.problems,
                        a.shareUpdatedLast30, a.medianDaysBetween, a.netConfidence, thresholds,
                    ])
                let id = db.lastInsertedRowID
                let team = try db.makeStatement(sql: """
                    INSERT INTO team (cycle_id, name, parent, score, rollup_score, committed_attainment, aspirational_mean,
                        committed_misses, aspirational_scored, key_results, share_updated_last_30)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for x in a.teamFigures {
                    try team.execute(arguments: [id, x.name, x.parent, x.score, x.rollupScore, x.committedAttainment,
                                                 x.aspirationalMean, x.committedMisses, x.aspirationalScored,
                                                 x.keyResults, x.shareUpdatedLast30])
                }
                let objective = try db.makeStatement(sql:
                    "INSERT INTO objective (cycle_id, id, team, title, type, score, band) VALUES (?, ?, ?, ?, ?, ?, ?)")
                for o in r.objectives {
                    try objective.execute(arguments: [id, o.id, o.team, o.title, o.type.rawValue, o.score, o.band?.rawValue])
                }
                let kr = try db.makeStatement(sql: """
                    INSERT INTO key_result (cycle_id, id, objective_id, team, title, type, score, progress, band, outcome, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for i in r.keyResults.indices {
                    let k = r.keyResults[i]
                    try kr.execute(arguments: [id, k.id, k.objectiveID, k.team, k.title, k.type.rawValue, k.score,
                                               k.progress, k.band?.rawValue, k.outcome.rawValue, k.line])
                }
                let finding = try db.makeStatement(sql:
                    "INSERT INTO finding (cycle_id, check_id, severity, subject, team, lines, message) VALUES (?, ?, ?, ?, ?, ?, ?)")
                for f in r.checks {
                    try finding.execute(arguments: [id, f.id, f.severity.rawValue, f.subject, f.team,
                                                    f.lines.map(String.init).joined(separator: ","), f.message])
                }
                try beforeCommit()
                return .commit
              }
            }
        } catch let e as ArchiveError {
            throw e
        } catch let e as DatabaseError {
            throw ArchiveError(kind: .unwritable, path: path, reason: "cannot store the cycle: \(e.localizedDescription)")
        }
    }

    /// Every archived cycle, oldest first; key results are loaded only for the cycle named `keysOf`.
    public func cycles(keysOf: String? = nil) throws -> [ArchivedCycle] {
        guard let source: any DatabaseReader = pool ?? reader else { return [] }
        do {
            return try source.read { db in
                // A file with no schema yet is a new archive another run is creating: it holds no cycle.
                guard try db.tableExists("cycle") else { return [] }
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM cycle")
                var out: [ArchivedCycle] = []
                let iso = ISO8601DateFormatter()
                for row in rows {
                    let id: Int64 = row["id"]
                    let name: String = row["name"]
                    var dates: CycleDates?
                    if let s: String = row["start_date"], let e: String = row["end_date"],
                       let ds = Day(iso: s), let de = Day(iso: e) {
                        dates = CycleDates(start: ds, end: de)
                    }
                    let teams = try Row.fetchAll(db, sql: "SELECT * FROM team WHERE cycle_id = ? ORDER BY rowid", arguments: [id])
                        .map { t in
                            ArchivedTeam(name: t["name"], parent: t["parent"], score: t["score"], rollupScore: t["rollup_score"],
                                         committedAttainment: t["committed_attainment"], aspirationalMean: t["aspirational_mean"],
                                         committedMisses: t["committed_misses"], aspirationalScored: t["aspirational_scored"],
                                         keyResults: t["key_results"], shareUpdatedLast30: t["share_updated_last_30"])
                        }
                    var keys: [ArchivedKeyResult] = []
                    if let keysOf, keysOf.lowercased() == name.lowercased() {
                        keys = try Row.fetchAll(db, sql: "SELECT id, team, title, type, score, outcome FROM key_result WHERE cycle_id = ?",
                                                arguments: [id])
                            .map { row in
                                ArchivedKeyResult(id: row["id"], team: row["team"], title: row["title"],
                                                  type: (row["type"] as String?).flatMap(KRType.init(rawValue:)), score: row["score"],
                                                  outcome: (row["outcome"] as String?).flatMap(Outcome.init(rawValue:)))
                            }
                    }
                    out.append(ArchivedCycle(
                        name: name, organization: row["organization"],
                        generatedAt: iso.date(from: row["generated_at"]) ?? Date(timeIntervalSince1970: 0), dates: dates,
                        overallScore: row["overall_score"], committedAttainment: row["committed_attainment"],
                        aspirationalMean: row["aspirational_mean"], keyResults: row["key_results"], scored: row["scored"],
                        objectives: row["objectives"], teams: row["teams"], wins: row["wins"], misses: row["misses"],
                        problems: row["problems"], shareUpdatedLast30: row["share_updated_last_30"],
                        medianDaysBetween: row["median_days_between"], netConfidence: row["net_confidence"],
                        teamFigures: teams, keyResultKeys: keys))
                }
                return out.sorted(by: ArchivedCycle.chronological)
            }
        } catch {
            throw ArchiveError(kind: .corrupt, path: path, reason: "cannot read the archive: \(error.localizedDescription)")
        }
    }

    /// The archived cycle just before `cycle` (by date, else by name), with its key results.
    public func previous(to cycle: CycleReport) throws -> ArchivedCycle? {
        let me = ArchivedCycle(name: cycle.displayName, generatedAt: cycle.generatedAt,
                               dates: cycle.checkIns?.dates ?? cycle.cycle.flatMap(CycleDates.init(cycleName:)))
        let earlier = try cycles().filter {
            $0.name.lowercased() != me.name.lowercased() && ArchivedCycle.chronological($0, me)
        }
        guard let prev = earlier.last else { return nil }
        return try cycles(keysOf: prev.name).first { $0.name == prev.name }
    }
}
