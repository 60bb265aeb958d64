"""`townhall explain` on each export-profile fixture: what it prints, and its exit status."""
import pathlib

import pytest

INPUTS = pathlib.Path(__file__).resolve().parents[1] / "Fixtures" / "inputs"


def explain(townhall, name, *args):
    return townhall("explain", INPUTS / name, *args)


def test_viva_goals(townhall):
    r = explain(townhall, "profile_viva_goals.csv", "--cycle", "Q3 2025")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Profile: viva-goals (a Viva Goals export)" in out
    assert '"Object Type", "Aligned To (weight, Objective ID)" and "Title" are columns' in out
    assert 'encoding      UTF-8' in out and 'delimiter     ","' in out
    assert '"Title"' in out and "→ key_result" in out
    assert '"Creator"' in out and "kept as an extra column" in out
    assert "14.29% → 14.29" in out                            # the weight convention
    assert "9 input rows = 5 key results + 2 objective rows + 1 other item rows + 0 rejected + 1 of other cycles" in out
    assert "4 check-ins from the rows, 4 used" in out
    assert "Problems: none" in out


def test_burningokr(townhall):
    r = explain(townhall, "profile_burningokr.csv")
    assert r.returncode == 0
    assert "Profile: burningokr" in r.stdout
    assert "the objective's progress" in r.stdout
    assert 'objective "Win EMEA"' in r.stdout                # the warning, under Warnings


def test_wide(townhall):
    r = explain(townhall, "profile_wide_culture_amp.csv")
    assert r.returncode == 0
    assert "Profile: wide" in r.stdout and '"name"' in r.stdout and "→ objective" in r.stdout
    assert "the objective's own completion" in r.stdout


def test_single_team(townhall):
    r = explain(townhall, "profile_single_team.csv")
    assert r.returncode == 0 and "Profile: single-team" in r.stdout and "no team column" in r.stdout


def test_generic_shows_aliases_and_profiles_to_force(townhall, root):
    r = townhall("explain", root / "samples" / "northwind-2026-q3.csv")
    assert r.returncode == 0
    assert "Profile: generic" in r.stdout and "--profile NAME" in r.stdout
    assert "66 input rows = 66 key results" in r.stdout


def test_missing_column_suggestion_and_65(townhall):
    r = explain(townhall, "profile_missing_column_suggestion.csv")
    assert r.returncode == 65
    assert 'Suggestions\n  "KR Name" looks like key_result: add [columns] "KR Name" = "key_result" to your config' in r.stdout
    assert "Cannot be reported" in r.stdout and "missing required column" in r.stdout


def test_problems_listed_with_lines(townhall, tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("team,objective,key_result,target,current\nA,O,K1,ten,5\nA,O\n")
    r = townhall("explain", f)
    assert r.returncode == 0
    assert "Problems (2 of 2)" in r.stdout
    assert f"{f}:2: target" in r.stdout and f"{f}:3: rejected" in r.stdout


def test_control_characters_from_the_input_are_escaped(townhall, tmp_path):
    f = tmp_path / "x.csv"
    f.write_bytes(b'team,objective,key_result,"Note\x1b[31m"\nA,O,K,x\n')
    r = townhall("explain", f)
    assert r.returncode == 0
    assert "\x1b" not in r.stdout and '"Note\\e[31m"' in r.stdout


def test_missing_file_is_66_and_binary_is_65(townhall, tmp_path):
    assert townhall("explain", tmp_path / "nope.csv").returncode == 66
    f = tmp_path / "b.csv"
    f.write_bytes(b"\xff\xfe\x00\xd8\x00")
    assert townhall("explain", f).returncode == 65


def test_workbook_is_explained_as_report_reads_it(townhall, tmp_path):
    """An XLSX export: explain names the container and sheet and reads the sheet's header."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Intro"
    wb.active.sheet_state = "hidden"
    ws = wb.create_sheet("okr")
    ws.append(["Team", "Objective", "Key Result", "Start", "Target", "Current"])
    ws.append(["Sales", "Win EMEA", "Grow ARR", 0, 10, 5])
    ws.append(["Sales", "Win EMEA", "Keep churn low", 0, 4, 4])
    path = tmp_path / "okrs.xlsx"
    wb.save(path)
    r = townhall("explain", path)
    assert r.returncode == 0, r.stderr
    assert 'XLSX workbook, sheet "okr"' in r.stdout
    assert '"Key Result"' in r.stdout and "→ key_result" in r.stdout
    assert "2 key results: 2 scored" in r.stdout


def test_a_workbook_header_error_names_the_sheet_row(townhall, tmp_path):
    """explain tells a workbook's header error in the sheet's terms, as report does."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active.append(["Quarterly OKRs", "Northwind"])
    data = wb.create_sheet("okr")
    data.append(["Team", "Objective", "Key Result", "Target", "Current"])
    data.append(["Sales", "Win EMEA", "Grow ARR", 10, 5])
    path = tmp_path / "okrs.xlsx"
    wb.save(path)
    r = townhall("explain", path)
    assert r.returncode == 65
    assert "okrs.xlsx:Cover!1:" in r.stdout and "okrs.xlsx:Cover!1:" in r.stderr
    assert "--sheet" in r.stderr                  # which sheet was read, and how to choose another
    assert townhall("explain", path, "--sheet", "okr").returncode == 0
