// jixiao review: links every table cell with where it was printed (a box on a page image, or text lines).
// Elements that belong together share a key in data-b (several keys, space-separated, on a text line).
// Hover lights them up (class hl); a click selects them (class sel) and scrolls the other side into view.
(function () {
  'use strict';

  function keys(el) {
    return (el.getAttribute('data-b') || '').split(/\s+/).filter(Boolean);
  }

  function linked(el) {
    var found = [];
    keys(el).forEach(function (k) {
      document.querySelectorAll('[data-b~="' + k + '"]').forEach(function (e) {
        if (found.indexOf(e) < 0) { found.push(e); }
      });
    });
    return found;
  }

  function mark(els, cls, on) {
    els.forEach(function (e) { e.classList.toggle(cls, on); });
  }

  // Scrolls el into the middle of the scrolling pane that holds it (page images or text), or of the window.
  function reveal(el) {
    var pane = el.closest('.pane-scroll');
    if (pane) {
      var p = pane.getBoundingClientRect();
      var r = el.getBoundingClientRect();
      pane.scrollTop += (r.top - p.top) - (pane.clientHeight - r.height) / 2;
      pane.scrollLeft += (r.left - p.left) - (pane.clientWidth - r.width) / 2;
      var pr = pane.getBoundingClientRect();
      if (pr.top < 0 || pr.bottom > window.innerHeight) { pane.scrollIntoView({block: 'nearest'}); }
    } else {
      el.scrollIntoView({block: 'center', inline: 'nearest'});
    }
  }

  var hovered = null;
  document.addEventListener('mouseover', function (ev) {
    var el = ev.target.closest ? ev.target.closest('[data-b]') : null;
    if (el === hovered) { return; }
    if (hovered) { mark(linked(hovered), 'hl', false); }
    hovered = el;
    if (el) { mark(linked(el), 'hl', true); }
  });

  var selected = [];
  function select(el) {
    mark(selected, 'sel', false);
    selected = linked(el);
    mark(selected, 'sel', true);
    var side = el.closest('.pane-scroll') ? 'source' : 'table';
    var other = selected.filter(function (e) {
      return e !== el && (side === 'table' ? e.closest('.pane-scroll') : !e.closest('.pane-scroll'));
    });
    if (other.length > 0) { reveal(other[0]); }
  }

  document.addEventListener('click', function (ev) {
    var zoom = ev.target.closest ? ev.target.closest('button.zoom') : null;
    if (zoom) {
      var z = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--zoom')) || 1;
      z = Math.min(4, Math.max(0.5, z * (zoom.getAttribute('data-zoom') === '1' ? 1.25 : 0.8)));
      document.documentElement.style.setProperty('--zoom', String(z));
      return;
    }
    var el = ev.target.closest ? ev.target.closest('[data-b]') : null;
    if (el && !(ev.target.closest('a'))) { select(el); }
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && document.activeElement && document.activeElement.hasAttribute('data-b')) {
      select(document.activeElement);
    }
  });

  // index.html: the filters
  var only = document.getElementById('only-problems');
  var byName = document.getElementById('name-filter');
  var shown = document.getElementById('shown');
  function filter() {
    var rows = document.querySelectorAll('table.docs tbody tr');
    var q = byName ? byName.value.trim().toLowerCase() : '';
    var n = 0;
    rows.forEach(function (r) {
      var hide = (only && only.checked && r.getAttribute('data-problems') !== 'true')
        || (q !== '' && (r.getAttribute('data-name') || '').indexOf(q) < 0);
      r.classList.toggle('hidden', hide);
      if (!hide) { n++; }
    });
    if (shown) { shown.textContent = n + ' of ' + rows.length + ' shown'; }
  }
  if (only) { only.addEventListener('change', filter); }
  if (byName) { byName.addEventListener('input', filter); }
  if (only || byName) { filter(); }
})();
