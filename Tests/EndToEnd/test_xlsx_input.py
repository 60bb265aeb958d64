"""XLSX input end to end: workbooks written by openpyxl and XlsxWriter give the same JSON summary as
the same data as CSV, cell for cell (Tests/Fixtures/make_xlsx_fixtures.py writes the pairs); lines
in messages are sheet rows; a scorecard townhall wrote reads back as its input; `lint` and
`--checkins` take workbooks too. Hand-built and hostile workbooks are in test_fixtures.py."""
import csv
import importlib.util
import io
import json
import os
import pathlib
import zipfile

import openpyxl
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
GEN = ROOT / "Tests/Fixtures/make_xlsx_fixtures.py"
_spec = importlib.util.spec_from_file_location("make_xlsx_fixtures", GEN)
mx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mx)

ENV_EPOCH = "1790000000"


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx-pairs")
    return out, mx.build(out)


def run_json(townhall, tmp_path, tag, *args):
    out = tmp_path / tag
    os.environ["SOURCE_DATE_EPOCH"] = ENV_EPOCH
    r = townhall("report", *args, "--out", out, "--formats", "json")
    assert r.returncode == 0, r.stderr
    (summary,) = out.glob("*-summary.json")
    return json.loads(summary.read_text(encoding="utf-8")), r


def ordinal_of_lines(path, is_csv):
    """Line (CSV) or sheet row (XLSX) → the ordinal of the non-blank record that starts there."""
    if is_csv:
        starts = [line for line, rec in mx.read_rows(path) if any(f.strip() for f in rec)]
    else:
        wb = openpyxl.load_workbook(path, read_only=True)
        ws = wb[mx_sheet_name(wb)]
        starts = [row[0].row for row in ws.iter_rows() if any(c.value not in (None, "") for c in row)]
    return {line: i for i, line in enumerate(starts)}


def mx_sheet_name(wb):
    return "okr" if "okr" in wb.sheetnames else wb.sheetnames[0]


def normalise(summary, ordinal):
    """The summary without what names the source, its lines replaced by record ordinals."""
    s = json.loads(json.dumps(summary))
    s.pop("source", None)
    s.pop("warnings", None)

    def walk(x, key=None):
        if isinstance(x, dict):
            if x.get("file"):  # the check-ins' lines: the same in both (no multi-line cells there)
                return {**x, "file": "check-ins"}
            return {k: walk(v, k) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v, key) for v in x]
        if key in ("line", "lines") and isinstance(x, int):
            return ("record", ordinal.get(x, ("unmapped", x)))
        return x
    return walk(s)


@pytest.mark.parametrize("name", ["openpyxl_shared_strings", "xlsxwriter_shared_strings", "xlsxwriter_inline_strings",
                                  "sheet_not_first", "hidden_first_sheet", "sample"])
def test_workbook_reads_as_the_same_csv(townhall, tmp_path, pairs, name):
    folder, manifest = pairs
    p = manifest[name]
    extra_csv, extra_xlsx = [], []
    if "checkins" in p:
        extra_csv = ["--checkins", p["checkins"][0]]
        extra_xlsx = ["--checkins", p["checkins"][1]]
    a, _ = run_json(townhall, tmp_path, "csv", p["csv"], *extra_csv)
    b, r = run_json(townhall, tmp_path, "xlsx", p["xlsx"], *p["args"], *extra_xlsx)
    assert b["source"] == p["xlsx"]
    assert a["counts"] == b["counts"] and a["counts"]["key_results"] > 60
    if "checkins" in p:
        assert a["check_ins"]["rows"] > 100
        assert {**b["check_ins"], "file": ""} == {**a["check_ins"], "file": ""}
    na = normalise(a, ordinal_of_lines(p["csv"], True))
    nb = normalise(b, ordinal_of_lines(p["xlsx"], False))
    for key in na:
        assert na[key] == nb[key], f"{name}: {key} differs"
    assert na == nb


def test_percent_dates_and_booleans_read_as_a_csv_export_shows_them(townhall, tmp_path, pairs):
    """The extra rows: a 62.5 % grade, TRUE/FALSE milestones, a date, tiny decimals, text that looks like a number."""
    folder, manifest = pairs
    b, _ = run_json(townhall, tmp_path, "x", manifest["xlsxwriter_shared_strings"]["xlsx"])
    krs = {k["id"]: k for k in b["key_results"]}
    assert krs["OPS-1-KR1"]["score"] == 1.0           # TRUE
    assert krs["OPS-1-KR2"]["score"] == 0.625         # 0.625 with format 0.0% → 62.5%
    assert krs["OPS-1-KR4"]["score"] == 0.0           # FALSE
    assert krs["OPS-1-KR3"]["progress"] == pytest.approx(0.8)  # 0 → 0.000125, at 0.0001


def test_messages_name_the_sheet_row(townhall, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Team OKRs"
    ws.append(["team", "objective", "key_result", "target", "current"])
    ws.append([])
    ws.append(["A", "O", "K1", 10, 5])
    ws.append(["A", "O", "K2", 10, "lots"])
    path = tmp_path / "okrs.xlsx"
    wb.save(path)
    r = townhall("lint", path)
    assert r.returncode == 0, r.stderr
    assert f"{path}:'Team OKRs'!4: problem: current:" in r.stdout
    r = townhall("report", path, "--out", tmp_path / "o", "--strict")
    assert r.returncode == 65
    assert f"townhall: error: {path}:'Team OKRs'!4: 1 row problem" in r.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_missing_column_error_names_the_header_row(townhall, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "okr"
    ws.append([])
    ws.append(["team", "key_result", "target"])
    ws.append(["A", "K1", 10])
    path = tmp_path / "okrs.xlsx"
    wb.save(path)
    r = townhall("report", path, "--out", tmp_path / "o")
    assert r.returncode == 65
    assert f"townhall: error: {path}:okr!2: " in r.stderr and "objective" in r.stderr


def test_own_scorecard_reads_back_as_its_input(townhall, tmp_path, root):
    """The scorecard's Key Results sheet holds the input columns then computed ones; reading it back
    scores the same (computed scores are not taken as final grades)."""
    sample = root / "samples/northwind-2026-q3.csv"
    os.environ["SOURCE_DATE_EPOCH"] = ENV_EPOCH
    r = townhall("report", sample, "--out", tmp_path / "first", "--formats", "xlsx,json")
    assert r.returncode == 0, r.stderr
    (book,) = (tmp_path / "first").glob("*.xlsx")
    first = json.loads(next((tmp_path / "first").glob("*.json")).read_text())
    second, r = run_json(townhall, tmp_path, "second", book)
    assert "a townhall scorecard" in r.stderr
    assert second["counts"] == first["counts"]
    assert [k["score"] for k in second["key_results"]] == [k["score"] for k in first["key_results"]]
    assert second["overall_score"] == first["overall_score"]


def test_xlsx_is_recognised_by_bytes_not_name(townhall, tmp_path, pairs):
    folder, manifest = pairs
    disguised = tmp_path / "export.txt"
    disguised.write_bytes(pathlib.Path(manifest["xlsxwriter_shared_strings"]["xlsx"]).read_bytes())
    a, _ = run_json(townhall, tmp_path, "d", disguised)
    assert a["counts"]["key_results"] > 60
    # And a CSV named .xlsx is read as the CSV it is.
    fake = tmp_path / "really.xlsx"
    fake.write_text("team,objective,key_result,target,current\nA,O,K,10,5\n")
    b, _ = run_json(townhall, tmp_path, "f", fake)
    assert b["counts"]["key_results"] == 1


def test_failed_workbook_leaves_no_output(townhall, tmp_path):
    bad = tmp_path / "bad.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='a' r:id='rId1'/></sheets>")
    bad.write_bytes(buf.getvalue())
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("earlier")
    r = townhall("report", bad, "--out", out)
    assert r.returncode == 65
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
