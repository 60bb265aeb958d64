"""The HTML town-hall deck in a real browser: headless Chromium, driven over the DevTools
protocol on a pipe (`--remote-debugging-pipe`), so no chromedriver, Selenium or network.

Checks: the deck loads with no console error, warning or exception (a negative control
proves the listener hears them), keys and clicks move the URL hash, a URL per slide
survives a reload, overview / notes / help / black screen toggle, slides fill the window,
scripts-off reading order, print to PDF gives exactly one 16:9 page per slide, and
screenshots of the key slides are produced. Set TOWNHALL_UPDATE_DOCS=1 to refresh the
README screenshots in docs/.
"""
import fcntl
import json
import os
import pathlib
import re
import select
import shutil
import struct
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "northwind-2026-q3.csv"
CONFIG = ROOT / "samples" / "townhall.toml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--mute-audio"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (scripts/setup)")


# ---------------------------------------------------------------- the deck under test

@pytest.fixture(scope="module")
def deck(townhall, tmp_path_factory):
    """The Northwind sample's deck, written by the CLI."""
    out = tmp_path_factory.mktemp("deck")
    r = townhall("report", SAMPLE, "--config", CONFIG, "--out", out, "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    html = out / "2026-q3-townhall.html"
    assert html.exists()
    return html


def slide_count(html_path):
    return html_path.read_text(encoding="utf-8").count('aria-roledescription="slide"')


def slide_names(html_path):
    text = html_path.read_text(encoding="utf-8")
    return re.findall(r'<section class="slide slide-([a-z]+)" id="(\d+)"', text)


# ---------------------------------------------------------------- a tiny DevTools client

class Browser:
    """Headless Chromium with the DevTools protocol on fds 3 (to it) and 4 (from it)."""

    def __init__(self, width=1600, height=900):
        self.profile = tempfile.mkdtemp(prefix="townhall-chromium-")
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()

        def wire():
            # Move both ends above any low fd first, so neither dup2 is a no-op or clobbers the other.
            high_r, high_w = fcntl.fcntl(to_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *CHROME_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False)
        os.close(to_r)
        os.close(from_w)
        self._buf = b""
        self._id = 0
        self.events = []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def _read_message(self, timeout=30):
        while b"\0" not in self._buf:
            if not select.select([self._from_r], [], [], timeout)[0]:
                raise TimeoutError("no message from Chromium in %d s" % timeout)
            chunk = os.read(self._from_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, session=None, **params):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read_message()
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def send(self, method, **params):
        return self.call(method, session=self.session, **params)

    def wait_for(self, event, timeout_calls=200):
        for e in self.events:
            if e.get("method") == event:
                return e
        for _ in range(timeout_calls):
            m = self._read_message()
            self.events.append(m)
            if m.get("method") == event:
                return m
        raise TimeoutError(event)

    def open(self, url, settle=True):
        """Loads `url` afresh (a hash change alone would not reload the document)."""
        for target in ("about:blank", url):
            self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
            self.send("Page.navigate", url=target)
            self.wait_for("Page.loadEventFired")
        if settle:
            self.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))", wait=True)

    def reload(self):
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        self.send("Page.reload")
        self.wait_for("Page.loadEventFired")

    def eval(self, expression, wait=False):
        r = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=wait)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def key(self, key, code=None, keycode=0, shift=False, text=None):
        mods = 8 if shift else 0
        base = dict(key=key, code=code or key, windowsVirtualKeyCode=keycode, nativeVirtualKeyCode=keycode,
                    modifiers=mods)
        down = dict(base, type="keyDown")
        if text:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", **down)
        self.send("Input.dispatchKeyEvent", **dict(base, type="keyUp"))

    def click(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def problems(self):
        """Console errors and warnings, uncaught exceptions, and failed loads seen so far."""
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                d = p["exceptionDetails"]
                out.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text"))[:300])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                out.append(f"console.{p['type']}: " + json.dumps(p.get("args"))[:300])
            elif m == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
                out.append(f"log {p['entry']['level']}: {p['entry'].get('text', '')[:300]}")
        return out

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._to_w)
        os.close(self._from_r)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture()
def browser():
    b = Browser()
    yield b
    b.close()


KEYS = {  # key, code, Windows virtual key code, text
    "ArrowRight": ("ArrowRight", "ArrowRight", 39, None), "ArrowLeft": ("ArrowLeft", "ArrowLeft", 37, None),
    "ArrowDown": ("ArrowDown", "ArrowDown", 40, None), "ArrowUp": ("ArrowUp", "ArrowUp", 38, None),
    "PageDown": ("PageDown", "PageDown", 34, None), "PageUp": ("PageUp", "PageUp", 33, None),
    "Home": ("Home", "Home", 36, None), "End": ("End", "End", 35, None), "Space": (" ", "Space", 32, " "),
    "Escape": ("Escape", "Escape", 27, None), "o": ("o", "KeyO", 79, "o"), "s": ("s", "KeyS", 83, "s"),
    "b": ("b", "KeyB", 66, "b"), "?": ("?", "Slash", 191, "?"),
}


def press(b, name, shift=False):
    key, code, vk, text = KEYS[name]
    b.key(key, code, vk, shift=shift, text=text)


# ---------------------------------------------------------------- tests

def test_deck_loads_without_console_errors(deck, browser):
    browser.open(deck.as_uri())
    assert browser.eval("document.documentElement.classList.contains('js')")
    assert browser.eval("document.querySelectorAll('.slide.current').length") == 1
    # Walk every slide once, so each one's layout and script paths run.
    for _ in range(slide_count(deck)):
        press(browser, "ArrowRight")
    assert browser.problems() == []


def test_the_console_listener_hears_errors(deck, browser, tmp_path):
    """Negative control: a copy of the deck with a blocked fetch and a throwing script."""
    bad = tmp_path / "bad.html"
    text = deck.read_text(encoding="utf-8")
    text = text.replace("</body>", '<img src="https://example.invalid/x.png"><script>throw new Error("boom")</script></body>')
    bad.write_text(text, encoding="utf-8")
    browser.open(bad.as_uri())
    found = "\n".join(browser.problems())
    assert "boom" in found
    assert "Content Security Policy" in found or "example.invalid" in found


def test_keyboard_and_clicks_move_the_url_hash(deck, browser):
    n = slide_count(deck)
    browser.open(deck.as_uri())
    hash_ = lambda: browser.eval("location.hash")
    current = lambda: browser.eval("document.querySelector('.slide.current').id")
    assert current() == "1"
    press(browser, "ArrowRight")
    assert hash_() == "#2"
    press(browser, "Space")
    assert hash_() == "#3"
    press(browser, "PageDown")
    assert hash_() == "#4"
    press(browser, "ArrowDown")
    assert hash_() == "#5"
    press(browser, "Space", shift=True)
    assert hash_() == "#4"
    press(browser, "PageUp")
    assert hash_() == "#3"
    press(browser, "ArrowLeft")
    assert hash_() == "#2"
    press(browser, "End")
    assert hash_() == f"#{n}" and current() == str(n)
    press(browser, "ArrowRight")  # stays on the last slide
    assert hash_() == f"#{n}"
    press(browser, "Home")
    assert hash_() == "#1"
    browser.click(800, 450)
    assert hash_() == "#2" and current() == "2"
    assert browser.problems() == []


def test_a_slide_url_reloads_to_the_same_slide(deck, browser):
    current = lambda: browser.eval("document.querySelector('.slide.current').id")
    browser.open(deck.as_uri() + "#5")
    assert current() == "5"
    press(browser, "ArrowRight")
    browser.reload()
    assert current() == "6" and browser.eval("location.hash") == "#6"
    # Editing the hash by hand moves the deck too.
    browser.eval("location.hash = '#3'")
    browser.eval("new Promise(r => setTimeout(r, 50))", wait=True)
    assert current() == "3"
    assert browser.problems() == []


def test_overview_notes_help_and_black_screen(deck, browser):
    browser.open(deck.as_uri() + "#2")
    cls = lambda c: browser.eval(f"document.documentElement.classList.contains('{c}')")
    press(browser, "o")
    assert cls("overview")
    # Every slide is visible as a thumbnail; clicking one opens it.
    assert browser.eval("[...document.querySelectorAll('.slide')].every(s => getComputedStyle(s).visibility === 'visible')")
    browser.eval("document.getElementById('6').scrollIntoView()")
    box = browser.eval("(() => { const r = document.getElementById('6').getBoundingClientRect();"
                       " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    browser.click(*box)
    assert not cls("overview") and browser.eval("location.hash") == "#6"
    press(browser, "o")
    press(browser, "Escape")
    assert not cls("overview")

    press(browser, "s")
    assert cls("notes-on")
    assert browser.eval("document.getElementById('notes-pane').hidden") is False
    notes = browser.eval("document.getElementById('notes-body').innerText")
    assert len(notes) > 20
    assert browser.eval("document.getElementById('notes-where').textContent").startswith("6 of ")
    press(browser, "s")
    assert browser.eval("document.getElementById('notes-pane').hidden") is True

    press(browser, "?")
    assert browser.eval("document.getElementById('help').hidden") is False
    press(browser, "Escape")
    assert browser.eval("document.getElementById('help').hidden") is True

    press(browser, "b")
    assert browser.eval("document.getElementById('blackout').hidden") is False
    press(browser, "b")
    assert browser.eval("document.getElementById('blackout').hidden") is True
    assert browser.problems() == []


def test_slides_fill_the_window_at_16_by_9(deck, browser):
    browser.open(deck.as_uri() + "#2")
    w, h = browser.eval("(() => { const r = document.querySelector('.slide.current .frame').getBoundingClientRect();"
                        " return [r.width, r.height]; })()")
    assert abs(w - 1600) < 2 and abs(h - 900) < 2
    # Nothing on any slide spills outside its frame.
    spill = browser.eval("""[...document.querySelectorAll('.frame')].flatMap((f, i) => {
        const r = f.getBoundingClientRect();
        return [...f.querySelectorAll('.head, .foot, .figure, .bar-row, .win, .miss, .check, .rules li')]
          .filter(e => { const b = e.getBoundingClientRect();
                         return b.height > 0 && (b.bottom > r.bottom + 1 || b.right > r.right + 1); })
          .map(e => (i + 1) + ': ' + e.className); })""")
    assert spill == []


def test_without_scripts_the_slides_read_top_to_bottom(deck, browser):
    browser.send("Emulation.setScriptExecutionDisabled", value=True)
    browser.open(deck.as_uri(), settle=False)
    assert browser.eval("document.documentElement.className") == "no-js"
    tops = browser.eval("[...document.querySelectorAll('.slide')].map(s => s.getBoundingClientRect().top)")
    assert len(tops) == slide_count(deck)
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    visible = browser.eval("[...document.querySelectorAll('.slide')].every(s => getComputedStyle(s).visibility === 'visible')")
    assert visible
    assert browser.eval("getComputedStyle(document.querySelector('.notes')).display") != "none"


def test_print_to_pdf_gives_one_16_by_9_page_per_slide(deck, tmp_path):
    pdf = tmp_path / "deck.pdf"
    subprocess.run([CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
                    "--no-pdf-header-footer", deck.as_uri()], check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert pages == slide_count(deck)
    w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    assert abs(w / h - 16 / 9) < 0.01


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshots_of_key_slides(deck, tmp_path):
    slides = slide_names(deck)
    first = lambda kind: next(n for k, n in slides if k == kind)
    shots = {"title": first("title"), "glance": first("glance"), "wins": first("wins"), "team": first("team"),
             "misses": first("misses"), "balance": first("balance")}
    docs = ROOT / "docs" if os.environ.get("TOWNHALL_UPDATE_DOCS") else None
    for name, number in shots.items():
        png = tmp_path / f"deck-{name}.png"
        subprocess.run([CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1600,900",
                        "--virtual-time-budget=3000", f"--screenshot={png}", f"{deck.as_uri()}#{number}"],
                       check=True, capture_output=True, timeout=120)
        assert png_size(png) == (1600, 900)
        assert png.stat().st_size > 20_000  # a real slide, not a blank page
        if docs and name in ("title", "glance", "wins", "team"):
            docs.mkdir(exist_ok=True)
            shutil.copy(png, docs / png.name)


def test_a_hundred_thousand_key_results_make_a_small_deck(townhall, tmp_path):
    csv = tmp_path / "big.csv"
    subprocess.run(["python3", str(ROOT / "scripts" / "gen_cycle.py"), "--krs", "100000", "--seed", "3",
                    "--out", str(csv)], check=True)
    r = townhall("report", csv, "--out", tmp_path, "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    html = next(tmp_path.glob("*-townhall.html"))
    size = html.stat().st_size
    n = slide_count(html)
    print(f"100,000 KRs: deck {size:,} bytes, {n} slides")
    assert size < 5_000_000
    assert 15 <= n <= 40
    text = html.read_text(encoding="utf-8")
    assert "http:" not in text and "https:" not in text
