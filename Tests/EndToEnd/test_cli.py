"""The command as users meet it: exit codes, messages, outputs written atomically (SPEC §1)."""
import json
import os

import pytest

HEADER = "team,objective,key_result,type,start,target,current,notes\n"


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def summary(folder):
    (path,) = folder.glob("*-summary.json")
    return json.loads(path.read_text())


def test_report_on_the_sample_writes_the_summary(townhall, root, tmp_path):
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--out", tmp_path, "--formats", "json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("wrote ") and r.stdout.count("\n") == 1
    s = json.loads((tmp_path / "2026-q3-summary.json").read_text())
    c = s["counts"]
    assert c["input_rows"] == c["key_results"] + c["rejected_rows"] + c["other_cycle_rows"] == 66
    assert s["cycle"] == "2026-Q3"
    assert [p for p in tmp_path.iterdir()] == [tmp_path / "2026-q3-summary.json"]


def test_missing_file_exits_66(townhall, tmp_path):
    r = townhall("report", tmp_path / "nope.csv", "--out", tmp_path / "out")
    assert r.returncode == 66
    assert r.stderr.startswith("townhall: error: ") and "nope.csv" in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_folder_as_input_exits_66(townhall, tmp_path):
    assert townhall("report", tmp_path, "--out", tmp_path / "o").returncode == 66


@pytest.mark.parametrize("args", [
    ["report"],
    ["report", "x.csv", "--formats", "docx"],  # pdf is an output now
    ["report", "x.csv", "--formats", ","],
    ["report", "x.csv", "--bogus"],
    ["report", "x.csv", "--delimiter", "|"],
    ["frobnicate"],
])
def test_bad_usage_exits_64(townhall, tmp_path, args):
    r = townhall(*args, cwd=tmp_path)
    assert r.returncode == 64, (r.returncode, r.stderr)
    assert r.stderr.startswith("townhall: error: ")
    assert list(tmp_path.iterdir()) == []


def test_missing_required_column_names_it_and_exits_65(townhall, tmp_path):
    f = write(tmp_path, "in.csv", "team,objective,target\nA,O,1\n")
    r = townhall("report", f, "--out", tmp_path / "out", "--formats", "json")
    assert r.returncode == 65
    assert r.stderr.startswith(f"townhall: error: {f}:1: missing required column")
    assert "`key_result`" in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("text", ["", "\n\n\n", "\ufeff"])
def test_empty_file_is_unusable_not_a_crash(townhall, tmp_path, text):
    f = write(tmp_path, "empty.csv", text)
    r = townhall("report", f, "--out", tmp_path / "out", "--formats", "json")
    assert r.returncode == 65, r.stderr
    assert "no header" in r.stderr


def test_ragged_row_is_rejected_with_its_line(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,0,10,5,\nA,O,k2,c,0,10,5,,surplus\nA,O,\"k3\nwrapped\",c,0,10,5,\n")
    r = townhall("report", f, "--out", tmp_path, "--formats", "json")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path)
    assert s["rejected"] == [{"line": 3, "reason": "row has 9 fields but the header has 8"}]
    assert [k["line"] for k in s["key_results"]] == [2, 4]
    assert s["counts"]["input_rows"] == 3


def test_non_numeric_target_is_a_problem_with_line_and_column(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,0,10,5,\nA,O,k2,c,0,lots,5,\n")
    r = townhall("report", f, "--out", tmp_path, "--formats", "json")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path)
    assert s["problems"] == [{"line": 3, "column": "target", "message": 'target "lots" is not a number'}]
    assert s["key_results"][1]["outcome"] == "unscored" and s["key_results"][1]["score"] is None


def test_strict_fails_on_a_row_problem_and_writes_nothing(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,0,10,5,\nA,O,k2,c,0,lots,5,\n")
    r = townhall("report", f, "--out", tmp_path / "out", "--formats", "json", "--strict")
    assert r.returncode == 65
    assert f"{f}:3:" in r.stderr and "--strict" in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_malformed_quoting_names_the_row_start(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,0,10,5,\nA,O,\"never closed,c,0,10,5,\nA,O,k3,c,0,1,1,\n")
    r = townhall("report", f, "--out", tmp_path / "o", "--formats", "json")
    assert r.returncode == 65
    assert f"{f}:3: malformed quoting" in r.stderr


def test_several_cycles_need_cycle(townhall, tmp_path):
    f = write(tmp_path, "in.csv", "cycle," + HEADER + "2026-Q2,A,O,k1,c,0,1,1,\n2026-Q3,A,O,k2,c,0,1,1,\n")
    r = townhall("report", f, "--out", tmp_path / "o", "--formats", "json")
    assert r.returncode == 65 and "--cycle" in r.stderr
    r = townhall("report", f, "--out", tmp_path / "o", "--formats", "json", "--cycle", "2026-Q2")
    assert r.returncode == 0
    s = summary(tmp_path / "o")
    assert s["cycle"] == "2026-Q2" and s["counts"]["other_cycle_rows"] == 1


def test_cycle_names_cannot_escape_the_output_folder(townhall, tmp_path):
    f = write(tmp_path, "in.csv", "cycle," + HEADER + "../../evil/Q3,A,O,k1,c,0,1,1,\n")
    out = tmp_path / "deep" / "out"
    r = townhall("report", f, "--out", out, "--formats", "json")
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.iterdir()] == ["evil-q3-summary.json"]
    assert not (tmp_path / "evil").exists()


def test_unwritable_output_folder_exits_73(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,0,1,1,\n")
    blocker = write(tmp_path, "plainfile", "x")
    r = townhall("report", f, "--out", blocker / "sub", "--formats", "json")
    assert r.returncode == 73
    assert r.stderr.startswith("townhall: error: ")


def test_a_failed_run_leaves_an_earlier_output_intact(townhall, tmp_path):
    good = write(tmp_path, "good.csv", "cycle," + HEADER + "Q3,A,O,k1,c,0,1,1,\n")
    bad = write(tmp_path, "bad.csv", "cycle," + HEADER + "Q3,A,O,\"k1,c,0,1,1,\n")
    assert townhall("report", good, "--out", tmp_path / "o", "--formats", "json").returncode == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "o").iterdir()}
    assert townhall("report", bad, "--out", tmp_path / "o", "--formats", "json").returncode == 65
    assert {p.name: p.read_bytes() for p in (tmp_path / "o").iterdir()} == before


def test_quiet_prints_nothing_and_warnings_go_to_stderr(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,c,,10,5,\n")
    r = townhall("report", f, "--out", tmp_path, "--formats", "json")
    assert r.returncode == 0
    assert "townhall: warning: " in r.stderr and "without a start" in r.stderr
    r = townhall("report", f, "--out", tmp_path, "--formats", "json", "--quiet")
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""


def test_no_progress_when_stderr_is_not_a_terminal(townhall, root, tmp_path):
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--out", tmp_path, "--formats", "json")
    assert "\r" not in r.stderr


def test_lint_groups_findings_by_team(townhall, root):
    r = townhall("lint", root / "samples" / "northwind-2026-q3.csv")
    assert r.returncode == 0, r.stderr
    assert "objective-kr-count" in r.stdout and "warning: [" in r.stdout
    lines = r.stdout.splitlines()
    assert any(" — " in l and "finding" in l for l in lines)          # team headings
    assert lines[-1].startswith("2026-Q3: 66 key results")


def test_lint_exits_65_on_unusable_input(townhall, tmp_path):
    f = write(tmp_path, "in.csv", "team,objective\nA,O\n")
    assert townhall("lint", f).returncode == 65


def test_init_writes_a_starter_that_reports_cleanly(townhall, tmp_path):
    r = townhall("init", tmp_path / "start")
    assert r.returncode == 0, r.stderr
    csv, toml = tmp_path / "start" / "okrs.csv", tmp_path / "start" / "townhall.toml"
    assert csv.exists() and toml.exists()
    r = townhall("report", csv, "--config", toml, "--out", tmp_path / "out", "--formats", "json")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path / "out")
    assert s["problems"] == [] and s["rejected"] == [] and s["counts"]["key_results"] == 8
    assert s["organization"] == "Your Company"
    again = townhall("init", tmp_path / "start")
    assert again.returncode == 73 and "already exists" in again.stderr


def test_config_errors_name_file_and_line(townhall, root, tmp_path):
    cfg = write(tmp_path, "t.toml", "[scoring]\ngreen = 0.7\ngren = 0.1\n")
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--config", cfg, "--out", tmp_path / "o")
    assert r.returncode == 65
    assert f"{cfg}:3: unknown key `gren`" in r.stderr
    assert townhall("report", root / "samples" / "northwind-2026-q3.csv", "--config", tmp_path / "none.toml").returncode == 66


def test_config_thresholds_change_the_scores(townhall, root, tmp_path):
    cfg = write(tmp_path, "t.toml", "[scoring]\naspirational_win = 0.5\n")
    f = write(tmp_path, "in.csv", HEADER + "A,O,k1,aspirational,0,10,6,\n")
    assert townhall("report", f, "--config", cfg, "--out", tmp_path / "o", "--formats", "json").returncode == 0
    assert summary(tmp_path / "o")["key_results"][0]["outcome"] == "win"


def test_json_escapes_and_keeps_unicode(townhall, tmp_path):
    f = write(tmp_path, "in.csv", HEADER + 'Équipe "α",O\\,"k1 <b>\ttab\x01",c,0,1,1,\n')
    assert townhall("report", f, "--out", tmp_path, "--formats", "json").returncode == 0
    s = summary(tmp_path)
    assert s["key_results"][0]["team"] == 'Équipe "α"'
    assert s["key_results"][0]["title"] == "k1 <b>\ttab\x01"
    assert s["objectives"][0]["title"] == "O\\"


def test_source_date_epoch_makes_outputs_reproducible(townhall, root, tmp_path):
    env_runs = []
    for out in ("a", "b"):
        os.environ["SOURCE_DATE_EPOCH"] = "1790000000"
        try:
            r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--out", tmp_path / out,
                         "--formats", "json")
        finally:
            del os.environ["SOURCE_DATE_EPOCH"]
        assert r.returncode == 0
        env_runs.append((tmp_path / out / "2026-q3-summary.json").read_bytes())
    assert env_runs[0] == env_runs[1]


def test_progress_shows_on_a_terminal_for_long_runs(townhall, root, tmp_path):
    """stderr on a pseudo-terminal: a long run shows a progress line, erased before the summary."""
    import pty
    import subprocess
    import sys
    from conftest import BIN
    big = tmp_path / "big.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "60000", "--seed", "2",
                    "--out", str(big)], check=True)
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(BIN), "report", str(big), "--out", str(tmp_path / "o"), "--formats", "json,xlsx"],
                            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    assert proc.returncode == 0
    if b"townhall: " not in seen or b"\r" not in seen:
        pytest.skip(f"the run finished before the progress line was due ({len(seen)} bytes on the terminal)")
    assert b"\xe2\x80\xa6" in seen                      # "…" of the progress line
    assert seen.rstrip().endswith(b"\x1b[2K")           # erased at the end
    assert out.decode().startswith("wrote ")


def test_a_failed_run_with_the_workbook_leaves_no_temporary_file(townhall, root, tmp_path):
    """The workbook is written on its own thread: a failure elsewhere must still leave nothing behind."""
    out = tmp_path / "o"
    out.mkdir()
    (out / "2026-q3-summary.json").mkdir()          # a folder in the way of the summary
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--out", out, "--formats", "xlsx,json,html")
    assert r.returncode == 73, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["2026-q3-summary.json"]


def test_reads_an_export_from_a_pipe(root, tmp_path):
    """A named pipe has no size up front: the reader grows its buffer in steps and reads every row."""
    import subprocess
    import threading
    from conftest import BIN
    sample = (root / "samples" / "northwind-2026-q3.csv").read_bytes() * 1  # 66 KRs
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    header = sample.split(b"\n", 1)[0].decode().split(",")

    def row(i):
        values = {"cycle": "2026-Q3", "team": "Piped", "objective_id": "P1", "objective": "Pipe objective",
                  "kr_id": f"P-{i}", "key_result": f"Piped result {i}", "type": "committed", "start": "0",
                  "target": "10", "current": str(i % 11)}
        return ",".join(values.get(h, "") for h in header) + "\n"

    assert sample.endswith(b"\n")
    big = sample + "".join(row(i) for i in range(40_000)).encode()  # about 2 MB: past the first 1 MB step

    def feed():
        with open(fifo, "wb") as f:
            f.write(big)

    t = threading.Thread(target=feed)
    t.start()
    r = subprocess.run([str(BIN), "report", str(fifo), "--out", str(tmp_path / "out"), "--formats", "json",
                        "--quiet"], capture_output=True, text=True, timeout=120)
    t.join()
    assert r.returncode == 0, r.stderr
    s = json.loads(next((tmp_path / "out").glob("*-summary.json")).read_text())
    assert s["counts"]["input_rows"] == 66 + 40_000
    assert s["counts"]["key_results"] == 66 + 40_000
