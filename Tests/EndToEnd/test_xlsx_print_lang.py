"""The scorecard prints, reads each column once, and speaks its language (openpyxl on the built binary).

- Every list sheet (Objectives, Key Results, Wins, Misses, Check-ins, Playbook checks, Problems) is set
  to landscape, fit to one page wide, with its header row repeated on every page.
- No visible header appears twice under two names (`kr_id` next to `KR ID`, `start` next to
  `Start (number)`): the parsed copy of an input column is folded into a hidden outline group.
- With `--lang qps` (the pseudo-locale) every sheet name, header, headline label, note, section title,
  chart-data header and cell word the workbook writes carries the ⟦…⟧ markers: an English string left
  in code fails here.
"""
import re

import openpyxl
import pytest

LISTS = ["Objectives", "Key Results", "Wins", "Misses", "Check-ins", "Playbook checks", "Problems"]
MARK = "⟦"


@pytest.fixture(scope="module")
def scorecards(townhall, root, tmp_path_factory):
    out = {}
    for lang in ("en", "qps"):
        d = tmp_path_factory.mktemp("print-" + lang)
        r = townhall("report", root / "samples" / "northwind-2026-q3.csv",
                     "--checkins", root / "samples" / "northwind-2026-q3-checkins.csv",
                     "--config", root / "samples" / "townhall.toml", "--out", d, "--formats", "xlsx",
                     "--lang", lang, "--quiet")
        assert r.returncode == 0, r.stderr
        out[lang] = openpyxl.load_workbook(next(d.glob("*-scorecard.xlsx")))
    return out


def hidden_columns(ws):
    hidden = set()
    for dim in ws.column_dimensions.values():
        if dim.hidden:
            hidden.update(range(dim.min, dim.max + 1))
    return hidden


def concept(title):
    """A header's concept: case, spaces, underscores and a "(number)" suffix aside."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\(number\)", "", str(title).lower()))


def test_every_list_sheet_prints_landscape_one_page_wide_with_its_header(scorecards):
    wb = scorecards["en"]
    for name in LISTS:
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape", name
        assert ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage, name
        # One page wide (1 is the file format's default, so libxlsxwriter leaves it out), as tall as needed.
        assert int(ws.page_setup.fitToWidth or 1) == 1 and int(ws.page_setup.fitToHeight) == 0, name
        assert ws.print_title_rows == "$1:$1", name


def test_no_header_appears_twice_under_two_names(scorecards):
    for name in LISTS:
        ws = scorecards["en"][name]
        hidden = hidden_columns(ws)
        visible = [c.value for c in ws[1] if c.value is not None and c.column not in hidden]
        concepts = [concept(v) for v in visible]
        twice = sorted({v for v, k in zip(visible, concepts) if concepts.count(k) > 1})
        assert not twice, f"{name}: {twice}"
    kr = scorecards["en"]["Key Results"]
    header = {c.value: c.column for c in kr[1]}
    hidden = hidden_columns(kr)
    # The folded copies are still there for the formulas, one click away; the input's columns show.
    for parsed, source in [("KR ID", "kr_id"), ("Start (number)", "start"), ("Target (number)", "target"),
                           ("Current (number)", "current"), ("Weight (number)", "weight"),
                           ("Objective ID", "objective_id")]:
        assert header[parsed] in hidden and header[source] not in hidden, parsed
        assert kr.column_dimensions[openpyxl.utils.get_column_letter(header[parsed])].outlineLevel == 1
    for shown in ("Score (computed)", "Band", "Outcome", "Counts as", "Line"):
        assert header[shown] not in hidden, shown


def test_the_objectives_texts_have_room(scorecards):
    ws = scorecards["en"]["Objectives"]
    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["Objective"] >= 45 and widths["Aligned to"] >= 20
    wrapped = [ws.cell(row=r, column=3).alignment.wrap_text for r in range(2, ws.max_row + 1)]
    assert wrapped and all(wrapped)


def test_a_qps_workbook_marks_every_text_it_writes(scorecards):
    wb = scorecards["qps"]
    for ws in wb.worksheets:
        assert ws.title.startswith(MARK), ws.title
    sheets = {name: ws for name, ws in zip(["Summary"] + LISTS[:4] + LISTS[4:] + ["Chart data"], wb.worksheets)}
    unmarked = []
    checked = []

    def need(where, value):
        checked.append(where)
        if isinstance(value, str) and value and MARK not in value:
            unmarked.append(f"{where}: {value!r}")

    english = scorecards["en"]
    # Headers of every list sheet; on Key Results only the computed ones (the input's are input data).
    for name in LISTS:
        ws = sheets[name]
        input_columns = 0
        if name == "Key Results":
            input_columns = [c.value for c in english[name][1]].index("Score (computed)")
        for c in ws[1][input_columns:]:
            need(f"{name}!{c.coordinate}", c.value)
    # Cell words the workbook writes: bands, outcomes, types, rules, used, severity, kinds.
    words = {"Key Results": ["Band", "Outcome", "Counts as", "Scored by"], "Objectives": ["Band", "Type"],
             "Wins": ["Type"], "Misses": ["Type", "Band"], "Check-ins": ["Used"], "Playbook checks": ["Severity"],
             "Problems": ["Kind"]}
    for name, titles in words.items():
        en, ws = english[name], sheets[name]
        for t in titles:
            col = [c.value for c in en[1]].index(t) + 1
            for r in range(2, ws.max_row + 1):
                need(f"{name}!{t}{r}", ws.cell(row=r, column=col).value)
    # Summary: title, figure labels and notes, section titles, team table header, reading notes.
    summary, en_summary = sheets["Summary"], english["Summary"]
    for row in en_summary.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or c.value.startswith("="):
                continue
            if c.column == 1 and c.row > 8 and c.value in {t for t in team_names(en_summary)}:
                continue  # team names are input
            if c.value.startswith("Northwind Robotics"):
                continue  # the subtitle starts with the organization's name, which is config text
            need(f"Summary!{c.coordinate}", summary[c.coordinate].value)
    # Chart data headers and outcome labels.
    for ref in ("A1", "B1", "A2", "A3", "A4", "A5", "A6"):
        need(f"Chart data!{ref}", sheets["Chart data"][ref].value)
    assert len(checked) > 300, len(checked)  # the test looks at the texts it names
    assert not unmarked, "\n".join(unmarked[:20])


def team_names(summary):
    """The team column of the Summary's team table (input text)."""
    rows = list(summary.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Teams") + 2
    return [r[0] for r in rows[start:] if r and r[0] and not str(r[0]).startswith("How this scorecard")]
