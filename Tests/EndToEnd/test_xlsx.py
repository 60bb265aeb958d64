"""The Excel scorecard as a reader meets it: opened with openpyxl, converted with LibreOffice,
checked against the JSON summary of the same run (SPEC §5)."""
import csv
import io
import json
import math
import os
import pathlib
import shutil
import subprocess
import zipfile


import pytest

# The workbook says the deck's band words; the JSON keeps its own keys.
BAND_WORDS = {"green": "Green", "yellow": "Amber", "red": "Red", None: None}

openpyxl = pytest.importorskip("openpyxl")

SHEETS = ["Summary", "Objectives", "Key Results", "Wins", "Misses", "Playbook checks", "Problems", "Chart data"]
FORMULA_LIKE = ['=HYPERLINK("http://x")', "+1 555", "-2+3", "@SUM(A1)"]
MARKER = "… [truncated]"
LONG_NOTE = "Long reflection. " * 2500  # 42,500 characters: over Excel's 32,767 a cell


def same(a, b):
    """Equal numbers (libxlsxwriter 1.1.4 writes 16 significant digits), or equal else; '' is None."""
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-15, abs_tol=1e-300)
    return a == b


def run_report(townhall, csv_path, out, *extra):
    r = townhall("report", csv_path, "--out", out, "--formats", "xlsx,json", *extra)
    assert r.returncode == 0, r.stderr
    (xlsx,) = out.glob("*-scorecard.xlsx")
    (summary,) = out.glob("*-summary.json")
    return xlsx, json.loads(summary.read_text()), r


def kr_sheets(wb):
    return [ws for ws in wb.worksheets if ws.title == "Key Results" or ws.title.startswith("Key Results (")]


def rows_by_header(ws):
    """The sheet's rows as dicts keyed by the header row (first cell wins on duplicate names)."""
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    index = {}
    for i, h in enumerate(header):
        index.setdefault(h, i)
    for values in rows:
        yield {h: values[i] for h, i in index.items()}, values


def chart_parts(path):
    with zipfile.ZipFile(path) as z:
        return [n for n in z.namelist() if n.startswith("xl/charts/chart") and n.endswith(".xml")]


# ----------------------------------------------------------------------------- fixtures

SAMPLES = sorted(p for p in (pathlib.Path(__file__).resolve().parents[2] / "samples").glob("*.csv")
                 if "checkins" not in p.name)


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.name)
def sample(request, townhall, tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    xlsx, summary, _ = run_report(townhall, request.param, out)
    return xlsx, summary


def hostile_csv(folder):
    rows = [
        ["team", "parent_team", "objective", "key_result", "type", "start", "target", "current", "measure",
         "score", "status", "notes", "=cmd|' /C calc'!A0", "Custom"],
        ["Core", "", "Be safe", FORMULA_LIKE[0], "committed", "100", "200", "150", "", "", "", FORMULA_LIKE[1],
         FORMULA_LIKE[2], FORMULA_LIKE[3]],
        ["Core", "", "Be safe", "Reduce p95 from 900 ms to 400 ms", "aspirational", "900 ms", "400 ms", "500 ms",
         "decrease", "", "", LONG_NOTE, "_x0041_ stays as written", "tab\tand\x01control"],
        ["Core", "", "Be safe", "Grow ARR", "committed", "$1,000", "$2,000", "$2,600", "", "", "", "", "", "émoji 😀 \uffff"],
        ["Core", "", "Be safe", "Uptime", "committed", "", "99.9%", "99.95%", "at least", "", "", "", "", ""],
        ["Edge", "Core", "Odd numbers", "Target nobody wrote down", "committed", "", "lots", "12", "", "", "", "",
         "", ""],
        ["Edge", "Core", "Odd numbers", "Graded by hand", "aspirational", "", "", "", "", "65%", "", "", "", ""],
        ["Edge", "Core", "Odd numbers", "Dropped mid-quarter", "committed", "", "10", "", "", "", "Dropped",
         "re-planned", "", ""],
        ["Edge", "Core", "Odd numbers", "-", "aspirational", "", "10", "3", "", "", "", "@risk", "", ""],
        ["Edge", "Core", "Odd numbers", "", "committed", "", "10", "3", "", "", "", "", "", ""],  # rejected: no title
        ["Edge", "Core", "Odd numbers", "Too wide", "c", "", "1", "1", "", "", "", "", "", "", "extra", "=1+1"],
    ]
    path = folder / "hostile.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.fixture(scope="module")
def hostile(townhall, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    xlsx, summary, result = run_report(townhall, hostile_csv(folder), folder / "out", "--cycle", "Hostile Q3")
    return xlsx, summary, result


@pytest.fixture(params=["sample", "hostile"])
def any_workbook(request, sample, hostile):
    return (sample if request.param == "sample" else hostile)[:2]


# ----------------------------------------------------------------------------- structure

def test_sheet_names_in_reading_order(any_workbook):
    xlsx, _ = any_workbook
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == SHEETS
    assert wb["Chart data"].sheet_state == "hidden"
    assert wb.active.title == "Summary"


def test_key_results_rows_equal_the_json_count(any_workbook):
    xlsx, summary = any_workbook
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    rows = sum(ws.max_row - 1 for ws in kr_sheets(wb))
    assert rows == summary["counts"]["key_results"] == len(summary["key_results"])


def test_every_input_column_then_the_computed_ones(hostile):
    xlsx, summary, _ = hostile
    ws = openpyxl.load_workbook(xlsx)["Key Results"]
    header = [c.value for c in ws[1]]
    with open(pathlib.Path(xlsx).parent.parent / "hostile.csv", newline="", encoding="utf-8") as f:
        input_header = next(csv.reader(f))
    assert header[:len(input_header)] == input_header  # unknown columns kept, '=cmd…' header as text
    for title in ["Score (computed)", "Progress", "Band", "Outcome", "KR ID", "Line"]:
        assert title in header


def test_filter_frozen_header_and_band_colours(any_workbook):
    xlsx, _ = any_workbook
    wb = openpyxl.load_workbook(xlsx)
    for name in ["Objectives", "Key Results", "Wins", "Misses", "Playbook checks", "Problems"]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
    ws = wb["Key Results"]
    header = [c.value for c in ws[1]]
    score_col = openpyxl.utils.get_column_letter(header.index("Score (computed)") + 1)
    ranges = [str(r.sqref) for r in ws.conditional_formatting]
    assert any(r.startswith(f"{score_col}2:") for r in ranges)
    fills = {rule.dxf.fill.bgColor.rgb[-6:] for cf in ws.conditional_formatting for rule in cf.rules}
    assert {"C6EFCE", "FFEB9C", "FFC7CE"} <= fills
    assert len(wb["Summary"].conditional_formatting) > 0


def test_native_charts_are_present(any_workbook):
    xlsx, _ = any_workbook
    parts = chart_parts(xlsx)
    assert len(parts) >= 2
    with zipfile.ZipFile(xlsx) as z:
        xml = "".join(z.read(p).decode() for p in parts)
    assert "<c:barChart>" in xml  # team scores (and committed vs aspirational columns)
    assert "Committed vs aspirational" in xml


def test_document_properties(sample):
    xlsx, summary = sample
    wb = openpyxl.load_workbook(xlsx)
    p = wb.properties
    assert summary["cycle"] in p.title and "scorecard" in p.title
    assert p.keywords and "OKR" in p.keywords
    with zipfile.ZipFile(xlsx) as z:
        app = z.read("docProps/app.xml").decode()
    if summary.get("organization"):
        assert f"<Company>{summary['organization']}</Company>" in app.replace("&amp;", "&")


# ----------------------------------------------------------------------------- numbers

def test_every_score_equals_the_json(any_workbook):
    xlsx, summary = any_workbook
    cached = openpyxl.load_workbook(xlsx, data_only=True)
    formulas = openpyxl.load_workbook(xlsx)
    by_id = {k["id"]: k for k in summary["key_results"]}
    seen = 0
    for ws in kr_sheets(cached):
        fws = formulas[ws.title]
        for r, (row, _) in enumerate(rows_by_header(ws), start=2):
            kr = by_id[row["KR ID"]]
            seen += 1
            assert same(row["Score (computed)"], kr["score"]), (kr["id"], row["Score (computed)"], kr["score"])
            assert same(row["Progress"], kr["progress"]), kr["id"]
            assert row["Band"] == BAND_WORDS[kr["band"]], kr["id"]
            assert row["Outcome"] == kr["outcome"], kr["id"]
            assert row["Line"] == kr["line"], kr["id"]
            assert row["Objective ID"] == kr["objective_id"], kr["id"]
            if kr.get("rule") == "linear progress":
                header = [c.value for c in fws[1]]
                cell = fws.cell(r, header.index("Score (computed)") + 1)
                assert isinstance(cell.value, str) and cell.value.startswith("=MAX(0,MIN(1,("), kr["id"]
    assert seen == len(summary["key_results"])

    objectives = {o["id"]: o for o in summary["objectives"]}
    for row, _ in rows_by_header(cached["Objectives"]):
        if row["Objective ID"] is None:
            continue
        o = objectives[row["Objective ID"]]
        assert same(row["Score"], o["score"]) and row["Band"] == BAND_WORDS[o["band"]], o["id"]
        assert row["Key results"] == o["key_results"]


def headline(ws):
    labels = [c.value for c in ws[4]]
    values = [c.value for c in ws[5]]
    return {label: value for label, value in zip(labels, values) if label}


def test_headline_figures_are_formulas_with_the_json_values(any_workbook):
    xlsx, s = any_workbook
    figures = headline(openpyxl.load_workbook(xlsx, data_only=True)["Summary"])
    live = headline(openpyxl.load_workbook(xlsx)["Summary"])
    expected = {
        "OVERALL SCORE": s["overall_score"],
        "COMMITTED ATTAINMENT": s["committed"]["attainment"],
        "ASPIRATIONAL MEAN": s["aspirational"]["mean_score"],
        "KEY RESULTS": s["counts"]["key_results"],
        "OBJECTIVES": s["counts"]["objectives"],
        "TEAMS": s["counts"]["teams"],
        "WINS": s["outcomes"]["win"],
        "MISSES": s["outcomes"]["miss"],
        "DATA PROBLEMS": len(s["problems"]) + len(s["rejected"]),
    }
    for label, value in expected.items():
        assert same(figures[label], value), (label, figures[label], value)
    for label in ["OVERALL SCORE", "COMMITTED ATTAINMENT", "ASPIRATIONAL MEAN", "KEY RESULTS", "WINS", "MISSES"]:
        assert isinstance(live[label], str) and live[label].startswith("="), label


def test_team_table_in_tree_order_with_the_json_scores(any_workbook):
    xlsx, s = any_workbook
    ws = openpyxl.load_workbook(xlsx, data_only=True)["Summary"]
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == "Team" and r[1] == "Score")
    table = rows[top + 1: top + 1 + len(s["teams"])]
    assert [r[0] for r in table] == [t["team"] for t in s["teams"]]
    for r, t in zip(table, s["teams"]):
        assert same(r[1], t["score"]) and same(r[3], t.get("rollup_score")), t["team"]
        assert r[6] == t["objectives"] and r[7] == t["key_results"]


def lo_recalculated(xlsx, tmp_path):
    """The workbook after LibreOffice loads it with "recalculate always" and saves it again."""
    if not shutil.which("libreoffice"):
        pytest.skip("libreoffice is not on PATH: formula recalculation not checked")
    out = tmp_path / "recalc"
    r = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{recalc_profile(tmp_path)}", "--headless",
                        "--convert-to", "xlsx", "--outdir", str(out), str(xlsx)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    (path,) = out.glob("*.xlsx")
    return path


def test_live_formulas_recalculate_to_their_cached_values(any_workbook, tmp_path):
    """A viewer that recalculates (Excel, LibreOffice set to) shows the same numbers as one that does not."""
    xlsx, _ = any_workbook
    bad, checked = formula_mismatches(xlsx, lo_recalculated(xlsx, tmp_path))
    assert not bad, bad[:5]
    assert checked > 0


def recalc_profile(tmp_path):
    profile = tmp_path / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
        '</oor:items>\n')
    return profile


def formula_mismatches(original, recalculated):
    """Formula cells whose recalculated value differs from the cached one."""
    formulas = openpyxl.load_workbook(original)
    cached = openpyxl.load_workbook(original, data_only=True)
    recalc = openpyxl.load_workbook(recalculated, data_only=True)
    out, checked = [], 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    a = cached[ws.title][cell.coordinate].value
                    b = recalc[ws.title][cell.coordinate].value
                    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
                        ok = math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)  # LibreOffice saves 15 digits
                    else:
                        ok = (a or None) == (b or None)
                    if not ok:
                        out.append((ws.title, cell.coordinate, cell.value[:100], a, b))
                    checked += 1
    return out, checked


def test_every_fixture_input_makes_a_workbook_whose_formulas_hold(townhall, root, tmp_path):
    """Every input of the shared fixture set that the command accepts gives a workbook that opens, and
    whose live formulas, recalculated, give exactly the cached (report) values: overflowing numbers,
    odd weights and all."""
    if not shutil.which("libreoffice"):
        pytest.skip("libreoffice is not on PATH: formula recalculation not checked")
    inputs = sorted((root / "Tests" / "Fixtures" / "inputs").glob("*.csv"))
    if not inputs:
        pytest.skip("no Tests/Fixtures/inputs")
    books = tmp_path / "books"
    books.mkdir()
    for i, path in enumerate(inputs):
        out = tmp_path / f"out{i}"
        r = townhall("report", path, "--out", out, "--formats", "xlsx", "--quiet")
        assert r.returncode in (0, 65, 66), (path.name, r.returncode, r.stderr)
        if r.returncode == 0:
            (xlsx,) = out.glob("*.xlsx")
            shutil.copy(xlsx, books / f"{path.stem}.xlsx")
    made = sorted(books.glob("*.xlsx"))
    assert made
    out = tmp_path / "recalc"
    r = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{recalc_profile(tmp_path)}", "--headless",
                        "--convert-to", "xlsx", "--outdir", str(out), *map(str, made)],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    for book in made:
        bad, checked = formula_mismatches(book, out / book.name)
        assert not bad, (book.name, bad[:5])


def test_a_corrected_value_moves_the_scores(sample, tmp_path):
    """Change one metric's current value as a leader would, recalculate: its score and the headline follow."""
    xlsx, s = sample
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Key Results"]
    header = [c.value for c in ws[1]]
    col = {h: header.index(h) + 1 for h in header if h}
    target_row = None
    for r in range(2, ws.max_row + 1):
        f = ws.cell(r, col["Score (computed)"]).value
        if isinstance(f, str) and f.startswith("=MAX(") and ws.cell(r, col["Counts as"]).value == "committed":
            target_row = r
            break
    if target_row is None:
        pytest.skip("no committed metric key result in this sample")
    # Put current at the start: the KR scores 0 and becomes a miss.
    start = ws.cell(target_row, col["Start (number)"]).value or 0
    ws.cell(target_row, col["Current (number)"]).value = start
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    recalc = openpyxl.load_workbook(lo_recalculated(edited, tmp_path), data_only=True)
    rws = recalc["Key Results"]
    assert rws.cell(target_row, col["Score (computed)"]).value == 0
    assert rws.cell(target_row, col["Outcome"]).value == "miss"
    was = openpyxl.load_workbook(xlsx, data_only=True)["Key Results"].cell(target_row, col["Outcome"]).value
    figures = headline(recalc["Summary"])
    if was == "win":
        assert figures["WINS"] == s["outcomes"]["win"] - 1
        assert figures["MISSES"] == s["outcomes"]["miss"] + 1


# ----------------------------------------------------------------------------- text safety

def string_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                yield ws.title, cell


def test_input_that_looks_like_a_formula_stays_text(hostile):
    xlsx, _, _ = hostile
    wb = openpyxl.load_workbook(xlsx)
    found = {}
    for sheet, cell in string_cells(wb):
        if cell.value in FORMULA_LIKE or cell.value in ("=cmd|' /C calc'!A0", "=1+1", "@risk", "-"):
            assert cell.data_type == "s", (sheet, cell.coordinate, cell.value, cell.data_type)
            found.setdefault(cell.value, []).append(sheet)
    for text in FORMULA_LIKE:
        assert "Key Results" in found.get(text, []), text
    assert "Problems" in found["=1+1"]  # a rejected row's raw field
    # No formula anywhere mentions input text.
    for sheet, cell in string_cells(wb):
        if cell.data_type == "f":
            assert "HYPERLINK" not in str(cell.value) and "calc" not in str(cell.value), (sheet, cell.coordinate)


def test_texts_come_back_as_written(hostile):
    """What Excel shows is the cell text with OOXML's `_xHHHH_` escapes decoded (openpyxl leaves inline
    strings undecoded): control characters and `_xHHHH_` look-alikes from the input must survive that."""
    from openpyxl.utils.escape import unescape
    xlsx, _, _ = hostile
    ws = openpyxl.load_workbook(xlsx)["Key Results"]
    shown = {unescape(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert "_x0041_ stays as written" in shown
    assert "émoji 😀 \ufffd" in shown  # U+FFFF cannot be stored in XML
    assert "tab\tand\x01control" in shown


def test_long_text_is_cut_with_a_marker_and_a_warning(hostile):
    xlsx, summary, result = hostile
    wb = openpyxl.load_workbook(xlsx)
    cut = [c for _, c in string_cells(wb) if isinstance(c.value, str) and c.value.endswith(MARKER)]
    assert cut, "the long note was not cut"
    for c in cut:
        assert len(c.value.encode("utf-16-le")) // 2 <= 32767
        assert c.value.startswith("Long reflection.")
    assert "cut to Excel's cell limit" in result.stderr
    assert "townhall: warning: " in result.stderr


def test_problems_and_rejected_rows_are_all_listed(hostile):
    xlsx, s, _ = hostile
    ws = openpyxl.load_workbook(xlsx)["Problems"]
    listed = [row for row, _ in rows_by_header(ws)]
    rejected = [r for r in listed if r["Kind"] == "rejected row"]
    problems = [r for r in listed if r["Kind"] == "row problem"]
    assert sorted(r["Line"] for r in rejected) == sorted(r["line"] for r in s["rejected"])
    assert {(r["Line"], r["Message"]) for r in rejected} == {(r["line"], r["reason"]) for r in s["rejected"]}
    assert sorted((r["Line"], r["Column"], r["Message"]) for r in problems) == \
        sorted((p["line"], p["column"], p["message"]) for p in s["problems"])
    assert s["rejected"] and s["problems"]
    # The rejected rows' raw fields, under the input's header.
    raw = [values for row, values in rows_by_header(ws) if row["Kind"] == "rejected row"]
    assert any("extra" in v and "=1+1" in v for v in raw)
    assert any("Odd numbers" in v for v in raw)


def test_misses_committed_first_with_notes(any_workbook):
    xlsx, s = any_workbook
    ws = openpyxl.load_workbook(xlsx)["Misses"]
    rows = [row for row, _ in rows_by_header(ws) if row["Line"] is not None]
    misses = [k for k in s["key_results"] if k["outcome"] == "miss"]
    assert len(rows) == len(misses)
    types = [r["Type"] for r in rows]
    assert types == sorted(types, key=lambda t: t != "committed")


# ----------------------------------------------------------------------------- rendering

def test_libreoffice_converts_the_sample_to_pdf(sample, tmp_path):
    if not shutil.which("libreoffice"):
        pytest.skip("libreoffice is not on PATH: PDF conversion not checked")
    xlsx, _ = sample
    profile = tmp_path / "lo-profile"
    r = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / (pathlib.Path(xlsx).stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 10_000
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not os.environ.get("TOWNHALL_SLOW"), reason="set TOWNHALL_SLOW=1 for the 1,048,576-row test")
def test_more_key_results_than_a_sheet_holds_continue_on_a_second_sheet(townhall, root, tmp_path):
    big = tmp_path / "big.csv"
    subprocess.run(["python3", str(root / "scripts" / "gen_cycle.py"), "--krs", "1048700", "--seed", "3",
                    "--out", str(big)], check=True)
    xlsx, s, _ = run_report(townhall, big, tmp_path / "out")
    with zipfile.ZipFile(xlsx) as z:
        workbook = z.read("xl/workbook.xml").decode()
    assert 'name="Key Results (2)"' in workbook
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert sum(ws.max_row - 1 for ws in kr_sheets(wb)) == s["counts"]["key_results"]


# ----------------------------------------------------------------------------- check-ins and comparison

ROOT = pathlib.Path(__file__).resolve().parents[2]


def arrow(d, percent=False):
    """`CycleComparison.arrow`: `▲ 0.05`, `▼ 3 pts`, `= 0.00`; Swift's `.rounded()` rounds halves away from zero."""
    if d is None:
        return ""
    v = math.floor(abs(d) * 100 + 0.5)
    text = f"{v} pts" if percent else f"{v / 100:.2f}"
    if v == 0:
        return "= " + text
    return ("▲ " if d > 0 else "▼ ") + text


def count_arrow(d):
    return f"▲ {d:,}" if d > 0 else f"▼ {-d:,}" if d < 0 else "= 0"


def checkin_sheets(wb):
    return [ws for ws in wb.worksheets if ws.title == "Check-ins" or ws.title.startswith("Check-ins (")]


def team_table(ws, teams):
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == "Team" and r[1] == "Score")
    header = rows[top]
    return header, rows[top + 1: top + 1 + len(teams)]


@pytest.fixture(scope="module")
def with_checkins(townhall, tmp_path_factory):
    """The Northwind sample with its check-ins (no archive)."""
    out = tmp_path_factory.mktemp("checkins")
    xlsx, summary, _ = run_report(townhall, ROOT / "samples" / "northwind-2026-q3.csv", out,
                                  "--checkins", ROOT / "samples" / "northwind-2026-q3-checkins.csv",
                                  "--config", ROOT / "samples" / "townhall.toml")
    return xlsx, summary


@pytest.fixture(scope="module")
def compared(townhall, tmp_path_factory):
    """Two generated cycles archived one after the other: the second is compared with the first. Its
    check-ins get a few bad rows (unknown id, unreadable date, outside the cycle) to be marked."""
    folder = tmp_path_factory.mktemp("compared")
    db = folder / "okrs.sqlite"
    result = None
    for seed, cycle in [(11, "2026-Q2"), (12, "2026-Q3")]:
        okrs, checkins = folder / f"{cycle}.csv", folder / f"{cycle}-checkins.csv"
        subprocess.run(["python3", str(ROOT / "scripts" / "gen_cycle.py"), "--krs", "400", "--seed", str(seed),
                        "--cycle", cycle, "--out", str(okrs), "--checkins", str(checkins)], check=True)
        with open(checkins, "a", encoding="utf-8") as f:
            f.write('K-404,2026-08-01,3,7,"=HYPERLINK(""http://x"")"\n')
        result = run_report(townhall, okrs, folder / cycle, "--checkins", checkins, "--archive", db)
    xlsx, summary, _ = result
    assert "comparison" in summary
    return xlsx, summary


@pytest.fixture(params=["with_checkins", "compared"])
def checkin_workbook(request, with_checkins, compared):
    return with_checkins if request.param == "with_checkins" else compared


def test_checkins_sheet_holds_every_checkin(checkin_workbook):
    xlsx, s = checkin_workbook
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    names = wb.sheetnames
    assert names.index("Misses") < names.index("Check-ins") < names.index("Playbook checks")
    assert sum(ws.max_row - 1 for ws in checkin_sheets(wb)) == s["check_ins"]["rows"]


def test_every_checkin_score_equals_the_trajectories(checkin_workbook):
    xlsx, s = checkin_workbook
    wb = openpyxl.load_workbook(xlsx, data_only=True)
    used, unused = [], []
    for ws in checkin_sheets(wb):
        for row, _ in rows_by_header(ws):
            (used if row["Used"] == "yes" else unused).append(row)
    expected = sorted((k["id"], d, sc if sc is not None else -1) for k in s["key_results"] for d, sc in k["trajectory"])
    got = sorted((r["KR ID"], r["Date"].date().isoformat(), r["Score (computed)"] if r["Score (computed)"] is not None else -1)
                 for r in used)
    assert len(got) == len(expected) == s["check_ins"]["used"]
    for g, e in zip(got, expected):
        assert g[:2] == e[:2] and same(g[2], e[2]), (g, e)
    # The rows that could not be used are there, marked, each with its problem.
    assert len(unused) == s["check_ins"]["rows"] - s["check_ins"]["used"]
    problems = {p["line"]: p["message"] for p in s["problems"] if p.get("file") == s["check_ins"]["file"]}
    for r in unused:
        assert r["Used"] == "no" and r["Problem"], r
        assert problems[r["Line"]] in r["Problem"]


def test_cadence_columns_on_key_results_match_the_json(checkin_workbook):
    xlsx, s = checkin_workbook
    wb = openpyxl.load_workbook(xlsx, data_only=True)
    by_id = {k["id"]: k for k in s["key_results"]}
    seen = 0
    for ws in kr_sheets(wb):
        for row, _ in rows_by_header(ws):
            k = by_id[row["KR ID"]]
            seen += 1
            assert row["Check-ins"] == k["check_ins"], k["id"]
            assert row["Days since update"] == k["days_since_update"], k["id"]
            last = row["Last update"]
            assert (last.date().isoformat() if last else None) == k["last_update"], k["id"]
            first = row["First update"]
            assert (first.date().isoformat() if first else None) == k["first_update"], k["id"]
            assert same(row["Confidence (first)"], k["confidence_first"]) and same(row["Confidence (last)"], k["confidence_last"])
            if k["confidence_first"] is not None:
                assert row["Confidence trend"] == arrow(k["confidence_last"] - k["confidence_first"], percent=True)
    assert seen == len(s["key_results"])


def test_cadence_columns_on_the_summary_team_table_match_the_json(checkin_workbook):
    xlsx, s = checkin_workbook
    ws = openpyxl.load_workbook(xlsx, data_only=True)["Summary"]
    header, table = team_table(ws, s["teams"])
    col = {h: i for i, h in enumerate(header) if h}
    cadence = {t["team"]: t for t in s["check_ins"]["teams"]}
    assert [r[0] for r in table] == [t["team"] for t in s["teams"]]
    for r in table:
        c = cadence[r[0]]
        assert same(r[col["Updated last 30 days"]], c["share_updated_last_30_days"]), r[0]
        assert same(r[col["Median days between updates"]], c["median_days_between_updates"]), r[0]
        assert same(r[col["Net confidence"]], c["net_confidence"]), r[0]
    figures = headline(ws)
    o = s["check_ins"]["overall"]
    assert same(figures["UPDATED LAST 30 DAYS"], o["share_updated_last_30_days"])
    assert same(figures["DAYS BETWEEN UPDATES"], o["median_days_between_updates"])
    assert same(figures["NET CONFIDENCE"], o["net_confidence"])


def test_week_by_week_line_chart(checkin_workbook):
    xlsx, s = checkin_workbook
    with zipfile.ZipFile(xlsx) as z:
        xml = {p: z.read(p).decode() for p in chart_parts(xlsx)}
    line = [x for x in xml.values() if "<c:lineChart>" in x]
    assert len(line) == 1 and "Mean score week by week" in line[0]
    data = openpyxl.load_workbook(xlsx, data_only=True)["Chart data"]
    rows = list(data.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == "Week")
    weeks = [r for r in rows[top + 1:] if r[0] is not None]
    assert len(weeks) == len(s["check_ins"]["weeks"])
    for r, w in zip(weeks, s["check_ins"]["weeks"]):
        assert r[0] == w["week"] and r[1].date().isoformat() == w["end"]
        assert same(r[3], w["mean_score"]) and same(r[4], w["committed_mean"]) and same(r[5], w["aspirational_mean"])


def test_comparison_figures_equal_the_json_deltas(compared):
    xlsx, s = compared
    c = s["comparison"]
    prev = c["previous_cycle"]
    ws = openpyxl.load_workbook(xlsx, data_only=True)["Summary"]
    labels = [x.value for x in ws[4]]
    versus = dict(zip(labels, [x.value for x in ws[7]]))
    expected = {
        "OVERALL SCORE": arrow(c["overall_score_delta"]),
        "COMMITTED ATTAINMENT": arrow(c["committed_attainment_delta"], percent=True),
        "ASPIRATIONAL MEAN": arrow(c["aspirational_mean_delta"]),
        "KEY RESULTS": count_arrow(c["key_results_delta"]),
        "WINS": count_arrow(c["wins_delta"]),
        "MISSES": count_arrow(c["misses_delta"]),
    }
    for label, text in expected.items():
        assert versus[label] == f"vs {prev}: {text}", (label, versus[label], text)
    assert same(headline(ws)["CARRIED OVER"], c["carried_over"])
    header, table = team_table(ws, s["teams"])
    col = header.index(f"vs {prev}")
    deltas = c["team_score_deltas"]
    assert deltas
    for r in table:
        if r[0] in deltas:
            assert r[col] == arrow(deltas[r[0]]), r[0]
        else:
            assert r[col] in (None, "", "new"), r[0]


def test_carried_over_marks_equal_the_json(compared):
    xlsx, s = compared
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    by_id = {k["id"]: k for k in s["key_results"]}
    marks = []
    for ws in kr_sheets(wb):
        for row, _ in rows_by_header(ws):
            marks.append(row["Carried over"] == "yes")
            assert row["Carried over"] in ("yes", "no")
            assert marks[-1] == by_id[row["KR ID"]]["carried_over"], row["KR ID"]
    assert sum(marks) == s["comparison"]["carried_over"] > 0


def test_without_check_ins_or_archive_the_layout_stays(sample):
    xlsx, _ = sample
    wb = openpyxl.load_workbook(xlsx)
    header = [c.value for c in wb["Key Results"][1]]
    assert "Check-ins" not in header and "Carried over" not in header
    assert "UPDATED LAST 30 DAYS" not in [c.value for c in wb["Summary"][4]]
    with zipfile.ZipFile(xlsx) as z:
        assert not any("<c:lineChart>" in z.read(p).decode() for p in chart_parts(xlsx))


def test_checkin_workbook_formulas_recalculate_and_it_converts(compared, tmp_path):
    xlsx, _ = compared
    bad, checked = formula_mismatches(xlsx, lo_recalculated(xlsx, tmp_path))
    assert not bad, bad[:5]
    assert checked > 0
    r = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'pdf-profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(xlsx)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    (pdf,) = (tmp_path / "pdf").glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_checkin_text_stays_text(compared):
    xlsx, _ = compared
    wb = openpyxl.load_workbook(xlsx)
    hits = [c for ws in checkin_sheets(wb) for row in ws.iter_rows() for c in row if c.value == '=HYPERLINK("http://x")']
    assert hits and all(c.data_type == "s" for c in hits)
