"""The history trends workbook (`townhall history` → history-trends.xlsx), end to end: four archived
cycles generated with check-ins, read back with openpyxl against history.json, converted by LibreOffice."""
import json
import math
import shutil
import subprocess
import sys
import zipfile

import pytest

openpyxl = pytest.importorskip("openpyxl")

CYCLES = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]


def same(a, b):
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-15, abs_tol=1e-300)
    return a == b


def archive(townhall, root, folder, cycles, checkins=True):
    db = folder / "okrs.sqlite"
    for seed, cycle in enumerate(cycles, start=1):
        okrs = folder / f"c{seed}.csv"
        args = [sys.executable, str(root / "scripts" / "gen_cycle.py"), "--krs", "500", "--seed", str(seed),
                "--cycle", cycle, "--out", str(okrs)]
        extra = []
        if checkins:
            args += ["--checkins", str(folder / f"ci{seed}.csv")]
            extra = ["--checkins", folder / f"ci{seed}.csv"]
        subprocess.run(args, check=True)
        r = townhall("report", okrs, *extra, "--archive", db, "--out", folder / f"o{seed}", "--formats", "json",
                     "--quiet")
        assert r.returncode == 0, r.stderr
    r = townhall("history", "--archive", db, "--out", folder / "h")
    assert r.returncode == 0, r.stderr
    assert "history-trends.xlsx" in r.stdout
    return folder / "h" / "history-trends.xlsx", json.loads((folder / "h" / "history.json").read_text())


@pytest.fixture(scope="module")
def four(townhall, root, tmp_path_factory):
    return archive(townhall, root, tmp_path_factory.mktemp("four"), CYCLES)


def cycle_table(ws):
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == "Cycle")
    header = rows[top]
    body = []
    for r in rows[top + 1:]:
        if r[0] is None:
            break
        body.append(dict(zip(header, r)))
    return body


def test_opens_with_three_sheets(four):
    xlsx, h = four
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Trends", "Teams", "Patterns"]
    assert wb.active.title == "Trends"
    assert wb["Teams"].freeze_panes == "B2" and wb["Teams"].auto_filter.ref.startswith("A1:")
    assert wb["Patterns"].freeze_panes == "A2"


def test_per_cycle_figures_equal_history_json(four):
    xlsx, h = four
    rows = cycle_table(openpyxl.load_workbook(xlsx, data_only=True)["Trends"])
    assert [r["Cycle"] for r in rows] == [c["cycle"] for c in h["cycles"]] == CYCLES
    for r, c in zip(rows, h["cycles"]):
        assert r["Start"].date().isoformat() == c["start"] and r["End"].date().isoformat() == c["end"]
        for col, key in [("Overall score", "overall_score"), ("Committed attainment", "committed_attainment"),
                         ("Aspirational mean", "aspirational_mean"), ("Key results", "key_results"),
                         ("Scored", "scored"), ("Objectives", "objectives"), ("Teams", "teams"), ("Wins", "wins"),
                         ("Misses", "misses"), ("Data problems", "problems"),
                         ("Updated last 30 days", "share_updated_last_30_days"),
                         ("Median days between updates", "median_days_between_updates"),
                         ("Net confidence", "net_confidence")]:
            assert same(r[col], c[key]), (c["cycle"], col, r[col], c[key])


def test_team_matrix_equals_history_json(four):
    xlsx, h = four
    ws = openpyxl.load_workbook(xlsx, data_only=True)["Teams"]
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    cols = [header.index(c) for c in CYCLES]
    assert [r[0] for r in rows[1:]] == [t["team"] for t in h["teams"]]
    for r, t in zip(rows[1:], h["teams"]):
        assert all(same(r[i], s) for i, s in zip(cols, t["scores"])), t["team"]
    fills = {rule.dxf.fill.bgColor.rgb[-6:] for cf in ws.conditional_formatting for rule in cf.rules}
    assert {"C6EFCE", "FFEB9C", "FFC7CE"} <= fills
    ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
    assert f"C2:F{len(h['teams']) + 1}" in ranges


def test_patterns_equal_history_json(four):
    xlsx, h = four
    ws = openpyxl.load_workbook(xlsx)["Patterns"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[1]]
    got = sorted((r[0], r[1], r[5]) for r in rows)
    expected = sorted([("goals too safe", s["team"], ", ".join(s["cycles"])) for s in h["goals_too_safe"]]
                      + [("over-committing", s["team"], ", ".join(s["cycles"])) for s in h["over_committing"]])
    assert got == expected and expected


def test_native_line_charts(four):
    xlsx, _ = four
    with zipfile.ZipFile(xlsx) as z:
        xml = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert sum("<c:lineChart>" in x for x in xml) == 2  # scores, review cadence
    assert any("Scores cycle by cycle" in x for x in xml) and any("Review cadence" in x for x in xml)
    assert any("<c:barChart>" in x for x in xml)  # median days between updates


def test_libreoffice_converts_it(four, tmp_path):
    if not shutil.which("libreoffice"):
        pytest.skip("libreoffice is not on PATH: conversion not checked")
    xlsx, _ = four
    r = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / "history-trends.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_one_cycle_without_checkins(townhall, root, tmp_path):
    xlsx, h = archive(townhall, root, tmp_path, ["2026-Q3"], checkins=False)
    wb = openpyxl.load_workbook(xlsx, data_only=True)
    rows = cycle_table(wb["Trends"])
    assert len(rows) == 1 and same(rows[0]["Overall score"], h["cycles"][0]["overall_score"])
    assert "Updated last 30 days" not in rows[0]  # no cadence column without check-ins
    assert wb["Patterns"]["A2"].value == "No team kept either pattern two cycles running."
    assert wb["Teams"].max_row == len(h["teams"]) + 1
