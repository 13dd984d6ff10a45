import type { ContactBrowserPayload } from '../contact-browser-data';
import { contactPage } from '../contact-view';
import { formatCount } from '../format-report-values';
import { reportSection } from './report-section';

/** Rows (and their logs) written into the page itself, so the first page reads without JavaScript. */
export const PRE_RENDERED_ROWS = 50;

const COLUMNS = ['Contact', 'Company', 'Arrived', 'Score', 'Stage', 'Owner / queue', 'Team', 'SLA', 'Handoff', 'Nurture'];

/**
 * The searchable contacts table and the decision-log panel, with the first PRE_RENDERED_ROWS contacts
 * written in. The data itself is embedded once, as JSON, by the page; the script renders pages of rows
 * and the chosen contact's log from it.
 */
export function contactsSection(payload: ContactBrowserPayload): string {
  const view = contactPage(payload.data);
  const total = payload.total;
  const first = Math.min(total, PRE_RENDERED_ROWS);
  const rows: string[] = [];
  const logs: string[] = [];
  for (let index = 0; index < first; index += 1) {
    rows.push(view.rowHtml(index));
    logs.push(view.logHtml(index));
  }
  const headers = COLUMNS.map((label) => `<th scope="col"${label === 'Score' ? ' class="num"' : ''}>${label}</th>`).join('');
  const staticNote = total > first
    ? `<p id="contacts-static-note" class="note">Showing the first ${formatCount(first)} of ${formatCount(total)} contacts. The filter and the other pages need JavaScript; decisions.json holds every decision.</p>`
    : '';
  return reportSection('contacts', 'Contacts and their decision logs', 'Every contact with the decisions LeadOps took, in order: data fixes, score with reasons, lifecycle, routing with reasons, SLA, escalations, handoff and nurture. Follow a name to read its log. The filter matches every word typed against name, email, company, stage, owner, team and statuses (try “breached”, “mql” or a rep’s name).', [
    `<p class="note" data-figure="contact-count" data-value="${total}">${formatCount(total)} contacts.</p>`,
    '<div id="contact-controls" hidden>',
    '<label for="contact-filter">Filter contacts</label>',
    '<input id="contact-filter" type="search" autocomplete="off" placeholder="name, email, company, rep, “breached”…">',
    '<button id="contacts-previous" type="button">Previous page</button>',
    '<button id="contacts-next" type="button">Next page</button>',
    `<span id="contact-status" role="status">Showing 1–${first} of ${formatCount(total)} contacts.</span>`,
    '</div>',
    staticNote,
    '<div class="table-wrap"><table id="contacts-table">',
    '<caption>Contacts</caption>',
    `<thead><tr>${headers}</tr></thead>`,
    `<tbody id="contacts-body">${rows.join('')}</tbody>`,
    '</table></div>',
    '<h3 id="decision-log-heading">Decision log</h3>',
    `<div id="decision-log-panel" role="region" aria-labelledby="decision-log-heading">${logs.join('')}</div>`,
  ]);
}
