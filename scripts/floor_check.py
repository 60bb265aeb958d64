#!/usr/bin/env python3
"""Check that xlsx-floor writes the workbook townhall writes (issue 8), cell for cell in shape.

    scripts/floor_check.py [--krs 20000] [--seed 1] [--generator shared|local] [--csv FILE] [--keep DIR]
                           [--bin DIR | --townhall PATH --floor PATH]

Generates a cycle (../shared/tools/gen_okrs.py when there, else scripts/gen_cycle.py; --csv uses
a file as it is), runs `townhall report --formats xlsx` and `xlsx-floor` on it, and compares the
two workbooks with openpyxl (read-only) and their zip parts:

  must match (exit 1 otherwise):
    * sheet names, in order;
    * the header row of every list sheet (Objectives, Key Results, Wins, Misses, Playbook checks,
      Problems), title for title: the floor takes them from the scorecard's own tables;
    * rows and columns per sheet (cells with a value; and the <dimension> libxlsxwriter writes);
    * the cell data types per column of Key Results (s / n / f, with how many of each);
  reported (a difference is a warning, exit 0):
    * the data types per column of the other sheets;
    * frozen panes, autofilter, conditional-format rules, column widths, row heights set, charts,
      cell formats (styles.xml), document properties (dates aside);
    * the uncompressed size of each sheet's XML (what zlib has to compress: the floor's cost).

The binaries come from --bin (default .build-floor/release): build them first with
    swift build -c release --package-path Benchmarks --scratch-path .build-floor --product townhall
    swift build -c release --package-path Benchmarks --scratch-path .build-floor --product xlsx-floor
(`scripts/bench` does, and runs this check before it times anything.)
Needs openpyxl (pip install openpyxl).
"""
import argparse
import collections
import glob
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def generate(n, seed, path, which):
    shared = SHARED / "tools" / "gen_okrs.py"
    if which == "shared" and not shared.exists():
        which = "local"
    gen = shared if which == "shared" else ROOT / "scripts" / "gen_cycle.py"
    subprocess.run([sys.executable, str(gen), "--krs", str(n), "--seed", str(seed), "--out", str(path)], check=True)
    return gen.relative_to(gen.parents[1]) if which == "local" else "shared/tools/gen_okrs.py"


def cells(path):
    """{sheet: (rows, cols, dimension, {column: Counter(type)}, header row values)} from the cell values."""
    wb = openpyxl.load_workbook(path, read_only=True)
    out = {}
    for ws in wb.worksheets:
        rows = cols = 0
        types = collections.defaultdict(collections.Counter)
        header = None
        for r in ws.iter_rows():
            if header is None:
                header = [c.value for c in r]
            row_has = False
            for c in r:
                if c.value is None:
                    continue
                row_has = True
                cols = max(cols, c.column)
                types[c.column][c.data_type] += 1
            if row_has:
                rows = r[0].row if r else rows
        out[ws.title] = (rows, cols, ws.calculate_dimension(), types, header or [])
    wb.close()
    return out


def parts(path):
    """Per-sheet structure from the zip: panes, autofilter, rules, widths, heights, XML size; plus book-wide parts."""
    z = zipfile.ZipFile(path)
    book = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    targets.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    sheets = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+"(?: state="hidden")? r:id="(rId\d+)"', book):
        name = name.replace("&amp;", "&").replace("&apos;", "'")
        info = z.getinfo("xl/" + targets[rid])
        with z.open(info) as f:
            head, tail, custom_heights = b"", b"", 0
            while chunk := f.read(1 << 20):
                if not head:
                    head = chunk[:20000]
                custom_heights += chunk.count(b'customHeight="1"')
                tail = (tail + chunk)[-200000:]
        head, tail = head.decode(errors="replace"), tail.decode(errors="replace")
        sheets[name] = {
            "xml bytes": info.file_size,
            "zipped bytes": info.compress_size,
            "pane": re.findall(r"<pane [^>]*/>", head),
            "autofilter": re.findall(r'<autoFilter ref="([^"]+)"', tail),
            "conditional rules": len(re.findall(r"<cfRule ", tail)),
            "column widths": re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', head),
            "rows with a height": custom_heights,
            "merged": len(re.findall(r"<mergeCell ", tail)),
            "footer": re.findall(r"<oddFooter>([^<]*)</oddFooter>", tail),
            "fit to page": "fitToPage" in head,
        }
    styles = z.read("xl/styles.xml").decode()
    core = z.read("docProps/core.xml").decode()
    props = {k: v for k, v in re.findall(r"<(dc:\w+|cp:\w+)>([^<]*)</", core)}
    book_info = {
        "charts": sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")),
        "cell formats": len(re.findall(r"<xf ", styles.split("<cellXfs", 1)[1].split("</cellXfs>", 1)[0])),
        "number formats": re.findall(r'formatCode="([^"]+)"', styles),
        "dxf formats": styles.count("<dxf>"),
        "properties": props,
        "file bytes": pathlib.Path(path).stat().st_size,
    }
    return sheets, book_info


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--krs", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--generator", choices=["shared", "local"], default="shared")
    ap.add_argument("--csv", help="compare on this file instead of a generated one")
    ap.add_argument("--bin", default=str(ROOT / ".build-floor" / "release"), help="folder with both binaries")
    ap.add_argument("--townhall", help="the townhall binary (default: in --bin)")
    ap.add_argument("--floor", help="the xlsx-floor binary (default: in --bin)")
    ap.add_argument("--keep", help="write the CSV and both workbooks here")
    a = ap.parse_args()

    bin_dir = pathlib.Path(a.bin)
    townhall = pathlib.Path(a.townhall) if a.townhall else bin_dir / "townhall"
    floor = pathlib.Path(a.floor) if a.floor else bin_dir / "xlsx-floor"
    for b in (townhall, floor):
        if not b.exists():
            sys.exit(f"floor_check: {b} not found; build it (see --help)")
    work = pathlib.Path(a.keep) if a.keep else pathlib.Path(tempfile.mkdtemp(prefix="floor-check-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if a.csv:
            csv, source = pathlib.Path(a.csv), a.csv
        else:
            csv = work / f"cycle-{a.krs}.csv"
            source = f"{generate(a.krs, a.seed, csv, a.generator)} --krs {a.krs} --seed {a.seed}"
        th_dir = work / "townhall"
        shutil.rmtree(th_dir, ignore_errors=True)
        subprocess.run([str(townhall), "report", str(csv), "--out", str(th_dir), "--formats", "xlsx", "--quiet"],
                       check=True)
        th = pathlib.Path(glob.glob(str(th_dir / "*-scorecard.xlsx"))[0])
        fl = work / "floor.xlsx"
        subprocess.run([str(floor), str(csv), str(fl)], check=True)

        print(f"input: {source}")
        errors, warnings = [], []
        tc, fc = cells(th), cells(fl)
        if list(tc) != list(fc):
            errors.append(f"sheet names differ: townhall {list(tc)}, floor {list(fc)}")
        print(f"\n{'sheet':<18} {'townhall rows×cols':>19} {'floor rows×cols':>16}  dimension (townhall / floor)")
        for name in tc:
            t = tc[name]
            f = fc.get(name)
            if f is None:
                continue
            if name not in ("Summary", "Chart data") and t[4] != f[4]:
                errors.append(f"{name}: header differs: townhall {t[4]}, floor {f[4]}")
            mark = "" if (t[0], t[1], t[2]) == (f[0], f[1], f[2]) else "   <-- differs"
            print(f"{name:<18} {t[0]:>12,} × {t[1]:<4} {f[0]:>9,} × {f[1]:<4}  {t[2]} / {f[2]}{mark}")
            if (t[0], t[1], t[2]) != (f[0], f[1], f[2]):
                errors.append(f"{name}: townhall {t[0]} rows × {t[1]} columns ({t[2]}), floor {f[0]} × {f[1]} ({f[2]})")
            # Types per column: strict on Key Results, reported elsewhere.
            for col in sorted(set(t[3]) | set(f[3])):
                tt, ft = dict(t[3].get(col, {})), dict(f[3].get(col, {}))
                if tt != ft:
                    msg = f"{name} column {col}: types townhall {tt}, floor {ft}"
                    (errors if name == "Key Results" else warnings).append(msg)
        kr = tc.get("Key Results")
        if kr:
            print("\nKey Results, cell types per column (townhall = floor unless marked):")
            for col in sorted(kr[3]):
                tt, ft = dict(kr[3][col]), dict(fc.get("Key Results", (0, 0, "", {}, []))[3].get(col, {}))
                print(f"  {openpyxl.utils.get_column_letter(col):>3} {tt}" + ("" if tt == ft else f"   floor {ft}"))

        tp, tb = parts(th)
        fp, fb = parts(fl)
        print(f"\n{'sheet XML':<18} {'townhall MB':>12} {'floor MB':>9} {'ratio':>6}")
        for name in tp:
            if name in fp:
                t, f = tp[name]["xml bytes"], fp[name]["xml bytes"]
                print(f"{name:<18} {t / 1e6:>12.2f} {f / 1e6:>9.2f} {f / t if t else 1:>6.3f}")
        print(f"{'file':<18} {tb['file bytes'] / 1e6:>12.2f} {fb['file bytes'] / 1e6:>9.2f} "
              f"{fb['file bytes'] / tb['file bytes']:>6.3f}")
        for name in tp:
            if name not in fp:
                continue
            for key in ("pane", "autofilter", "conditional rules", "column widths", "rows with a height", "merged",
                        "footer", "fit to page"):
                t, f = tp[name][key], fp[name][key]
                if t != f:
                    if key == "rows with a height" and t and abs(t - f) <= 0.02 * t:
                        continue  # the floor estimates wrapped rows from bytes, townhall from characters
                    if key == "column widths" and name == "Key Results" and len(t) == len(f):
                        continue  # widths come from the first 500 rows, which may differ in padding
                    warnings.append(f"{name}: {key}: townhall {str(t)[:200]}, floor {str(f)[:200]}")
        for key in ("charts", "cell formats", "number formats", "dxf formats"):
            if tb[key] != fb[key]:
                warnings.append(f"workbook {key}: townhall {tb[key]}, floor {fb[key]}")
        for k in sorted(set(tb["properties"]) | set(fb["properties"])):
            if k.startswith("dcterms"):
                continue
            tv, fv = tb["properties"].get(k), fb["properties"].get(k)
            if tv != fv:
                warnings.append(f"property {k}: townhall {tv!r}, floor {fv!r}")

        print()
        for w in warnings:
            print("warning:", w)
        for e in errors:
            print("ERROR:", e)
        print(f"\nfloor_check: {'FAIL' if errors else 'OK'}: {len(errors)} differences that must not be, "
              f"{len(warnings)} reported")
        return 1 if errors else 0
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
