"""Team retros end to end: `--team` on report and lint, `--team-decks`, and `--formats pdf`."""
import html.parser
import json
import math
import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import BIN, ROOT

SAMPLE = ROOT / "samples" / "northwind-2026-q3.csv"
CHECKINS = ROOT / "samples" / "northwind-2026-q3-checkins.csv"
CONFIG = ROOT / "samples" / "townhall.toml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (scripts/setup)")
needs_pdfinfo = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is not installed")


def summary(out, slug="2026-q3"):
    return json.loads((out / f"{slug}-summary.json").read_text())


@pytest.fixture(scope="module")
def company(townhall, tmp_path_factory):
    out = tmp_path_factory.mktemp("company")
    r = townhall("report", SAMPLE, "--checkins", CHECKINS, "--config", CONFIG, "--out", out, "--formats", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    return summary(out)


def subtree_names(company, root):
    """The team and every team under it, from the company summary's parent links."""
    children = {}
    for t in company["teams"]:
        children.setdefault(t["parent_team"], []).append(t["team"])
    names, todo = {root}, [root]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in names:
                names.add(c)
                todo.append(c)
    return names


def parents_of(company):
    """Every team name, owners of OKRs and parents named only in parent_team alike."""
    return {t["team"] for t in company["teams"]} | {t["parent_team"] for t in company["teams"] if t["parent_team"]}


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def test_every_team_equals_its_subtree_of_the_company_report(townhall, company, tmp_path):
    teams = parents_of(company)
    assert len(teams) >= 10
    by_id = {k["id"]: k for k in company["key_results"]}
    team_rows = {t["team"]: t for t in company["teams"]}
    for name in sorted(teams):
        out = tmp_path / slug(name)
        r = townhall("report", SAMPLE, "--checkins", CHECKINS, "--config", CONFIG, "--out", out, "--formats", "json",
                     "--team", name, "--quiet")
        assert r.returncode == 0, r.stderr
        s = summary(out, f"2026-q3-{slug(name)}")
        assert s["team"] == name
        members = subtree_names(company, name)
        want = [k for k in company["key_results"] if k["team"] in members]
        assert [k["id"] for k in s["key_results"]] == [k["id"] for k in want], name
        for k in s["key_results"]:
            c = by_id[k["id"]]
            for field in ("score", "progress", "band", "outcome", "type", "line", "team", "objective_id"):
                assert k[field] == c[field], (name, k["id"], field)
        assert [o["id"] for o in s["objectives"]] == [o["id"] for o in company["objectives"] if o["team"] in members]
        assert {t["team"] for t in s["teams"]} == {t for t in members if t in team_rows}
        for t in s["teams"]:
            assert t == team_rows[t["team"]] | {"depth": t["depth"]}, (name, t["team"])
        counts = s["counts"]
        assert counts["key_results"] == len(want)
        assert counts["scored"] == sum(1 for k in want if k["score"] is not None)
        assert counts["dropped"] == sum(1 for k in want if k["outcome"] == "dropped")
        assert counts["objectives"] == len(s["objectives"])
        assert counts["teams"] == len(s["teams"])
        for outcome, n in s["outcomes"].items():
            assert n == sum(1 for k in want if k["outcome"] == outcome), (name, outcome)
        committed = [k for k in want if k["type"] == "committed" and k["score"] is not None]
        assert s["committed"]["scored"] == len(committed)
        assert s["committed"]["met"] == sum(1 for k in committed if k["outcome"] == "win")
        # the team's overall score is its roll-up in the company report (the mean over its subtree)
        rollup = team_rows[name]["rollup_score"] if name in team_rows else None
        scores = [o["score"] for o in company["objectives"] if o["team"] in members and o["score"] is not None]
        assert math.isclose(s["overall_score"], sum(scores) / len(scores), abs_tol=1e-12)
        if rollup is not None:
            assert s["overall_score"] == rollup
        assert {c["subject"] for c in s["checks"]} == {c["subject"] for c in company["checks"] if c["team"] in members}


def test_team_outputs_carry_the_team_and_lint_checks_only_the_subtree(townhall, tmp_path):
    r = townhall("report", SAMPLE, "--config", CONFIG, "--out", tmp_path, "--team", "engineering")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2026-q3-engineering-carry-forward.csv", "2026-q3-engineering-scorecard.xlsx",
        "2026-q3-engineering-summary.json", "2026-q3-engineering-townhall.html"]
    deck = (tmp_path / "2026-q3-engineering-townhall.html").read_text()
    assert "<title>Northwind Robotics · Engineering · 2026-Q3 retro</title>" in deck or \
        "<title>Engineering · 2026-Q3 retro</title>" in deck
    assert "Welcome to the Engineering retro" in deck
    assert "OKR team retro" in deck and "town hall" not in deck.split("<body")[1].replace("the town hall", "")
    lint = townhall("lint", SAMPLE, "--config", CONFIG, "--team", "Engineering")
    assert lint.returncode == 0, lint.stderr
    assert "Go-to-Market" not in lint.stdout and "Engineering" in lint.stdout


@pytest.mark.parametrize("command", ["report", "lint"])
def test_an_unknown_team_is_65_naming_the_closest(townhall, tmp_path, command):
    out = tmp_path / "out"
    extra = ["--out", out] if command == "report" else []
    r = townhall(command, SAMPLE, "--team", "Enginering", *extra)
    assert r.returncode == 65
    assert 'no team "Enginering"' in r.stderr and '"Engineering"' in r.stderr
    r = townhall(command, SAMPLE, "--team", "platform", *extra)
    assert r.returncode == 65 and '"Fleet Platform"' in r.stderr
    r = townhall(command, SAMPLE, "--team", "Zzzzzz", *extra)
    assert r.returncode == 65 and "the cycle's teams are" in r.stderr
    assert not out.exists() or list(out.iterdir()) == []


def gen(tmp_path, seed, cycle, krs):
    f = tmp_path / f"{cycle}.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cycle.py"), "--krs", str(krs), "--seed", str(seed),
                    "--cycle", cycle, "--out", str(f)], check=True)
    return f


def test_a_team_run_reads_the_archive_for_the_team_and_never_writes_it(townhall, tmp_path):
    q2, q3 = gen(tmp_path, 1, "2026-Q2", 300), gen(tmp_path, 2, "2026-Q3", 300)
    archive = tmp_path / "okrs.sqlite"
    r = townhall("report", q2, "--out", tmp_path / "q2", "--formats", "json", "--archive", archive, "--quiet")
    assert r.returncode == 0, r.stderr
    q2s = summary(tmp_path / "q2", "2026-q2")
    r = townhall("report", q3, "--out", tmp_path / "q3all", "--formats", "json", "--quiet")
    q3s = summary(tmp_path / "q3all")
    common = {t["team"] for t in q2s["teams"]} & {t["team"] for t in q3s["teams"] if t["depth"] == 1}
    team = sorted(common)[0]
    before = archive.read_bytes()
    out = tmp_path / "q3"
    r = townhall("report", q3, "--out", out, "--formats", "json,html", "--archive", archive, "--team", team, "--quiet")
    assert r.returncode == 0, r.stderr
    assert archive.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("okrs")) == ["okrs.sqlite"]
    with sqlite3.connect(archive) as db:
        assert [n for (n,) in db.execute("SELECT name FROM cycle")] == ["2026-Q2"]
    deck = next(out.glob("*-townhall.html")).read_text()
    # the comparison is the team's: its previous roll-up, not the company's overall score
    members = subtree_names(q2s, team)
    q2_scores = [o["score"] for o in q2s["objectives"] if o["team"] in members and o["score"] is not None]
    s = json.loads(next(out.glob("*-summary.json")).read_text())
    delta = s["overall_score"] - sum(q2_scores) / len(q2_scores)
    company_delta = q3s["overall_score"] - q2s["overall_score"]
    assert round(delta, 2) != round(company_delta, 2)  # else the test could not tell them apart
    assert "compared with 2026-Q2" in deck
    shown = re.search(r'Overall score</p>.*?class="fig-delta">(.*?)</p>', deck).group(1)
    shown = re.sub(r"<[^>]+>", " ", shown).split()
    arrow = "▲" if delta > 0.005 else ("▼" if delta < -0.005 else "=")
    assert shown[0] == arrow and f"{abs(delta):.2f}" in shown, shown
    # a team the previous cycle did not have: the retro says there is no team comparison
    csv = q3.read_text().replace(f"{team},", "Brand New Team,").replace(f",{team},", ",Brand New Team,")
    q3b = tmp_path / "q3b.csv"
    q3b.write_text(csv)
    out = tmp_path / "q3b"
    r = townhall("report", q3b, "--out", out, "--formats", "html", "--archive", archive, "--team", "Brand New Team", "--quiet")
    assert r.returncode == 0, r.stderr
    deck = next(out.glob("*-townhall.html")).read_text()
    assert "no team comparison: 2026-Q2 had no team" in deck
    assert "compared with 2026-Q2" not in deck
    assert archive.read_bytes() == before


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.cells = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])


def test_team_decks_one_per_team_and_an_index_whose_links_resolve(townhall, company, tmp_path):
    r = townhall("report", SAMPLE, "--checkins", CHECKINS, "--config", CONFIG, "--out", tmp_path, "--formats", "json,html",
                 "--team-decks", "--quiet")
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "2026-q3-teams"
    decks = sorted(p.name for p in folder.glob("*.html") if p.name != "index.html")
    assert len(decks) == len(parents_of(company))
    index = (folder / "index.html").read_text()
    p = Links()
    p.feed(index)
    assert sorted(p.links) == decks
    for name in parents_of(company):
        assert f"{slug(name)}.html" in decks
    eng = (folder / "engineering.html").read_text()
    assert "Engineering · 2026-Q3 retro" in eng
    assert "default-src 'none'" in index and "http://" not in index and "https://" not in index
    assert not [q for q in tmp_path.iterdir() if q.name.startswith(".")]


def test_team_decks_escape_team_names_and_keep_them_apart(townhall, tmp_path):
    rows = ["team,parent_team,objective,key_result,type,start,target,current"]
    for team in ["<script>alert(1)</script>", "R&D", "R D", "index", "研究"]:
        rows += [f'"{team}",,Grow,KR {i},committed,0,10,{5 + i}' for i in range(2)]
    f = tmp_path / "odd.csv"
    f.write_text("\n".join(rows) + "\n")
    r = townhall("report", f, "--out", tmp_path / "out", "--formats", "html", "--team-decks", "--quiet")
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "out" / "cycle-teams"
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 6 and "index.html" in names
    index = (folder / "index.html").read_text()
    assert "<script>alert(1)" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "R&amp;D" in index
    p = Links()
    p.feed(index)
    assert len(set(p.links)) == 5 and all((folder / link).exists() for link in p.links)


def test_a_refused_team_deck_run_leaves_nothing(townhall, tmp_path):
    out = tmp_path / "out"
    (out / "2026-q3-teams").mkdir(parents=True)
    (out / "2026-q3-teams" / "old.html").write_text("earlier run")
    (out / "2026-q3-townhall.html").mkdir()  # a folder in the way of an output: 73
    r = townhall("report", SAMPLE, "--out", out, "--formats", "html", "--team-decks")
    assert r.returncode == 73, r.stderr
    assert sorted(p.name for p in (out / "2026-q3-teams").iterdir()) == ["old.html"]
    assert not [q for q in out.iterdir() if q.name.startswith(".") and q.name != ".townhall.lock"]
    (out / "2026-q3-townhall.html").rmdir()
    r = townhall("report", SAMPLE, "--out", out, "--formats", "html", "--team-decks", "--quiet")
    assert r.returncode == 0, r.stderr
    assert "old.html" not in {p.name for p in (out / "2026-q3-teams").iterdir()}  # replaced whole


def test_a_file_in_the_way_of_the_team_folder_is_73(townhall, tmp_path):
    (tmp_path / "2026-q3-teams").write_text("not a folder")
    r = townhall("report", SAMPLE, "--out", tmp_path, "--formats", "json", "--team-decks")
    assert r.returncode == 73 and "in the way" in r.stderr
    assert not (tmp_path / "2026-q3-summary.json").exists()


def test_a_thousand_teams_get_their_decks_fast(townhall, tmp_path):
    f = gen(tmp_path, 3, "2026-Q3", 8_000)  # 1,000 teams
    out = tmp_path / "out"
    t0 = time.monotonic()
    r = townhall("report", f, "--out", out, "--formats", "json", "--team-decks", "--quiet")
    took = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    s = summary(out)
    decks = [p for p in (out / "2026-q3-teams").glob("*.html") if p.name != "index.html"]
    assert len(decks) == len(parents_of(s)) >= 1000
    print(f"{len(decks)} team decks in {took:.1f} s")
    assert took / len(decks) < 0.5  # well under a second a deck, even in a debug build on a shared machine
    p = Links()
    p.feed((out / "2026-q3-teams" / "index.html").read_text())
    assert len(p.links) == len(decks) and all((out / "2026-q3-teams" / link).exists() for link in p.links)


# ---------------------------------------------------------------- the PDF handout

def pdfinfo(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line) | {}


def slides(html_path):
    return len(re.findall(r'<section class="slide', html_path.read_text()))


@needs_chromium
@needs_pdfinfo
def test_the_pdf_has_a_page_per_slide_and_its_metadata(townhall, tmp_path):
    r = townhall("report", SAMPLE, "--checkins", CHECKINS, "--config", CONFIG, "--out", tmp_path, "--formats", "html,pdf",
                 "--quiet")
    assert r.returncode == 0, r.stderr
    info = pdfinfo(tmp_path / "2026-q3-townhall.pdf")
    assert int(info["Pages"]) == slides(tmp_path / "2026-q3-townhall.html")
    assert info["Title"].strip() == "Northwind Robotics · 2026-Q3 town hall"
    assert info["Author"].strip() == "Northwind Robotics"
    assert info["Subject"].strip().startswith("Closing 2026-Q3")
    assert info["Page size"].strip().startswith("1152 x 648")  # 16 in x 9 in, the slide's aspect
    assert not [q for q in tmp_path.iterdir() if q.name.startswith(".") and q.name != ".townhall.lock"]


@needs_chromium
@needs_pdfinfo
def test_team_decks_get_a_pdf_each(townhall, tmp_path):
    rows = ["team,parent_team,objective,key_result,type,start,target,current",
            "Eng,,Ship,Latency down,committed,100,50,60", "Eng,,Ship,Uptime,committed,0,99,99",
            "Web,Eng,Grow,Signups,aspirational,0,100,70", "Web,Eng,Grow,Retention,aspirational,0,10,4"]
    f = tmp_path / "c.csv"
    f.write_text("\n".join(rows) + "\n")
    out = tmp_path / "out"
    r = townhall("report", f, "--out", out, "--formats", "pdf", "--team-decks", "--cycle", "2026-Q3", "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["2026-q3-teams", "2026-q3-townhall.pdf"]
    folder = out / "2026-q3-teams"
    assert sorted(p.name for p in folder.iterdir()) == ["eng.html", "eng.pdf", "index.html", "web.html", "web.pdf"]
    for team in ("eng", "web"):
        info = pdfinfo(folder / f"{team}.pdf")
        assert int(info["Pages"]) == slides(folder / f"{team}.html")
        assert info["Title"].strip() == f"{team.capitalize()} · 2026-Q3 retro"


def test_without_chromium_pdf_is_73_and_says_how_to_install_it(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    r = subprocess.run([str(BIN), "report", str(SAMPLE), "--out", str(tmp_path / "out"), "--formats", "html,pdf"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 73
    assert "apt-get install chromium" in r.stderr and "--formats" in r.stderr and "--chromium" in r.stderr
    assert not (tmp_path / "out").exists() or not [p for p in (tmp_path / "out").iterdir() if p.name != ".townhall.lock"]
    r = subprocess.run([str(BIN), "report", str(SAMPLE), "--out", str(tmp_path / "out"), "--formats", "pdf",
                        "--chromium", str(empty / "nothing")], capture_output=True, text=True, env=env)
    assert r.returncode == 73 and "--chromium" in r.stderr


def test_a_chromium_that_hangs_is_stopped_at_the_deadline(tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nsleep 30 &\nsleep 30\n")
    fake.chmod(0o755)
    t0 = time.monotonic()
    r = subprocess.run([str(BIN), "report", str(SAMPLE), "--out", str(tmp_path / "out"), "--formats", "html,pdf",
                        "--chromium", str(fake), "--pdf-timeout", "2"], capture_output=True, text=True)
    assert r.returncode == 73
    assert time.monotonic() - t0 < 20
    assert "did not finish within 2 seconds" in r.stderr
    assert not [p for p in (tmp_path / "out").iterdir() if p.name != ".townhall.lock"]
    assert subprocess.run(["pgrep", "-f", str(fake)], capture_output=True).stdout == b""


@needs_chromium
def test_a_team_deck_reads_in_the_browser(townhall, tmp_path):
    from test_deck import open_browser
    r = townhall("report", SAMPLE, "--checkins", CHECKINS, "--config", CONFIG, "--out", tmp_path, "--formats", "html",
                 "--team-decks", "--quiet")
    assert r.returncode == 0, r.stderr
    deck = tmp_path / "2026-q3-teams" / "engineering.html"
    with open_browser() as b:
        b.open(deck.as_uri())
        assert b.eval("document.title").endswith("Engineering · 2026-Q3 retro")
        assert b.eval("document.querySelectorAll('section.slide').length") == slides(deck)
        assert "Engineering · 2026-Q3 retro" in b.eval("document.querySelector('.slide h1').textContent")
        b.open((tmp_path / "2026-q3-teams" / "index.html").as_uri())
        assert b.eval("document.querySelectorAll('tbody tr').length") == len(list((tmp_path / "2026-q3-teams").glob("*.html"))) - 1
        # sorting by score puts the lowest first, then the highest
        b.eval("document.querySelectorAll('thead button')[2].click()")
        scores = b.eval("Array.from(document.querySelectorAll('tbody tr td:nth-child(3)')).map(td => +td.dataset.v)")
        assert scores == sorted(scores)
        b.eval("document.querySelectorAll('thead button')[2].click()")
        scores = b.eval("Array.from(document.querySelectorAll('tbody tr td:nth-child(3)')).map(td => +td.dataset.v)")
        assert scores == sorted(scores, reverse=True)
        b.eval("const f = document.querySelector('input.filter'); f.value = 'eng'; f.dispatchEvent(new Event('input'))")
        shown = b.eval("Array.from(document.querySelectorAll('tbody tr')).filter(r => !r.hidden).map(r => r.cells[0].textContent)")
        assert shown and all("eng" in s.lower() for s in shown)
        assert b.problems() == []
