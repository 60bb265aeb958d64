"""The trends deck `townhall history` writes (history-trends.html), in headless Chromium.

Archives of four generated quarters (with check-ins) and of one quarter are built with the CLI;
the deck must load with no console error, keep every slide's content inside its slide, print
one 16:9 page per slide, and agree with history.json. With TOWNHALL_UPDATE_DOCS=1 the
cycle-over-cycle slide is written to docs/trends-deck.png.

The browser helpers (hard time limits, a private profile and pipes per browser, Chromium's
whole process group killed in a `finally`) come from test_deck.
"""
import json
import re
import subprocess
import sys

import pytest

from test_deck import (CHROMIUM, ROOT, open_browser, pdf_pages, png_size, press, slide_count, slide_titles, spills,
                       update_docs)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (scripts/setup)")


def archive_cycles(townhall, tmp, cycles, krs=300):
    """Reports generated cycles with check-ins into one archive, then runs `history`."""
    db = tmp / "okrs.sqlite"
    for seed, cycle in enumerate(cycles, start=1):
        okrs, checkins = tmp / f"{cycle}.csv", tmp / f"{cycle}-checkins.csv"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cycle.py"), "--krs", str(krs), "--seed", str(seed),
                        "--cycle", cycle, "--org", "Northwind Robotics", "--out", str(okrs), "--checkins", str(checkins)],
                       check=True, timeout=120)
        r = townhall("report", okrs, "--checkins", checkins, "--archive", db, "--out", tmp / cycle, "--formats", "json",
                     "--quiet")
        assert r.returncode == 0, r.stderr
    out = tmp / "trends"
    r = townhall("history", "--archive", db, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "history-trends.html" in r.stdout
    return out


@pytest.fixture(scope="module")
def four(townhall, tmp_path_factory):
    return archive_cycles(townhall, tmp_path_factory.mktemp("four"), ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])


@pytest.fixture(scope="module")
def one(townhall, tmp_path_factory):
    return archive_cycles(townhall, tmp_path_factory.mktemp("one"), ["2026-Q3"])


def test_history_writes_the_deck_next_to_its_json(four, one):
    for folder, cycles in ((four, 4), (one, 1)):
        html = folder / "history-trends.html"
        history = json.loads((folder / "history.json").read_text(encoding="utf-8"))
        assert len(history["cycles"]) == cycles
        text = html.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in text and "http:" not in text and "https:" not in text
        assert text.count("<script") == 2
        names = slide_titles(html)
        assert names[0] == "Title" and names[-1] == "How to read it"
        assert len(names) <= 10
        # The figures are the archive's.
        last = history["cycles"][-1]
        assert f'<p class="fig-value">{last["overall_score"]:.2f}</p>' in text
        assert f"{len(history['teams'])} teams" in text
        size = html.stat().st_size
        print(f"trends deck, {cycles} cycle(s): {size:,} bytes, {len(names)} slides")
        assert size < 400_000
    assert slide_titles(four / "history-trends.html") == [
        "Title", "Cycle over cycle", "Cycle by cycle", "Team by team", "Biggest movers", "Goals too safe",
        "Over-committing", "Review rhythm over time", "How to read it"]
    assert "Biggest movers" not in slide_titles(one / "history-trends.html")


@pytest.mark.parametrize("which", ["four", "one"])
def test_the_trends_deck_loads_fits_and_prints(which, request, tmp_path):
    html = request.getfixturevalue(which) / "history-trends.html"
    n = slide_count(html)
    with open_browser() as b:
        b.open(html.as_uri())
        assert b.eval("document.querySelectorAll('.slide.current').length") == 1
        for _ in range(n):
            press(b, "ArrowRight")
        assert b.eval("location.hash") == f"#{n}"
        assert spills(b) == []
        # Every chart's text alternative resolves.
        missing = b.eval("""[...document.querySelectorAll('svg[role=img]')].filter(s =>
            s.getAttribute('aria-labelledby').split(' ').some(id => !document.getElementById(id))).length""")
        assert missing == 0
        pdf = tmp_path / "trends.pdf"
        b.pdf(pdf)
        pages, ratio = pdf_pages(pdf)
        assert pages == n
        assert abs(ratio - 16 / 9) < 0.01
        assert b.problems() == []


def test_screenshot_of_the_trends_slide(four, tmp_path):
    html = four / "history-trends.html"
    number = next(i for i, name in enumerate(slide_titles(html), start=1) if name == "Cycle over cycle")
    with open_browser() as b:
        for name, at in (("trends-deck", number), ("trends-teams", number + 2)):
            b.open(f"{html.as_uri()}#{at}")
            png = tmp_path / f"{name}.png"
            b.screenshot(png)
            assert png_size(png) == (1600, 900)
            assert png.stat().st_size > 20_000
            update_docs(png, f"{name}.png")
        assert b.problems() == []
    text = html.read_text(encoding="utf-8")
    text = text[text.index('data-name="Cycle over cycle"'):]
    text = text[:text.index("</section>")]
    # Four cycles: three columns each, labelled with their values, and the 1.0 and 0.7 marks.
    assert text.count('class="column ') == 12
    assert text.count('<text class="value ') == 12
    assert re.search(r'<text class="mark-label"[^>]*>target 1\.00</text>', text)
    assert re.search(r'<text class="mark-label"[^>]*>sweet spot 0\.70</text>', text)
