"""Grouping as the outputs show it: objective ids per team (never a silent merge), and messages
that stay a few lines long whatever the input lists."""
import json
import pathlib
import sqlite3

import pytest

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "Fixtures" / "inputs"


def test_one_objective_id_of_two_teams_stays_two_objectives_in_every_output(townhall, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    archive = tmp_path / "okrs.sqlite"
    r = townhall("report", FIXTURES / "objective_id_two_teams.csv", "--out", out, "--archive", archive,
                 "--formats", "xlsx,json,carry")
    assert r.returncode == 0, r.stderr
    assert 'objective_id "O-1" is used by teams "Sales" (line 2) and "Eng"' in r.stderr
    summary = json.loads((out / "cycle-summary.json").read_text())
    teams = {t["team"]: t for t in summary["teams"]}
    assert teams["Sales"]["objectives"] == 1 and teams["Eng"]["objectives"] == 2
    assert teams["Sales"]["score"] == 0.25 and teams["Eng"]["score"] == 0.75  # Eng: (0.5 + 1) / 2
    objectives = {o["id"]: o for o in summary["objectives"]}
    assert sorted(objectives) == ["O-1", "eng.O-1", "eng.O-1-2"]
    assert (objectives["O-1"]["team"], objectives["eng.O-1-2"]["team"]) == ("Sales", "Eng")
    assert objectives["eng.O-1-2"]["score"] == 0.5
    for kr in summary["key_results"]:
        assert objectives[kr["objective_id"]]["team"] == kr["team"]
    assert any(w["message"].startswith('objective_id "O-1"') for w in summary["warnings"])

    # The archive keeps three objectives with distinct ids, each KR under its own team's.
    with sqlite3.connect(archive) as db:
        rows = db.execute("SELECT id, team FROM objective ORDER BY id").fetchall()
        assert rows == [("O-1", "Sales"), ("eng.O-1", "Eng"), ("eng.O-1-2", "Eng")]
        krs = db.execute("SELECT objective_id, team FROM key_result").fetchall()
        assert all(dict(rows)[o] == t for o, t in krs)

    # The workbook lists three objectives, each with its own score (cached value of its formula).
    wb = openpyxl.load_workbook(out / "cycle-scorecard.xlsx", data_only=True)
    ws = wb["Objectives"]
    header = [c.value for c in ws[1]]
    got = {row[header.index("Objective ID")]: row[header.index("Score")]
           for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}
    assert got == {"O-1": 0.25, "eng.O-1-2": 0.5, "eng.O-1": 1.0}

    # The carry-forward file writes the renamed id, so next cycle reads two objectives again.
    carry = (out / "cycle-carry-forward.csv").read_text()
    assert "eng.O-1-2" in carry


def error_line(stderr):
    (line,) = [l for l in stderr.splitlines() if l.startswith("townhall: error: ")]
    return line


def test_five_thousand_cycles_are_named_five_and_counted(townhall, tmp_path):
    path = tmp_path / "okrs.csv"
    path.write_text("cycle,team,objective,key_result,target,current\n"
                    + "".join(f"C{i},A,O,K,10,5\n" for i in range(5000)))
    r = townhall("report", path, "--out", tmp_path / "out")
    assert r.returncode == 65
    line = error_line(r.stderr)
    assert "several cycles (C0, C1, C2, C3, C4 and 4,995 more); choose one with --cycle" in line
    assert len(line) < 300 + len(str(path))


def test_a_header_of_twenty_thousand_columns_is_named_five_and_counted(townhall, tmp_path):
    path = tmp_path / "okrs.csv"
    path.write_text("team,objective," + ",".join(f"x{i}" for i in range(20_000)) + "\nA,O\n")
    r = townhall("lint", path)
    assert r.returncode == 65
    line = error_line(r.stderr)
    assert 'missing required column: `key_result`' in line
    assert 'the header has "team", "objective", "x0", "x1", "x2" and 19,997 more' in line
    assert len(line) < 400 + len(str(path))


@pytest.mark.parametrize("command", ["report", "lint"])
def test_fifty_warnings_show_ten_and_a_count(townhall, tmp_path, command):
    # 50 pairs of teams that are each other's parent: one warning per loop.
    path = tmp_path / "okrs.csv"
    rows = []
    for i in range(0, 100, 2):
        rows += [f"T{i},T{i + 1},O,K,10,5", f"T{i + 1},T{i},O,K,10,5"]
    path.write_text("team,parent_team,objective,key_result,start,target,current\n"
                    + "\n".join(r.replace(",10,5", ",0,10,5") for r in rows) + "\n")
    out = tmp_path / "out"
    args = ["report", path, "--out", out, "--formats", "json"] if command == "report" else ["lint", path]
    r = townhall(*args)
    assert r.returncode == 0, r.stderr
    warnings = [l for l in r.stderr.splitlines() if l.startswith("townhall: warning: ")]
    assert len(warnings) == 11, r.stderr
    assert all("its own ancestor" in w for w in warnings[:10])
    assert warnings[10] == "townhall: warning: … and 40 more warnings"
    if command == "report":
        summary = json.loads((out / "cycle-summary.json").read_text())
        assert sum("its own ancestor" in w["message"] for w in summary["warnings"]) == 50
