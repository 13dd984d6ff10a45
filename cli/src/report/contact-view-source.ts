/**
 * The contacts table's row and decision-log markup, as JavaScript source. The page's script uses it
 * to render pages and logs in the browser, and `contactView()` runs the very same source in Node to
 * pre-render the first page, so the two can never drift apart. Plain ES2015, no template literals:
 * it is embedded in a TypeScript string. Every piece of data goes through `esc`.
 */
export const CONTACT_VIEW_SOURCE = String.raw`
var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text) {
  return String(text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
}
function str(data, index) {
  return index < 0 ? '' : data.strings[index];
}
function when(data, seconds) {
  return new Date(data.base + seconds * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function scoreText(contact) {
  return String(contact.s) + (contact.m ? ' MQL' : '');
}
function slaText(data, contact) {
  if (contact.l < 0) return '';
  return str(data, contact.l) + (contact.w === null ? '' : ' (' + contact.w + ' working min)');
}
function rowHtml(data, index) {
  var c = data.contacts[index];
  var cells = [
    '<th scope="row"><a href="#contact-' + index + '">' + esc(data.names[index]) + '</a></th>',
    '<td>' + esc(str(data, c.c)) + '</td>',
    '<td>' + esc(when(data, c.a)) + '</td>',
    '<td class="num">' + esc(scoreText(c)) + '</td>',
    '<td>' + esc(str(data, c.g)) + '</td>',
    '<td>' + esc(str(data, c.o)) + '</td>',
    '<td>' + esc(str(data, c.t)) + '</td>',
    '<td' + (c.l < 0 ? '' : ' class="sla-' + esc(str(data, c.l).replace(' ', '-')) + '"') + '>' + esc(slaText(data, c)) + '</td>',
    '<td>' + esc(str(data, c.h)) + '</td>',
    '<td>' + esc(str(data, c.u)) + '</td>'
  ];
  return '<tr data-contact-id="' + esc(data.ids[index]) + '">' + cells.join('') + '</tr>';
}
function fact(label, value) {
  return value === '' ? '' : '<div><dt>' + esc(label) + '</dt><dd>' + esc(value) + '</dd></div>';
}
function logHtml(data, index) {
  var c = data.contacts[index];
  var steps = [];
  for (var i = 0; i < c.log.length; i++) {
    var step = c.log[i];
    var reasons = [];
    for (var j = 0; j < step[3].length; j++) reasons.push('<li>' + esc(str(data, step[3][j])) + '</li>');
    steps.push(
      '<li class="step step-' + esc(data.kinds[step[1]]) + '">' +
      '<span class="step-time">' + esc(when(data, step[0])) + '</span> ' +
      '<span class="step-kind">' + esc(data.kindLabels[step[1]]) + '</span> ' +
      '<span class="step-summary">' + esc(str(data, step[2])) + '</span>' +
      (reasons.length ? '<ul class="step-reasons">' + reasons.join('') + '</ul>' : '') +
      '</li>');
  }
  var facts = [
    fact('Contact id', data.ids[index]), fact('Email', data.emails[index]), fact('Company', str(data, c.c)),
    fact('Score', scoreText(c)), fact('Stage', str(data, c.g)), fact('Owner', str(data, c.o)), fact('Team', str(data, c.t)),
    fact('SLA', slaText(data, c)), fact('Handoff', str(data, c.h)), fact('Nurture', str(data, c.u))
  ];
  return '<article class="log" id="contact-' + index + '" tabindex="-1" aria-labelledby="contact-' + index + '-title" data-contact-id="' + esc(data.ids[index]) + '">' +
    '<h3 id="contact-' + index + '-title">' + esc(data.names[index]) + '</h3>' +
    '<dl class="facts">' + facts.join('') + '</dl>' +
    '<ol class="steps">' + steps.join('') + '</ol>' +
    '<p class="back"><a href="#contacts">Back to the contacts</a></p></article>';
}
function searchText(data, index) {
  var c = data.contacts[index];
  return [data.names[index], data.emails[index], str(data, c.c), data.ids[index], str(data, c.g), str(data, c.o), str(data, c.t), str(data, c.l), str(data, c.h), str(data, c.u), c.m ? 'mql' : ''].join(' ').toLowerCase();
}
`;
