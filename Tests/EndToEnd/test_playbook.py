"""`townhall playbook`: the organization's OKR rules as its configuration scores them, end to end."""
import html.parser
import re

import pytest

from conftest import ROOT
from test_deck import CHROMIUM, open_browser, png_size, update_docs

CONFIG = ROOT / "samples" / "townhall.toml"

CUSTOM = """
[organization]
name = "Acme <script>alert(1)</script> & Co"
values = ["*Customers* first", "Ship | learn"]
accent = "#aa3300"
[scoring]
committed_win = 0.9
aspirational_win = 0.65
aspirational_progress = 0.35
green = 0.8
yellow = 0.45
aspirational_target = 0.6
sandbagging = 0.88
[checks]
min_objectives_per_team = 2
max_objectives_per_team = 4
min_key_results_per_objective = 3
max_key_results_per_objective = 7
stale_days = 21
disabled = ["team-no-balance"]
"""


class Text(html.parser.HTMLParser):
    """The visible text of a page (scripts and styles left out)."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def visible(path):
    t = Text()
    t.feed(path.read_text())
    return " ".join(t.parts)


def playbook(townhall, out, *args):
    r = townhall("playbook", "--out", out, *args)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["okr-playbook.html", "okr-playbook.md"]
    return visible(out / "okr-playbook.html"), (out / "okr-playbook.md").read_text()


def test_the_default_playbook_says_the_specs_numbers(townhall, tmp_path):
    page, md = playbook(townhall, tmp_path)
    for text in (page, md):
        for phrase in ["each team has 1 to 5 objectives", "each objective has 2 to 5 key results",
                       "met at a score of 1.00", "win at 0.70 or more, progress from 0.40, a miss below 0.40",
                       "land near 0.70", "team mean below 0.95", "last 30 days", "launch", "implement",
                       "score 0.75 (progress 0.75)", "kr-reads-as-task", "team-no-balance"]:
            assert phrase in text, phrase
    assert "Our OKR playbook" in page


def test_every_number_follows_a_non_default_config(townhall, tmp_path):
    cfg = tmp_path / "acme.toml"
    cfg.write_text(CUSTOM)
    page, md = playbook(townhall, tmp_path / "out", "--config", cfg)
    for text in (page, md):
        for phrase in ["each team has 2 to 4 objectives", "each objective has 3 to 7 key results",
                       "switched off here: team-no-balance", "met at a score of 0.90",
                       "win at 0.65 or more, progress from 0.35, a miss below 0.35", "land near 0.60",
                       "team mean below 0.88", "last 21 days", "committed key results at 0.90",
                       "aspirational ones at 0.65 or more"]:
            assert phrase in text.replace("\\", ""), phrase
        assert "0.95" not in text and "last 30 days" not in text
    # the bands table and a rule-5 example scored with the configured thresholds
    assert "0.80 or more" in page and "below 0.45" in page
    assert "score 0.75 (progress 0.75), Amber; as committed: miss; as aspirational: win" in page
    # input text is escaped in both files
    raw = (tmp_path / "out" / "okr-playbook.html").read_text()
    assert "<script>alert(1)" not in raw and "Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in raw
    assert "default-src 'none'" in raw and not re.search(r"(src|href)=\"https?:", raw)
    assert "--accent: #aa3300" in raw
    assert "\\*Customers\\* first" in md and "Ship \\| learn" in md and "\\<script\\>" in md


def test_the_playbook_is_language_driven(townhall, tmp_path):
    page, md = playbook(townhall, tmp_path, "--config", CONFIG, "--lang", "qps")
    assert 'lang="en-XA"' in (tmp_path / "okr-playbook.html").read_text()
    assert page.count("⟦") > 40 and md.count("⟦") > 40
    headings = re.findall(r"^## .*$", md, flags=re.M)
    assert len(headings) >= 10 and all("⟦" in h for h in headings)


@pytest.mark.parametrize("lang,words", [("de", ["Playbook", "Key Results"]), ("ja", ["プレイブック", "KR"])])
def test_the_playbook_in_another_language_keeps_the_configured_numbers(townhall, tmp_path, lang, words):
    cfg = tmp_path / "custom.toml"
    cfg.write_text(CUSTOM)
    page, md = playbook(townhall, tmp_path / "out", "--config", cfg, "--lang", lang)
    assert f'lang="{lang}"' in (tmp_path / "out" / "okr-playbook.html").read_text()
    decimal = "," if lang == "de" else "."
    for number in ("0.88", "0.80", "0.45", "0.60"):  # sandbagging, green, yellow, aspirational target
        assert number.replace(".", decimal) in page and number.replace(".", decimal) in md, (lang, number)
    for n in ("21", "7"):  # stale days, most key results per objective
        assert n in page, (lang, n)
    assert "0.95" not in page and "0,95" not in page  # the default sandbagging level is not stated
    assert all(w in page for w in words)
    assert "Colour bands" not in page and "How scores roll up" not in page  # English headings


def test_a_bad_config_is_65_and_writes_nothing(townhall, tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[checks]\nstale_dayz = 3\n")
    r = townhall("playbook", "--config", cfg, "--out", tmp_path / "out")
    assert r.returncode == 65 and "bad.toml" in r.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("okr-playbook*"))


def test_init_mentions_the_playbook(townhall, tmp_path):
    r = townhall("init", tmp_path)
    assert r.returncode == 0, r.stderr
    assert "townhall playbook --config" in r.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (scripts/setup)")
def test_the_playbook_reads_and_prints_in_chromium(townhall, tmp_path):
    playbook(townhall, tmp_path, "--config", CONFIG)
    page = tmp_path / "okr-playbook.html"
    with open_browser(1200, 1600) as b:
        b.open(page.as_uri())
        assert b.eval("document.querySelectorAll('main.sheet section').length") >= 10
        assert b.eval("getComputedStyle(document.querySelector('.sheet header')).borderBottomColor") == "rgb(15, 118, 110)"
        assert b.eval("document.documentElement.scrollWidth <= window.innerWidth")
        png = tmp_path / "playbook.png"
        b.screenshot(png)
        assert png_size(png) == (1200, 1600) and png.stat().st_size > 50_000
        update_docs(png, "playbook.png")
        pdf = tmp_path / "playbook.pdf"
        b.pdf(pdf)
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
        assert b.problems() == []
