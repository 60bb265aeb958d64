"""The HTML town-hall deck in a real browser: headless Chromium, driven over the DevTools
protocol on a pipe (`--remote-debugging-pipe`), so no chromedriver, Selenium or network.

Checks: the deck loads with no console error, warning or exception (a negative control
proves the listener hears them), keys and clicks move the URL hash, a URL per slide
survives a reload, overview / notes / help / black screen toggle, slides fill the window
and nothing spills out of its slide or its box, scripts-off reading order, print to PDF
gives exactly one 16:9 page per slide, and screenshots of the key slides are produced.
The sample is reported with its check-ins (how the quarter unfolded, trajectories, review
rhythm), and again against an archived previous cycle (▲/▼, carried over).
Set TOWNHALL_UPDATE_DOCS=1 to refresh the README screenshots in docs/.

No test here can hang a CI run: see "a tiny DevTools client" below.
"""
import base64
import contextlib
import csv
import fcntl
import html.parser
import json
import os
import pathlib
import re
import select
import shutil
import signal
import struct
import subprocess
import tempfile
import threading
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "northwind-2026-q3.csv"
CONFIG = ROOT / "samples" / "townhall.toml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--mute-audio", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (scripts/setup)")


# ---------------------------------------------------------------- the decks under test

CHECKINS = ROOT / "samples" / "northwind-2026-q3-checkins.csv"


def report_deck(townhall, out, *extra):
    r = townhall("report", SAMPLE, "--config", CONFIG, "--out", out, "--formats", "html", "--quiet", *extra)
    assert r.returncode == 0, r.stderr
    html = out / "2026-q3-townhall.html"
    assert html.exists()
    return html


@pytest.fixture(scope="module")
def deck(townhall, tmp_path_factory):
    """The Northwind sample's deck with its check-ins, written by the CLI."""
    return report_deck(townhall, tmp_path_factory.mktemp("deck"), "--checkins", CHECKINS)


@pytest.fixture(scope="module")
def plain_deck(townhall, tmp_path_factory):
    """The same sample without check-ins or archive."""
    return report_deck(townhall, tmp_path_factory.mktemp("plain"))


def previous_cycle(path):
    """The sample as a 2026-Q2 it could have followed: lower results, two thirds of its key
    results renamed (the rest come back in 2026-Q3, carried over), one team missing."""
    rows = list(csv.DictReader(open(SAMPLE, newline="", encoding="utf-8")))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for i, r in enumerate(rows):
            if r["team"] == "Field Service":
                continue
            r["cycle"] = "2026-Q2"
            if i % 3:
                r["kr_id"] += "-Q2"
                r["key_result"] = "Earlier: " + r["key_result"]
            try:
                start, target, current = float(r["start"]), float(r["target"]), float(r["current"])
                r["current"] = f"{start + (current - start) * (0.7 if i % 2 else 1.1):.2f}"
            except ValueError:
                pass
            w.writerow(r)


@pytest.fixture(scope="module")
def compared_deck(townhall, tmp_path_factory):
    """The sample with its check-ins, reported into an archive that already holds 2026-Q2."""
    tmp = tmp_path_factory.mktemp("compared")
    prev = tmp / "2026-q2.csv"
    previous_cycle(prev)
    archive = tmp / "okrs.sqlite"
    r = townhall("report", prev, "--config", CONFIG, "--archive", archive, "--out", tmp / "q2", "--formats", "json",
                 "--quiet")
    assert r.returncode == 0, r.stderr
    return report_deck(townhall, tmp / "q3", "--checkins", CHECKINS, "--archive", archive)


def slide_count(html_path):
    return html_path.read_text(encoding="utf-8").count('<section class="slide ')


def slide_names(html_path):
    """(kind, number) of every slide."""
    text = html_path.read_text(encoding="utf-8")
    return re.findall(r'<section class="slide slide-([a-z-]+)" id="(\d+)"', text)


def slide_titles(html_path):
    return re.findall(r'aria-roledescription="slide" aria-label="\d+ of \d+" data-name="([^"]*)"',
                      html_path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- a tiny DevTools client
#
# Nothing here may hang a CI run. Every read from Chromium has a deadline (select on the
# pipe), every test holding a browser runs under a hard alarm, and Chromium runs in its own
# process group that is killed (renderers, GPU and zygote helpers included) in a `finally`.
# Each instance has its own temporary profile and its own pipes, and PDFs and screenshots
# come over the same pipe, so concurrent test runs share nothing and cannot wait on each
# other. (An earlier version ran `chromium --screenshot` / `--print-to-pdf` as separate
# processes sharing pytest's temporary folders: one of them could wait minutes.)

CALL_TIMEOUT = 30      # seconds for one DevTools answer or event
TEST_TIMEOUT = 180     # seconds for everything one test does with a browser


class BrowserTimeout(TimeoutError):
    pass


@contextlib.contextmanager
def hard_timeout(seconds, what="browser test"):
    """Raises BrowserTimeout in the main thread after `seconds`, whatever is blocking."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise BrowserTimeout(f"{what}: still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Browser:
    """Headless Chromium with the DevTools protocol on fds 3 (to it) and 4 (from it)."""

    def __init__(self, width=1600, height=900, timeout=CALL_TIMEOUT):
        self.timeout = timeout
        self.proc = None
        self._to_w = self._from_r = None
        self._buf = b""
        self._id = 0
        self.events = []
        self.profile = tempfile.mkdtemp(prefix="townhall-chromium-")
        try:
            self._launch(width, height)
            targets = self.call("Target.getTargets")["targetInfos"]
            page = next(t for t in targets if t["type"] == "page")
            self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                self.send(f"{domain}.enable")
            self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                      mobile=False)
        except BaseException:
            self.close()
            raise

    def _launch(self, width, height):
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()

        def wire():
            # Move both ends above any low fd first, so neither dup2 is a no-op or clobbers the other.
            high_r, high_w = fcntl.fcntl(to_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        log = open(os.path.join(self.profile, "chromium.log"), "wb")
        try:
            self.proc = subprocess.Popen(
                [CHROMIUM, *CHROME_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
                 f"--window-size={width},{height}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                preexec_fn=wire, close_fds=False, start_new_session=True)
        finally:
            log.close()
            os.close(to_r)
            os.close(from_w)

    def _read_message(self, deadline):
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_r], [], [], left)[0]:
                raise BrowserTimeout(f"no message from Chromium in {self.timeout} s")
            chunk = os.read(self._from_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def _write(self, msg, deadline):
        data = json.dumps(msg).encode() + b"\0"
        while data:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [self._to_w], [], left)[1]:
                raise BrowserTimeout(f"Chromium did not read a command in {self.timeout} s")
            data = data[os.write(self._to_w, data[:4096]):]

    def call(self, method, session=None, timeout=None, **params):
        deadline = time.monotonic() + (timeout or self.timeout)
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self._write(msg, deadline)
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def send(self, method, timeout=None, **params):
        return self.call(method, session=self.session, timeout=timeout, **params)

    def wait_for(self, event, timeout=None):
        for e in self.events:
            if e.get("method") == event:
                return e
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            m = self._read_message(deadline)
            self.events.append(m)
            if m.get("method") == event:
                return m

    def open(self, url, settle=True):
        """Loads `url` afresh (a hash change alone would not reload the document)."""
        for target in ("about:blank", url):
            self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
            self.send("Page.navigate", url=target)
            self.wait_for("Page.loadEventFired")
        if settle:
            self.eval("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))",
                      wait=True)

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

    def screenshot(self, path):
        """The viewport as a PNG."""
        data = self.send("Page.captureScreenshot", format="png", timeout=60)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

    def pdf(self, path):
        """The page printed with its own @page size, backgrounds on."""
        data = self.send("Page.printToPDF", preferCSSPageSize=True, printBackground=True,
                         displayHeaderFooter=False, timeout=90)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

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
        """Stops Chromium and every process it started, whatever state it is in. Never blocks for long."""
        proc, self.proc = self.proc, None
        if proc is not None:
            if not _exited(proc.pid) and self._to_w is not None:
                try:  # a polite close first: it flushes the profile and closes the pipe
                    self._id += 1
                    self._write({"id": self._id, "method": "Browser.close", "params": {}}, time.monotonic() + 2)
                    end = time.monotonic() + 5
                    while not _exited(proc.pid) and time.monotonic() < end:
                        time.sleep(0.05)
                except (OSError, BrowserTimeout):
                    pass
            # The group is ours (start_new_session) and its leader is not reaped yet (_exited does
            # not reap), so its id cannot have been reused: kill what is left of it, helpers included.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            # Let the killed helpers go before their profile is removed under them.
            end = time.monotonic() + 5
            while live_members(proc.pid) and time.monotonic() < end:
                time.sleep(0.05)
        for fd in (self._to_w, self._from_r):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._to_w = self._from_r = None
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def live_members(pgid):
    """Processes of group `pgid` that are still running (zombies waiting for a reaper do not count)."""
    alive = []
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _exited(pid):
    """Whether child `pid` has exited, without reaping it."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


@contextlib.contextmanager
def open_browser(width=1600, height=900, seconds=TEST_TIMEOUT):
    """A browser for one test: a hard time limit on all of it, and Chromium always killed
    (outside the time limit, so the alarm can never interrupt the cleanup)."""
    b = None
    try:
        with hard_timeout(seconds, "Chromium"):
            b = Browser(width, height)
            yield b
    finally:
        if b is not None:
            b.close()


@pytest.fixture()
def browser():
    with open_browser() as b:
        yield b


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


# Boxes that must stay inside their slide, inside any box of theirs that clips, and clear of
# the footnote: the slide content a presenter would miss if it spilled.
BOXES = (".head, .figure, .bar-row, .win, .miss, .check, .rules li, .carry-list li, .next li, .card, .streak, "
         ".quiet li, .trend-table tr, .guide > div, .line-chart, .column-chart, .trail, .problems tr")

SPILL_JS = """(sel => [...document.querySelectorAll('.frame')].flatMap((f, i) => {
    const r = f.getBoundingClientRect();
    const notes = [...f.querySelectorAll('.footnote, .more, .foot')].map(n => n.getBoundingClientRect());
    return [...f.querySelectorAll(sel)].filter(e => {
        const b = e.getBoundingClientRect();
        if (b.height === 0) return false;
        if (b.bottom > r.bottom + 1 || b.right > r.right + 1) return true;
        for (let p = e.parentElement; p && p !== f; p = p.parentElement) {
            const cs = getComputedStyle(p);
            if (cs.overflowY === 'hidden' || cs.overflowX === 'hidden') {
                const pb = p.getBoundingClientRect();
                if (b.bottom > pb.bottom + 1 || b.right > pb.right + 1) return true;
            }
        }
        return notes.some(n => n.height > 0 && b.left < n.right && n.left < b.right && b.top < n.bottom - 1 && n.top < b.bottom - 1);
    }).map(e => (i + 1) + ': ' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40));
}))(%s)"""


def spills(browser):
    return browser.eval(SPILL_JS % json.dumps(BOXES))


def test_slides_fill_the_window_at_16_by_9(deck, browser):
    browser.open(deck.as_uri() + "#2")
    w, h = browser.eval("(() => { const r = document.querySelector('.slide.current .frame').getBoundingClientRect();"
                        " return [r.width, r.height]; })()")
    assert abs(w - 1600) < 2 and abs(h - 900) < 2
    # Nothing on any slide spills outside its frame, out of a box that clips it, or over the footnote.
    assert spills(browser) == []


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1366, 768)])
def test_nothing_spills_at_other_window_sizes(compared_deck, size):
    with open_browser(*size) as b:
        b.open(compared_deck.as_uri())
        assert spills(b) == []
        assert b.problems() == []


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


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    return pages, w / h


def test_print_to_pdf_gives_one_16_by_9_page_per_slide(deck, browser, tmp_path):
    browser.open(deck.as_uri())
    pdf = tmp_path / "deck.pdf"
    browser.pdf(pdf)
    pages, ratio = pdf_pages(pdf)
    assert pages == slide_count(deck)
    assert abs(ratio - 16 / 9) < 0.01
    assert browser.problems() == []


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def update_docs(png, name):
    """Copies a screenshot into docs/ when TOWNHALL_UPDATE_DOCS is set (atomically: a concurrent
    run never sees half a file)."""
    if not os.environ.get("TOWNHALL_UPDATE_DOCS"):
        return
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    tmp = docs / f".{name}.{os.getpid()}.tmp"
    shutil.copy(png, tmp)
    os.replace(tmp, docs / name)


def screenshots(browser, html, shots, tmp_path, docs=()):
    """Screenshots of slides {name: number}; the ones named in `docs` go to docs/<prefix>-<name>.png."""
    for name, number in shots.items():
        browser.open(f"{html.as_uri()}#{number}")
        png = tmp_path / f"{name}.png"
        browser.screenshot(png)
        assert png_size(png) == (1600, 900)
        assert png.stat().st_size > 20_000  # a real slide, not a blank page
        if name in docs:
            update_docs(png, docs[name])


def test_screenshots_of_key_slides(deck, browser, tmp_path):
    slides = slide_names(deck)
    first = lambda kind: next(n for k, n in slides if k == kind)
    shots = {kind: first(kind) for kind in ("title", "glance", "wins", "team", "misses", "balance", "unfolded", "rhythm")}
    screenshots(browser, deck, shots, tmp_path,
                docs={k: f"deck-{k}.png" for k in ("title", "glance", "wins", "team", "unfolded", "rhythm")})
    assert browser.problems() == []


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


# ---------------------------------------------------------------- check-ins and the previous cycle

def test_the_check_in_slides_are_there_only_with_check_ins(deck, plain_deck):
    with_, without = slide_titles(deck), slide_titles(plain_deck)
    assert "How the quarter unfolded" in with_ and "Review rhythm" in with_
    assert "How the quarter unfolded" not in without and "Review rhythm" not in without
    assert len(with_) == len(without) + 2
    text = deck.read_text(encoding="utf-8")
    assert "<strong>Partnerships</strong><span>last updates in August</span>" in text  # the sample's quiet team
    assert 'class="spark"' in text and 'class="spark"' not in plain_deck.read_text(encoding="utf-8")


def test_check_in_slides_render_and_read_in_the_browser(deck, browser):
    slides = dict((k, n) for k, n in reversed(slide_names(deck)))
    browser.open(f"{deck.as_uri()}#{slides['unfolded']}")
    # The weekly chart has three lines with points, and its text alternative is wired up.
    assert browser.eval("document.querySelectorAll('.slide.current .line-chart .series').length") == 3
    assert browser.eval("document.querySelectorAll('.slide.current .line-chart circle').length") >= 30
    label = browser.eval("""(() => { const s = document.querySelector('.slide.current .line-chart');
        return s.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' '); })()""")
    assert label.startswith("Mean score week by week Mean score of the key results at the end of each of the 14 weeks")
    # Every win and miss has its trajectory cell; the sparklines are drawn, not empty.
    browser.open(f"{deck.as_uri()}#{slides['wins']}")
    lines = browser.eval("[...document.querySelectorAll('.slide.current .spark-line')].map(p => p.getTotalLength())")
    assert lines and all(length > 10 for length in lines)
    browser.open(f"{deck.as_uri()}#{slides['rhythm']}")
    assert "Partnerships\nlast updates in August" in browser.eval("document.querySelector('.slide.current .quiet').innerText")
    for _ in range(slide_count(deck)):
        press(browser, "ArrowRight")
    assert browser.problems() == []


def test_the_comparison_shows_arrows_and_carried_over(compared_deck, deck, browser, tmp_path):
    text = compared_deck.read_text(encoding="utf-8")
    assert "▲" in text and "▼" in text and "vs 2026-Q2" in text
    assert '<span class="carried">carried over</span>' in text
    assert "Repeated from 2026-Q2" in text
    assert "▲" not in deck.read_text(encoding="utf-8")  # no archive, no arrows
    assert slide_titles(compared_deck) == slide_titles(deck)
    browser.open(compared_deck.as_uri() + "#2")
    # Arrows are spoken as words, coloured by better or worse.
    deltas = browser.eval("""[...document.querySelectorAll('.slide.current .delta')].map(d =>
        [d.querySelector('.sr-only').textContent, d.className, getComputedStyle(d).color])""")
    assert len(deltas) == 7
    green = browser.eval("getComputedStyle(document.querySelector('.tone-green .fig-value')).color")
    assert any(cls.endswith("tone-green") and color == green for _, cls, color in deltas)
    for _ in range(slide_count(compared_deck)):
        press(browser, "ArrowRight")
    assert browser.problems() == []
    pdf = tmp_path / "compared.pdf"
    browser.pdf(pdf)
    assert pdf_pages(pdf)[0] == slide_count(compared_deck)
    shots = dict((k, n) for k, n in reversed(slide_names(compared_deck)))
    screenshots(browser, compared_deck, {"compared-glance": shots["glance"], "compared-ranking": shots["ranking"]},
                tmp_path, docs={"compared-glance": "deck-compared-glance.png"})


def test_two_browsers_at_once_do_not_wait_on_each_other(deck, plain_deck):
    """Each browser has its own profile and pipes: two at once both finish, quickly."""
    start = time.monotonic()
    with open_browser() as a, open_browser() as b:
        a.open(deck.as_uri())
        b.open(plain_deck.as_uri())
        assert a.eval("document.querySelectorAll('.slide').length") == slide_count(deck)
        assert b.eval("document.querySelectorAll('.slide').length") == slide_count(plain_deck)
        assert a.profile != b.profile
    assert time.monotonic() - start < 60


def test_a_browser_that_stops_answering_times_out_and_is_killed():
    """The guard itself: a stopped Chromium makes the call fail within its deadline, and close()
    leaves no process of its group behind."""
    b = Browser(timeout=2)
    try:
        os.killpg(b.proc.pid, signal.SIGSTOP)
        start = time.monotonic()
        with pytest.raises(BrowserTimeout):
            b.eval("1 + 1")
        assert time.monotonic() - start < 5
        pgid = b.proc.pid
    finally:
        b.close()
    deadline = time.monotonic() + 10
    while live_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert live_members(pgid) == []



# ---------------------------------------------------------------- bidi controls in input text

RLO, PDI = "\u202e", "\u2069"
BIDI_CSV = ("cycle,team,objective,key_result,kr_owner,type,start,target,current,notes\n"
            f"{RLO}evil 2026-Q3,{RLO}Sales,{RLO}Grow,{RLO}Sign 10 logos,{RLO}Ana,committed,0,10,5,{RLO}late\n"
            f"{RLO}evil 2026-Q3,Ops{PDI}{RLO}x,Run,Cut cost,Bo,aspirational,0,10,8,fine\n")


class _TextNodes(html.parser.HTMLParser):
    """Every text node and attribute value of a document, as the browser will see it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []

    def handle_starttag(self, tag, attrs):
        self.texts += [v for _, v in attrs if v]

    def handle_data(self, data):
        self.texts.append(data)


def unisolated(text):
    """The bidi controls of `text` that no isolate (FSI/LRI/RLI … PDI) encloses, and isolates left open."""
    depth, bad = 0, []
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            if depth == 0:
                bad.append("stray PDI")
            depth = max(0, depth - 1)
        elif "\u202a" <= ch <= "\u202e" and depth == 0:
            bad.append(f"U+{ord(ch):04X}")
    return bad + (["open isolate"] if depth else [])


@pytest.fixture(scope="module")
def bidi_deck(townhall, tmp_path_factory):
    out = tmp_path_factory.mktemp("bidi")
    f = out / "bidi.csv"
    f.write_text(BIDI_CSV, encoding="utf-8")
    r = townhall("report", f, "--out", out, "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    (html,) = out.glob("*-townhall.html")
    return html


def test_bidi_overrides_in_input_are_isolated_in_every_text_node(bidi_deck):
    """DOM level: each text node and attribute value (HTML and SVG) holds its bidi controls inside
    an isolate of its own, so none can reach the text around it."""
    p = _TextNodes()
    p.feed(bidi_deck.read_text(encoding="utf-8"))
    with_controls = [t for t in p.texts if RLO in t]
    assert len(with_controls) > 10                      # the input's text is there, in many places
    assert [(t, unisolated(t)) for t in p.texts if unisolated(t)] == []


def test_an_override_in_the_cycle_name_does_not_reverse_the_footer(bidi_deck, browser):
    """In the browser: the footer reads `‮evil 2026-Q3 town hall`; the fixed words after the
    cycle's name still run left to right."""
    browser.open(bidi_deck.as_uri())
    xs = browser.eval("""(() => {
        const span = document.querySelector('.slide.current .foot span');
        const t = span.firstChild, i = t.data.indexOf('town hall');
        const x = k => { const r = document.createRange(); r.setStart(t, i + k); r.setEnd(t, i + k + 1);
                         return r.getBoundingClientRect().left; };
        return [i, x(0), x(5), x(8)];
    })()""")
    assert xs[0] > 0
    assert xs[1] < xs[2] < xs[3], xs


# ---------------------------------------------------------------- the story fits its slides

@pytest.mark.parametrize("size", [(1600, 900), (1280, 720)])
def test_an_appendix_of_long_problems_stays_above_the_footer(townhall, tmp_path, size):
    src = ROOT / "Tests" / "Fixtures" / "inputs" / "deck_many_long_problems.csv"
    r = townhall("report", src, "--out", tmp_path, "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    html = tmp_path / "2026-q3-townhall.html"
    text = html.read_text(encoding="utf-8")
    rows = text.count('<tr class="problem">')
    assert 0 < rows < 12 and f"and {40 - rows} more: see the scorecard" in text
    with open_browser(*size) as b:
        b.open(f"{html.as_uri()}#{slide_count(html)}")
        assert spills(b) == []
        # The table's last row ends above the "and N more" line and the footer.
        gap = b.eval("(() => { const s = document.querySelector('.slide-appendix');"
                     " const t = s.querySelector('.problems').getBoundingClientRect();"
                     " return [s.querySelector('.more').getBoundingClientRect().top - t.bottom,"
                     " s.querySelector('.foot').getBoundingClientRect().top - t.bottom]; })()")
        assert min(gap) >= 0, gap
        assert b.problems() == []


def test_wins_name_every_team_with_wins(deck):
    text = deck.read_text(encoding="utf-8")
    wins = re.findall(r'<section class="slide slide-wins".*?</section>', text, re.S)
    named = {h.strip() for w in wins for h in re.findall(r"<h3>([^<]*?)(?: <span|</h3>)", w)}
    assert {"Autonomy", "Partnerships", "Customer Operations"} <= named
    m = re.search(r"and (\d+) more wins? from (\d+) teams?", wins[-1])
    assert m and int(m.group(2)) < 11


@pytest.fixture(scope="module")
def large_org(townhall, tmp_path_factory):
    """A generated cycle of 300 key results in 38 teams, with and without check-ins: too many
    teams for a slide each, so each department gets a slide of its subtree (a group slide)."""
    tmp = tmp_path_factory.mktemp("large-org")
    src, checkins = tmp / "cycle.csv", tmp / "checkins.csv"
    subprocess.run(["python3", str(ROOT / "scripts" / "gen_cycle.py"), "--krs", "300", "--seed", "7",
                    "--out", str(src), "--checkins", str(checkins)], check=True)
    decks = {}
    for name, extra in (("plain", ()), ("checkins", ("--checkins", checkins))):
        r = townhall("report", src, "--out", tmp / name, "--formats", "html", "--quiet", *extra)
        assert r.returncode == 0, r.stderr
        decks[name] = tmp / name / "2026-q3-townhall.html"
    return decks


@pytest.fixture(scope="module")
def one_team(large_org, townhall):
    """Sixty of the generated key results in one team: a team slide that shows what its rows
    budget holds, with missed commitments marked beside titles, and counts the rest."""
    src = large_org["plain"].parent.parent / "cycle.csv"
    rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))[:60]
    one = large_org["plain"].parent.parent / "one-team.csv"
    with open(one, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(dict(r, team="Platform", parent_team="", aligned_to="") for r in rows)
    out = one.parent / "one-team"
    r = townhall("report", one, "--out", out, "--formats", "html", "--quiet")
    assert r.returncode == 0, r.stderr
    return out / "2026-q3-townhall.html"


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720)])
def test_a_full_team_slide_shows_every_row_it_counts_as_shown(one_team, size):
    text = one_team.read_text(encoding="utf-8")
    assert "missed commitment</span>" in text and re.search(r"and \d+ more key results in the scorecard", text)
    with open_browser(*size) as b:
        b.open(one_team.as_uri())
        assert spills(b) == []


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720)])
def test_a_department_slide_keeps_its_figures_above_the_footnote(large_org, size):
    html = large_org["checkins"]
    assert [k for k, _ in slide_names(html)].count("group") >= 4
    with open_browser(*size) as b:
        b.open(html.as_uri())
        assert spills(b) == []
        assert b.problems() == []


def test_win_chips_line_up_at_the_right_edge_without_check_ins(large_org, browser):
    """Without trajectories the chip still takes the row's last column, as it does beside one."""
    html = large_org["plain"]
    browser.open(html.as_uri())
    offsets = browser.eval("""[...document.querySelectorAll('.slide-wins .win')].map(li =>
        Math.round(li.getBoundingClientRect().right - li.querySelector('.chip').getBoundingClientRect().right))""")
    assert offsets and set(offsets) == {0}, offsets


# ---------------------------------------------------------------- longer texts (the pseudo-locale)

@pytest.fixture(scope="module")
def qps_deck(townhall, tmp_path_factory):
    """The sample with check-ins and an archived previous cycle, every fixed text 40 % longer
    and marked (--lang qps, a test-only pseudo-locale)."""
    tmp = tmp_path_factory.mktemp("qps")
    prev = tmp / "2026-q2.csv"
    previous_cycle(prev)
    archive = tmp / "okrs.sqlite"
    r = townhall("report", prev, "--config", CONFIG, "--archive", archive, "--out", tmp / "q2", "--formats", "json",
                 "--quiet")
    assert r.returncode == 0, r.stderr
    return report_deck(townhall, tmp / "q3", "--checkins", CHECKINS, "--archive", archive, "--lang", "qps")


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720)])
def test_nothing_spills_with_texts_forty_percent_longer(qps_deck, size):
    with open_browser(*size) as b:
        b.open(qps_deck.as_uri())
        assert spills(b) == []
        assert b.problems() == []


def test_the_pseudo_locale_reaches_the_frame_the_script_and_every_heading(qps_deck, browser):
    text = qps_deck.read_text(encoding="utf-8")
    assert '<html lang="en-XA"' in text
    teams = {r["team"] for r in csv.DictReader(open(SAMPLE, newline="", encoding="utf-8"))}
    headings = [html.unescape(h) for h in re.findall(r"<h2[^>]*>([^<]*)</h2>", text)]
    fixed = [h for h in headings if h not in teams]  # a team slide's heading is the team's name
    assert len(fixed) > 10 and all("⟦" in h for h in fixed), [h for h in fixed if "⟦" not in h]
    browser.open(qps_deck.as_uri() + "#3")
    press(browser, "s")
    where = browser.eval("document.getElementById('notes-where').textContent")
    assert "⟦" in where and "3" in where
    assert "⟦" in browser.eval("document.getElementById('notes-next').textContent")
