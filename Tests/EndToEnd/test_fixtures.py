"""Odd and broken exports, end to end (issue 5): every fixture of Tests/Fixtures/fixtures.json
runs through the built binary in a temporary folder and must give SPEC's exit status, message,
counts and scores; failures must leave no output at all. Plus the exit statuses that need no
fixture file: unwritable output (73), missing input (66) and bad usage (64).

Fixtures and expectations are written by Tests/Fixtures/make_fixtures.py.
"""
import html
import json
import math
import pathlib
import re
import subprocess
import sys
import zipfile

import pytest

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "Fixtures"
MANIFEST = json.loads((FIXTURES / "fixtures.json").read_text(encoding="utf-8"))["fixtures"]
COUNT_KEYS = ("input_rows", "key_results", "rejected_rows", "other_cycle_rows", "scored", "unscored", "dropped")
TOL = 1e-9


def files_under(path):
    return sorted(p for p in path.rglob("*") if not p.is_dir()) if path.exists() else []


def workspace(tmp_path):
    """An output folder nested a few levels down, so a `../..` escape would still land in tmp_path."""
    out = tmp_path / "d1" / "d2" / "d3" / "d4" / "out"
    out.parent.mkdir(parents=True)
    return out.parent, out


def fill(args, **values):
    return [a.format(**values) for a in args]


def assert_error(stderr, input_path=None, line=None):
    """stderr holds `townhall: error: FILE:LINE: message`, after nothing but warnings (SPEC §1)."""
    lines = [l for l in stderr.splitlines() if not l.startswith("townhall: warning: ")]
    first = lines[0] if lines else ""
    assert first.startswith("townhall: error: "), stderr
    if input_path is not None:
        where = f"townhall: error: {input_path}" + (f":{line}: " if line is not None else "")
        assert first.startswith(where), f"expected {where!r}…, got {first!r}"


def close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=0, abs_tol=TOL)


def summary_of(out, spec):
    (name,) = [n for n in spec["outputs"] if n.endswith("-summary.json")]
    return json.loads((out / name).read_text(encoding="utf-8"))


def test_fixture_files_are_current():
    """The committed inputs and manifest are exactly what make_fixtures.py writes."""
    r = subprocess.run([sys.executable, str(FIXTURES / "make_fixtures.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_enough_fixtures():
    assert len(MANIFEST) >= 30
    assert {s["exit"] for s in MANIFEST.values()} >= {0, 65}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_fixture(townhall, tmp_path, name):
    spec = MANIFEST[name]
    input_path = FIXTURES / spec["file"]
    work, out = workspace(tmp_path)
    r = townhall(*fill(spec["args"], input=input_path, out=out, fixtures=FIXTURES), cwd=work)
    where = f"{name}: {spec['description']}\nstdout: {r.stdout}\nstderr: {r.stderr}"
    assert r.returncode == spec["exit"], where

    if spec["exit"] != 0:
        assert_error(r.stderr, input_path, spec.get("error_line"))
        for fragment in spec.get("stderr", []):
            assert fragment in r.stderr, f"{fragment!r} not in stderr\n{where}"
        assert files_under(tmp_path) == [], f"a failed run left files behind\n{where}"
        return

    assert "townhall: error" not in r.stderr, where
    for fragment in spec.get("stderr", []):
        assert fragment in r.stderr, f"{fragment!r} not in stderr\n{where}"
    # Exactly the expected outputs, all inside --out: nothing written anywhere else.
    assert files_under(tmp_path) == sorted(out / n for n in spec["outputs"]), where
    summary = summary_of(out, spec)
    assert summary["schema"] == "townhall.summary/1"
    if "cycle" in spec:
        assert summary["cycle"] == spec["cycle"]
    c = summary["counts"]
    assert {k: c[k] for k in COUNT_KEYS} == spec["counts"], where
    assert c["input_rows"] == (c["key_results"] + c["objective_rows"] + c["other_item_rows"]
                               + c["rejected_rows"] + c["other_cycle_rows"]), "rows lost"
    assert c["key_results"] == c["scored"] + c["unscored"] + c["dropped"]
    assert len(summary["key_results"]) == c["key_results"]

    by_line = {kr["line"]: kr for kr in summary["key_results"]}
    for line, score in spec.get("scores", {}).items():
        assert int(line) in by_line, f"no key result on line {line}: {sorted(by_line)}"
        assert close(by_line[int(line)]["score"], score), f"line {line}: score {by_line[int(line)]['score']} != {score}"
    for line, progress in spec.get("progress", {}).items():
        got = by_line[int(line)]["progress"]
        assert close(got, progress), f"line {line}: progress {got} != {progress}"
    for line, fields in spec.get("krs", {}).items():
        for key, value in fields.items():
            assert by_line[int(line)][key] == value, f"line {line}: {key} {by_line[int(line)][key]!r} != {value!r}"
    if "problems" in spec:
        got = sorted([p["line"], p["column"]] for p in summary["problems"])
        assert got == sorted(spec["problems"]), f"problems {summary['problems']}"
    if "rejected" in spec:
        assert sorted(r["line"] for r in summary["rejected"]) == spec["rejected"], f"rejected {summary['rejected']}"
    if "overall_score" in spec:
        assert close(summary["overall_score"], spec["overall_score"]), f"overall {summary['overall_score']}"
    if spec.get("unique_ids"):
        ids = [kr["id"] for kr in summary["key_results"]]
        assert len(set(ids)) == len(ids), f"ids {ids}"
    if "hostile" in spec:
        check_hostile_outputs(out, spec)


def check_hostile_outputs(out, spec):
    """Input text stays text: HTML-escaped in the deck, string cells (never formulas) in the workbook."""
    strings = spec["hostile"]
    (deck,) = [out / n for n in spec["outputs"] if n.endswith(".html")]
    page = deck.read_text(encoding="utf-8")
    for raw in ("<script>alert(1)", "<h1>pwned", "<img src=x"):
        assert raw not in page, f"unescaped {raw!r} in the deck"
    shown = html.unescape(page)
    for s in strings[:2]:
        assert s in shown, f"{s!r} not shown in the deck"

    (book,) = [out / n for n in spec["outputs"] if n.endswith(".xlsx")]
    with zipfile.ZipFile(book) as z:
        xml = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}
    formulas = [f for n, t in xml.items() if n.startswith("xl/worksheets/") for f in re.findall(r"<f[^>]*>(.*?)</f>", t, re.S)]
    for f in formulas:
        for bad in ("HYPERLINK", "SUM(A1)", "555", "2+3", "1+1"):
            assert bad not in html.unescape(f), f"input text became a formula: {f!r}"
    texts = [html.unescape(t) for n, x in xml.items() if n.startswith("xl/")
             for t in re.findall(r"<t(?:\s[^>]*)?>(.*?)</t>", x, re.S)]
    for s in strings:
        assert any(s in t for t in texts), f"{s!r} is not a text cell of the workbook"


LINT_OPTIONS = ("--config", "--cycle", "--delimiter", "--sheet")


@pytest.mark.parametrize("name", sorted(n for n, s in MANIFEST.items() if "--strict" not in s["args"]))
def test_fixture_lint(townhall, tmp_path, name):
    """`lint` reads the same inputs: 0 with only warnings, 65 when the input is unusable."""
    spec = MANIFEST[name]
    input_path = FIXTURES / spec["file"]
    args = fill(spec["args"], input=input_path, out=tmp_path / "out", fixtures=FIXTURES)
    lint = ["lint", str(input_path)]
    for i, a in enumerate(args):
        if a in LINT_OPTIONS:
            lint += [a, args[i + 1]]
        elif a == "--decimal-comma":
            lint.append(a)
    r = townhall(*lint, cwd=tmp_path)
    assert r.returncode == spec["exit"], r.stderr
    if spec["exit"] != 0:
        assert_error(r.stderr, input_path, spec.get("error_line"))
    assert files_under(tmp_path) == []


# --- An earlier good output survives a failed run -------------------------------------------------

GOOD = ("cycle,team,objective,key_result,target,current,notes\n"
        "2026-Q3,A,O,K1,10,5,\n"
        "2026-Q3,A,O,K2,10,10,fine\n")
BAD_INPUTS = {
    "unterminated_quote": ("cycle,team,objective,key_result,target,current\n2026-Q3,A,O,\"K1,10,5\n", []),
    "missing_column": ("cycle,team,key_result,target,current\n2026-Q3,A,K1,10,5\n", []),
    "strict_problem": ("cycle,team,objective,key_result,target,current\n2026-Q3,A,O,K1,ten,5\n", ["--strict"]),
    "invalid_utf8": (b"cycle,team,objective,key_result,target,current\n2026-Q3,A,O,K\xff,10,5\n", []),
}


def snapshot(folder):
    """Every file under `folder` (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in files_under(folder)}


@pytest.mark.parametrize("formats", ["json", "xlsx,html,json"])
@pytest.mark.parametrize("bad", sorted(BAD_INPUTS))
def test_failed_run_keeps_earlier_output(townhall, tmp_path, formats, bad):
    out = tmp_path / "out"
    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    r = townhall("report", good, "--out", out, "--formats", formats, "--quiet")
    assert r.returncode == 0, r.stderr
    before = snapshot(out)
    assert len(before) == len(formats.split(",")) and all(n.startswith("2026-q3-") for n in before)

    text, extra = BAD_INPUTS[bad]
    failing = tmp_path / "bad.csv"
    failing.write_bytes(text if isinstance(text, bytes) else text.encode())
    r = townhall("report", failing, "--out", out, "--formats", formats, *extra)
    assert r.returncode == 65, r.stderr
    assert_error(r.stderr, failing)
    assert snapshot(out) == before, "a failed run changed or added output files"


def test_failed_write_keeps_earlier_output(townhall, tmp_path):
    """The second output cannot be moved into place (a folder holds its name): exit 73, and the
    first output of the earlier good run is untouched — not replaced by this failed run's."""
    out = tmp_path / "out"
    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    r = townhall("report", good, "--out", out, "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    blocker = out / "2026-q3-townhall.html"
    blocker.mkdir()
    (blocker / "keep").write_text("x")
    before = snapshot(out)

    changed = tmp_path / "changed.csv"
    changed.write_text(GOOD.replace("10,10,fine", "10,1,worse"))
    r = townhall("report", changed, "--out", out, "--formats", "json,html")
    assert r.returncode == 73, r.stderr
    assert_error(r.stderr)
    after = snapshot(out)
    assert sorted(after) == sorted(before), "the failed run left files behind"
    assert after["2026-q3-summary.json"] == before["2026-q3-summary.json"], \
        "a run that exits 73 replaced an earlier good output"


# --- Exit statuses without a fixture --------------------------------------------------------------

def good_input(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(GOOD)
    return path


@pytest.mark.parametrize("where", ["under_a_file", "under_proc"])
def test_unwritable_output_folder(townhall, tmp_path, where):
    """Tests run as root, so chmod cannot stop a write: use a path under a regular file, or /proc."""
    good = good_input(tmp_path)
    blocker = tmp_path / "somefile"
    blocker.write_text("not a folder")
    out = blocker / "sub" if where == "under_a_file" else pathlib.Path("/proc/townhall-no-such-dir/out")
    before = files_under(tmp_path)
    r = townhall("report", good, "--out", out, "--formats", "json")
    assert r.returncode == 73, r.stderr
    assert_error(r.stderr)
    assert str(out) in r.stderr
    assert files_under(tmp_path) == before
    assert not out.exists()


@pytest.mark.parametrize("what", ["missing_input", "input_is_a_folder", "missing_config"])
def test_missing_input(townhall, tmp_path, what):
    good = good_input(tmp_path)
    args = {"missing_input": [tmp_path / "nope.csv"],
            "input_is_a_folder": [tmp_path],
            "missing_config": [good, "--config", tmp_path / "nope.toml"]}[what]
    r = townhall("report", *args, "--out", tmp_path / "out", "--formats", "json")
    assert r.returncode == 66, r.stderr
    assert_error(r.stderr)
    assert "nope" in r.stderr or str(tmp_path) in r.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [
    ["report", "{input}", "--frobnicate"],
    ["report", "{input}", "--formats", "docx"],
    ["report", "{input}", "--formats", ","],
    ["report", "{input}", "--delimiter", "pipe"],
    ["report"],
    ["frobnicate", "{input}"],
    ["lint", "{input}", "--out", "{out}"],
], ids=["unknown_option", "bad_formats", "empty_formats", "bad_delimiter", "missing_input_argument",
        "unknown_subcommand", "lint_takes_no_out"])
def test_bad_usage(townhall, tmp_path, args):
    good = good_input(tmp_path)
    r = townhall(*fill(args, input=good, out=tmp_path / "out"), cwd=tmp_path)
    assert r.returncode == 64, r.stderr
    assert_error(r.stderr)
    assert files_under(tmp_path) == [good]
