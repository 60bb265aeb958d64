"""Check-ins end to end: the sample's and a generated cycle's, and bad check-ins as problems."""
import json
import re
import subprocess
import sys


def summary(folder):
    (path,) = folder.glob("*-summary.json")
    return json.loads(path.read_text())


def test_sample_checkins(townhall, root, tmp_path):
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv",
                 "--checkins", root / "samples" / "northwind-2026-q3-checkins.csv",
                 "--out", tmp_path, "--formats", "json")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path)
    c = s["check_ins"]
    assert c["rows"] == c["used"] > 600
    assert (c["cycle_start"], c["cycle_end"], c["dates_from"]) == ("2026-07-01", "2026-09-30", "cycle name")
    assert len(c["weeks"]) == 14 and c["weeks"][-1]["end"] == "2026-09-30"
    assert all(k["check_ins"] == len(k["trajectory"]) for k in s["key_results"])
    ids = {x["id"] for x in s["checks"]}
    assert {"kr-never-updated", "kr-stale", "team-mostly-stale"} <= ids
    stale_teams = [x["subject"] for x in s["checks"] if x["id"] == "team-mostly-stale"]
    assert stale_teams == ["Partnerships"]


def test_generated_checkins_match_every_kr(townhall, root, tmp_path):
    okrs, checkins = tmp_path / "g.csv", tmp_path / "c.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "3000", "--seed", "8",
                    "--out", str(okrs), "--checkins", str(checkins)], check=True)
    r = townhall("report", okrs, "--checkins", checkins, "--out", tmp_path / "o", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path / "o")
    rows = sum(1 for _ in open(checkins, encoding="utf-8")) - 1
    assert s["check_ins"]["rows"] <= rows
    assert s["check_ins"]["used"] + sum(1 for p in s["problems"] if p.get("file")) == s["check_ins"]["rows"]
    assert s["check_ins"]["overall"]["key_results"] == s["counts"]["key_results"] - s["counts"]["dropped"]


def test_bad_checkins_are_problems_with_file_and_line(townhall, tmp_path):
    okrs = tmp_path / "o.csv"
    okrs.write_text("cycle,team,objective,kr_id,key_result,start,target,current\n"
                    "2026-Q3,A,O,K1,Grow,0,10,5\n2026-Q3,A,O,K2,Grow more,0,10,8\n")
    ci = tmp_path / "c.csv"
    ci.write_text("kr_id,date,value\nK1,2026-07-10,2\nK7,2026-07-10,2\nK1,10/07/2026,3\nK2,2026-12-01,4\nK2,2026-08-01,many\n")
    r = townhall("report", okrs, "--checkins", ci, "--out", tmp_path / "out", "--formats", "json")
    assert r.returncode == 0, r.stderr
    probs = summary(tmp_path / "out")["problems"]
    assert [(p["file"], p["line"], p["column"]) for p in probs] == [
        (str(ci), 3, "kr_id"), (str(ci), 4, "date"), (str(ci), 5, "date"), (str(ci), 6, "value")]
    strict = townhall("report", okrs, "--checkins", ci, "--out", tmp_path / "s", "--formats", "json", "--strict")
    assert strict.returncode == 65


def test_missing_checkins_file_exits_66(townhall, root, tmp_path):
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--checkins", tmp_path / "none.csv",
                 "--out", tmp_path / "o")
    assert r.returncode == 66


def test_reference_generator_checkins(townhall, shared, tmp_path):
    """Check-ins as ../shared/tools/gen_okrs.py writes them: every row matched and inside the cycle."""
    okrs, checkins = tmp_path / "g.csv", tmp_path / "c.csv"
    subprocess.run([sys.executable, str(shared / "tools" / "gen_okrs.py"), "--krs", "4000", "--seed", "6",
                    "--out", str(okrs), "--checkins", str(checkins)], check=True)
    r = townhall("report", okrs, "--checkins", checkins, "--out", tmp_path / "o", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    s = summary(tmp_path / "o")
    c = s["check_ins"]
    assert c["rows"] == sum(1 for _ in open(checkins, encoding="utf-8")) - 1
    assert c["used"] == c["rows"] and not [p for p in s["problems"] if p.get("file")]
    assert (c["cycle_start"], c["cycle_end"]) == ("2026-07-01", "2026-09-30")
    assert sum(k["check_ins"] for k in s["key_results"]) == c["used"]
    weeks = [w["mean_score"] for w in c["weeks"] if w["mean_score"] is not None]
    assert weeks == sorted(weeks)          # the generator's values only ever move toward the final one


def test_check_ins_across_ten_thousand_years_stay_small(townhall, tmp_path):
    """121 bytes of check-ins from year 1 to 9999 and no cycle dates: a warning, and outputs a slide
    and a summary can hold (the weekly series would be 521,775 points)."""
    okrs, checkins = tmp_path / "o.csv", tmp_path / "c.csv"
    okrs.write_text("team,objective,kr_id,key_result,start,target,current\nA,O,K1,k,0,10,5\n")
    checkins.write_text("kr_id,date,value\nK1,0001-01-01,1\nK1,9999-12-31,9\n")
    r = townhall("report", okrs, "--checkins", checkins, "--out", tmp_path / "out", "--formats", "json,html")
    assert r.returncode == 0, r.stderr
    assert "check-ins span" in r.stderr and "0001-01-01" in r.stderr
    s = summary(tmp_path / "out")
    c = s["check_ins"]
    assert (c["cycle_start"], c["cycle_end"]) == ("0001-01-01", "9999-12-31")
    assert len(c["weeks"]) <= 105 and c["weeks"][-1]["end"] == "9999-12-31"
    assert [p[0] for k in s["key_results"] for p in k["trajectory"]] == ["0001-01-01", "9999-12-31"]
    assert (tmp_path / "out" / "cycle-summary.json").stat().st_size < 200_000
    assert (tmp_path / "out" / "cycle-townhall.html").stat().st_size < 1_000_000


def test_two_hundred_thousand_check_ins_on_one_kr_draw_a_small_sparkline(townhall, tmp_path):
    okrs, checkins = tmp_path / "o.csv", tmp_path / "c.csv"
    okrs.write_text("cycle,team,objective,kr_id,key_result,start,target,current\n2026-Q3,A,O,K1,k,0,100,50\n")
    with open(checkins, "w") as fh:
        fh.write("kr_id,date,value\n")
        for i in range(200_000):
            fh.write(f"K1,2026-{7 + i * 3 // 200_000:02d}-{1 + i % 28:02d},{i % 101}\n")
    r = townhall("report", okrs, "--checkins", checkins, "--out", tmp_path / "out", "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "out" / "2026-q3-townhall.html").read_text()
    paths = re.findall(r'<path class="spark-line" d="([^"]*)"', html)
    assert paths and all(p.count("L") < 300 for p in paths)
    assert (tmp_path / "out" / "2026-q3-townhall.html").stat().st_size < 2_000_000


def shifted_checkins(root, path, months):
    """The sample's check-ins with every date moved `months` months (the day kept, at most the 28th)."""
    import csv
    with open(root / "samples" / "northwind-2026-q3-checkins.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], [r for r in rows[1:] if r]
    i = header.index("date")
    for r in rows:
        y, m, d = map(int, r[i][:10].split("-"))
        m += months
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        r[i] = f"{y:04d}-{m:02d}-{min(d, 28):02d}"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header] + rows)
    return len(rows)


def test_last_quarters_checkins_get_one_warning(townhall, root, tmp_path):
    checkins = tmp_path / "q2-checkins.csv"
    n = shifted_checkins(root, checkins, -3)
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--checkins", checkins,
                 "--out", tmp_path / "o", "--formats", "json")
    assert r.returncode == 0, r.stderr
    said = f"all {n:,} check-ins fall outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?"
    assert said in r.stderr
    assert r.stderr.count("is this last quarter's file?") == 1
    s = summary(tmp_path / "o")
    assert any(said in w["message"] for w in s["warnings"]), s["warnings"]
    assert s["check_ins"]["used"] == 0


def test_checkins_partly_outside_the_cycle_are_row_problems_only(townhall, root, tmp_path):
    checkins = tmp_path / "late-checkins.csv"
    shifted_checkins(root, checkins, 1)   # July and August stay inside, September's move out
    r = townhall("report", root / "samples" / "northwind-2026-q3.csv", "--checkins", checkins,
                 "--out", tmp_path / "o", "--formats", "json")
    assert r.returncode == 0, r.stderr
    assert "last quarter's file" not in r.stderr
    s = summary(tmp_path / "o")
    assert not any("outside the cycle" in w["message"] for w in s["warnings"])
    assert 0 < s["check_ins"]["used"] < s["check_ins"]["rows"]
    assert any("is outside the cycle" in p["message"] for p in s["problems"])
