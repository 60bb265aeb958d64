"""The sample's deck in each language townhall speaks: it loads without errors, says its language,
writes figures and dates as the language does, and its key slides are screenshotted (German and
Japanese into docs/ with TOWNHALL_UPDATE_DOCS=1, looked at before they are committed)."""
import re

import pytest

from test_deck import browser, report_deck, screenshots, slide_names  # noqa: F401 (the fixture is used)

LANGUAGES = ["de", "fr", "es", "ja"]
# How each language writes the sample's overall score (0.82).
DECIMAL = {"de": "0,82", "fr": "0,82", "es": "0,82", "ja": "0.82"}


@pytest.fixture(scope="module", params=LANGUAGES)
def language_deck(request, townhall, tmp_path_factory):
    out = tmp_path_factory.mktemp("deck-" + request.param)
    return request.param, report_deck(townhall, out, "--lang", request.param)


def test_the_deck_speaks_its_language(language_deck):
    lang, deck = language_deck
    html = deck.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    text = re.sub(r"<[^>]+>", " ", html)
    assert DECIMAL[lang] in text, f"{lang}: the overall score is not written {DECIMAL[lang]}"
    assert "Wins to celebrate" not in text and "Misses to reflect on" not in text


def test_key_slides_in_each_language(language_deck, browser, tmp_path):  # noqa: F811
    lang, deck = language_deck
    slides = slide_names(deck)
    first = lambda kind: next(n for k, n in slides if k == kind)
    shots = {kind: first(kind) for kind in ("title", "glance", "misses", "team")}
    docs = {k: f"deck-{lang}-{k}.png" for k in shots} if lang in ("de", "ja") else {}
    screenshots(browser, deck, shots, tmp_path, docs=docs)
    assert browser.problems() == []
