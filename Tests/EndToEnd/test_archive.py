"""The archive (`report --archive`), `history`, and the carry-forward file, end to end."""
import csv
import hashlib
import json
import math
import re
import sqlite3
import subprocess
import sys

import pytest

from conftest import BIN


def gen(root, tmp_path, seed, cycle, krs=400):
    f = tmp_path / f"c{seed}.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", str(krs), "--seed", str(seed),
                    "--cycle", cycle, "--out", str(f)], check=True)
    return f


def report(townhall, csv, out, archive, *extra):
    r = townhall("report", csv, "--out", out, "--formats", "json,carry", "--archive", archive, "--quiet", *extra)
    assert r.returncode == 0, r.stderr
    (p,) = out.glob("*-summary.json")
    return json.loads(p.read_text())


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, abs_tol=1e-12))


def test_four_cycles_round_trip(townhall, root, tmp_path):
    db = tmp_path / "okrs.sqlite"
    summaries = {}
    for seed, cycle in enumerate(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], start=1):
        summaries[cycle] = report(townhall, gen(root, tmp_path, seed, cycle), tmp_path / cycle, db)
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    assert con.execute("SELECT value FROM meta WHERE key='application'").fetchone()[0] == "townhall"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = {r["name"]: r for r in con.execute("SELECT * FROM cycle")}
    assert set(rows) == set(summaries)
    for name, s in summaries.items():
        row = rows[name]
        assert close(row["overall_score"], s["overall_score"])
        assert close(row["committed_attainment"], s["committed"]["attainment"])
        assert close(row["aspirational_mean"], s["aspirational"]["mean_score"])
        assert row["key_results"] == s["counts"]["key_results"]
        assert (row["start_date"], row["end_date"]) == (f"{name[:4]}-{3 * int(name[-1]) - 2:02d}-01",
                                                        {"1": "2026-03-31", "2": "2026-06-30", "3": "2026-09-30", "4": "2026-12-31"}[name[-1]])
        krs = con.execute("SELECT id, score, outcome, line FROM key_result WHERE cycle_id = ? ORDER BY rowid",
                          (row["id"],)).fetchall()
        assert [(k["id"], k["outcome"], k["line"]) for k in krs] == \
               [(k["id"], k["outcome"], k["line"]) for k in s["key_results"]]
        assert all(close(a["score"], b["score"]) for a, b in zip(krs, s["key_results"]))
        teams = {t["name"]: t["score"] for t in con.execute("SELECT name, score FROM team WHERE cycle_id = ?", (row["id"],))}
        assert all(close(teams[t["team"]], t["score"]) for t in s["teams"])
        assert con.execute("SELECT count(*) FROM finding WHERE cycle_id = ?", (row["id"],)).fetchone()[0] == len(s["checks"])
    # every cycle after the first is compared with the one before
    assert "comparison" not in summaries["2026-Q1"]
    q4 = summaries["2026-Q4"]["comparison"]
    assert q4["previous_cycle"] == "2026-Q3"
    assert close(q4["overall_score_delta"], summaries["2026-Q4"]["overall_score"] - summaries["2026-Q3"]["overall_score"])
    assert q4["carried_over"] == sum(k["carried_over"] for k in summaries["2026-Q4"]["key_results"])

    h = townhall("history", "--archive", db, "--out", tmp_path / "h")
    assert h.returncode == 0, h.stderr
    hist = json.loads((tmp_path / "h" / "history.json").read_text())
    assert [c["cycle"] for c in hist["cycles"]] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert all(close(c["overall_score"], summaries[c["cycle"]]["overall_score"]) for c in hist["cycles"])
    for streak in hist["over_committing"] + hist["goals_too_safe"]:
        assert len(streak["cycles"]) >= 2


def test_reporting_a_cycle_again_replaces_it(townhall, root, tmp_path):
    db = tmp_path / "a.sqlite"
    report(townhall, gen(root, tmp_path, 1, "2026-Q3"), tmp_path / "a", db)
    s = report(townhall, gen(root, tmp_path, 2, "2026-Q3", krs=250), tmp_path / "b", db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM cycle").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM key_result").fetchone()[0] == s["counts"]["key_results"] == 250
    assert "comparison" not in s      # a cycle is never compared with itself


@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 40, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_foreign_or_corrupt_files_are_refused_untouched(townhall, root, tmp_path, content):
    db = tmp_path / "x.sqlite"
    db.write_bytes(content)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = townhall("report", gen(root, tmp_path, 1, "2026-Q3"), "--out", tmp_path / "o", "--archive", db, "--formats", "json")
    assert r.returncode == 65, r.stderr
    assert "archive" in r.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())
    assert townhall("history", "--archive", db, "--out", tmp_path / "h").returncode == 65


def test_a_sqlite_file_of_another_application_is_refused(townhall, root, tmp_path):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customers (name) VALUES ('Ada')")
    con.commit()
    con.close()
    before = db.read_bytes()
    r = townhall("report", gen(root, tmp_path, 1, "2026-Q3"), "--out", tmp_path / "o", "--archive", db, "--formats", "json")
    assert r.returncode == 65 and "not a townhall archive" in r.stderr
    assert db.read_bytes() == before


def test_two_writers_at_once_leave_a_consistent_archive(townhall, root, tmp_path):
    db = tmp_path / "shared.sqlite"
    files = [gen(root, tmp_path, s, c, krs=3000) for s, c in [(1, "2026-Q1"), (2, "2026-Q2")]]
    procs = [subprocess.Popen([str(BIN), "report", str(f), "--out", str(tmp_path / f.stem),
                               "--formats", "json", "--archive", str(db), "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
    outputs = [p.communicate(timeout=300) for p in procs]
    codes = [p.returncode for p in procs]
    assert all(c in (0, 73) for c in codes) and 0 in codes, (codes, [e.decode() for _, e in outputs])
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {n: k for n, k in con.execute("SELECT name, key_results FROM cycle")}
    assert len(stored) == codes.count(0)
    for (name, krs) in stored.items():
        cid = con.execute("SELECT id FROM cycle WHERE name = ?", (name,)).fetchone()[0]
        assert con.execute("SELECT count(*) FROM key_result WHERE cycle_id = ?", (cid,)).fetchone()[0] == krs == 3000


def test_history_needs_an_archive(townhall, tmp_path):
    assert townhall("history", "--archive", tmp_path / "none.sqlite", "--out", tmp_path / "h").returncode == 66
    assert townhall("history", "--out", tmp_path / "h").returncode == 64


def test_history_on_one_cycle(townhall, root, tmp_path):
    db = tmp_path / "one.sqlite"
    report(townhall, gen(root, tmp_path, 5, "2026-Q2"), tmp_path / "o", db)
    r = townhall("history", "--archive", db, "--out", tmp_path / "h")
    assert r.returncode == 0, r.stderr
    hist = json.loads((tmp_path / "h" / "history.json").read_text())
    assert len(hist["cycles"]) == 1 and hist["goals_too_safe"] == [] and hist["over_committing"] == []


def test_carry_forward_round_trips(townhall, root, tmp_path):
    s = report(townhall, root / "samples" / "northwind-2026-q3.csv", tmp_path / "o", tmp_path / "a.sqlite")
    carry = tmp_path / "o" / "2026-q3-carry-forward.csv"
    expected = [k for k in s["key_results"] if k["score"] is not None and
                ((k["type"] == "committed" and k["outcome"] == "miss") or (k["type"] == "aspirational" and k["score"] < 1))]
    r = townhall("report", carry, "--out", tmp_path / "next", "--formats", "json")
    assert r.returncode == 0, r.stderr
    (p,) = (tmp_path / "next").glob("*-summary.json")
    nxt = json.loads(p.read_text())
    assert nxt["cycle"] == "2026-Q4"
    assert nxt["rejected"] == []
    assert [k["id"] for k in nxt["key_results"]] == [k["id"] for k in expected]
    # A KR that was only graded carries no grade: it has nothing to score it by until next cycle's
    # grade (or a current value) is written in, and says so. Every other carried KR starts at 0.
    only_graded = {k["line"] for k in expected if k["rule"] == "manual score"} & \
        {i + 2 for i, row in enumerate(csv.DictReader(open(root / "samples" / "northwind-2026-q3.csv", encoding="utf-8")))
         if not row["current"].strip()}
    assert len(only_graded) == 1
    line_of = {k["id"]: k["line"] for k in expected}
    unscored = [k for k in nxt["key_results"] if k["score"] is None]
    assert {line_of[k["id"]] for k in unscored} == only_graded
    assert [p["message"] for p in nxt["problems"]] == ["nothing to score it by: no score and no target"]
    assert all(k["score"] == 0 for k in nxt["key_results"] if k["score"] is not None)
    assert all(k["rule"] != "manual score" for k in nxt["key_results"])


@pytest.mark.parametrize("name,nxt", [("2026-Q3", "2026-Q4"), ("2026-Q4", "2027-Q1"), ("Q2 2026", "Q3 2026"),
                                      ("2026-H1", "2026-H2"), ("2026-H2", "2027-H1"), ("FY2026", "FY2027")])
def test_next_cycle_names(townhall, tmp_path, name, nxt):
    f = tmp_path / "in.csv"
    f.write_text(f"cycle,team,objective,key_result,type,start,target,current\n{name},A,O,k,committed,0,10,5\n")
    assert townhall("report", f, "--out", tmp_path, "--formats", "carry", "--quiet").returncode == 0
    (p,) = tmp_path.glob("*-carry-forward.csv")
    assert p.read_text().splitlines()[1].startswith(nxt + ",")


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE_TEXTS = ["=1+1", "+1 555", "-2+3", "@SUM(A1)", '=HYPERLINK("http://evil","x")', "'=guarded already", "'quote"]


def test_carry_forward_neutralises_formulas_and_reads_back_exactly(townhall, tmp_path):
    """Cells a spreadsheet would run (`= + - @`, tab, CR first) get a leading `'` (OWASP), plain numbers
    stay numbers, and reading the file back gives exactly the texts of the report it came from."""
    f = tmp_path / "in.csv"
    with open(f, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["cycle", "team", "objective", "key_result", "kr_owner", "type", "start", "target", "current", "notes"])
        for i, h in enumerate(HOSTILE_TEXTS):
            w.writerow(["2026-Q3", h, h, f"{h} #{i}", h, "committed", "-5", "10", "-2", h])
    r = townhall("report", f, "--out", tmp_path / "o", "--formats", "json,carry", "--quiet")
    assert r.returncode == 0, r.stderr
    first = json.loads((tmp_path / "o" / "2026-q3-summary.json").read_text())
    carry = tmp_path / "o" / "2026-q3-carry-forward.csv"
    with open(carry, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    cells = [c for row in rows for c in row]
    assert [c for c in cells if c.startswith(FORMULA_LEADS) and not re.fullmatch(r"[+-]?\d+(\.\d+)?", c)] == []
    assert "'=1+1" in cells and "-2" in cells
    r = townhall("report", carry, "--out", tmp_path / "next", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    nxt = json.loads((tmp_path / "next" / "2026-q4-summary.json").read_text())
    assert nxt["problems"] == [] and nxt["rejected"] == []
    for key in ("team", "objective_id", "title", "owner"):
        assert [k[key] for k in nxt["key_results"]] == [k[key] for k in first["key_results"]], key
    assert sorted(k["team"] for k in nxt["key_results"]) == sorted(HOSTILE_TEXTS)


def test_a_graded_kr_is_carried_without_its_grade(townhall, tmp_path):
    """A final grade does not carry into the next cycle: reaching the target then scores 1, not 0."""
    f = tmp_path / "in.csv"
    f.write_text("cycle,team,objective,key_result,type,start,target,current,score\n"
                 "2026-Q3,A,O,Live in 3 countries,aspirational,0,3,2,0.75\n")
    assert townhall("report", f, "--out", tmp_path / "o", "--formats", "carry", "--quiet").returncode == 0
    carry = tmp_path / "o" / "2026-q3-carry-forward.csv"
    with open(carry, newline="", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["score"], row["start"], row["current"], row["target"]) == ("", "2", "2", "3")
    row["current"] = "3"                                   # next quarter reaches the target
    with open(tmp_path / "next.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(row))
        w.writeheader()
        w.writerow(row)
    r = townhall("report", tmp_path / "next.csv", "--out", tmp_path / "n", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    (k,) = json.loads((tmp_path / "n" / "2026-q4-summary.json").read_text())["key_results"]
    assert k["score"] == 1 and k["outcome"] == "win"
