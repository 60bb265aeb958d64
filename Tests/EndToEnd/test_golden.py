"""Golden outputs: the sample's JSON, deck and carry-forward CSV byte for byte, and every workbook
cell (value or formula) as openpyxl reads it, pinned from the outputs written before the
speed-and-scale work (issue 8) changed the model. A change to any output shows here as a diff.

Regenerate on purpose only (a deliberate output change), and say why in the commit:
    TOWNHALL_UPDATE_GOLDEN=1 python3 -m pytest Tests/EndToEnd/test_golden.py
"""
import datetime
import json
import os
import pathlib
import subprocess

import openpyxl
import pytest

from conftest import BIN, ROOT

GOLDEN = ROOT / "Tests" / "Golden"
EPOCH = "1790000000"
UPDATE = os.environ.get("TOWNHALL_UPDATE_GOLDEN") == "1"

# name → arguments after `report` (paths relative to the repository root, as a user types them)
CASES = {
    "sample": ["samples/northwind-2026-q3.csv"],
    "sample-checkins-config": ["samples/northwind-2026-q3.csv", "--checkins", "samples/northwind-2026-q3-checkins.csv",
                               "--config", "samples/townhall.toml"],
}
# the sample with check-ins and config in every other language: every fixed text and figure of
# the deck and the workbook as that language writes it (the JSON and CSV stay locale-free)
for _lang in ("de", "fr", "es", "ja"):
    CASES["sample-" + _lang] = CASES["sample-checkins-config"] + ["--lang", _lang]
# fixtures whose text takes unusual paths: escaped quotes and line breaks in fields, markup and
# formulas, ragged and rejected rows, UTF-16 with tabs, decimal commas, padding
for _name in ("hostile_text.csv", "quoted_newlines_and_quotes.csv", "ragged_rows.csv", "utf16le_bom_tab.txt",
              "semicolon_decimal_comma.csv", "whitespace_padding.csv", "trailing_delimiters.csv"):
    CASES[_name.split(".")[0]] = ["Tests/Fixtures/inputs/" + _name]


def _cell(value):
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def workbook_cells(path):
    """Every sheet as rows of cell values (formulas as their text), trailing empties dropped."""
    wb = openpyxl.load_workbook(path, read_only=True)
    sheets = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] is None:
                cells.pop()
            rows.append(cells)
        sheets[ws.title] = rows
    wb.close()
    return sheets


def _outputs(case, out):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    r = subprocess.run([str(BIN), "report", *CASES[case], "--out", str(out), "--quiet"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    files = {p.name: p for p in out.iterdir()}
    found = {}
    for name, p in sorted(files.items()):
        if name.endswith(".xlsx"):
            found[name + ".cells.json"] = (json.dumps(workbook_cells(p), ensure_ascii=False, indent=0) + "\n").encode()
        else:
            found[name] = p.read_bytes()
    return found


@pytest.mark.parametrize("case", sorted(CASES))
def test_outputs_match_golden(case, tmp_path):
    if not (ROOT / CASES[case][0]).exists():
        pytest.fail(f"input {CASES[case][0]} missing")
    found = _outputs(case, tmp_path)
    folder = GOLDEN / case
    if UPDATE:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, data in found.items():
            (folder / name).write_bytes(data)
    expected = sorted(p.name for p in folder.iterdir())
    assert sorted(found) == expected, "a different set of output files"
    for name in expected:
        want = (folder / name).read_bytes()
        if found[name] != want:
            got_lines = found[name].decode(errors="replace").splitlines()
            want_lines = want.decode(errors="replace").splitlines()
            first = next((i for i, (a, b) in enumerate(zip(got_lines, want_lines)) if a != b),
                         min(len(got_lines), len(want_lines)))
            pytest.fail(f"{case}/{name} differs from the golden file at line {first + 1}:\n"
                        f"  golden: {want_lines[first][:300] if first < len(want_lines) else '<end>'}\n"
                        f"  now:    {got_lines[first][:300] if first < len(got_lines) else '<end>'}")
