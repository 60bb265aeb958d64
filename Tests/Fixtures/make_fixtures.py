#!/usr/bin/env python3
"""Writes the odd and broken exports of Tests/Fixtures/inputs/ and their expectations,
Tests/Fixtures/fixtures.json (issue 5, "Real exports and hostile input").

This script is the one source of both: edit a fixture here, run it, commit what it writes.
`python3 Tests/Fixtures/make_fixtures.py --check` verifies the committed files match
(Tests/EndToEnd/test_fixtures.py runs that check too).

Manifest entry (name → expectation), read by Tests/EndToEnd/test_fixtures.py:
  file        input path relative to Tests/Fixtures
  args        argv after the binary; {input} {out} {fixtures} are filled in by the test
  exit        expected exit status (SPEC §1)
  stderr      fragments that must all appear in stderr (failures)
  error_line  the LINE of `townhall: error: FILE:LINE: ` (absent: only FILE is required)
  outputs     exact set of files the output folder holds afterwards (success)
  counts      expected subset of the JSON summary's counts
  scores      {line: score} (None = unscored) for a few key results
  progress    {line: progress}
  krs         {line: {json field: value}} exact values of other key-result fields
  problems    exact list of [line, column] of the row problems (sorted)
  rejected    exact list of rejected lines
  cycle       the JSON summary's cycle
  overall_score  the JSON summary's overall_score
  unique_ids  every key result's id is distinct
  hostile     input strings that must stay text in the deck and the workbook
Every expectation is SPEC's, not whatever the tool happens to do.
"""
import argparse
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
INPUTS = "inputs"
REPORT = ["report", "{input}", "--out", "{out}", "--formats", "json"]

FIXTURES = {}  # name -> (file name, bytes, manifest entry)


def fixture(name, filename, data, **expect):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert name not in FIXTURES, name
    entry = {"file": f"{INPUTS}/{filename}", "description": expect.pop("description")}
    entry["args"] = expect.pop("args", REPORT)
    entry["exit"] = expect.pop("exit", 0)
    for key in ("scores", "progress", "krs"):
        if key in expect:
            expect[key] = {str(k): v for k, v in expect[key].items()}
    if entry["exit"] == 0 and "outputs" not in expect:
        expect["outputs"] = [f"{expect.pop('slug', 'cycle')}-summary.json"]
    expect.pop("slug", None)
    entry.update(expect)
    FIXTURES[name] = (filename, data, entry)


def counts(input_rows, key_results, scored, unscored=0, dropped=0, rejected_rows=0, other_cycle_rows=0):
    return {"input_rows": input_rows, "key_results": key_results, "rejected_rows": rejected_rows,
            "other_cycle_rows": other_cycle_rows, "scored": scored, "unscored": unscored, "dropped": dropped}


def config_file(filename, text):
    """A side file (config) that is not a fixture of its own."""
    FIXTURES["_" + filename] = (filename, text.encode("utf-8"), None)


# --- A plain cycle reused through encodings, delimiters and line endings -----------------

STANDARD_HEADER = ["team", "objective", "key_result", "type", "start", "target", "current"]
STANDARD_ROWS = [
    ["Sales", "Grow revenue", "Reach 120 customers", "committed", "100", "120", "110"],
    ["Sales", "Grow revenue", "Raise NPS to 50", "aspirational", "30", "50", "45"],
    ["Product", "Ship faster", "Cut lead time from 10 to 4 days", "committed", "10", "4", "7"],
    ["Product", "Ship faster", "Café menu in 日本語 ✓", "aspirational", "0", "8", "8"],
]
STANDARD_SCORES = {2: 0.5, 3: 0.75, 4: 0.5, 5: 1.0}
STANDARD_KRS = {5: {"title": "Café menu in 日本語 ✓", "team": "Product", "type": "aspirational"},
                4: {"title": "Cut lead time from 10 to 4 days", "type": "committed"}}
STANDARD_COUNTS = counts(4, 4, 4)


def standard(delim=",", eol="\n"):
    return eol.join(delim.join(r) for r in [STANDARD_HEADER] + STANDARD_ROWS) + eol


fixture("utf8_bom", "utf8_bom.csv", b"\xef\xbb\xbf" + standard().encode(),
        description="UTF-8 with BOM (Excel 'CSV UTF-8'); the BOM must not stick to the first header",
        counts=STANDARD_COUNTS, scores=STANDARD_SCORES, krs=STANDARD_KRS, problems=[], rejected=[])

fixture("utf16le_bom_tab", "utf16le_bom_tab.txt", b"\xff\xfe" + standard("\t", "\r\n").encode("utf-16-le"),
        description="UTF-16 LE with BOM, tab-separated, CRLF: Excel's 'Unicode text'",
        counts=STANDARD_COUNTS, scores=STANDARD_SCORES, krs=STANDARD_KRS, problems=[], rejected=[])

fixture("utf16be_bom_tab", "utf16be_bom_tab.txt", b"\xfe\xff" + standard("\t").encode("utf-16-be"),
        description="UTF-16 BE with BOM, tab-separated, LF",
        counts=STANDARD_COUNTS, scores=STANDARD_SCORES, krs=STANDARD_KRS, problems=[], rejected=[])

fixture("tab_delimited", "tab_delimited.tsv",
        "team\tobjective\tkey_result\tstart\ttarget\tcurrent\n"
        "Sales\tGrow, then keep; customers\tReach 1,234.5 accounts\t0\t1,234.5\t617.25\n"
        "Sales\tGrow, then keep; customers\tK2\t0\t4\t1\n",
        description="UTF-8, tab-separated; commas and semicolons inside cells are text, `1,234.5` a number",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.25},
        krs={2: {"title": "Reach 1,234.5 accounts"}}, problems=[], rejected=[])

fixture("crlf", "crlf.csv",
        "team,objective,key_result,target,current\r\n"
        "A,O,\"Two\r\nlines\",10,5\r\n"
        "A,O,K2,10,10\r\n"
        "A,O,K3,4,1\r\n",
        description="CRLF line endings, a quoted CRLF inside a title counts as one line break",
        counts=counts(3, 3, 3), scores={2: 0.5, 4: 1.0, 5: 0.25},
        krs={2: {"title": "Two\r\nlines"}}, problems=[], rejected=[])

fixture("lone_cr", "lone_cr.csv", standard(eol="\r"),
        description="old Mac line endings: lone CR only",
        counts=STANDARD_COUNTS, scores=STANDARD_SCORES, krs=STANDARD_KRS, problems=[], rejected=[])

fixture("mixed_line_endings", "mixed_line_endings.csv",
        "team,objective,key_result,target,current\r\n"
        "A,O,K1,10,5\n"
        "A,O,K2,10,1\r"
        "A,O,K3,4,1\r\n"
        "\r"
        "A,O,K4,4,4",
        description="LF, CRLF and lone CR mixed, a blank CR line, no final newline",
        counts=counts(4, 4, 4), scores={2: 0.5, 3: 0.1, 4: 0.25, 6: 1.0}, problems=[], rejected=[])

# --- Delimiters and decimal commas ---------------------------------------------------------

fixture("semicolon_decimal_comma", "semicolon_decimal_comma.csv",
        "team;objective;key_result;start;target;current;score\n"
        "Ops;\"Run; lean\";Cut cost;1.500,00;1.000,00;1.250,00;\n"
        "Ops;\"Run; lean\";Grade a;;;;0,7\n"
        "Ops;\"Run; lean\";Grade b;;;;85 %\n"
        "Ops;\"Run; lean\";Thousands without decimals;0;2.000;1.500;\n",
        description="`;` delimiter (detected) with decimal comma `1.234,5`, a quoted `;`",
        counts=counts(4, 4, 4), scores={2: 0.5, 3: 0.7, 4: 0.85, 5: 0.75},
        krs={2: {"team": "Ops"}}, problems=[], rejected=[])

fixture("utf8_bom_semicolon_crlf", "utf8_bom_semicolon_crlf.csv",
        b"\xef\xbb\xbf" + (
            "team;objective;key_result;start;target;current\r\n"
            "Vertrieb;Umsatz steigern;Umsatz auf 1.234,5 T€;1.000,0;1.234,5;1.117,25\r\n"
            "Vertrieb;Umsatz steigern;Quote 12,5 %;10;12,5;11,875\r\n"
            "Vertrieb;Umsatz steigern;Große Zahl;1.000.000;2.000.000;1.500.000\r\n").encode(),
        description="German Excel 'CSV UTF-8': BOM, `;`, CRLF, decimal comma and `.` thousands",
        counts=counts(3, 3, 3), scores={2: 0.5, 3: 0.75, 4: 0.5},
        krs={4: {"title": "Große Zahl"}}, problems=[], rejected=[])

MISDETECTED = ("team\tobjective\tkey_result\tcurrent\ttarget\tremarks, a, b, c, d, e\n"
               "A\tO\tK1\t5\t10\tfine, really\n"
               "A\tO\tK2\t1\t4\t\n")
fixture("delimiter_misdetected", "delimiter_misdetected.tsv", MISDETECTED,
        description="a tab file whose header holds as many commas as tabs: `,` is detected, the header is one column",
        exit=65, error_line=1, stderr=["missing required column", "`objective`"])

fixture("delimiter_forced_tab", "delimiter_forced_tab.tsv", MISDETECTED,
        args=REPORT + ["--delimiter", "tab"],
        description="the same file with --delimiter tab reads fine",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.25}, problems=[], rejected=[])

fixture("decimal_comma_forced", "decimal_comma_forced.tsv",
        "team\tobjective\tkey_result\tstart\ttarget\tcurrent\n"
        "A\tO\tK1\t0\t12,5\t6,25\n"
        "A\tO\tK2\t1.000\t2.000\t1.250,5\n",
        args=REPORT + ["--decimal-comma"],
        description="a tab file with decimal commas, read with --decimal-comma",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.2505}, problems=[], rejected=[])

# --- Quoting ------------------------------------------------------------------------------

fixture("quoted_newlines_and_quotes", "quoted_newlines_and_quotes.csv",
        'team,objective,key_result,target,current,notes\n'
        'Sales,"Grow ""big""","Line one\nline two",10,5,"a, b"\n'
        'Sales,"Grow ""big""",Plain,10,10,"multi\nline\nnotes with ""quotes"" and , commas"\n'
        'Sales,"Grow ""big""","",10,1,\n'
        '"Sales","Grow ""big""","K4",4,"1",""\n',
        description="quoted newlines, doubled quotes, quoted delimiters; lines are physical lines of the row start",
        counts=counts(4, 3, 3, rejected_rows=1), scores={2: 0.5, 4: 1.0, 8: 0.25},
        krs={2: {"title": "Line one\nline two", "team": "Sales"}}, problems=[], rejected=[7])

fixture("quote_inside_unquoted_field", "quote_inside_unquoted_field.csv",
        'team,objective,key_result,target,current\n'
        'A,O,Ship the 5" screen,10,5\n'
        'A,O,Say "hi" twice,10,10\n',
        description="a quote inside an unquoted field is a literal character, not malformed quoting",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 1.0},
        krs={2: {"title": 'Ship the 5" screen'}, 3: {"title": 'Say "hi" twice'}}, problems=[], rejected=[])

fixture("unterminated_quote", "unterminated_quote.csv",
        'team,objective,key_result,target,current\n'
        'A,O,K1,10,5\n'
        'A,"O never closed,K2,10,5\n'
        'A,O,K3,10,5\n',
        description="a quoted field never closed: 65, naming the line where that row starts",
        exit=65, error_line=3, stderr=["malformed quoting", "never closed", "objective"])

fixture("unterminated_quote_after_multiline", "unterminated_quote_after_multiline.csv",
        'team,objective,key_result,target,current\n'
        'A,O,K1,10,5\n'
        'A,"multi\nline",K2,"never closed\n'
        'A,O,K3,10,5\n',
        description="the row starts on line 3, its last quote opens on line 4 and never closes: the error names line 3",
        exit=65, error_line=3, stderr=["malformed quoting", "never closed", "line 4"])

fixture("text_after_closing_quote", "text_after_closing_quote.csv",
        'team,objective,key_result,target,current\n'
        'A,O,K1,10,5\n'
        'A,"Objective\ncontinues"x,K2,10,5\n'
        'A,O,K3,10,5\n',
        description="text right after a closing quote (on line 4, in a row starting on line 3): 65 naming line 3",
        exit=65, error_line=3, stderr=["malformed quoting", "after the closing quote", "objective"])

# --- Rows: ragged, trailing delimiters, blank lines ------------------------------------------

fixture("ragged_rows", "ragged_rows.csv",
        "team,objective,key_result,target,current\n"
        "A,O,K1,10,5\n"
        "A,O,K2,10,5,extra\n"
        "A,O,K3,10\n"
        "A,O,K4,10,5,,,\n"
        "A,O,K5,10,5,, x\n"
        "A,O\n",
        description="extra non-empty fields and missing titles are rejected with their line; short rows are padded",
        counts=counts(6, 3, 2, unscored=1, rejected_rows=3), scores={2: 0.5, 4: None, 5: 0.5},
        problems=[[4, "current"]], rejected=[3, 6, 7])

fixture("trailing_delimiters", "trailing_delimiters.csv",
        "team,objective,key_result,target,current,\n"
        "A,O,K1,10,5,\n"
        "A,O,K2,10,2,,\n"
        "A,O,K3,4,1\n",
        description="trailing delimiters on the header and rows are ignored",
        counts=counts(3, 3, 3), scores={2: 0.5, 3: 0.2, 4: 0.25}, problems=[], rejected=[])

fixture("blank_lines", "blank_lines.csv",
        "\n"
        "team,objective,key_result,target,current\n"
        "\n"
        "A,O,K1,10,5\n"
        "   \n"
        ",,,,\n"
        "A,O,K2,10,10\n"
        "\t\t\n"
        "\n",
        description="blank, whitespace-only and delimiter-only lines (even before the header) are not rows",
        counts=counts(2, 2, 2), scores={4: 0.5, 7: 1.0}, problems=[], rejected=[])

fixture("blank_lines_before_semicolon_header", "blank_lines_before_semicolon_header.csv",
        "\n\r\n  \n"
        "team;objective;key_result;start;target;current\n"
        "A;O;K1;0;10;2,5\n",
        description="blank lines before a `;` header: the delimiter is detected from the header line, not the first line",
        counts=counts(1, 1, 1), scores={5: 0.25}, problems=[], rejected=[])

fixture("delimiter_only_lines_before_header", "delimiter_only_lines_before_header.csv",
        "\r\n;;;;;\r\n\t\r\n"
        "team;objective;key_result;target;current\r\n"
        "A;O;K1;10;2,5\r\n",
        description="an empty line, a line of only `;` and a tab line before a `;` header: none of them is the header",
        counts=counts(1, 1, 1), scores={5: 0.25}, problems=[], rejected=[])

fixture("whitespace_padding", "whitespace_padding.csv",
        " Team , Objective ,Key_Result, TARGET ,current \n"
        "  A  ,  O , K1 , 10 , 5 \n",
        description="headers and cells padded with spaces; header case, `_` and spaces ignored",
        counts=counts(1, 1, 1), scores={2: 0.5}, krs={2: {"title": "K1", "team": "A"}}, problems=[], rejected=[])

fixture("repeated_header_row", "repeated_header_row.csv",
        "team,objective,key_result,target,current\n"
        "A,O,K1,10,5\n"
        "team,objective,key_result,target,current\n"
        "A,O,K2,10,10\n",
        description="two exports pasted together: the repeated header is a row whose target is not a number",
        counts=counts(3, 3, 2, unscored=1), scores={2: 0.5, 3: None, 4: 1.0},
        problems=[[3, "target"]], rejected=[])

# --- Headers ----------------------------------------------------------------------------------

fixture("missing_required_header", "missing_required_header.csv",
        "team,key_result,target,current\nA,K1,10,5\n",
        description="no `objective` column: 65 naming it",
        exit=65, error_line=1, stderr=["missing required column", "`objective`"])

fixture("missing_all_required_headers", "missing_all_required_headers.csv",
        "Spalte A,Spalte B,Spalte C\nx,1,today\n",
        description="none of the required columns: 65 naming all three",
        exit=65, error_line=1, stderr=["missing required columns", "`team`", "`objective`", "`key_result`"])

fixture("duplicate_header", "duplicate_header.csv",
        "team,objective,key_result,target,Target,current\nA,O,K1,10,10,5\n",
        description="the same column twice (`target`, `Target`): 65 naming both",
        exit=65, error_line=1, stderr=["ambiguous header", '"target"', '"Target"'])

fixture("ambiguous_alias_header", "ambiguous_alias_header.csv",
        "team,objective,Key Result,KR,current\nA,O,K1,K1,5\n",
        description="two aliases of one field (`Key Result`, `KR`): 65 naming both",
        exit=65, error_line=1, stderr=["ambiguous header", '"Key Result"', '"KR"'])

fixture("title_case_headers", "title_case_headers.csv",
        "Team,Objective,Key Result,Start Value,Target Value,Current Value,Goal Type,Owner\n"
        "Growth,Win the mid-market,Add 40 logos,10,50,30,Committed,Dana\n"
        "Growth,Win the mid-market,Lift NPS,20,40,35,Aspirational,Lee\n",
        description="title-case export headers (`Key Result`, `Start Value`, `Goal Type`, `Owner` …) map through aliases",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.75},
        krs={2: {"type": "committed", "title": "Add 40 logos"}, 3: {"type": "aspirational"}},
        problems=[], rejected=[])

fixture("spec_alias_headers", "spec_alias_headers.csv",
        "Department,Objective,Key result title,Baseline,Goal,Actual,OKR type\n"
        "Ops,Run lean,Cut cost,100,50,75,committed\n"
        "Ops,Run lean,Lift uptime,90,99,96.3,stretch\n",
        description="the aliases SPEC §2 names: Department, Key result title, Baseline, Goal, Actual, OKR type",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.7},
        krs={2: {"team": "Ops", "title": "Cut cost"}, 3: {"type": "aspirational"}}, problems=[], rejected=[])

GERMAN = ("Zyklus;Bereich;Ziel;Schlüsselergebnis;Typ;Richtung;Startwert;Zielwert;Istwert;Bewertung;Anmerkungen;Verantwortlich\r\n"
          "2026-Q3;Vertrieb;Umsatz steigern;Umsatz auf 1,5 Mio. € steigern;committed;increase;1.000.000;1.500.000;1.250.000;;;Anna\r\n"
          "2026-Q3;Vertrieb;Umsatz steigern;Churn senken;stretch;decrease;4,0;2,0;3,5;;\"Schwer; zu messen\";Ben\r\n"
          "2026-Q3;Vertrieb;Umsatz steigern;Kundenzufriedenheit;stretch;;;;;70 %;;Cem\r\n")
config_file("config_german_columns.toml",
            "# [columns] for a German export (Tests/Fixtures, config_german_columns)\n"
            "[columns]\n"
            '"Zyklus" = "cycle"\n"Bereich" = "team"\n"Ziel" = "objective"\n'
            '"Schlüsselergebnis" = "key_result"\n"Typ" = "type"\n"Richtung" = "measure"\n'
            '"Startwert" = "start"\n"Zielwert" = "target"\n"Istwert" = "current"\n'
            '"Bewertung" = "score"\n"Anmerkungen" = "notes"\n"Verantwortlich" = "kr_owner"\n')
fixture("config_german_columns", "config_german_columns.csv", b"\xef\xbb\xbf" + GERMAN.encode(),
        args=REPORT + ["--config", "{fixtures}/inputs/config_german_columns.toml"],
        description="a German export (BOM, `;`, CRLF, decimal comma) mapped by the config's [columns]",
        slug="2026-q3", cycle="2026-Q3",
        counts=counts(3, 3, 3), scores={2: 0.5, 3: 0.25, 4: 0.7},
        krs={2: {"team": "Vertrieb", "type": "committed"}, 3: {"type": "aspirational"}},
        problems=[], rejected=[])

fixture("german_headers_without_config", "german_headers_without_config.csv", b"\xef\xbb\xbf" + GERMAN.encode(),
        description="the same German export without the config: 65 naming the missing columns",
        exit=65, error_line=1, stderr=["missing required columns", "`team`", "`objective`", "`key_result`"])

# --- Cycles -----------------------------------------------------------------------------------

SEVERAL = ("cycle,team,objective,key_result,target,current\n"
           "2026-Q2,A,O,K1,10,1\n"
           "2026-Q3,A,O,K1,10,5\n"
           "2026-Q3,A,O,K2,10,7.5\n"
           "2026-Q2,A,O,K2,10,2\n"
           "2026-Q3,A,,K4,1,1\n"
           "2026-Q2,B,O,K9,1,1\n")
fixture("several_cycles", "several_cycles.csv", SEVERAL,
        description="several cycles and no --cycle: 65 naming them",
        exit=65, stderr=["several cycles", "2026-Q2", "2026-Q3", "--cycle"])

fixture("several_cycles_with_flag", "several_cycles_with_flag.csv", SEVERAL,
        args=REPORT + ["--cycle", "2026-q3"],
        description="--cycle picks one (any case); rows of other cycles are counted, not lost",
        slug="2026-q3", cycle="2026-Q3",
        counts=counts(6, 2, 2, rejected_rows=1, other_cycle_rows=3), scores={3: 0.5, 4: 0.75},
        problems=[], rejected=[6])

TRAVERSAL = "cycle,team,objective,key_result,target,current\n../../etc/passwd,A,O,K1,10,5\n"
fixture("cycle_path_traversal", "cycle_path_traversal.csv", TRAVERSAL,
        description="a cycle named `../../etc/passwd`: the summary lands inside --out with a slugged name",
        slug="etc-passwd", cycle="../../etc/passwd", counts=counts(1, 1, 1), scores={2: 0.5})

fixture("cycle_path_traversal_all_formats", "cycle_path_traversal_all_formats.csv", TRAVERSAL,
        args=["report", "{input}", "--out", "{out}", "--formats", "xlsx,html,json"],
        description="the same cycle name with every format: all three outputs land inside --out, slugged",
        cycle="../../etc/passwd", counts=counts(1, 1, 1), scores={2: 0.5},
        outputs=["etc-passwd-scorecard.xlsx", "etc-passwd-townhall.html", "etc-passwd-summary.json"])

fixture("cycle_backslash_traversal", "cycle_backslash_traversal.csv",
        "cycle,team,objective,key_result,target,current\n"
        "..\\..\\x,A,O,K1,10,5\n",
        description="a cycle named `..\\..\\x` slugs to `x`",
        slug="x", cycle="..\\..\\x", counts=counts(1, 1, 1), scores={2: 0.5})

fixture("cycle_only_punctuation", "cycle_only_punctuation.csv",
        "cycle,team,objective,key_result,target,current\n"
        "/../..,A,O,K1,10,5\n",
        description="a cycle name with nothing left after slugging gives `cycle`",
        slug="cycle", cycle="/../..", counts=counts(1, 1, 1), scores={2: 0.5})

fixture("cycle_flag_traversal", "cycle_flag_traversal.csv",
        "team,objective,key_result,target,current\nA,O,K1,10,5\n",
        args=REPORT + ["--cycle", "../../../tmp/Evil Cycle"],
        description="--cycle with a path in it, on a file without a cycle column: the output stays inside --out",
        slug="tmp-evil-cycle", cycle="../../../tmp/Evil Cycle", counts=counts(1, 1, 1), scores={2: 0.5})

fixture("cycle_flag_not_in_file", "cycle_flag_not_in_file.csv", SEVERAL,
        args=REPORT + ["--cycle", "2027-Q1"],
        description="--cycle naming a cycle the file does not hold: refused (65), naming the file's cycles",
        exit=65, stderr=['no rows for cycle "2027-Q1"; the file holds'])

HOSTILE_CYCLE = '<script>alert(1)</script>=HYPERLINK("http://evil","x")'
fixture("hostile_cycle_name", "hostile_cycle_name.csv",
        "cycle,team,objective,key_result,target,current\n"
        '"' + HOSTILE_CYCLE.replace('"', '""') + '",A,O,K1,10,5\n',
        args=["report", "{input}", "--out", "{out}", "--formats", "xlsx,html,json"],
        description="a cycle name that is HTML and a formula: escaped in the deck, text in the workbook, slugged file names",
        cycle=HOSTILE_CYCLE, counts=counts(1, 1, 1), scores={2: 0.5}, hostile=[HOSTILE_CYCLE],
        outputs=[f"script-alert-1-script-hyperlink-http-evil-x-{n}"
                 for n in ("scorecard.xlsx", "townhall.html", "summary.json")])

# --- Empty, binary and badly encoded -------------------------------------------------------------

fixture("empty_file", "empty_file.csv", b"",
        description="0 bytes: 65, no crash", exit=65, stderr=["empty"])

fixture("only_blank_lines", "only_blank_lines.csv", "\n   \r\n,,\n\t\n",
        description="only blank lines: no header, 65", exit=65, stderr=["no header"])

fixture("bom_only", "bom_only.csv", b"\xef\xbb\xbf",
        description="a UTF-8 BOM and nothing else: 65", exit=65, stderr=["empty"])

fixture("header_only", "header_only.csv", "team,objective,key_result,target,current",
        description="a header and no rows (no final newline): 0 key results, exit 0",
        counts=counts(0, 0, 0), problems=[], rejected=[])

_rng = random.Random(20260925)
GARBAGE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(_rng.randrange(256) for _ in range(4096))
fixture("binary_garbage", "binary_garbage.bin", GARBAGE,
        description="a PNG's bytes: 65 with the byte offset and line of the first bad byte",
        exit=65, error_line=1, stderr=["not UTF-8", "0x89", "byte offset 0"])

INVALID_MIDDLE = (b"team,objective,key_result,target,current\n"
                  b"A,O,K1,10,5\n"
                  b"A,O,K2,10,5\n"
                  b"A,O,Caf\xe9 latte,10,5\n"
                  b"A,O,K4,10,5\n")
fixture("invalid_utf8_middle", "invalid_utf8_middle.csv", INVALID_MIDDLE,
        description="Latin-1 `é` (0xE9) on line 4 of a UTF-8 file: 65 naming line 4 and the byte offset",
        exit=65, error_line=4, stderr=["0xE9", f"byte offset {INVALID_MIDDLE.index(0xE9)}"])

OVERLONG = b"team,objective,key_result,target,current\nA,O,K\xc0\xaf1,10,5\n"
fixture("overlong_utf8", "overlong_utf8.csv", OVERLONG,
        description="an overlong UTF-8 sequence (0xC0 0xAF, a disguised `/`) on line 2: 65",
        exit=65, error_line=2, stderr=["0xC0", f"byte offset {OVERLONG.index(0xC0)}"])

TRUNCATED = b"\xef\xbb\xbfteam,objective,key_result,target,current\nA,O,K1,10,5\nA,O,K2 \xe2\x82"
fixture("truncated_utf8_end", "truncated_utf8_end.csv", TRUNCATED,
        description="a file cut in the middle of `€` (E2 82 at the very end, after a BOM): 65 with the offset in the file",
        exit=65, error_line=3, stderr=["0xE2", f"byte offset {TRUNCATED.index(0xE2)}"])

CR_INVALID = b"team,objective,key_result,target,current\rA,O,K1,10,5\rA,O,Caf\xe9,10,5\r"
fixture("invalid_utf8_lone_cr", "invalid_utf8_lone_cr.csv", CR_INVALID,
        description="a bad byte on line 3 of a file with lone-CR line endings: the error names line 3",
        exit=65, error_line=3, stderr=["0xE9", f"byte offset {CR_INVALID.index(0xE9)}"])

fixture("utf16_lone_cr_nul", "utf16_lone_cr_nul.txt",
        b"\xff\xfe" + "team\tobjective\tkey_result\rA\tO\tK1\rA\tO\tK\x00\r".encode("utf-16-le"),
        description="UTF-16 with lone-CR line endings and a NUL character on line 3: the error names line 3",
        exit=65, error_line=3, stderr=["NUL"])

NUL = "team,objective,key_result\nA,O,K1\n".encode("utf-16-le")
fixture("utf16_without_bom", "utf16_without_bom.csv", NUL,
        description="UTF-16 LE without a BOM (NUL bytes): 65, not read as text",
        exit=65, error_line=1, stderr=["NUL", "byte offset 1"])

fixture("utf16_odd_length", "utf16_odd_length.txt", b"\xff\xfe" + standard("\t").encode("utf-16-le") + b"\x41",
        description="UTF-16 with BOM and an odd number of bytes (truncated): 65",
        exit=65, stderr=["UTF-16", "odd number of bytes"])

fixture("utf16_unpaired_surrogate", "utf16_unpaired_surrogate.txt",
        b"\xff\xfe" + "team\tobjective\tkey_result\tcurrent\nA\tO\tK1\t1\nA\tO\tK".encode("utf-16-le")
        + b"\x00\xd8" + "2\t1\n".encode("utf-16-le"),
        description="UTF-16 with a lone high surrogate on line 3: 65 naming line 3",
        exit=65, error_line=3, stderr=["surrogate"])

# --- Size --------------------------------------------------------------------------------------

_unit = 'The quick, "brown" fox; jumps over the lazy dog. ' * 20 + "\n"   # 1001 characters, 1 line break
_big = (_unit * (1024 * 1024 // len(_unit) + 1))[:1024 * 1024]
_breaks = _big.count("\n")
fixture("large_field_1mb", "large_field_1mb.csv",
        "team,objective,key_result,target,current,notes\n"
        'A,O,K1,10,5,"' + _big.replace('"', '""') + '"\n'
        "A,O,K2,10,10,short\n",
        description="a 1 MiB quoted notes field with quotes, commas and a thousand line breaks: read, and the next row's line is right",
        counts=counts(2, 2, 2), scores={2: 0.5, 3 + _breaks: 1.0}, problems=[], rejected=[])

# --- Numbers -------------------------------------------------------------------------------------

fixture("currency_numbers", "currency_numbers.csv",
        "team,objective,key_result,start,target,current,unit\n"
        'A,O,Revenue USD,"$1,000","$2,000","$1,500",USD\n'
        "A,O,Revenue EUR,€0,€ 4 000,€1 000,EUR\n"
        'A,O,Revenue GBP,£0,"£1,000.50","£ 500.25",GBP\n'
        'A,O,Revenue JPY,¥0,"¥100,000","¥75,000",JPY\n'
        "A,O,Share,10%,20%,15%,%\n"
        "A,O,Temperature,\u221210,0,\u22125,°C\n"
        "A,O,Thin spaces,0,1\u202f000\u202f000,250\u00a0000,units\n"
        'A,O,Spaced minus,"- 10",0,"-5",units\n',
        description="currency signs $ € £ ¥, %, spaces (also no-break and thin) and thousands separators, U+2212 minus",
        counts=counts(8, 8, 8),
        scores={2: 0.5, 3: 0.25, 4: 0.5, 5: 0.75, 6: 0.5, 7: 0.5, 8: 0.25, 9: 0.5}, problems=[], rejected=[])

fixture("non_numeric_target", "non_numeric_target.csv",
        "team,objective,key_result,start,target,current\n"
        "A,O,K1,0,lots,5\n"
        "A,O,K2,0,10,about half\n"
        "A,O,K3,abc,10,5\n"
        "A,O,K4,0,10,5\n",
        description="a non-numeric target, current and start: row problems naming line and column; the run goes on",
        counts=counts(4, 4, 1, unscored=3), scores={2: None, 3: None, 4: None, 5: 0.5},
        krs={2: {"outcome": "unscored"}},
        problems=[[2, "target"], [3, "current"], [4, "start"]], rejected=[])

fixture("out_of_range_scores", "out_of_range_scores.csv",
        "team,objective,key_result,score\n"
        "A,O,K1,150%\n"
        "A,O,K2,-0.2\n"
        "A,O,K3,101\n"
        "A,O,K4,70%\n"
        "A,O,K5,0.7\n"
        "A,O,K6,70\n"
        "A,O,K7,1\n"
        "A,O,K8,100\n"
        "A,O,K9,0\n"
        "A,O,K10,-5%\n"
        "A,O,K11,great\n",
        description="scores 150%, -0.2, 101, -5% and words are row problems; 70%, 0.7, 70, 1, 100, 0 are grades",
        counts=counts(11, 11, 6, unscored=5),
        scores={2: None, 3: None, 4: None, 5: 0.7, 6: 0.7, 7: 0.7, 8: 1.0, 9: 1.0, 10: 0.0, 11: None, 12: None},
        problems=[[2, "score"], [3, "score"], [4, "score"], [11, "score"], [12, "score"]], rejected=[])

fixture("decreasing_without_start", "decreasing_without_start.csv",
        "team,objective,key_result,measure,start,target,current\n"
        "A,O,Cut churn,decrease,,3,4\n"
        "A,O,Cut bugs,decrease,10,3,5\n"
        "A,O,Cut cost,down,8,4,2\n",
        description="a decrease without a start is a row problem; decreases with a start score, over-achievement kept in progress",
        counts=counts(3, 3, 2, unscored=1), scores={2: None, 3: 5 / 7, 4: 1.0}, progress={4: 1.5},
        problems=[[2, "start"]], rejected=[])

fixture("target_equals_start", "target_equals_start.csv",
        "team,objective,key_result,measure,start,target,current\n"
        "A,O,K1,,5,5,5\n"
        "A,O,K2,increase,0,0,3\n"
        "A,O,K3,,,0,2\n"
        "A,O,K4,,5,5.0000000001,5\n",
        description="target == start (also with start defaulted to 0, and within 1e-9): a row problem",
        counts=counts(4, 4, 0, unscored=4), scores={2: None, 3: None, 4: None, 5: None},
        problems=[[2, "target"], [3, "target"], [4, "target"], [5, "target"]], rejected=[])

fixture("wrong_way_targets", "wrong_way_targets.csv",
        "team,objective,key_result,measure,start,target,current\n"
        "A,O,K1,increase,10,5,7\n"
        "A,O,K2,decrease,5,10,7\n"
        "A,O,K3,,5,3,4\n"
        "A,O,K4,increase,5,10,12\n"
        "A,O,K5,decrease,5,3,6\n",
        description="an increase with target < start and a decrease with target > start are row problems",
        counts=counts(5, 5, 3, unscored=2), scores={2: None, 3: None, 4: 0.5, 5: 1.0, 6: 0.0},
        progress={5: 1.4, 6: -0.5}, problems=[[2, "target"], [3, "target"]], rejected=[])

fixture("status_dropped", "status_dropped.csv",
        "team,objective,key_result,target,current,status\n"
        "A,O,K1,10,5,Dropped\n"
        "A,O,K2,10,5,CANCELLED\n"
        "A,O,K3,10,5,canceled\n"
        "A,O,K4,10,5, deferred \n"
        "A,O,K5,10,5,not dropped\n"
        "A,O,K6,10,,dropped\n",
        description="dropped / cancelled / canceled / deferred (any case, whole cell) leave scoring",
        counts=counts(6, 6, 1, dropped=5), scores={2: None, 6: 0.5, 7: None},
        krs={2: {"outcome": "dropped"}, 7: {"outcome": "dropped"}}, problems=[], rejected=[])

fixture("milestone_words", "milestone_words.csv",
        "team,objective,key_result,target,current\n"
        "A,O,Publish the guide,,Done\n"
        "A,O,Hire a lead,,not   done\n"
        "A,O,Open Berlin office,yes,YES\n"
        "A,O,Sign partner,,Incomplete\n",
        description="yes/no words in current score 1 or 0 (any case, inner spaces collapsed)",
        counts=counts(4, 4, 4), scores={2: 1.0, 3: 0.0, 4: 1.0, 5: 0.0}, problems=[], rejected=[])

fixture("extreme_progress_overflow", "extreme_progress_overflow.csv",
        "team,objective,key_result,start,target,current\n"
        "A,O,K1,-1e308,1e308,1e308\n"
        "A,O,K2,-1e308,1e308,0\n",
        description="start −1e308, target 1e308: current − start overflows a double, yet current = target is progress 1",
        counts=counts(2, 2, 2), scores={2: 1.0, 3: 0.5}, progress={2: 1.0, 3: 0.5}, problems=[], rejected=[])

fixture("extreme_weight_overflow", "extreme_weight_overflow.csv",
        "team,objective,key_result,target,current,weight\n"
        "A,O,K1,10,5,1e308\n"
        "A,O,K2,10,10,1e308\n",
        description="two weights of 1e308 (their sum overflows): the objective is still their weighted mean, 0.75",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 1.0}, overall_score=0.75, problems=[], rejected=[])

fixture("extreme_weight_nan", "extreme_weight_nan.csv",
        "team,objective,key_result,target,current,weight\n"
        "A,O,K1,10,5,1e308\n"
        "A,O,K2,10,10,1e308\n"
        "A,O,K3,10,10,1e308\n",
        description="three weights of 1e308: sum and weighted sum both overflow (inf/inf); the objective is still (0.5+1+1)/3",
        counts=counts(3, 3, 3), scores={2: 0.5, 3: 1.0, 4: 1.0}, overall_score=2.5 / 3, problems=[], rejected=[])

fixture("duplicate_rows", "duplicate_rows.csv",
        "team,objective,key_result,target,current\n"
        "A,O,K1,10,5\n"
        "A,O,K1,10,10\n"
        "A,O,K 1,10,1\n"
        "A,O,k1,10,2\n",
        description="the same key result title several times (also differing only in case and spaces): every row kept, ids distinct",
        counts=counts(4, 4, 4), scores={2: 0.5, 3: 1.0, 4: 0.1, 5: 0.2}, unique_ids=True, problems=[], rejected=[])

fixture("parent_team_cycle", "parent_team_cycle.csv",
        "team,parent_team,objective,objective_id,aligned_to,key_result,target,current\n"
        "A,B,O1,o1,o2,K1,10,5\n"
        "B,A,O2,o2,o1,K2,10,5\n"
        "C,C,O3,o3,o3,K3,10,5\n",
        args=["report", "{input}", "--out", "{out}", "--formats", "xlsx,html,json"],
        description="teams that are their own ancestors and objectives aligned in a circle: no hang, no crash, a warning",
        counts=counts(3, 3, 3), scores={2: 0.5, 3: 0.5, 4: 0.5}, stderr=["warning"],
        outputs=["cycle-scorecard.xlsx", "cycle-townhall.html", "cycle-summary.json"], problems=[], rejected=[])

# --- Hostile text ------------------------------------------------------------------------------

HOSTILE_TEAM = "<script>alert(1)</script>"
HOSTILE_OBJECTIVE = "</section><h1>pwned</h1>"
fixture("hostile_text", "hostile_text.csv",
        "team,objective,key_result,target,current,notes\n"
        f'"{HOSTILE_TEAM}","{HOSTILE_OBJECTIVE}","=HYPERLINK(""http://evil"",""x"")",10,5,"@SUM(A1)"\n'
        f'"{HOSTILE_TEAM}","{HOSTILE_OBJECTIVE}",+1 555,10,10,-2+3\n'
        f'"{HOSTILE_TEAM}","{HOSTILE_OBJECTIVE}",-2+3,10,0,"=1+1"\n'
        f'"{HOSTILE_TEAM}","{HOSTILE_OBJECTIVE}",@SUM(A1),10,2,"<img src=x onerror=alert(2)> Tom & Jerry\'s ""quote"""\n',
        args=["report", "{input}", "--out", "{out}", "--formats", "xlsx,html,json"],
        description="HTML and spreadsheet-formula injection in team, objective, KR and notes: text stays text everywhere",
        counts=counts(4, 4, 4), scores={2: 0.5, 3: 1.0, 4: 0.0, 5: 0.2},
        krs={2: {"title": '=HYPERLINK("http://evil","x")', "team": HOSTILE_TEAM},
             3: {"title": "+1 555"}, 4: {"title": "-2+3"}, 5: {"title": "@SUM(A1)"}},
        outputs=["cycle-scorecard.xlsx", "cycle-townhall.html", "cycle-summary.json"],
        hostile=[HOSTILE_TEAM, HOSTILE_OBJECTIVE, '=HYPERLINK("http://evil","x")', "+1 555", "-2+3", "@SUM(A1)",
                 "=1+1", "<img src=x onerror=alert(2)>"],
        problems=[], rejected=[])

# --- XLSX input: hand-built workbooks, other spreadsheet formats, hostile workbooks --------------
# Workbooks are ZIP files built here byte for byte (fixed timestamps), so each case is exactly the
# XML it names. Workbooks written by openpyxl and XlsxWriter, compared cell for cell with the same
# data as CSV, come from make_xlsx_fixtures.py (Tests/EndToEnd/test_xlsx_input.py).

import io as _io
import zipfile as _zipfile

_XLSX_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_XLSX_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def zip_bytes(parts, compress=_zipfile.ZIP_DEFLATED):
    """A ZIP of `parts` (name → bytes or str) in order, with fixed timestamps."""
    buf = _io.BytesIO()
    with _zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            info = _zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compress
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def xlsx_bytes(sheets, shared=None, styles=None, date1904=False, extra=None, workbook=None):
    """A minimal workbook: `sheets` is a list of (name, state, sheet XML body or whole XML bytes)."""
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    n = len(sheets)
    if shared is not None:
        rels += f'<Relationship Id="rId{n + 1}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles is not None:
        rels += f'<Relationship Id="rId{n + 2}" Type="{_REL}/styles" Target="styles.xml"/>'
    entries = "".join(f'<sheet name="{name}" sheetId="{i + 1}"{f" state={chr(34)}{state}{chr(34)}" if state else ""} r:id="rId{i + 1}"/>'
                      for i, (name, state, _) in enumerate(sheets))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": workbook if workbook is not None else
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {_XLSX_NS} {_XLSX_R}>'
            f'{"<workbookPr date1904=" + chr(34) + "1" + chr(34) + "/>" if date1904 else ""}<sheets>{entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
    }
    for i, (_, _, body) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = body if isinstance(body, bytes) else (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_XLSX_NS}><sheetData>{body}</sheetData></worksheet>')
    if shared is not None:
        parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><sst {_XLSX_NS} count="{len(shared)}">'
                                         + "".join(f"<si>{s if s.startswith('<') else '<t>' + s + '</t>'}</si>"
                                                   for s in shared) + "</sst>")
    if styles is not None:
        parts["xl/styles.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {_XLSX_NS}>{styles}</styleSheet>'
    parts.update(extra or {})
    return zip_bytes(parts)


def xrow(n, *cells):
    """`<row r=n>` of cells given as (ref, attrs, inner XML)."""
    return f'<row r="{n}">' + "".join(f'<c r="{ref}"{attrs}>{inner}</c>' for ref, attrs, inner in cells) + "</row>"


def istr(ref, text):
    return (ref, ' t="inlineStr"', f"<is><t>{text}</t></is>")


def num(ref, v, style=None):
    return (ref, f' s="{style}"' if style is not None else "", f"<v>{v}</v>")


_XHEADER = ["team", "objective", "key_result", "type", "start", "target", "current", "score", "due"]
_XSTYLES = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/></numFmts>'
            '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>')


def _xheader(row=1):
    return xrow(row, *(istr(f"{chr(65 + i)}{row}", h) for i, h in enumerate(_XHEADER)))


# Shared strings (one with rich-text runs and a phonetic run), inline strings, a boolean, an
# error, a percent-formatted score, a date-formatted number, a sparse row and an empty row.
_HAND_SHARED = ["Sales", "Grow revenue", "<r><t>Reach </t></r><r><t>120 customers</t></r><rPh><t>ignored</t></rPh>",
                "Raise NPS &amp; &lt;retention&gt;"]
_HAND_ROWS = (_xheader()
              + xrow(2, ("A2", ' t="s"', "<v>0</v>"), ("B2", ' t="s"', "<v>1</v>"), ("C2", ' t="s"', "<v>2</v>"),
                     istr("D2", "committed"), num("E2", 100), num("F2", 120), num("G2", 110), num("I2", 46204, 2))
              + xrow(3, ("A3", ' t="s"', "<v>0</v>"), ("B3", ' t="s"', "<v>1</v>"), ("C3", ' t="s"', "<v>3</v>"),
                     istr("D3", "aspirational"), num("H3", "0.58", 1))
              + '<row r="4"/>'
              + xrow(6, istr("A6", "Ops"), istr("B6", "Run well"), istr("C6", "Ship the runbook"), ("G6", ' t="b"', "<v>1</v>"))
              + xrow(7, istr("A7", "Ops"), istr("B7", "Run well"), istr("C7", "Pager load"), num("E7", 40), num("F7", 10),
                     ("G7", ' t="e"', "<v>#N/A</v>"))
              + xrow(8, istr("A8", "Ops"), istr("B8", "Run well"), istr("C8", "Tiny share"), num("E8", "0"), num("F8", "1E-3"),
                     num("G8", "2.5000000000000001E-4")))
fixture("xlsx_hand_built", "xlsx_hand_built.xlsx",
        xlsx_bytes([("okr", None, _HAND_ROWS)], shared=_HAND_SHARED, styles=_XSTYLES),
        description="a hand-built workbook: shared strings (rich text joined, phonetic runs left out), inline strings, "
                    "a boolean, #N/A, a 0% score of 0.58 (= 58 %), a date-formatted number, an empty row; lines are sheet rows",
        counts=counts(5, 5, 4, unscored=1), scores={2: 0.5, 3: 0.58, 6: 1.0, 7: None, 8: 0.25},
        krs={2: {"title": "Reach 120 customers"}, 3: {"title": "Raise NPS & <retention>"}},
        problems=[[7, "current"]])

_PREFIXED = (b'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>team</x:t></x:is></x:c>'
             b'<x:c r="B1" t="inlineStr"><x:is><x:t>objective</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>key_result</x:t></x:is></x:c>'
             b'<x:c r="D1" t="inlineStr"><x:is><x:t>target</x:t></x:is></x:c><x:c r="E1" t="inlineStr"><x:is><x:t>current</x:t></x:is></x:c></x:row>'
             b'<x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[A & B]]></x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>O</x:t></x:is></x:c>'
             b'<x:c t="inlineStr"><x:is><x:t>K1</x:t></x:is></x:c><x:c><x:v>10</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>'
             b'</x:sheetData></x:worksheet>')
fixture("xlsx_prefixed_no_refs", "xlsx_prefixed_no_refs.xlsx",
        xlsx_bytes([("Data", None, _PREFIXED)]),
        description="a sheet written with an `x:` namespace prefix, rows and cells without `r` (as some .NET writers do), CDATA",
        counts=counts(1, 1, 1), scores={2: 0.5}, krs={2: {"team": "A & B"}})

_DATES_1904 = _xheader() + xrow(2, istr("A2", "A"), istr("B2", "O"), istr("C2", "K"), num("F2", 10), num("G2", 5), num("I2", 44741, 2))
fixture("xlsx_hidden_first_sheet", "xlsx_hidden_first_sheet.xlsx",
        xlsx_bytes([("Notes", "hidden", xrow(1, istr("A1", "not the data"))), ("Chart data", "veryHidden", ""),
                    ("okrs", None, _DATES_1904), ("Other", None, xrow(1, istr("A1", "team")))], styles=_XSTYLES, date1904=True),
        description="hidden and very hidden sheets first: the first visible sheet is read (and the choice is said); 1904 dates",
        counts=counts(1, 1, 1), scores={2: 0.5}, stderr=['reading sheet "okrs", the first visible of 2'])

fixture("xlsx_sheet_option", "xlsx_sheet_option.xlsx",
        xlsx_bytes([("Intro", None, xrow(1, istr("A1", "Read me"))), ("okr", None, _DATES_1904)], styles=_XSTYLES),
        args=REPORT + ["--sheet", "okr"],
        description="--sheet picks a sheet that is not the first",
        counts=counts(1, 1, 1), scores={2: 0.5})

fixture("xlsx_sheet_missing", "xlsx_sheet_missing.xlsx",
        xlsx_bytes([("Intro", None, xrow(1, istr("A1", "Read me")))]),
        args=REPORT + ["--sheet", "okr"],
        description="--sheet naming no sheet: 65 listing the sheets there are", exit=65,
        stderr=['no sheet named "okr"', '"Intro"'])

fixture("xlsx_all_hidden", "xlsx_all_hidden.xlsx",
        xlsx_bytes([("A", "hidden", _DATES_1904)]),
        description="every sheet hidden: 65 asking for --sheet", exit=65, stderr=["every sheet is hidden", "--sheet"])

fixture("xlsx_row_problem_names_sheet_row", "xlsx_row_problem_names_sheet_row.xlsx",
        xlsx_bytes([("okr", None, _xheader(3) + xrow(9, istr("A9", "A"), istr("B9", "O"), istr("C9", "K"), num("F9", 10),
                                                     istr("G9", "lots")))]),
        args=REPORT + ["--strict"],
        description="a header on row 3 and a row problem on row 9 under --strict: the error names okrs.xlsx:okr!9",
        exit=65, stderr=[":okr!9: ", "--strict"])

_MULTILINE = (_xheader() + xrow(2, istr("A2", "A"), istr("B2", "O"), istr("C2", "two\nlines\r\nand more"), num("F2", 10), num("G2", 5))
              + xrow(3, istr("A3", "A"), istr("B3", "O"), istr("C3", "K3"), num("F3", 10), istr("G3", "ten")))
fixture("xlsx_multiline_cell", "xlsx_multiline_cell.xlsx",
        xlsx_bytes([("okr", None, _MULTILINE)]),
        description="a cell holding line ends: the rows after it still name their sheet row",
        counts=counts(2, 2, 1, unscored=1), scores={2: 0.5, 3: None}, problems=[[3, "current"]],
        krs={2: {"title": "two\nlines\r\nand more"}})

# A townhall scorecard given back as input: its Key Results sheet, without the computed columns.
_SC_COMPUTED = ["Score (computed)", "Progress", "Band", "Outcome", "Counts as", "Scored by", "Start (number)",
                "Target (number)", "Current (number)", "Weight (number)", "KR ID", "Objective ID", "Line"]
_SC_HEAD = ["team", "objective", "key_result", "target", "current"] + _SC_COMPUTED
_SC_ROWS = (xrow(1, *(istr(f"{chr(65 + i)}1", h) for i, h in enumerate(_SC_HEAD)))
            + xrow(2, istr("A2", "A"), istr("B2", "O"), istr("C2", "K1"), istr("D2", "10"), istr("E2", "5"),
                   num("F2", 1), num("G2", 1), istr("H2", "green"), istr("I2", "win")))
fixture("xlsx_townhall_scorecard", "xlsx_townhall_scorecard.xlsx",
        xlsx_bytes([("Summary", None, xrow(1, istr("A1", "Summary"))), ("Key Results", None, _SC_ROWS)],
                   extra={"docProps/core.xml": '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
                          'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
                          '<cp:category>OKR scorecard</cp:category></cp:coreProperties>'}),
        description="a townhall scorecard as input: its Key Results sheet is read, its computed score (1.0) is not taken as a grade",
        counts=counts(1, 1, 1), scores={2: 0.5}, stderr=["a townhall scorecard"])

# Other spreadsheet formats: refused, naming what to save as.
fixture("xls_ole2", "okrs.xls", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504),
        description="an Excel 97–2003 .xls (OLE2): 65, save as .xlsx or CSV UTF-8", exit=65, stderr=[".xls", "CSV UTF-8"])
fixture("ods_file", "okrs.ods", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                           "content.xml": "<office:document-content/>"}, compress=_zipfile.ZIP_STORED),
        description="an OpenDocument spreadsheet: 65, save as .xlsx or CSV UTF-8", exit=65, stderr=[".ods", "CSV UTF-8"])
fixture("numbers_file", "okrs.numbers", zip_bytes({"Index/Document.iwa": b"\x00\x01", "Metadata/Properties.plist": "<plist/>"}),
        description="an Apple Numbers document: 65, export to .xlsx or CSV", exit=65, stderr=[".numbers", "Excel (.xlsx)"])
fixture("xlsx_named_csv", "disguised.csv", xlsx_bytes([("okr", None, _DATES_1904)], styles=_XSTYLES),
        description="a workbook named .csv: recognised by its bytes, not its name", counts=counts(1, 1, 1), scores={2: 0.5})
fixture("zip_not_workbook", "archive.zip", zip_bytes({"readme.txt": "hello"}),
        description="a ZIP that is no workbook: 65", exit=65, stderr=["not an Excel workbook"])
def _point_outside(data):
    """The workbook `data` with its first directory entry's local-header offset past the file's end."""
    b = bytearray(data)
    i = b.index(b"PK\x01\x02")
    b[i + 42:i + 46] = (0x7FFFFFF0).to_bytes(4, "little")
    return bytes(b)


fixture("xlsx_directory_points_outside", "xlsx_directory_points_outside.xlsx",
        _point_outside(xlsx_bytes([("okr", None, _DATES_1904)])),
        description="a ZIP directory entry pointing past the end of the file (crashed ZIPFoundation, found by fuzzing): 65",
        exit=65, stderr=["damaged"])
fixture("xlsx_truncated", "xlsx_truncated.xlsx", xlsx_bytes([("okr", None, _DATES_1904)])[:300],
        description="a workbook cut short: 65, damaged", exit=65, stderr=["damaged"])

# Hostile workbooks: 65 with a clear message, never a hang or a blow-up.
_BOMB = ('<?xml version="1.0"?><worksheet><sheetData>' + " " * (40 << 20) + "</sheetData></worksheet>").encode()
fixture("xlsx_zip_bomb", "xlsx_zip_bomb.xlsx", xlsx_bytes([("okr", None, _BOMB)]),
        description="a sheet that inflates ~1000x (40 MB from ~40 KB): refused while inflating as a ZIP bomb",
        exit=65, stderr=["ZIP bomb"])
_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr">'
           '<is><t>&lol3;</t></is></c></row></sheetData></worksheet>').encode()
fixture("xlsx_entity_expansion", "xlsx_entity_expansion.xlsx", xlsx_bytes([("okr", None, _LAUGHS)]),
        description="billion laughs: the DOCTYPE is refused, no entity is expanded", exit=65, stderr=["DOCTYPE"])
_EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>')
fixture("xlsx_external_entity", "xlsx_external_entity.xlsx",
        xlsx_bytes([("okr", None, _xheader())], extra={"xl/sharedStrings.xml": _EXTERNAL},
                   shared=None),
        description="an external entity in the shared strings: never resolved, 65", exit=65, stderr=["DOCTYPE"])
fixture("xlsx_million_columns", "xlsx_million_columns.xlsx",
        xlsx_bytes([("okr", None, '<row r="1">' + "<c><v>1</v></c>" * 20000 + "</row>")]),
        description="a row of 20,000 cells: refused past Excel's 16,384 columns", exit=65, stderr=["16384 columns", "okr!1"])
fixture("xlsx_column_beyond_xfd", "xlsx_column_beyond_xfd.xlsx",
        xlsx_bytes([("okr", None, _xheader() + xrow(2, num("XFE2", 1)))]),
        description="a cell reference past XFD: 65", exit=65, stderr=["XFE2", "okr!2"])
fixture("xlsx_absurd_row", "xlsx_absurd_row.xlsx",
        xlsx_bytes([("okr", None, _xheader() + '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>')]),
        description="a row number past 1,048,576: 65", exit=65, stderr=["1,048,576"])
fixture("xlsx_duplicate_cell", "xlsx_duplicate_cell.xlsx",
        xlsx_bytes([("okr", None, _xheader() + xrow(2, istr("A2", "A"), istr("A2", "B")))]),
        description="the same cell twice: 65 naming it", exit=65, stderr=["A2 appears twice", "okr!2"])
fixture("xlsx_rows_out_of_order", "xlsx_rows_out_of_order.xlsx",
        xlsx_bytes([("okr", None, _xheader() + xrow(5, istr("A5", "A")) + xrow(4, istr("A4", "A")))]),
        description="row 4 after row 5: 65", exit=65, stderr=["row 4 comes after row 5"])
fixture("xlsx_shared_string_out_of_range", "xlsx_shared_string_out_of_range.xlsx",
        xlsx_bytes([("okr", None, _xheader() + xrow(2, ("A2", ' t="s"', "<v>7</v>")))], shared=["only one"]),
        description="a cell naming shared string 7 of 1: 65", exit=65, stderr=["shared string 7", "okr!2"])
fixture("xlsx_malformed_xml", "xlsx_malformed_xml.xlsx",
        xlsx_bytes([("okr", None, b'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>')]),
        description="mismatched tags in the sheet: 65, not well-formed", exit=65, stderr=["not well-formed"])
def _without(data, prefix):
    """The ZIP `data` with the parts under `prefix` left out."""
    z = _zipfile.ZipFile(_io.BytesIO(data))
    return zip_bytes({n: z.read(n) for n in z.namelist() if not n.startswith(prefix)})


fixture("xlsx_missing_sheet_part", "xlsx_missing_sheet_part.xlsx",
        _without(xlsx_bytes([("okr", None, _xheader())]), "xl/worksheets/"),
        description="the sheet's part missing from the archive: 65", exit=65, stderr=["missing"])
fixture("xlsx_missing_workbook", "xlsx_missing_workbook.xlsx",
        zip_bytes({"_rels/.rels": f'<Relationships><Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
                   "xl/worksheets/sheet1.xml": "<worksheet/>"}),
        description="no workbook part: 65", exit=65, stderr=["workbook part"])

# --- --strict --------------------------------------------------------------------------------

fixture("strict_row_problem", "strict_row_problem.csv",
        "team,objective,key_result,target,current\n"
        "A,O,K1,10,5\n"
        "A,O\n"
        "A,O,K3,ten,5\n",
        args=REPORT + ["--strict"],
        description="a rejected row (line 3) and a row problem (line 4) under --strict: 65 naming the first, no output",
        exit=65, error_line=3, stderr=["--strict"])

# --- Grouping: ids per team, repeated keys ---------------------------------------------------

fixture("objective_id_two_teams", "objective_id_two_teams.csv",
        "team,objective_id,objective,key_result,target,current\n"
        "Sales,O-1,Grow revenue,K1,10,5\n"
        "Eng,O-1,Ship faster,K2,10,10\n"
        "Sales,O-1,Grow revenue,K3,10,0\n"
        "Eng,eng.O-1,Keep the lights on,K4,10,10\n"
        "Eng,O-1,Ship faster,K5,10,0\n",
        description="one objective_id written by two teams: two objectives (the later team's renamed "
                    "team-slug.id, skipping an id the file writes), a warning naming the id and both teams",
        counts=counts(5, 5, 5), scores={2: 0.5, 3: 1.0, 4: 0.0, 5: 1.0, 6: 0.0},
        krs={2: {"objective_id": "O-1", "id": "O-1.k1"}, 3: {"objective_id": "eng.O-1-2", "id": "eng.O-1-2.k2"},
             4: {"objective_id": "O-1"}, 5: {"objective_id": "eng.O-1"}, 6: {"objective_id": "eng.O-1-2"}},
        stderr=['objective_id "O-1" is used by teams "Sales" (line 2) and "Eng"', '"eng.O-1-2"'],
        unique_ids=True, problems=[], rejected=[])

fixture("repeated_titles_suffix_clash", "repeated_titles_suffix_clash.csv",
        "team,objective,key_result,target,current\n"
        "A,O,K,10,1\n"
        "A,O,K,10,2\n"
        "A,O,K 2,10,3\n"
        "A,O,K,10,4\n"
        "A,O,K-2-2,10,5\n",
        description="a title repeated around one whose slug is a derived id: ids as the -2, -3 search gives, all distinct",
        counts=counts(5, 5, 5), scores={2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4, 6: 0.5},
        krs={2: {"id": "a.o.k"}, 3: {"id": "a.o.k-2"}, 4: {"id": "a.o.k-2-2"}, 5: {"id": "a.o.k-3"},
             6: {"id": "a.o.k-2-2-2"}},
        unique_ids=True, problems=[], rejected=[])


# --- Export profiles ------------------------------------------------------------------------------
# Written from the column lists of issue 12 (not copied from any tool's file). Deeper checks of
# these (objective scores, check-ins, warnings, `explain`) are in Tests/EndToEnd/test_profiles.py.

VIVA_HEADER = ("Id,Title,Team,Creator,Owner,Period,Start Date,End Date,Description,"
               '"Aligned To (weight, Objective ID)",Metric Name,Unit,Target,Object Type,Goal Type,Start,'
               "Created At,Last Check-in,Progress %,Actual Progress,Status,Last Check-in Note,Score,Checkins\n")
MID = "Grow the mid-market (EU, UK)"


def viva_checkin(date, value, note="", status="On Track"):
    return (f'"Checkin Date: {date}; User: Ben Ode; Note: {note}; Metric Name: m; Status: {status}; '
            f'Current Value: {value}; Activity Date: {date} 09:00:00 UTC;"')


fixture("profile_viva_goals", "profile_viva_goals.csv",
        VIVA_HEADER
        + f'100,"{MID}",Sales,Ana,"Ana Ruiz, Ben Ode",Q3 2025,2025-07-01,2025-09-30,,N/A,,,,Objective,Committed Goal,,2025-06-20,,69,,On Track,,N/A,\n'
        + f'101,Sign 40 new logos,Sales,Ana,"Ben Ode, Ana Ruiz",Q3 2025,2025-07-01,2025-09-30,,"{MID}(weight: 60%, Id: 100)",Logos,logos,40,Key result,Committed Goal,0,2025-06-20,2025-09-20,70,28,On Track,"Pipeline full; two late deals",N/A,'
        + ",".join([viva_checkin("2025-07-15", "10", "first deals"), viva_checkin("2025-08-20", "22", "summer; slow"),
                    viva_checkin("2025-09-20", "30", "late deals")]) + "\n"
        + f'102,Lift NPS from 30 to 45,Sales,Ana,Cem Okafor,Q3 2025,2025-07-01,2025-09-30,,"{MID}(weight: 40%, Id: 100)",NPS,points,45,Key result,Aspirational Goal,30,2025-06-20,2025-09-01,66.67,40,At Risk,,0.6,'
        + viva_checkin("2025-09-01", "40", status="At Risk") + "\n"
        + f'200,Ship a reliable platform,Platform,Dev,Dev Anand,Q3 2025,2025-07-01,2025-09-30,,"{MID}(weight: 100%, Id: 100)",,,,Objective,Committed Goal,,2025-06-20,,83,,On Track,,N/A,\n'
        + '201,Cut P1 incidents from 12 to 3,Platform,Dev,Dev Anand,Q3 2025,2025-07-01,2025-09-30,,"Ship a reliable platform(weight: 50%, Id: 200)",Incidents,incidents,3,Key result,Committed Goal,12,2025-06-20,,66.67,6,Behind,,,\n'
        + '202,Migrate to the new cluster,Platform,Dev,Dev Anand,Q3 2025,2025-07-01,2025-09-30,,"Ship a reliable platform(weight: 50%, Id: 200)",,,,Key result,Committed Goal,,2025-06-20,,100,,Closed,,N/A,\n'
        + '203,Publish the runbook,Platform,Dev,Dev Anand,Q3 2025,2025-07-01,2025-09-30,,"Ship a reliable platform(weight: 0%, Id: 200)",,,,Deliverable,,,2025-06-20,,100,,Closed,,,\n'
        + '204,Expand to Japan,Platform,Dev,Dev Anand,Q3 2025,2025-07-01,2025-09-30,,"Ship a reliable platform(weight: 25.5%, Id: 200)",Regions,regions,1,Key result,Aspirational Goal,0,2025-06-20,,0,0,Postponed,,N/A,\n'
        + '205,Hire 3 SREs,Platform,Dev,Dev Anand,Q2 2025,2025-04-01,2025-06-30,,"Ship a reliable platform(weight: 50%, Id: 200)",Hires,people,3,Key result,Committed Goal,0,2025-03-20,,100,3,Closed,,N/A,\n',
        args=REPORT + ["--cycle", "Q3 2025"],
        description="a Viva Goals list export: objective, key result and deliverable rows linked by Aligned To, check-ins packed in the rows",
        slug="q3-2025", cycle="Q3 2025",
        counts=counts(9, 5, 4, dropped=1, other_cycle_rows=1),
        scores={3: 0.75, 4: 0.6, 6: (6 - 12) / (3 - 12), 7: 1.0, 9: None},
        krs={3: {"objective_id": "100", "team": "Sales", "type": "committed", "owner": "Ben Ode", "weight": 60.0},
             4: {"type": "aspirational", "weight": 40.0}, 9: {"outcome": "dropped"}},
        stderr=["reading as a Viva Goals export"], problems=[], rejected=[])

BURNING = ("Team,Objective,Progress,Corporate Objective,Key Result,Description,Start,End,Actual,Unit\n"
           "Platform,Be reliable,0.5,Grow safely,Cut incidents from 40 to 10,Halved since June,40,10,25,incidents\n"
           "Platform,Be reliable,0.5,Grow safely,Lift uptime to 99.9,,99,99.9,99.45,%\n"
           "Sales,Win EMEA,0.9,Grow safely,Sign 10 logos,,0,10,4,logos\n"
           "Sales,Win EMEA,0.9,Grow safely,Open 2 offices,,0,2,2,offices\n")
fixture("profile_burningokr", "profile_burningokr.csv", BURNING,
        description="a BurningOKR export: KRs scored from Start/End/Actual, Progress (the objective's) kept and compared",
        counts=counts(4, 4, 4), scores={2: 0.5, 3: 0.5, 4: 0.4, 5: 1.0},
        stderr=["reading as a BurningOKR export", 'objective "Win EMEA": the export\'s Progress says 0.9, townhall scores it 0.70'],
        problems=[], rejected=[])

fixture("profile_burningokr_plural", "profile_burningokr_plural.csv",
        "team,objectives,progress,corporate objective,key results,description,start,end,actual,unit\n"
        "Platform,Be reliable,50%,,Cut incidents from 40 to 10,,40,10,25,incidents\n"
        "Platform,Be reliable,50%,,Lift uptime to 99.9,,99,99.9,99.45,%\n",
        description="BurningOKR headers in lower case and plural, Progress as a percentage that agrees: no warning",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.5},
        stderr=["reading as a BurningOKR export"], problems=[], rejected=[])

fixture("profile_wide_culture_amp", "profile_wide_culture_amp.csv",
        "Department,name,owner,completion,status,key_result_1_title,key_result_1_completion,key_result_2_title,key_result_2_completion\n"
        "People,Grow leaders,Ana,80%,on track,Train 20 managers,100%,Launch mentoring,40%\n"
        "Sales,Win EMEA,Bo,60%,at risk,Sign 5 logos,0.6,,\n",
        description="a Culture Amp-style wide export: objective title in `name`, team in `Department`, the row's completion/status the objective's",
        counts=counts(3, 3, 3), scores={3: 0.6},
        krs={3: {"team": "Sales", "title": "Sign 5 logos"}},
        stderr=["reading as a wide export", 'objective "Grow leaders": the export\'s completion says 80%, townhall scores it 0.70'],
        problems=[], rejected=[])

SINGLE = ("Objective,Key Result,Owner,Start Value,Target Value,Current Value,Score,Quarter\n"
          "Ship v2,Onboard 50 beta users,Dana,0,50,25,,2026-Q3\n"
          "Ship v2,Cut load time to 1s,Lee,3,1,2,,2026-Q3\n"
          "Grow the community,Reach 1000 signups,Dana,,,,0.8,2026-Q3\n")
fixture("profile_single_team", "profile_single_team.csv", SINGLE,
        description="a single team's sheet (no team column) and no config: one team named Team, with a warning",
        slug="2026-q3", cycle="2026-Q3", counts=counts(3, 3, 3), scores={3: 0.5, 4: 0.8},
        krs={2: {"team": "Team"}, 4: {"team": "Team"}},
        stderr=["no team column", '"Team"'], problems=[], rejected=[])

config_file("profile_single_team.toml", '[organization]\nname = "Acme Labs"\n')
fixture("profile_single_team_named", "profile_single_team_named.csv", SINGLE,
        args=REPORT + ["--config", "{fixtures}/inputs/profile_single_team.toml"],
        description="a single team's sheet with the config's organization name: the team is named after it",
        slug="2026-q3", cycle="2026-Q3", counts=counts(3, 3, 3), krs={2: {"team": "Acme Labs"}},
        stderr=['"Acme Labs"'], problems=[], rejected=[])

fixture("profile_missing_column_suggestion", "profile_missing_column_suggestion.csv",
        "Team,Objective,KR Name,Target,Current\nA,O,K1,10,5\n",
        description="a required column missing, a header that looks like it: the error ends with the config line to add",
        exit=65, error_line=1,
        stderr=["missing required column", '"KR Name" looks like key_result: add [columns] "KR Name" = "key_result" to your config'])


# --- Wide-layout slots and confidence (hardening) ------------------------------------------------

fixture("wide_layout_duplicate_slot", "wide_layout_duplicate_slot.csv",
        "team,objective,key_result_1_title,Key Result 1 Title,key_result_1_completion\nA,O,K1,K1,50%\n",
        description="wide layout with two columns for one group slot: 65 ambiguous header naming both",
        exit=65, error_line=1, stderr=["ambiguous header", '"key_result_1_title"', '"Key Result 1 Title"'])

fixture("wide_layout_negative_group", "wide_layout_negative_group.csv",
        "team,objective,key_result_1_title,key_result_-1_title\nA,O,K1,K1\n",
        description="`key_result_-1_title` reads as group 1 (dashes are ignored): 65 ambiguous header",
        exit=65, error_line=1, stderr=["ambiguous header", '"key_result_-1_title"'])

fixture("confidence_out_of_range", "confidence_out_of_range.csv",
        "team,objective,key_result,start,target,current,confidence\n"
        "A,O,K1,0,10,5,-1\n"
        "A,O,K2,0,10,5,NaN\n"
        "A,O,K3,0,10,5,101%\n"
        "A,O,K4,0,10,5,abc\n"
        "A,O,K5,0,10,5,11\n"
        "A,O,K6,0,10,5,80%\n"
        "A,O,K7,0,10,5,7\n",
        description="out-of-range and unreadable confidence: a row problem naming the column; the score stands",
        counts=counts(7, 7, 7), scores={2: 0.5, 3: 0.5, 4: 0.5, 5: 0.5, 6: 0.5, 7: 0.5, 8: 0.5},
        problems=[[2, "confidence"], [3, "confidence"], [4, "confidence"], [5, "confidence"], [6, "confidence"]],
        rejected=[])

fixture("confidence_out_of_range_strict", "confidence_out_of_range_strict.csv",
        "team,objective,key_result,start,target,current,confidence\nA,O,K1,0,10,5,7\nA,O,K2,0,10,5,11\n",
        args=REPORT + ["--strict"],
        description="a bad confidence is a row problem, so --strict fails (65) naming its line",
        exit=65, error_line=3, stderr=["--strict"])


CARRY_HEADER = ("cycle,team,parent_team,objective_id,objective,objective_owner,aligned_to,kr_id,key_result,kr_owner,"
                "type,measure,start,target,current,unit,score,weight,status,notes,value\n")
fixture("carry_forward_readback", "carry_forward_readback.csv",
        CARRY_HEADER +
        "2026-Q4,'@Ops,,,Run,,,k1,'=1+1,'+1 555,committed,increase,-2,10,-2,,,,,Carried.,\n"
        "2026-Q4,'@Ops,,,Run,,,k2,''=x,,committed,increase,2,10,2,,,,,Carried.,\n"
        "2026-Q4,'@Ops,,,Run,,,k3,'plain,,committed,increase,2,10,2,,,,,Carried.,\n",
        slug="2026-q4",
        description="townhall's own carry-forward file (its header): one guarding ' is removed before a formula character, other text kept",
        counts=counts(3, 3, 3), scores={2: 0.0, 3: 0.0, 4: 0.0},
        krs={2: {"title": "=1+1", "team": "@Ops", "owner": "+1 555"}, 3: {"title": "'=x"}, 4: {"title": "'plain"}},
        problems=[], rejected=[])

fixture("carry_header_not_own", "carry_header_not_own.csv",
        "team,objective,key_result,target,current\n'@Ops,Run,'=1+1,10,5\n",
        description="any other file keeps a leading ' as text",
        counts=counts(1, 1, 1), krs={2: {"title": "'=1+1", "team": "'@Ops"}}, problems=[], rejected=[])

# --- Input sweep: shapes of real exports and hostile files that read wrongly or said too little ---
fixture("sweep_data_on_second_sheet", "sweep_data_on_second_sheet.xlsx",
        xlsx_bytes([("Cover", None, xrow(1, istr("A1", "Read me: how to fill this in"))), ("Data", None, _DATES_1904)],
                   styles=_XSTYLES),
        description="a cover sheet before the data: the refusal names the sheet read, the others, and --sheet",
        exit=65, stderr=['Cover!1', 'missing required columns', 'reading sheet "Cover", the first visible of 2',
                         '"Data"', "--sheet"])
fixture("sweep_title_row_above_header", "sweep_title_row_above_header.xlsx",
        xlsx_bytes([("OKRs", None, xrow(1, istr("A1", "Acme Corp OKR Report Q3")) + xrow(2, istr("A2", "Exported 2026-10-01"))
                     + _xheader(4))]),
        description="a title block above the header (as report-style exports write): refused, saying to delete the lines above the header, not to map the title",
        exit=65, stderr=["OKRs!1", "has one cell only", "delete the lines above the header"])
_VIVA_SEMI = ("Id;Title;Team;Owner;Period;Aligned To (weight, Objective ID);Target;Object Type;Start;Actual Progress\r\n"
              "1;Wachstum;Vertrieb;Ana;Q3 2025;;;Objective;;\r\n"
              "2;Umsatz;Vertrieb;Ana;Q3 2025;Wachstum(weight: 25,5%, Id: 1);100,5;Key result;0;50,25\r\n"
              "3;Kunden;Vertrieb;Ana;Q3 2025;Wachstum(weight: 74,5%, Id: 1);10;Key result;0;10\r\n")
_VIVA_CUT = ("Id,Title,Team,Owner,Period,\"Aligned To (weight, Objective ID)\",Target,Object Type,Start,Actual Progress\n"
             "1,Grow,Sales,Ana,Q3 2025,,,Objective,,\n"
             "2,Deals,Sales,Ana,Q3 2025,\"Grow(weight: 50%, Id: 1)\",10,Key result,0,5\n"
             "3,Leads,Sales,Ana,Q3 2025,\"Grow(weight: 50%, Id: 1\",10,Key result,0,10\n")
fixture("sweep_viva_unclosed_aligned_to", "sweep_viva_unclosed_aligned_to.csv", _VIVA_CUT, slug="q3-2025",
        description="a Viva Goals Aligned To cut short (no closing parenthesis): read as a bare title, with a warning naming the key result",
        counts=counts(3, 2, 2), scores={3: 0.5, 4: 1.0},
        stderr=['the Aligned To of 1 key result ("Leads") has a "(weight: …, Id: …)" that never closes'])
fixture("sweep_burningokr_text_progress", "sweep_burningokr_text_progress.csv",
        "Team,Objective,Progress,Corporate Objective,Key Result,Description,Start,End,Actual,Unit\n"
        "Eng,Ship,on track,,Latency,,100,50,75,ms\nEng,Ship,on track,,Users,,0,10,5,\n",
        description="a BurningOKR Progress holding text: key results still scored from Start/End/Actual, a warning that it was not compared",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.5},
        stderr=['the export\'s Progress of 1 objective is not a number (objective "Ship": "on track")'])
fixture("sweep_viva_decimal_comma_weight", "sweep_viva_decimal_comma_weight.csv", b"\xef\xbb\xbf" + _VIVA_SEMI.encode(),
        slug="q3-2025",
        description="a ';' Viva Goals export with a BOM and decimal commas: Aligned To weights 25,5% and 74,5% keep their fractions",
        counts=counts(3, 2, 2), scores={3: 0.5, 4: 1.0}, krs={3: {"weight": 25.5}, 4: {"weight": 74.5}})


# --- Deck: inputs whose slides must still fit (the deck) ---------------------------------------
_LONG_PROBLEMS = "cycle,team,objective,key_result,type,start,target,current\n" + "".join(
    f"2026-Q3,Team {i % 4},Objective {i % 7},Key result {i} with a title long enough to wrap,committed,0,100,"
    f"roughly {i} percent of the way there according to the last status meeting of the whole team in September\n"
    for i in range(40))
fixture("deck_many_long_problems", "deck_many_long_problems.csv", _LONG_PROBLEMS,
        description="forty problems whose messages take two lines: the deck's appendix shows the rows that fit and counts the rest",
        counts=counts(40, 40, 0, unscored=40), slug="2026-q3")


# --- Check-ins of another cycle (the check-ins-outside-the-cycle warning) ---------------------

_Q3 = ("cycle,team,objective,kr_id,key_result,type,start,target,current\n"
       "2026-Q3,Sales,Grow revenue,S1,Reach 120 customers,committed,100,120,110\n"
       "2026-Q3,Sales,Grow revenue,S2,Raise NPS to 50,aspirational,30,50,45\n")
FIXTURES["_checkins_last_quarter.csv"] = ("checkins_last_quarter.csv", (
    "kr_id,date,value,confidence\nS1,2026-04-10,102,0.8\nS2,2026-05-15,35,0.6\nS1,2026-06-30,105,0.7\n").encode(), None)
FIXTURES["_checkins_straddling.csv"] = ("checkins_straddling.csv", (
    "kr_id,date,value,confidence\nS1,2026-06-30,105,0.7\nS1,2026-07-20,108,0.8\n").encode(), None)
fixture("checkins_all_outside_the_cycle", "checkins_all_outside_the_cycle.csv", _Q3, slug="2026-q3",
        args=["report", "{input}", "--checkins", "{fixtures}/inputs/checkins_last_quarter.csv", "--out", "{out}",
              "--formats", "json"],
        description="last quarter's check-ins given with 2026-Q3: each a row problem, and one warning that all fall outside the cycle",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.75},
        problems=[[2, "date"], [3, "date"], [4, "date"]],
        stderr=["all 3 check-ins fall outside the cycle (2026-07-01–2026-09-30): is this last quarter's file?"])
fixture("checkins_partly_outside_the_cycle", "checkins_partly_outside_the_cycle.csv", _Q3, slug="2026-q3",
        args=["report", "{input}", "--checkins", "{fixtures}/inputs/checkins_straddling.csv", "--out", "{out}",
              "--formats", "json"],
        description="check-ins straddling the cycle's start: the one before it is a row problem, no warning",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 0.75}, problems=[[2, "date"]])


# --- Other tools' exports ---------------------------------------------------------------------
# Small exports laid out as tools without a profile of their own write them, from their published
# columns (Lattice's goal fields: name, okrType objective/key_result, department, owners,
# startingAmount/endingAmount/currentAmount, parentGoal; PeopleCues' bulk sheet: Objective Title,
# Owner_Email_ID, Metric_Start_Value, Metric_Target_Value; a spreadsheet template with `Q3 2026`
# quarters, and Abandoned/Archived statuses that are not SPEC's dropped words). Deeper checks: Tests/EndToEnd/test_other_tools.py.
LATTICE = ("Name,OKR Type,Department,Owners,State,Status,Amount Type,Starting Amount,Ending Amount,Current Amount,"
           "Start Date,Due Date,Parent Goal\n"
           "Grow self-serve revenue,objective,Sales,Ana Ruiz,Ended,OnTrack,,,,,2026-07-01,2026-09-30,\n"
           "Reach 400 paying workspaces,key_result,Sales,Ana Ruiz,Ended,OnTrack,Number,250,400,380,2026-07-01,2026-09-30,Grow self-serve revenue\n"
           "Raise trial conversion to 12%,key_result,Sales,Ben Ode,Ended,OffTrack,Percent,8,12,9,2026-07-01,2026-09-30,Grow self-serve revenue\n"
           "Make the product fast,objective,Engineering,Cy Lin,Ended,Progressing,,,,,2026-07-01,2026-09-30,\n"
           "Cut p95 latency to 300 ms,key_result,Engineering,Cy Lin,Ended,Progressing,Number,800,300,425,2026-07-01,2026-09-30,Make the product fast\n"
           "Ship offline mode,key_result,Engineering,\"Dee Park, Cy Lin\",Ended,OnTrack,Number,0,1,1,2026-07-01,2026-09-30,Make the product fast\n")
fixture("other_lattice_goals", "other_lattice_goals.csv", LATTICE,
        description="a Lattice-style goals list (objective and key-result rows, no objective column): refused, pointing at Parent Goal",
        exit=65, error_line=1, stderr=['"Parent Goal" looks like objective: add [columns] "Parent Goal" = "objective"'])
config_file("other_lattice.toml", '[columns]\n"Parent Goal" = "objective"\n')
fixture("other_lattice_goals_mapped", "other_lattice_goals_mapped.csv", LATTICE,
        args=REPORT + ["--config", "{fixtures}/inputs/other_lattice.toml"],
        description="the Lattice-style list with Parent Goal mapped: objective rows counted apart, key results scored from the amounts",
        counts=counts(6, 4, 4), scores={3: 130 / 150, 4: 0.25, 6: 375 / 500, 7: 1.0},
        krs={3: {"objective_id": "sales.grow-self-serve-revenue", "team": "Sales", "owner": "Ana Ruiz", "type": "committed"},
             7: {"owner": "Dee Park, Cy Lin"}}, problems=[], rejected=[])
fixture("other_metric_columns", "other_metric_columns.csv",
        "Team,Objective Title,Key Result Title,Owner_Email_ID,Start_Date,Due_Date,Metric_Name,Metric_Type,"
        "Metric_Start_Value,Metric_Target_Value,Metric_Current_Value,Status\n"
        "Growth,Grow transactions,Monthly transactions (Mn),ana@example.com,2026-07-01,2026-09-30,#Transactions,Number,100,150,140,On Track\n"
        "Growth,Grow transactions,Reduce CAC to $40,ben@example.com,2026-07-01,2026-09-30,CAC,Currency,$55,$40,$46,At Risk\n"
        "Ops,Run lean,Close books in 5 days,cy@example.com,2026-07-01,2026-09-30,Days to close,Time,9,5,6,On Track\n",
        description="Metric_Start_Value / Metric_Target_Value / Metric_Current_Value and Owner_Email_ID: the metric and the owner",
        counts=counts(3, 3, 3), scores={2: 0.8, 3: 0.6, 4: 0.75}, krs={3: {"owner": "ben@example.com"}}, problems=[])
fixture("other_sheet_template", "other_sheet_template.csv",
        "Quarter,Team,Objective,Key Result,Owner,Type,Start,Target,Current,Status,Comments\n"
        "Q3 2026,Marketing,Build a brand,Grow newsletter to 20k,Ana Ruiz <ana@example.com>,Committed,12000,20000,21000,Done,Beat it\n"
        "Q3 2026,Marketing,Build a brand,Publish 12 customer stories,Ana Ruiz <ana@example.com>,Committed,0,12,6,Behind,Slow approvals\n"
        "Q3 2026,Marketing,Build a brand,Win one industry award,Ben Ode <ben@example.com>,Stretch,0,1,0,Abandoned,Entry fee cut\n"
        "Q3 2026,Support,Delight customers,First response under 2 hours,Cy Lin <cy@example.com>,Committed,5,2,2.6,At risk,\n"
        "Q3 2026,Support,Delight customers,Help center in German,Dee Park <dee@example.com>,Stretch,0,1,0,Archived,Moved to Q4\n"
        "Q3 2026,Support,Delight customers,Launch chat,Dee Park <dee@example.com>,Stretch,0,1,1,Postponed,\n"
        "Q2 2026,Support,Delight customers,Old KR,Dee Park <dee@example.com>,Stretch,0,1,1,Closed,\n",
        args=REPORT + ["--cycle", "2026-Q3"], slug="q3-2026", cycle="Q3 2026",
        description="a spreadsheet template: --cycle 2026-Q3 finds its Q3 2026 rows; Abandoned, Archived, Postponed are not SPEC's dropped words and score",
        counts=counts(7, 6, 6, other_cycle_rows=1), scores={2: 1.0, 3: 0.5, 4: 0.0, 5: 0.8, 6: 0.0, 7: 1.0},
        krs={2: {"owner": "Ana Ruiz <ana@example.com>"}, 4: {"outcome": "miss"}, 6: {"outcome": "miss"},
             7: {"outcome": "win"}}, problems=[])


# Hostile files of the same sweep that read wrongly (a config that crashed the TOML parser is in
# test_other_tools.py: its error names the config, not the input; the rest of the sweep already
# gave clear 65s or correct reports).
fixture("other_bom_twice", "other_bom_twice.csv",
        b"\xef\xbb\xbf\xef\xbb\xbf" + b"team,objective,key_result,start,target,current\nEng,Ship,Latency,0,10,5\n"
        + "\ufeffEng,Ship,Users,0,10,10\n".encode(),
        description="a doubled BOM before the header and a BOM before a team name: still the team column, one team",
        counts=counts(2, 2, 2), scores={2: 0.5, 3: 1.0}, krs={2: {"team": "Eng"}, 3: {"team": "Eng"}}, problems=[])


def write(target):
    (target / INPUTS).mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, (filename, data, entry) in sorted(FIXTURES.items()):
        (target / INPUTS / filename).write_bytes(data)
        if entry is not None:
            manifest[name] = entry
    text = json.dumps({"_about": "Generated by make_fixtures.py: edit that, then run it. See its docstring.",
                       "fixtures": manifest}, indent=2, ensure_ascii=False) + "\n"
    (target / "fixtures.json").write_text(text, encoding="utf-8")


def check():
    """Exit 1 when the committed files differ from what this script writes."""
    import filecmp
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        write(tmp)
        expected = {p.relative_to(tmp) for p in tmp.rglob("*") if p.is_file()}
        actual = {p.relative_to(HERE) for p in (HERE / INPUTS).rglob("*") if p.is_file()} | {pathlib.Path("fixtures.json")}
        bad = sorted(str(p) for p in expected ^ actual)
        bad += sorted(str(p) for p in expected & actual if not filecmp.cmp(tmp / p, HERE / p, shallow=False))
        if bad:
            print("out of date: " + ", ".join(bad) + " (run Tests/Fixtures/make_fixtures.py)", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed files instead of writing them")
    args = ap.parse_args()
    if args.check:
        sys.exit(check())
    write(HERE)
    print(f"wrote {sum(1 for e in FIXTURES.values() if e[2])} fixtures to {HERE}")
