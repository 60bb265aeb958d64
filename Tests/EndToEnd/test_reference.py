"""Cross-check against the reference pipeline (../shared/bench/baseline.py) on generated cycles.

Every key result must agree on id, line, score, progress, outcome and band; every headline
figure, count, objective and team score must agree too. Skips visibly when ../shared is absent.
"""
import json
import math
import subprocess
import sys

import pytest

TOL = 1e-9


def close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=TOL)


def run_reference(shared, csv, out):
    r = subprocess.run([sys.executable, str(shared / "bench" / "baseline.py"), str(csv), "--out", str(out),
                        "--formats", "json"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    (path,) = out.glob("*-summary.json")
    return json.loads(path.read_text())


def compare(mine, ref):
    assert mine["schema"] == ref["schema"] == "townhall.summary/1"
    assert mine["cycle"] == ref["cycle"]
    # The reference knows the counts of SPEC §5; townhall's JSON has gained keys since (all 0 here).
    assert {k: mine["counts"][k] for k in ref["counts"]} == ref["counts"]
    assert all(mine["counts"][k] == 0 for k in set(mine["counts"]) - set(ref["counts"]))
    assert close(mine["overall_score"], ref["overall_score"])
    for k in ("key_results", "scored", "met"):
        assert mine["committed"][k] == ref["committed"][k], k
    assert close(mine["committed"]["attainment"], ref["committed"]["attainment"])
    for k in ("key_results", "scored"):
        assert mine["aspirational"][k] == ref["aspirational"][k], k
    assert close(mine["aspirational"]["mean_score"], ref["aspirational"]["mean_score"])

    assert len(mine["key_results"]) == len(ref["key_results"])
    for a, b in zip(mine["key_results"], ref["key_results"]):
        where = f"line {b['line']}"
        for k in ("id", "objective_id", "team", "title", "type", "outcome", "band", "line"):
            assert a[k] == b[k], f"{where}: {k} {a[k]!r} != {b[k]!r}"
        assert close(a["score"], b["score"]), f"{where}: score {a['score']} != {b['score']}"
        assert close(a["progress"], b["progress"]), f"{where}: progress {a['progress']} != {b['progress']}"

    assert [(o["id"], o["team"], o["type"], o["band"]) for o in mine["objectives"]] == \
           [(o["id"], o["team"], o["type"], o["band"]) for o in ref["objectives"]]
    for a, b in zip(mine["objectives"], ref["objectives"]):
        assert close(a["score"], b["score"]), a["id"]

    mine_teams = {t["team"]: t for t in mine["teams"]}
    assert set(mine_teams) == {t["team"] for t in ref["teams"]}
    for b in ref["teams"]:
        a = mine_teams[b["team"]]
        assert a["parent_team"] == b["parent_team"]
        assert (a["objectives"], a["key_results"]) == (b["objectives"], b["key_results"])
        assert close(a["score"], b["score"]), b["team"]
        assert close(a["rollup_score"], b["rollup_score"]), b["team"]

    assert sorted((p["line"], p["column"]) for p in mine["problems"]) == \
           sorted((p["line"], p["column"]) for p in ref["problems"])
    assert [r["line"] for r in mine["rejected"]] == [r["line"] for r in ref["rejected"]]
    assert sorted((c["id"], c["subject"], tuple(c["lines"])) for c in mine["checks"]) == \
           sorted((c["id"], c["subject"], tuple(c["lines"])) for c in ref["checks"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_cycles_agree_with_reference(townhall, shared, tmp_path, seed):
    csv = tmp_path / f"gen-{seed}.csv"
    subprocess.run([sys.executable, str(shared / "tools" / "gen_okrs.py"), "--krs", "5000", "--seed", str(seed),
                    "--out", str(csv)], check=True)
    r = townhall("report", csv, "--out", tmp_path / "mine", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    mine = json.loads((tmp_path / "mine" / "2026-q3-summary.json").read_text())
    ref = run_reference(shared, csv, tmp_path / "ref")
    compare(mine, ref)


def test_own_generator_agrees_with_reference(townhall, shared, root, tmp_path):
    csv = tmp_path / "own.csv"
    subprocess.run([sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "3000", "--seed", "4",
                    "--out", str(csv)], check=True)
    r = townhall("report", csv, "--out", tmp_path / "mine", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    (path,) = (tmp_path / "mine").glob("*-summary.json")
    compare(json.loads(path.read_text()), run_reference(shared, csv, tmp_path / "ref"))


def test_sample_agrees_with_reference(townhall, shared, root, tmp_path):
    (csv,) = [p for p in (root / "samples").glob("*.csv") if "checkins" not in p.name]
    r = townhall("report", csv, "--out", tmp_path / "mine", "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    (path,) = (tmp_path / "mine").glob("*-summary.json")
    compare(json.loads(path.read_text()), run_reference(shared, csv, tmp_path / "ref"))
