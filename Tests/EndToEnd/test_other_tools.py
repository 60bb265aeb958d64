"""Exports of OKR tools townhall has no profile for, end to end: `explain` and `report` on the
"other tools' exports" fixtures of Tests/Fixtures/make_fixtures.py, read through the general
rules (aliases, statuses that mean stopped, objective rows in a typed list, quarter names)."""
import json
import pathlib

INPUTS = pathlib.Path(__file__).resolve().parents[1] / "Fixtures" / "inputs"
LATTICE_CONFIG = INPUTS / "other_lattice.toml"


def summary(townhall, tmp_path, name, *args):
    r = townhall("report", INPUTS / name, "--out", tmp_path, "--formats", "json", *args)
    assert r.returncode == 0, r.stderr
    (path,) = tmp_path.glob("*-summary.json")
    return json.loads(path.read_text(encoding="utf-8")), r


def test_lattice_list_explained_with_its_objective_rows(townhall):
    r = townhall("explain", INPUTS / "other_lattice_goals_mapped.csv", "--config", LATTICE_CONFIG)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "6 input rows = 4 key results + 2 objective rows + 0 other item rows + 0 rejected + 0 of other cycles" in out
    for header, field in (("Starting Amount", "start"), ("Ending Amount", "target"), ("Current Amount", "current"),
                          ("Owners", "kr_owner"), ("Parent Goal", "objective"), ("Department", "team")):
        assert any(f'"{header}"' in line and f"→ {field}" in line for line in out.splitlines()), (header, out)
    assert "Problems: none" in out


def test_lattice_list_report_has_no_unknown_types(townhall, tmp_path):
    s, r = summary(townhall, tmp_path, "other_lattice_goals_mapped.csv", "--config", LATTICE_CONFIG)
    assert s["counts"]["objective_rows"] == 2
    assert sorted(o["title"] for o in s["objectives"]) == ["Grow self-serve revenue", "Make the product fast"]
    ids = {c["id"] for c in s["checks"]}
    assert "unknown-type" not in ids and "missing-type" in ids
    assert "key_result" not in r.stderr


def test_lattice_list_without_the_mapping_is_refused_with_the_fix(townhall, tmp_path):
    r = townhall("report", INPUTS / "other_lattice_goals.csv", "--out", tmp_path / "out")
    assert r.returncode == 65
    assert f"{INPUTS / 'other_lattice_goals.csv'}:1:" in r.stderr
    assert 'add [columns] "Parent Goal" = "objective" to your config' in r.stderr
    assert not (tmp_path / "out").exists()


def test_metric_columns_explained(townhall):
    r = townhall("explain", INPUTS / "other_metric_columns.csv")
    assert r.returncode == 0, r.stderr
    for header, field in (("Metric_Start_Value", "start"), ("Metric_Target_Value", "target"),
                          ("Metric_Current_Value", "current"), ("Owner_Email_ID", "kr_owner")):
        assert any(f'"{header}"' in line and f"→ {field}" in line for line in r.stdout.splitlines()), (header, r.stdout)


def test_template_quarter_named_the_other_way_round(townhall, tmp_path):
    s, _ = summary(townhall, tmp_path, "other_sheet_template.csv", "--cycle", "2026-q3")
    assert s["cycle"] == "Q3 2026"
    assert (tmp_path / "q3-2026-summary.json").exists()
    # SPEC §2's dropped words are exact: another tool's Abandoned/Archived/Postponed still score.
    assert not [k for k in s["key_results"] if k["outcome"] == "dropped"]
    assert {k["title"]: k["score"] for k in s["key_results"] if k["title"] in ("Win one industry award", "Launch chat")} \
        == {"Win one industry award": 0.0, "Launch chat": 1.0}
    r = townhall("explain", INPUTS / "other_sheet_template.csv", "--cycle", "Q2 2026")
    assert r.returncode == 0 and "6 of other cycles" in r.stdout, r.stdout


def test_a_quarter_the_file_does_not_hold_still_lists_its_cycles(townhall, tmp_path):
    r = townhall("report", INPUTS / "other_sheet_template.csv", "--cycle", "2026-Q4", "--out", tmp_path / "out")
    assert r.returncode == 65
    assert 'no rows for cycle "2026-Q4"; the file holds "Q3 2026", "Q2 2026"' in r.stderr or \
           'no rows for cycle "2026-Q4"; the file holds Q3 2026, Q2 2026' in r.stderr, r.stderr


def test_a_config_key_nested_50000_deep_is_refused_not_a_crash(townhall, tmp_path):
    config = tmp_path / "deep.toml"
    config.write_text("[checks]\nstale_days = 30\n[" + "a." * 50000 + "b]\n")
    for command in (["report", "--out", tmp_path / "out"], ["lint"]):
        r = townhall(command[0], INPUTS / "other_metric_columns.csv", "--config", config, *command[1:])
        assert r.returncode == 65, r.stderr[-500:]
        assert r.stderr.startswith(f"townhall: error: {config}:3: a key nested 50001 levels deep (at most 64)"), r.stderr[:300]
    assert not (tmp_path / "out").exists()
