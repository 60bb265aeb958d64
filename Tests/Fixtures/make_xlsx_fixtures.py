#!/usr/bin/env python3
"""Writes workbooks with openpyxl and XlsxWriter next to the same data as CSV, for the XLSX input
end-to-end tests (Tests/EndToEnd/test_xlsx_input.py): each pair must give the same JSON summary,
cell for cell. Hand-built and hostile workbooks are in make_fixtures.py instead (exact bytes).

    make_xlsx_fixtures.py OUTDIR                    pairs + OUTDIR/manifest.json
    make_xlsx_fixtures.py --from-csv IN.csv --out OUT.xlsx [--inline]
                                                    one CSV as a typed workbook (benchmarks)

Typed: a cell that is a number in the CSV is a number cell (only when the number's shortest
text is the CSV text, so the pair stays cell for cell), `NN%` a percent-formatted fraction,
an ISO date a date cell, TRUE/FALSE a boolean; everything else a string (shared strings, or
inline strings with XlsxWriter's constant_memory). Generated at test time, nothing committed:
the writers' versions and timestamps would make committed bytes drift.
"""
import argparse
import csv
import datetime
import decimal
import io
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,14})(\.[0-9]{0,14}[1-9])?")
PERCENT = re.compile(r"(-?(0|[1-9][0-9]{0,5})(\.[0-9]{0,4}[1-9])?)%")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def typed(text):
    """(value, kind) for a CSV cell: kind is str, num, pct (digits after the point), date, bool."""
    if NUMBER.fullmatch(text):
        v = float(text) if "." in text else int(text)
        if (repr(v) if isinstance(v, float) else str(v)) == text:
            return v, "num"
    m = PERCENT.fullmatch(text)
    if m:
        places = len(m.group(3)) - 1 if m.group(3) else 0
        return float(decimal.Decimal(m.group(1)) / 100), f"pct{places}"
    m = DATE.fullmatch(text)
    if m:
        try:
            return datetime.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))), "date"
        except ValueError:
            pass
    if text in ("TRUE", "FALSE"):
        return text == "TRUE", "bool"
    return text, "str"


def pct_format(kind):
    places = int(kind[3:])
    return "0%" if places == 0 else "0." + "0" * places + "%"


def read_rows(csv_path):
    """The CSV's records with the 1-based physical line each starts on (blank lines kept as None)."""
    text = pathlib.Path(csv_path).read_text(encoding="utf-8-sig")
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    for record in reader:
        rows.append((line, record))
        line = reader.line_num + 1
    return rows


def sheet_rows(rows):
    """Sheet row index (0-based) of each record: its CSV line, less the lines earlier multi-line cells took."""
    out = []
    shift = 0
    for line, record in rows:
        row = line - 1 - shift
        out.append((row, record))
        shift += sum(f.count("\n") for f in record)
    return out


def write_xlsxwriter(rows, path, inline=False, sheet="okr", before=(), hidden_before=False):
    import xlsxwriter
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": inline, "strings_to_numbers": False,
                                         "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"created": datetime.datetime(2026, 1, 1)})
    formats = {}

    def fmt(kind):
        if kind not in formats:
            formats[kind] = wb.add_format({"num_format": "yyyy-mm-dd" if kind == "date" else pct_format(kind)})
        return formats[kind]

    for name in before:
        ws0 = wb.add_worksheet(name)
        ws0.write_string(0, 0, "not the OKRs")
        if hidden_before:
            ws0.hide()
    ws = wb.add_worksheet(sheet)
    if hidden_before:
        ws.activate()
    for r, record in sheet_rows(rows):
        for c, text in enumerate(record):
            if text == "":
                continue
            v, kind = typed(text)
            if kind == "num":
                ws.write_number(r, c, v)
            elif kind == "bool":
                ws.write_boolean(r, c, v)
            elif kind == "date":
                ws.write_datetime(r, c, v, fmt(kind))
            elif kind.startswith("pct"):
                ws.write_number(r, c, v, fmt(kind))
            else:
                ws.write_string(r, c, v)
    wb.close()


def write_openpyxl(rows, path, sheet="okr", before=()):
    import openpyxl
    wb = openpyxl.Workbook()
    first = wb.active
    for i, name in enumerate(before):
        ws0 = first if i == 0 else wb.create_sheet(name)
        ws0.title = name
        ws0["A1"] = "not the OKRs"
    ws = wb.create_sheet(sheet) if before else first
    ws.title = sheet
    for r, record in sheet_rows(rows):
        for c, text in enumerate(record):
            if text == "":
                continue
            v, kind = typed(text)
            cell = ws.cell(row=r + 1, column=c + 1)
            if kind == "str":
                cell.value = v
                cell.data_type = "s"
            else:
                cell.value = v
                if kind == "date":
                    cell.number_format = "yyyy-mm-dd"
                elif kind.startswith("pct"):
                    cell.number_format = pct_format(kind)
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.save(str(path))


# The extra rows every pair carries, for what a generated cycle does not have: percent grades
# with decimals, dates, booleans, blank rows, a row with only some cells, text that looks like
# numbers and formulas.
EXTRA = [
    ["2026-Q3", "Ops", "", "OPS-1", "Run well", "Ana Ruiz", "", "OPS-1-KR1", "Runbook published", "Ben Ode", "committed",
     "milestone", "", "", "TRUE", "", "", "", "", "", "due 2026-09-30", ""],
    ["2026-Q3", "Ops", "", "OPS-1", "Run well", "Ana Ruiz", "", "OPS-1-KR2", "Pager load", "Ben Ode", "aspirational",
     "", "", "", "", "", "62.5%", "", "", "", "=SUM(A1)", ""],
    [],
    ["2026-Q3", "Ops", "", "OPS-1", "Run well", "Ana Ruiz", "", "OPS-1-KR3", "Old tickets closed", "Ben Ode", "committed",
     "", "0", "0.000125", "0.0001", "", "", "", "", "", "007", "2026-07-14"],
    ["2026-Q3", "Ops", "", "OPS-1", "Run well", "Ana Ruiz", "", "OPS-1-KR4", "Escalations", "Ben Ode", "committed",
     "", "", "", "FALSE", "", "", "", "", "", "+1 555 0100", ""],
]


def cycle_csv(out_dir, krs=200, seed=7):
    """A generated cycle and its check-ins, with EXTRA appended (and blank lines)."""
    base = out_dir / "gen.csv"
    checkins = out_dir / "gen-checkins.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts/gen_cycle.py"), "--krs", str(krs), "--seed", str(seed),
                    "--out", str(base), "--checkins", str(checkins), "--cycle", "2026-Q3"], check=True)
    text = base.read_text(encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in EXTRA:
        w.writerow(r)
    path = out_dir / "cycle.csv"
    path.write_text(text.rstrip("\n") + "\n\n" + buf.getvalue(), encoding="utf-8")
    return path, checkins


def build(out_dir):
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    cycle, checkins = cycle_csv(out_dir)
    rows = read_rows(cycle)
    check_rows = read_rows(checkins)
    sample = ROOT / "samples/northwind-2026-q3.csv"
    sample_rows = read_rows(sample)
    manifest = {}

    def pair(name, csv_path, xlsx, args=(), description="", checkins_pair=None):
        manifest[name] = {"csv": str(csv_path), "xlsx": str(xlsx), "args": list(args), "description": description}
        if checkins_pair:
            manifest[name]["checkins"] = [str(p) for p in checkins_pair]

    write_openpyxl(rows, out_dir / "openpyxl.xlsx")
    pair("openpyxl_shared_strings", cycle, out_dir / "openpyxl.xlsx", description="openpyxl: shared strings, typed cells")
    write_xlsxwriter(rows, out_dir / "xlsxwriter.xlsx")
    pair("xlsxwriter_shared_strings", cycle, out_dir / "xlsxwriter.xlsx", description="XlsxWriter: shared strings")
    write_xlsxwriter(rows, out_dir / "xlsxwriter-inline.xlsx", inline=True)
    write_xlsxwriter(check_rows, out_dir / "checkins.xlsx", inline=True, sheet="Check-ins")
    pair("xlsxwriter_inline_strings", cycle, out_dir / "xlsxwriter-inline.xlsx",
         description="XlsxWriter constant_memory: inline strings; check-ins as a workbook too",
         checkins_pair=(checkins, out_dir / "checkins.xlsx"))
    write_openpyxl(rows, out_dir / "not-first.xlsx", before=("Read me", "Lookups"))
    pair("sheet_not_first", cycle, out_dir / "not-first.xlsx", args=("--sheet", "okr"),
         description="openpyxl: the data on the third sheet, chosen with --sheet")
    write_xlsxwriter(rows, out_dir / "hidden-first.xlsx", before=("Lookups",), hidden_before=True)
    pair("hidden_first_sheet", cycle, out_dir / "hidden-first.xlsx",
         description="XlsxWriter: a hidden first sheet, the first visible one read")
    write_xlsxwriter(sample_rows, out_dir / "sample.xlsx")
    pair("sample", sample, out_dir / "sample.xlsx", description="the bundled sample (a multi-line cell shifts CSV lines)")
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--from-csv")
    ap.add_argument("--out")
    ap.add_argument("--inline", action="store_true", help="XlsxWriter constant_memory (inline strings)")
    args = ap.parse_args()
    if args.from_csv:
        write_xlsxwriter(read_rows(args.from_csv), args.out, inline=args.inline)
        return
    if not args.outdir:
        ap.error("OUTDIR or --from-csv/--out")
    m = build(args.outdir)
    print(f"wrote {len(m)} pairs to {args.outdir}")


if __name__ == "__main__":
    main()
