import TownhallCore

/// A document page in the deck's look (the team index, the playbook): the deck's stylesheet and
/// palette, its accent, its Content-Security-Policy (no fetch of any kind), plus page rules of
/// its own. Prints on A4 / Letter pages rather than 16:9 slides.
enum Page {
    /// Rules for a page of text and tables, after the deck's stylesheet (which they override).
    static let css = #"""

body.page { background: var(--page); }
.sheet { max-width: 62rem; margin: 2rem auto; padding: 2.2rem 2.8rem 2.6rem; background: var(--bg); color: var(--fg);
  box-shadow: 0 0.2em 1.2em rgb(0 0 0 / 0.12); line-height: 1.45; font-size: 1rem; }
.sheet header { border-bottom: 0.25rem solid var(--accent); margin-bottom: 1.4rem; padding-bottom: 0.8rem; }
.sheet .kicker { color: var(--accent-ink); text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 700; margin: 0; }
.sheet h1 { font-size: 2rem; margin: 0.2rem 0 0.3rem; }
.sheet h2 { font-size: 1.3rem; margin: 1.8rem 0 0.5rem; color: var(--fg); }
.sheet h2 .n { color: var(--accent-ink); margin-right: 0.4em; }
.sheet .lede { color: var(--muted); margin: 0; }
.sheet p, .sheet li { max-width: 48rem; }
.sheet p { margin: 0.55rem 0; }
.sheet table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-variant-numeric: tabular-nums; }
.sheet th, .sheet td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.sheet th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.sheet td.num, .sheet th.num { text-align: right; }
.sheet th button { all: inherit; cursor: pointer; }
.sheet th button::after { content: " ↕"; opacity: 0.4; }
.sheet th[aria-sort="ascending"] button::after { content: " ▲"; opacity: 1; }
.sheet th[aria-sort="descending"] button::after { content: " ▼"; opacity: 1; }
.sheet .band { display: inline-block; min-width: 3.2em; text-align: center; border-radius: 0.3em; padding: 0.05em 0.4em;
  color: var(--on-band); font-weight: 700; }
.sheet .band.green { background: var(--green); } .sheet .band.yellow { background: var(--yellow); }
.sheet .band.red { background: var(--red); } .sheet .band.none { background: var(--none); }
.sheet .depth { color: var(--muted); }
.sheet .example { background: var(--panel); border-left: 0.25rem solid var(--accent); padding: 0.5rem 0.9rem; margin: 0.5rem 0; }
.sheet code { font-size: 0.92em; background: var(--panel); padding: 0.05em 0.3em; border-radius: 0.2em; }
.sheet .filter { width: 100%; max-width: 24rem; padding: 0.4rem 0.6rem; font: inherit; border: 1px solid var(--line);
  border-radius: 0.3rem; background: var(--bg); color: var(--fg); }
.sheet footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.6rem; }
.sheet a { color: var(--accent-ink); }
@page { size: auto; margin: 14mm; }
@media print {
  body.page { background: #fff; }
  .sheet { box-shadow: none; margin: 0; max-width: none; padding: 0; }
  .sheet .filter, .sheet th button::after { display: none; }
  .sheet h2 { break-after: avoid; } .sheet tr, .sheet .example { break-inside: avoid; }
}
"""#

    /// A whole page: `body` is HTML already escaped by its builder; `title` is plain text.
    static func document(title: String, lang: String, accent: String, body: String, script: String = "") -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(escape(lang))">
            <head>
            \(DeckTemplates.meta)
            <title>\(escape(title))</title>
            <link rel="icon" href="data:,">
            <style>:root { --accent: \(accent); }
            \(DeckStyle.css)\(css)</style>
            </head>
            <body class="page">
            <main class="sheet">
            \(body)
            </main>

            """
        if !script.isEmpty { html += "<script>\(script)</script>\n" }
        html += "</body>\n</html>\n"
        return html
    }

    /// Text for HTML text and attribute values alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Input text as a page shows it: clipped, bidi-isolated (`Format.clip`), then escaped.
    static func text(_ input: String, _ limit: Int = 160) -> String { escape(Format.clip(input.trimmed, limit)) }

    /// Sorts a `<table class="sortable">` by the column whose header button is pressed (numbers by
    /// their `data-v`), and filters its rows by the text typed in `input.filter`. Plain DOM, no fetch.
    static let sortScript = #"""
(function () {
  var table = document.querySelector('table.sortable'); if (!table) return;
  var body = table.tBodies[0], heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var b = th.querySelector('button'); if (!b) return;
    b.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows), num = th.classList.contains('num');
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
        if (num) { x = x === '' ? -Infinity : +x; y = y === '' ? -Infinity : +y; return asc ? x - y : y - x; }
        return asc ? x.localeCompare(y) : y.localeCompare(x);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  var f = document.querySelector('input.filter'); if (!f) return;
  f.hidden = false;
  f.addEventListener('input', function () {
    var q = f.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) { r.hidden = q !== '' && r.cells[0].textContent.toLowerCase().indexOf(q) < 0; });
  });
})();
"""#
}
