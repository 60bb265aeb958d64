"""Every renderer states the limits and thresholds in force, never the defaults.

The sample (with check-ins) and a small cycle built to trip the count checks are reported and
linted under a config where every playbook limit and scoring threshold differs from its default.
Every sentence of the deck, the workbook's cells, the JSON summary's strings and lint's output that
states a limit or a threshold (the phrasings listed in STATEMENTS) must state the configured value.
Each renderer must state some, and every phrasing must be met somewhere, so a renamed sentence
cannot make the test pass by no longer matching."""
import html
import json
import re

import pytest

openpyxl = pytest.importorskip("openpyxl")

# Every value differs from its default (1, 5, 2, 5, 30; 1.0, 0.7, 0.4, 0.7, 0.4, 0.7, 0.95).
LIMITS = {"min_objectives_per_team": 2, "max_objectives_per_team": 3,
          "min_key_results_per_objective": 3, "max_key_results_per_objective": 4, "stale_days": 21}
THRESHOLDS = {"committed_win": 0.97, "aspirational_win": 0.65, "aspirational_progress": 0.35,
              "green": 0.75, "yellow": 0.45, "aspirational_target": 0.6, "sandbagging": 0.9}

L, T = LIMITS, THRESHOLDS
KRS = (L["min_key_results_per_objective"], L["max_key_results_per_objective"])
OBJS = (L["min_objectives_per_team"], L["max_objectives_per_team"])
N = r"(\d+(?:\.\d+)?)"
RANGE = r"(\d+)\s*(?:to|–)\s*(\d+)"

# The checks' one-line summaries ("each objective has 3 to 4 key results") are no longer shown by
# these outputs (the deck lists findings); `townhall playbook` shows them and test_playbook.py
# checks its numbers against the configuration.
# (phrasing, the values it must state), case-sensitive: "Objectives per team 2–3 Key results per
# objective 3–4" (the scoring slide's table) must not read as "2–3 key results per objective".
STATEMENTS = [
    (RANGE + r" key results per objective", KRS),
    (r"key results?; the playbook asks for " + RANGE, KRS),
    (r"Key results per objective\s+" + RANGE, KRS),
    (RANGE + r" objectives per team", OBJS),
    (r"objectives?; the playbook asks for " + RANGE, OBJS),
    (r"Objectives per team\s+" + RANGE, OBJS),
    (r"not updated in the last (\d+) days", (L["stale_days"],)),
    (r"no update in the last (\d+) days", (L["stale_days"],)),
    (r"\(limit (\d+)\)", (L["stale_days"],)),
    (N + r" or more means", (T["sandbagging"],)),
    (r"Too safe at\s+≥\s*" + N, (T["sandbagging"],)),
    (r"sweet spot(?: of)?\s+" + N, (T["aspirational_target"],)),
    (r"the " + N + " sweet spot", (T["aspirational_target"],)),
    (r"(?:lands near|expects about|aspirational near|about) " + N, (T["aspirational_target"],)),
    (r"(?:met|landed|land|lands) at " + N, (T["committed_win"],)),
    (r"Committed win\s+≥\s*" + N, (T["committed_win"],)),
    (r"dashed: committed " + N, (T["committed_win"],)),
    (r"aspirational ones win at " + N, (T["aspirational_win"],)),
    (r"Aspirational win · progress\s+≥\s*" + N + r"\s*·\s*≥\s*" + N, (T["aspirational_win"], T["aspirational_progress"])),
    (r"aspirational one at " + N + ", with " + N + "–" + N,
     (T["aspirational_win"], T["aspirational_progress"], T["aspirational_win"])),
    (r"Green\s+≥\s*" + N, (T["green"],)),
    (r"Amber\s+" + N + "–" + N, (T["yellow"], T["green"])),
    (r"Bands green · amber\s+≥\s*" + N + r"\s*·\s*≥\s*" + N, (T["green"], T["yellow"])),
    (r"Green at " + N + " or more, Amber from " + N, (T["green"], T["yellow"])),
    (r"on track \(" + N + r" or more\) minus the share off track \(below " + N, (T["green"], T["yellow"])),
]

# A cycle where every count check fires under LIMITS, so the deck's advice for next cycle names them:
# one objective per team (fewer than 2), two key results per objective (fewer than 3), all committed.
SMALL = """team,objective,key_result,type,start,target,current,notes
Sales,Grow revenue,Grow ARR from 4 to 5,committed,4,5,5,
Sales,Grow revenue,Sign 10 partners,committed,0,10,10,
Support,Delight customers,Raise CSAT from 80 to 90,committed,80,90,90,
Support,Delight customers,Cut backlog from 50 to 10,committed,50,10,10,
"""


def config_text():
    return ("[scoring]\n" + "".join(f"{k} = {v}\n" for k, v in THRESHOLDS.items())
            + "[checks]\n" + "".join(f"{k} = {v}\n" for k, v in LIMITS.items()))


def deck_text(path):
    """The deck's visible text and speaker notes: no script, no style, tags as spaces."""
    h = re.sub(r"<script.*?</script>|<style.*?</style>", " ", path.read_text(), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", h)))


def workbook_text(path):
    wb = openpyxl.load_workbook(path)
    return "\n".join(v for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if isinstance(v, str))


def json_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from json_strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from json_strings(v)


def same(found, want):
    return all(abs(float(f) - w) < 1e-9 for f, w in zip(found, want))


@pytest.fixture(scope="module")
def outputs(townhall, root, tmp_path_factory):
    """{renderer: text} over both cycles, and the JSON summaries."""
    tmp = tmp_path_factory.mktemp("limits")
    config = tmp / "townhall.toml"
    config.write_text(config_text())
    small = tmp / "small.csv"
    small.write_text(SMALL)
    runs = [(root / "samples" / "northwind-2026-q3.csv", ["--checkins", root / "samples" / "northwind-2026-q3-checkins.csv"]),
            (small, [])]
    texts = {"deck": [], "workbook": [], "json": [], "lint": []}
    summaries = []
    for i, (csv_path, extra) in enumerate(runs):
        out = tmp / f"out{i}"
        r = townhall("report", csv_path, *extra, "--config", config, "--out", out)
        assert r.returncode == 0, r.stderr
        (deck,) = out.glob("*-townhall.html")
        (book,) = out.glob("*-scorecard.xlsx")
        (summary,) = out.glob("*-summary.json")
        texts["deck"].append(deck_text(deck))
        texts["workbook"].append(workbook_text(book))
        summaries.append(json.loads(summary.read_text()))
        texts["json"].append("\n".join(json_strings(summaries[-1])))
        lint = townhall("lint", csv_path, *extra, "--config", config)
        assert lint.returncode == 0, lint.stderr
        texts["lint"].append(lint.stdout)
    return {k: "\n".join(v) for k, v in texts.items()}, summaries


def test_every_stated_limit_and_threshold_is_the_configured_one(outputs):
    texts, _ = outputs
    wrong, stated, used = [], {k: 0 for k in texts}, set()
    for renderer, text in texts.items():
        for pattern, want in STATEMENTS:
            for m in re.finditer(pattern, text):
                stated[renderer] += 1
                used.add(pattern)
                if not same(m.groups(), want):
                    wrong.append(f"{renderer}: {m.group(0)!r} (configured: {want})")
    assert not wrong, "stated limits that are not the configured ones:\n" + "\n".join(wrong)
    assert all(stated.values()), f"a renderer stated no limit at all: {stated}"
    unused = [p for p, _ in STATEMENTS if p not in used]
    assert not unused, f"phrasings no output uses any more (update STATEMENTS): {unused}"


def test_the_deck_advises_the_configured_counts(outputs):
    texts, _ = outputs
    assert f"Keep {KRS[0]}–{KRS[1]} key results per objective in 2 objectives." in texts["deck"]
    assert f"Keep {OBJS[0]}–{OBJS[1]} objectives per team in 2 teams." in texts["deck"]


def test_the_json_thresholds_are_the_configured_ones(outputs):
    _, summaries = outputs
    for s in summaries:
        for key, value in THRESHOLDS.items():
            assert s["thresholds"][key] == pytest.approx(value), key
