"""Hardening of the command, the output folder and the archive: nothing changes on failure, no
mixed outputs, no silent empty reports, bounded inputs, nothing raw on the terminal."""
import fcntl
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import BIN

CSV = ("cycle,team,objective,key_result,type,start,target,current\n"
       "2026-Q3,A,O,K1,committed,0,10,10\n"
       "2026-Q3,A,O,K2,aspirational,0,10,7\n")


def write(path, text):
    path.write_text(text)
    return path


def tree(folder):
    """Every file under `folder` with its bytes' hash (hidden files included)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def archived(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT name, key_results, overall_score FROM cycle").fetchall())
    finally:
        con.close()


# --- 1. the archive is part of the all-or-nothing -------------------------------------------

def test_a_failed_run_leaves_the_archived_cycle_as_it_was(townhall, tmp_path):
    db = tmp_path / "a.sqlite"
    out = tmp_path / "out"
    first = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--archive", db, "-q")
    assert first.returncode == 0, first.stderr
    before = archived(db)
    outputs = tree(out)
    # Second run of the same cycle with other figures; a folder stands where the summary goes.
    (out / "2026-q3-summary.json").unlink()
    (out / "2026-q3-summary.json").mkdir()
    outputs = tree(out)
    changed = CSV.replace("10,10\n", "10,0\n")
    r = townhall("report", write(tmp_path / "q3b.csv", changed), "--out", out, "--archive", db)
    assert r.returncode == 73, r.stderr
    assert "a folder is in the way" in r.stderr
    assert archived(db) == before
    assert tree(out) == outputs


def test_a_failed_first_run_creates_no_archive(townhall, tmp_path):
    out = tmp_path / "out"
    (out / "2026-q3-townhall.html").mkdir(parents=True)
    db = tmp_path / "new.sqlite"
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--archive", db)
    assert r.returncode == 73, r.stderr
    assert not db.exists()
    assert sorted(p.name for p in out.iterdir()) == ["2026-q3-townhall.html"]


# --- 3. a refused archive is byte for byte untouched, no side files --------------------------

def make_archive(townhall, tmp_path):
    db = tmp_path / "a.sqlite"
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", tmp_path / "o", "--archive", db, "-q",
                 "--formats", "json")
    assert r.returncode == 0, r.stderr
    return db


def side_files(db):
    return [s for s in ("-wal", "-shm", "-journal") if os.path.exists(str(db) + s)]


@pytest.mark.parametrize("command", ["report", "history"])
def test_an_archive_of_a_newer_townhall_is_refused_untouched(townhall, tmp_path, command):
    db = make_archive(townhall, tmp_path)
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    assert side_files(db) == []
    before = db.read_bytes()
    if command == "report":
        r = townhall("report", tmp_path / "q3.csv", "--out", tmp_path / "o2", "--archive", db, "--formats", "json")
    else:
        r = townhall("history", "--archive", db, "--out", tmp_path / "h")
    assert r.returncode == 65, r.stderr
    assert "newer townhall (schema 99); refusing to touch it" in r.stderr
    assert db.read_bytes() == before
    assert side_files(db) == []


def test_a_damaged_archive_is_refused_without_side_files(townhall, tmp_path):
    db = make_archive(townhall, tmp_path)
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xee" * 4096
    db.write_bytes(bytes(data))
    r = townhall("report", tmp_path / "q3.csv", "--out", tmp_path / "o2", "--archive", db, "--formats", "json")
    assert r.returncode == 65, r.stderr
    assert "damaged" in r.stderr
    assert db.read_bytes() == bytes(data)
    assert side_files(db) == []


# --- 2. one run at a time into an output folder ---------------------------------------------

def test_a_run_waits_for_the_folder_lock_then_fails_73_naming_the_holder(townhall, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lock = open(out / ".townhall.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    lock.write("424242\n")
    lock.flush()
    started = time.monotonic()
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--formats", "json")
    waited = time.monotonic() - started
    assert r.returncode == 73, r.stderr
    assert "another townhall run (pid 424242) is writing into this output folder" in r.stderr
    assert waited >= 4.5
    assert sorted(p.name for p in out.iterdir()) == [".townhall.lock"]   # nothing staged, nothing written
    lock.close()


def test_a_run_gets_the_folder_once_the_other_is_done(townhall, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lock = open(out / ".townhall.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    p = subprocess.Popen([str(BIN), "report", str(write(tmp_path / "q3.csv", CSV)), "--out", str(out), "-q"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1)
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()
    _, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    assert sorted(x.name for x in out.iterdir()) == ["2026-q3-carry-forward.csv", "2026-q3-scorecard.xlsx",
                                                      "2026-q3-summary.json", "2026-q3-townhall.html"]


def test_paired_runs_into_one_folder_never_leave_a_mixed_set(tmp_path):
    runs = {name: write(tmp_path / f"{name}.csv", CSV.replace(",K2,", f",K2 {name} run,")) for name in ("alpha", "beta")}
    out = tmp_path / "out"
    for trial in range(30):
        procs = [subprocess.Popen([str(BIN), "report", str(f), "--out", str(out), "--formats", "json,html,carry", "-q"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in runs.values()]
        codes = [p.wait(timeout=120) for p in procs]
        assert codes == [0, 0], [p.stderr.read() for p in procs]
        summary = json.loads((out / "2026-q3-summary.json").read_text())
        winner = summary["key_results"][1]["title"].split()[1]
        loser = ({"alpha", "beta"} - {winner}).pop()
        for name in ("2026-q3-townhall.html", "2026-q3-carry-forward.csv"):
            text = (out / name).read_text()
            assert f"K2 {winner} run" in text and f"K2 {loser} run" not in text, (trial, name)
        assert sorted(p.name for p in out.iterdir()) == ["2026-q3-carry-forward.csv", "2026-q3-summary.json",
                                                          "2026-q3-townhall.html"]


# --- 4. temporaries of killed runs are removed by the next run ------------------------------

def test_the_next_run_removes_stale_temporaries_of_dead_runs_only(townhall, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = [f".2026-q3-summary.json.{dead.pid}.248463686.tmp", f".2026-q3-scorecard.xlsx.{dead.pid}.1.tmp"]
    alive = f".2026-q3-townhall.html.{os.getpid()}.77.tmp"     # a live process's: kept
    others = [".notes.tmp", f".x.{dead.pid}.tmp.keep", "keep.1234.5.tmp", f"mine.{dead.pid}.1.tmp"]
    for name in stale + [alive] + others:
        (out / name).write_text("partial")
    (out / f".2026-q3-summary.json.{dead.pid}.bak").write_text("earlier summary")   # its output is there: removed
    (out / f".2026-q2-summary.json.{dead.pid}.bak").write_text("earlier q2")        # its output is gone: put back
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--formats", "json", "-q")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([alive] + others + ["2026-q3-summary.json", "2026-q2-summary.json"])
    assert (out / "2026-q2-summary.json").read_text() == "earlier q2"


def test_a_killed_run_leaves_temporaries_the_next_run_removes(townhall, root, tmp_path):
    big = tmp_path / "big.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "60000", "--seed", "3",
                    "--out", str(big)], check=True)
    out = tmp_path / "out"
    p = subprocess.Popen([str(BIN), "report", str(big), "--out", str(out), "-q"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(n.name.endswith(".tmp") for n in (out.iterdir() if out.exists() else [])):
        time.sleep(0.02)
    p.kill()
    p.wait()
    left = [n.name for n in out.iterdir() if n.name.endswith(".tmp")]
    assert left, "the run was killed before it staged anything"
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--formats", "json", "-q")
    assert r.returncode == 0, r.stderr
    assert not [n.name for n in out.iterdir() if n.name.endswith(".tmp") or n.name.endswith(".bak")]


# --- 5. --cycle naming no cycle of the file -------------------------------------------------

@pytest.mark.parametrize("command", ["report", "lint"])
def test_a_cycle_the_file_does_not_hold_is_65(townhall, tmp_path, command):
    f = write(tmp_path / "two.csv", CSV + "2026-Q2,A,O,K1,committed,0,10,5\n")
    db = tmp_path / "a.sqlite"
    extra = ["--out", tmp_path / "o", "--archive", db] if command == "report" else []
    r = townhall(command, f, "--cycle", "Q3", *extra)
    assert r.returncode == 65, r.stderr
    assert f'no rows for cycle "Q3"; the file holds 2026-Q3, 2026-Q2' in r.stderr
    assert not db.exists()
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


# --- 11. control characters never reach the terminal raw -------------------------------------

def test_escape_sequences_in_input_are_shown_escaped(townhall, tmp_path):
    hostile = "Team\x1b]0;pwned\x07\x1b[2J\u202eevil\x9b"
    f = write(tmp_path / "esc.csv", "team,objective,key_result,target,current\n"
              f'"{hostile}",Launch,Build the thing,,\n')
    missing = tmp_path / f"{hostile}.csv"
    for args, status in ((["lint", f], 0), (["report", missing, "--out", tmp_path / "o"], 66)):
        r = townhall(*args)
        assert r.returncode == status, r.stderr
        for stream in (r.stdout, r.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream and "\x9b" not in stream
        assert "Team\\e]0;pwned\\a\\e[2J\\u{202E}evil\\u{9B}" in r.stdout + r.stderr


# --- 13. the logo: bounded, regular files only, embedded once --------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cf0000000301010018dd8db00000000049454e44ae426082")


def logo_config(tmp_path, logo):
    return write(tmp_path / "t.toml", f'[organization]\nname = "Acme"\nlogo = "{logo}"\n')


def test_a_logo_is_embedded_once(townhall, tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG + b"\0" * 200_000)
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--config", logo_config(tmp_path, "logo.png"),
                 "--out", tmp_path / "o", "--formats", "html")
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "o" / "2026-q3-townhall.html").read_text()
    assert html.count("data:image/png;base64,") == 1
    assert html.count('class="foot-logo"') > 3
    assert os.path.getsize(tmp_path / "o" / "2026-q3-townhall.html") < 400_000


def test_a_logo_over_the_limit_is_refused(townhall, tmp_path):
    with open(tmp_path / "huge.png", "wb") as f:   # sparse: 3 GB that take no room
        f.write(PNG)
        f.truncate(3_000_000_000)
    started = time.monotonic()
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--config", logo_config(tmp_path, "huge.png"),
                 "--out", tmp_path / "o")
    assert r.returncode == 65, r.stderr
    assert "logo huge.png is 3000.0 MB; the limit is 2.0 MB" in r.stderr
    assert time.monotonic() - started < 10
    assert not (tmp_path / "o").exists()


def test_a_logo_that_is_a_fifo_is_refused_without_blocking(townhall, tmp_path):
    os.mkfifo(tmp_path / "logo.png")
    r = subprocess.run([str(BIN), "report", str(write(tmp_path / "q3.csv", CSV)), "--config",
                        str(logo_config(tmp_path, "logo.png")), "--out", str(tmp_path / "o")],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 66, r.stderr
    assert "logo logo.png is not a regular file" in r.stderr


# --- 14. long names ------------------------------------------------------------------------

def test_a_300_character_cycle_name_gives_short_distinct_files(townhall, tmp_path):
    outs = []
    for tail in "AB":
        name = "Quarter " * 37 + tail
        f = write(tmp_path / f"long{tail}.csv", "cycle,team,objective,key_result,target,current\n"
                  f"{name},A,O,K1,10,5\n")
        r = townhall("report", f, "--out", tmp_path / "o")
        assert r.returncode == 0, r.stderr
        assert "[ERROR]" not in r.stderr and "[ERROR]" not in r.stdout
        outs.append(r.stdout)
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert len(names) == 8
    assert all(len(n) <= 64 + len("-carry-forward.csv") for n in names)
    assert all(n.startswith("quarter-quarter-") for n in names)


def test_libxlsxwriter_errors_are_townhalls_messages(townhall, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    os.chmod(out, 0o500)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("running as a user that writes anywhere (root): the folder cannot be made unwritable")
        r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out)
    finally:
        os.chmod(out, 0o700)
    assert r.returncode == 73
    assert "[ERROR]" not in r.stderr


# --- 16. memory ------------------------------------------------------------------------------

def test_an_input_too_large_for_the_address_space_limit_is_a_clear_65(root, tmp_path):
    big = tmp_path / "big.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "40000", "--seed", "2",
                    "--out", str(big)], check=True)

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (150_000_000, resource.RLIM_INFINITY))

    started = time.monotonic()
    r = subprocess.run([str(BIN), "report", str(big), "--out", str(tmp_path / "o")], capture_output=True, text=True,
                       preexec_fn=limit, timeout=120)
    assert r.returncode == 65, r.stderr
    assert "the input is too large for the memory available" in r.stderr
    assert "needs about" in r.stderr and "the address-space limit (ulimit -v) is 150.0 MB" in r.stderr
    assert "Fatal error" not in r.stderr and len(r.stderr.splitlines()) == 1
    assert time.monotonic() - started < 30
    assert not (tmp_path / "o").exists()
    ok = subprocess.run([str(BIN), "report", str(big), "--out", str(tmp_path / "o"), "--formats", "json", "-q"],
                        capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr


# --- 17. the command as users expect it ------------------------------------------------------

def test_bare_townhall_is_usage_64(townhall):
    r = townhall()
    assert r.returncode == 64
    assert "USAGE: townhall <subcommand>" in r.stderr and r.stdout == ""


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(townhall, root, flag):
    r = townhall(flag)
    assert r.returncode == 0
    version = (root / "Sources" / "TownhallCommand" / "Support" / "Version.swift").read_text().split('"')[1]
    assert r.stdout.strip() == version


def test_q_is_quiet(townhall, tmp_path):
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", tmp_path / "o", "-q")
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""
    r = townhall("lint", tmp_path / "q3.csv", "-q")
    assert r.returncode == 0 and r.stdout.count("\n") == 1


def test_lint_help_says_what_lint_does(townhall):
    r = townhall("lint", "--help")
    assert "Check a cycle against the OKR playbook" in r.stdout
    assert "Which cycle to report" not in r.stdout


def test_counts_read_right_for_one(townhall, tmp_path):
    f = write(tmp_path / "one.csv", "team,objective,key_result,target,current\nA,O,K1,10,5\n")
    r = townhall("report", f, "--out", tmp_path / "o")
    assert r.returncode == 0, r.stderr
    assert "1 key result (1 scored)" in r.stdout and "0 problems, 0 rejected rows" in r.stdout
    assert "-carry-forward.csv" in r.stdout
    lint = townhall("lint", f)
    assert "1 key result, 1 objective, 1 team;" in lint.stdout


def test_an_unquoted_toml_string_says_strings_need_quotes(townhall, tmp_path):
    cfg = write(tmp_path / "t.toml", "[organization]\nname = Northwind\n")
    r = townhall("lint", write(tmp_path / "q3.csv", CSV), "--config", cfg)
    assert r.returncode == 65
    assert f"{cfg}:2: invalid TOML: the value of `name` is a bare word; strings need quotes" in r.stderr
    assert "could not determine value type" not in r.stderr


# --- a fresh hostile sweep: devices as inputs, outputs that would replace the run's own files ----

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", ["lint", "explain", "report"])
def test_a_device_as_input_is_refused_at_once(townhall, tmp_path, command, device):
    """A device never ends: reading it would take all memory (or wait forever)."""
    args = [command, device] + (["--out", tmp_path / "o"] if command == "report" else [])
    r = subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, timeout=20)
    assert r.returncode == 66, r.stderr
    assert f"{device}: is a device, not a file" in r.stderr
    assert not (tmp_path / "o").exists()


def test_a_device_as_checkins_is_refused(townhall, tmp_path):
    r = subprocess.run([str(BIN), "lint", str(write(tmp_path / "q3.csv", CSV)), "--checkins", "/dev/zero"],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 66 and "/dev/zero: is a device, not a file" in r.stderr


def test_a_pipe_is_still_read(townhall, tmp_path):
    r = subprocess.run(["bash", "-c", f'"{BIN}" lint <(cat "{write(tmp_path / "q3.csv", CSV)}")'],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 0, r.stderr


def test_a_scorecard_given_back_with_out_its_own_folder_is_not_replaced(townhall, tmp_path):
    out = tmp_path / "o"
    first = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "-q")
    assert first.returncode == 0, first.stderr
    card = out / "2026-q3-scorecard.xlsx"
    before = tree(out)
    r = townhall("report", card, "--out", out)
    assert r.returncode == 73, r.stderr
    assert f"{card}: is this run's own file and the output 2026-q3-scorecard.xlsx would replace it" in r.stderr
    assert tree(out) == before


def test_an_input_named_like_an_output_in_the_output_folder_is_not_replaced(townhall, tmp_path):
    inp = write(tmp_path / "2026-q3-carry-forward.csv", CSV)
    before = tree(tmp_path)
    r = townhall("report", inp.name, "--formats", "carry,json", cwd=tmp_path)
    assert r.returncode == 73, r.stderr
    assert "would replace it" in r.stderr
    assert tree(tmp_path) == before
    # the same export elsewhere, or with the output not asked for, runs
    assert townhall("report", inp.name, "--formats", "json", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("exists", [False, True])
def test_an_archive_named_like_an_output_is_not_replaced(townhall, tmp_path, exists):
    out = tmp_path / "o"
    db = out / "2026-q3-summary.json"
    if exists:
        out.mkdir()
        ok = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", tmp_path / "x", "--archive", db,
                      "--formats", "html", "-q")
        assert ok.returncode == 0, ok.stderr
    before = tree(out)
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", out, "--archive", db)
    assert r.returncode == 73, r.stderr
    assert "would replace it" in r.stderr
    assert tree(out) == before


@pytest.mark.parametrize("kind", ["devnull", "fifo"])
def test_an_archive_that_is_an_empty_device_or_fifo_is_refused(townhall, tmp_path, kind):
    """An empty regular file is a new archive; /dev/null or a FIFO would swallow the cycle."""
    if kind == "fifo":
        db = tmp_path / "a.sqlite"
        os.mkfifo(db)
    else:
        db = "/dev/null"
    r = subprocess.run([str(BIN), "report", str(write(tmp_path / "q3.csv", CSV)), "--out", str(tmp_path / "o"),
                        "--archive", str(db)], capture_output=True, text=True, timeout=30)
    assert r.returncode == 65, r.stderr
    assert "not a townhall archive (not a regular file)" in r.stderr
    assert tree(tmp_path / "o") == {}


def test_an_empty_file_is_still_a_new_archive(townhall, tmp_path):
    db = write(tmp_path / "a.sqlite", "")
    r = townhall("report", write(tmp_path / "q3.csv", CSV), "--out", tmp_path / "o", "--archive", db, "-q")
    assert r.returncode == 0, r.stderr
    assert [row[:2] for row in archived(db)] == [("2026-Q3", 2)]
