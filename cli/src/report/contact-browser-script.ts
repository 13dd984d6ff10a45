import { CONTACT_VIEW_SOURCE } from './contact-view-source';

/**
 * The page's only script: it reads the embedded contacts, filters them as the user types (every word
 * must match), pages through them 50 at a time, and shows a contact's decision log when its link is
 * followed. Without it the page still shows the pre-rendered first page and those contacts' logs.
 * Characters past U+00FF are \u escapes in the source, as in CONTACT_VIEW_SOURCE.
 */
export const CONTACT_BROWSER_SCRIPT = String.raw`(function () {
'use strict';
${CONTACT_VIEW_SOURCE}
var PAGE_SIZE = 50;
var dataElement = document.getElementById('contact-data');
var body = document.getElementById('contacts-body');
var panel = document.getElementById('decision-log-panel');
var controls = document.getElementById('contact-controls');
var filter = document.getElementById('contact-filter');
var status = document.getElementById('contact-status');
var previous = document.getElementById('contacts-previous');
var next = document.getElementById('contacts-next');
var noScript = document.getElementById('contacts-static-note');
if (!dataElement || !body || !panel || !controls || !filter || !status || !previous || !next) return;
var view = contactPage(JSON.parse(dataElement.textContent));
var total = view.count;
var texts = null;
var matches = null;
var page = 0;
var timer = null;
function count() { return matches === null ? total : matches.length; }
function at(position) { return matches === null ? position : matches[position]; }
function render() {
  var pages = Math.max(1, Math.ceil(count() / PAGE_SIZE));
  page = Math.min(page, pages - 1);
  var from = page * PAGE_SIZE;
  var to = Math.min(count(), from + PAGE_SIZE);
  var rows = [];
  for (var i = from; i < to; i++) rows.push(view.rowHtml(at(i)));
  body.innerHTML = rows.length ? rows.join('') : '<tr><td colspan="10" class="empty">No contact matches.</td></tr>';
  status.textContent = count() === 0 ? 'No contact matches.' :
    'Showing ' + (from + 1) + '\u2013' + to + ' of ' + count() + (matches === null ? ' contacts' : ' matching contacts (of ' + total + ')') + '.';
  previous.disabled = page === 0;
  next.disabled = page >= pages - 1;
}
function applyFilter() {
  var words = filter.value.toLowerCase().split(/\s+/).filter(function (w) { return w !== ''; });
  if (words.length === 0) { matches = null; page = 0; render(); return; }
  if (texts === null) { texts = new Array(total); for (var i = 0; i < total; i++) texts[i] = view.searchText(i); }
  matches = [];
  for (var k = 0; k < total; k++) {
    var text = texts[k];
    var ok = true;
    for (var w = 0; w < words.length && ok; w++) ok = text.indexOf(words[w]) !== -1;
    if (ok) matches.push(k);
  }
  page = 0;
  render();
}
function showLog() {
  var found = /^#contact-(\d+)$/.exec(location.hash);
  if (!found) return;
  var index = Number(found[1]);
  if (index >= total) return;
  panel.innerHTML = view.logHtml(index);
  var article = document.getElementById('contact-' + index);
  if (article) article.focus();
}
filter.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(applyFilter, 120); });
previous.addEventListener('click', function () { page -= 1; render(); });
next.addEventListener('click', function () { page += 1; render(); });
body.addEventListener('click', function (event) {
  var link = event.target && event.target.closest ? event.target.closest('a') : null;
  if (link && link.getAttribute('href') === location.hash) showLog();
});
window.addEventListener('hashchange', showLog);
controls.hidden = false;
if (noScript) noScript.hidden = true;
panel.innerHTML = '<p class="hint">Choose a contact in the table to read its decision log here.</p>';
render();
showLog();
})();`;
