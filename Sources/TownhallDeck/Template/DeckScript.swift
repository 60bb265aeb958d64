/// The deck's presenter script: constant, inline, no network, no dependencies.
///
/// Keys as in reveal.js and Marp: → ← Space Shift+Space PageUp PageDown Home End, `O`/`Esc`
/// overview, `S` speaker notes, `F` fullscreen, `B` black screen, `?` help. Click or tap advances.
/// The URL hash is the slide number (`#3`); reloading keeps the slide. Without the script the
/// document reads top to bottom.
enum DeckScript {
    /// Never contains a double opening brace, which Mustache would read as a tag (a test checks).
    static let js = #"""
(function () {
  'use strict';
  var doc = document, root = doc.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');  // already set in <head>, so the first paint is the presenting layout
  var slides = Array.prototype.slice.call(doc.querySelectorAll('.slide'));
  var total = slides.length;
  if (!total) return;
  var deck = doc.getElementById('deck');
  var live = doc.getElementById('live');
  var pane = doc.getElementById('notes-pane');
  var paneWhere = doc.getElementById('notes-where');
  var paneBody = doc.getElementById('notes-body');
  var paneNext = doc.getElementById('notes-next');
  var paneTimer = doc.getElementById('notes-timer');
  var help = doc.getElementById('help');
  var blackout = doc.getElementById('blackout');
  var baseTitle = doc.title;
  // The words the script shows come from the deck's language, as data on the deck element.
  function say(name, values) {
    var text = deck.getAttribute('data-say-' + name) || '';
    for (var k in values) text = text.split('%' + k).join(values[k]);
    return text;
  }
  var cur = -1;
  var started = Date.now();

  function fromHash() {
    var m = /^#(\d+)$/.exec(location.hash);
    var n = m ? parseInt(m[1], 10) : 1;
    return Math.min(Math.max(n, 1), total) - 1;
  }

  function setHash(i) {
    var hash = '#' + (i + 1);
    if (location.hash === hash) return;
    try { history.replaceState(null, '', hash); } catch (e) { location.replace(hash); }
  }

  function fillNotes() {
    var s = slides[cur];
    paneWhere.textContent = say('where', { n: cur + 1, total: total, name: s.getAttribute('data-name') });
    var notes = s.querySelector('.notes ul');
    paneBody.replaceChildren(notes ? notes.cloneNode(true) : doc.createTextNode(''));
    paneNext.textContent = cur + 1 < total ? say('next', { name: slides[cur + 1].getAttribute('data-name') }) : say('last', {});
  }

  function show(i, updateHash) {
    i = Math.min(Math.max(i, 0), total - 1);
    if (i !== cur) {
      if (cur >= 0) slides[cur].classList.remove('current');
      cur = i;
      var s = slides[cur];
      s.classList.add('current');
      live.textContent = say('live', { n: cur + 1, total: total, name: s.getAttribute('data-name') });
      doc.title = s.getAttribute('data-name') + ' · ' + baseTitle;
      fillNotes();
      if (root.classList.contains('overview')) s.scrollIntoView({ block: 'nearest' });
    }
    if (updateHash) setHash(cur);
  }

  function go(delta) { show(cur + delta, true); }

  function toggleOverview(on) {
    var want = on === undefined ? !root.classList.contains('overview') : on;
    root.classList.toggle('overview', want);
    if (want) slides[cur].scrollIntoView({ block: 'center' });
    else deck.scrollTop = 0;
  }

  function toggleNotes() {
    var on = !root.classList.contains('notes-on');
    root.classList.toggle('notes-on', on);
    pane.hidden = !on;
    if (on) { started = Date.now(); tick(); }
  }

  function toggleHelp(on) { help.hidden = on === undefined ? !help.hidden : !on; }
  function toggleBlack(on) { blackout.hidden = on === undefined ? !blackout.hidden : !on; }

  function toggleFullscreen() {
    try {
      if (doc.fullscreenElement) { doc.exitFullscreen().catch(function () {}); }
      else if (root.requestFullscreen) { root.requestFullscreen().catch(function () {}); }
    } catch (e) { /* not allowed here: nothing to do */ }
  }

  function tick() {
    var sec = Math.floor((Date.now() - started) / 1000);
    paneTimer.textContent = Math.floor(sec / 60) + ':' + ('0' + (sec % 60)).slice(-2);
  }
  setInterval(function () { if (!pane.hidden) tick(); }, 1000);

  doc.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var k = e.key;
    if (!help.hidden && k !== '?') { if (k === 'Escape' || k === 'Enter' || k === ' ') { toggleHelp(false); e.preventDefault(); } return; }
    if (!blackout.hidden && k !== 'b' && k !== 'B' && k !== '.') { toggleBlack(false); e.preventDefault(); return; }
    switch (k) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case 'n': case 'N': go(1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'p': case 'P': case 'Backspace': go(-1); break;
      case ' ': case 'Spacebar': go(e.shiftKey ? -1 : 1); break;
      case 'Home': show(0, true); break;
      case 'End': show(total - 1, true); break;
      case 'Enter': if (root.classList.contains('overview')) toggleOverview(false); else go(1); break;
      case 'o': case 'O': toggleOverview(); break;
      case 'Escape': toggleOverview(); break;
      case 's': case 'S': toggleNotes(); break;
      case 'f': case 'F': toggleFullscreen(); break;
      case 'b': case 'B': case '.': toggleBlack(); break;
      case '?': toggleHelp(); break;
      default: return;
    }
    e.preventDefault();
  });

  deck.addEventListener('click', function (e) {
    if (e.target.closest('a, button, input, select, textarea, summary')) return;
    if (root.classList.contains('overview')) {
      var s = e.target.closest('.slide');
      if (s) { show(slides.indexOf(s), true); toggleOverview(false); }
      return;
    }
    go(e.shiftKey ? -1 : 1);
  });

  var touchX = null, touchY = null;
  deck.addEventListener('touchstart', function (e) {
    if (e.touches.length === 1) { touchX = e.touches[0].clientX; touchY = e.touches[0].clientY; }
  }, { passive: true });
  deck.addEventListener('touchend', function (e) {
    if (touchX === null || root.classList.contains('overview')) return;
    var dx = e.changedTouches[0].clientX - touchX, dy = e.changedTouches[0].clientY - touchY;
    touchX = null;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy)) { go(dx < 0 ? 1 : -1); e.preventDefault(); }
  });

  help.addEventListener('click', function () { toggleHelp(false); });
  blackout.addEventListener('click', function () { toggleBlack(false); });
  window.addEventListener('hashchange', function () { show(fromHash(), false); });

  show(fromHash(), false);
  // Fade between slides only once the first one is up, so nothing fades on load.
  requestAnimationFrame(function () { requestAnimationFrame(function () { root.classList.add('ready'); }); });
})();
"""#
}
