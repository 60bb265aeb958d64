"""Row problems, rejected rows and run warnings speak the report's language in the deck and the
workbook, and stay English, word for word, where scripts read them (stderr, the JSON summary, lint).

Runs the built binary on fixtures with problems (text where a number belongs, ragged rows, a missing
start, check-ins outside the cycle) in English and German, and reads the deck's appendix from its
HTML and the workbook's Problems and Check-ins sheets with openpyxl.
"""
import html
import json
import re

import openpyxl
import pytest

FIXTURES = "Tests/Fixtures/inputs"


@pytest.fixture(scope="module")
def runs(townhall, root, tmp_path_factory):
    out = {}
    for name, extra in [("non_numeric_target", []), ("ragged_rows", []),
                        ("checkins_all_outside_the_cycle", ["--checkins", root / FIXTURES / "checkins_last_quarter.csv"])]:
        source = root / FIXTURES / f"{name}.csv"
        for lang in ("en", "de"):
            d = tmp_path_factory.mktemp(f"{name}-{lang}")
            r = townhall("report", source, *extra, "--out", d, "--lang", lang,
                         "--formats", "xlsx,html,json")
            assert r.returncode == 0, r.stderr
            out[name, lang] = (d, r.stderr)
    return out


def summary(d):
    return json.loads(next(d.glob("*-summary.json")).read_text(encoding="utf-8"))


def appendix_cells(d):
    page = next(d.glob("*-townhall.html")).read_text(encoding="utf-8")
    table = re.search(r'<table class="problems">(.*?)</table>', page, re.S).group(1)
    return [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td>(.*?)</td>", table, re.S)]


def sheet_texts(d, sheet_index):
    wb = openpyxl.load_workbook(next(d.glob("*-scorecard.xlsx")))
    ws = wb.worksheets[sheet_index] if isinstance(sheet_index, int) else wb[sheet_index]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def problems_sheet(d):
    wb = openpyxl.load_workbook(next(d.glob("*-scorecard.xlsx")))
    return [c.value for ws in wb.worksheets if ws.title in ("Problems", "Datenprobleme")
            for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("name", ["non_numeric_target", "ragged_rows", "checkins_all_outside_the_cycle"])
def test_scripts_read_the_same_english_in_every_language(runs, name):
    (en, en_err), (de, de_err) = runs[name, "en"], runs[name, "de"]
    for key in ("problems", "rejected", "warnings"):
        assert summary(de)[key] == summary(en)[key]
    assert de_err.replace(str(de), "OUT") == en_err.replace(str(en), "OUT")


def test_the_german_workbook_and_deck_word_the_row_problems(runs):
    de, _ = runs["non_numeric_target", "de"]
    texts = problems_sheet(de)
    assert "Zielwert „lots“ ist keine Zahl" in texts
    assert "Istwert „about half“ ist weder eine Zahl noch ein Ja/Nein-Wort" in texts
    assert "Startwert „abc“ ist keine Zahl" in texts
    assert not any("is not a number" in t for t in texts)
    cells = appendix_cells(de)
    assert "Zielwert „lots“ ist keine Zahl" in cells
    assert not any("is not a number" in c for c in cells)
    # The English deck and workbook say what they always said.
    en, _ = runs["non_numeric_target", "en"]
    assert 'target "lots" is not a number' in problems_sheet(en)
    assert 'target "lots" is not a number' in appendix_cells(en)


def test_rejected_rows_are_worded_and_the_input_kept(runs):
    de, _ = runs["ragged_rows", "de"]
    texts = problems_sheet(de)
    assert any(re.fullmatch(r"Zeile hat \d+ Felder, die Kopfzeile aber 5", t) for t in texts), texts
    assert any(t.startswith("kein Eintrag in ") for t in texts), texts
    assert not any(t.startswith("row has ") or t.startswith("missing ") for t in texts)


def test_check_in_problems_and_warnings_are_worded(runs):
    de, _ = runs["checkins_all_outside_the_cycle", "de"]
    texts = problems_sheet(de)
    assert any("liegt außerhalb des Zyklus" in t and t.endswith("; nicht verwendet") for t in texts), texts
    assert any(t.endswith("ist das die Datei vom letzten Quartal?") for t in texts), texts
    assert not any("outside the cycle" in t or "not used" in t for t in texts)
    # The Check-ins sheet says why each unused row was set aside, in German too.
    checkins = [t for t in sheet_texts(de, "Check-ins") if "außerhalb des Zyklus" in t]
    assert checkins and all(t.endswith("; nicht verwendet") for t in checkins)
