/**
 * The contacts table's row and decision-log markup, as JavaScript source. The page's script uses it
 * to render pages and logs in the browser, and `contactPage()` runs the very same source in Node to
 * pre-render the first page, so the two can never drift apart. Plain ES2015, no template literals:
 * it is embedded in a TypeScript string. Every piece of data goes through `esc`. Characters past
 * U+00FF are written as \u escapes, so the page stays one byte per character (see latin1-text).
 *
 * `contactPage(data)` takes the embedded ContactBrowserData and returns the page's view of it; texts
 * are rebuilt from their templates once each, when first shown, not all 60,000 of a big run up front.
 */
export const CONTACT_VIEW_SOURCE = String.raw`
var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text) {
  return String(text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
}
function contactPage(data) {
  var decoded = new Array(data.texts.length);
  function text(index) {
    if (index < 0) return '';
    var done = decoded[index];
    if (done !== undefined) return done;
    var entry = data.texts[index];
    var result;
    if (typeof entry === 'number') {
      result = data.templates[entry][0];
    } else {
      var pieces = data.templates[entry[0]];
      result = pieces[0];
      for (var i = 1; i < entry.length; i++) result += String(entry[i]) + pieces[i];
    }
    decoded[index] = result;
    return result;
  }
  function when(seconds) {
    return new Date(data.base + seconds * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }
  function scoreText(index) {
    return String(data.score[index]) + (data.mql[index] ? ' MQL' : '');
  }
  function slaText(index) {
    if (data.sla[index] < 0) return '';
    var minutes = data.touchMinutes[index];
    return text(data.sla[index]) + (minutes === null ? '' : ' (' + minutes + ' working min)');
  }
  function rowHtml(index) {
    var sla = data.sla[index];
    var cells = [
      '<th scope="row"><a href="#contact-' + index + '">' + esc(data.names[index]) + '</a></th>',
      '<td>' + esc(text(data.company[index])) + '</td>',
      '<td>' + esc(when(data.arrival[index])) + '</td>',
      '<td class="num">' + esc(scoreText(index)) + '</td>',
      '<td>' + esc(text(data.stage[index])) + '</td>',
      '<td>' + esc(text(data.owner[index])) + '</td>',
      '<td>' + esc(text(data.team[index])) + '</td>',
      '<td' + (sla < 0 ? '' : ' class="sla-' + esc(text(sla).replace(' ', '-')) + '"') + '>' + esc(slaText(index)) + '</td>',
      '<td>' + esc(text(data.handoff[index])) + '</td>',
      '<td>' + esc(text(data.nurture[index])) + '</td>'
    ];
    return '<tr data-contact-id="' + esc(data.ids[index]) + '">' + cells.join('') + '</tr>';
  }
  function fact(label, value) {
    return value === '' ? '' : '<div><dt>' + esc(label) + '</dt><dd>' + esc(value) + '</dd></div>';
  }
  function logHtml(index) {
    var entries = data.logEntries;
    var arrival = data.arrival[index];
    var steps = [];
    for (var i = index === 0 ? 0 : data.logEnds[index - 1]; i < data.logEnds[index]; i += 2) {
      var step = data.steps[entries[i + 1]];
      var reasons = [];
      for (var j = 2; j < step.length; j++) reasons.push('<li>' + esc(text(step[j])) + '</li>');
      steps.push(
        '<li class="step step-' + esc(data.kinds[step[0]]) + '">' +
        '<span class="step-time">' + esc(when(arrival + entries[i])) + '</span> ' +
        '<span class="step-kind">' + esc(data.kindLabels[step[0]]) + '</span> ' +
        '<span class="step-summary">' + esc(text(step[1])) + '</span>' +
        (reasons.length ? '<ul class="step-reasons">' + reasons.join('') + '</ul>' : '') +
        '</li>');
    }
    var facts = [
      fact('Contact id', data.ids[index]), fact('Email', data.emails[index]), fact('Company', text(data.company[index])),
      fact('Score', scoreText(index)), fact('Stage', text(data.stage[index])), fact('Owner', text(data.owner[index])), fact('Team', text(data.team[index])),
      fact('SLA', slaText(index)), fact('Handoff', text(data.handoff[index])), fact('Nurture', text(data.nurture[index]))
    ];
    return '<article class="log" id="contact-' + index + '" tabindex="-1" aria-labelledby="contact-' + index + '-title" data-contact-id="' + esc(data.ids[index]) + '">' +
      '<h3 id="contact-' + index + '-title">' + esc(data.names[index]) + '</h3>' +
      '<dl class="facts">' + facts.join('') + '</dl>' +
      '<ol class="steps">' + steps.join('') + '</ol>' +
      '<p class="back"><a href="#contacts">Back to the contacts</a></p></article>';
  }
  function searchText(index) {
    return [data.names[index], data.emails[index], text(data.company[index]), data.ids[index], text(data.stage[index]), text(data.owner[index]), text(data.team[index]),
      data.sla[index] < 0 ? '' : text(data.sla[index]), text(data.handoff[index]), text(data.nurture[index]), data.mql[index] ? 'mql' : ''].join(' ').toLowerCase();
  }
  return { count: data.ids.length, rowHtml: rowHtml, logHtml: logHtml, searchText: searchText };
}
`;
