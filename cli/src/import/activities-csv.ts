import { ACTIVITY_TYPES, type Activity, type ActivityType } from '@leadops/rules';
import { cellValue, skipRow, type CellReading } from './cell-reading';
import { parseExportDate, readRecordId } from './export-cell-values';
import { readExportTable, type ExportColumn } from './export-table';
import type { ImportIssue } from './import-issue';

export interface ActivitiesCsvContext {
  readonly file: string;
  /** Ids of the contacts read; an activity of any other contact is skipped. */
  readonly contactIds: ReadonlySet<string>;
}

export interface ActivitiesCsv {
  /** Contact id → its activities, oldest first. */
  readonly byContact: ReadonlyMap<string, readonly Activity[]>;
  readonly issues: readonly ImportIssue[];
}

/**
 * Which activity property the Detail cell fills: the default config's engagement rules test `url`
 * (pricing page) and `form` (demo request vs content); email campaigns and meeting titles are kept
 * under the names ACTIVITY_PROPERTIES gives them.
 */
export const DETAIL_PROPERTY: Readonly<Record<ActivityType, string>> = {
  page_view: 'url',
  form_submission: 'form',
  email_open: 'campaign',
  email_click: 'campaign',
  meeting: 'title',
  call: 'title',
  chat: 'title',
};

const ACTIVITY_TYPE_SET: ReadonlySet<string> = new Set(ACTIVITY_TYPES);

function isActivityType(value: string): value is ActivityType {
  return ACTIVITY_TYPE_SET.has(value);
}

/** "page_view", "Page view" and "page-view" all name the same type. */
function readActivityType(raw: string): CellReading {
  const type = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return isActivityType(type) ? cellValue(type) : skipRow(`unknown activity "${raw.trim()}": use one of ${ACTIVITY_TYPES.join(', ')}`);
}

function readTimestamp(raw: string): CellReading {
  const instant = parseExportDate(raw);
  return instant === undefined ? skipRow(`bad timestamp "${raw.trim()}": use ISO 8601 (2026-10-21T14:05:00Z), YYYY-MM-DD HH:mm or YYYY-MM-DD`) : cellValue(String(instant));
}

function activityColumns(contactIds: ReadonlySet<string>): ExportColumn[] {
  const readContactId = (raw: string): CellReading => {
    const reading = readRecordId(raw);
    if (reading.kind !== 'value' || contactIds.has(reading.value)) return reading;
    return skipRow(`contact ${reading.value} is not among the imported contacts (or its row was skipped): fix the id, or the contact's row`);
  };
  return [
    { key: 'contactId', labels: ['Contact ID'], required: true, read: readContactId },
    { key: 'type', labels: ['Activity'], required: true, read: readActivityType },
    { key: 'at', labels: ['Timestamp'], required: true, read: readTimestamp },
    { key: 'detail', labels: ['Detail'] },
  ];
}

/**
 * Reads LeadOps' own activity file — `Contact ID,Activity,Timestamp,Detail`, one activity a row —
 * into each contact's activities, oldest first. Activities of contacts that were not imported are
 * skipped with an issue (they would score nobody). Same row rule as the exports.
 */
export function readActivitiesCsv(text: string, context: ActivitiesCsvContext): ActivitiesCsv {
  const table = readExportTable(text, { file: context.file, description: 'LeadOps activities (Contact ID, Activity, Timestamp, Detail)', columns: activityColumns(context.contactIds) });
  const byContact = new Map<string, Activity[]>();
  for (const row of table.rows) {
    const contactId = row.values.get('contactId') ?? '';
    const type = row.values.get('type') ?? '';
    if (!isActivityType(type)) continue; // cannot happen: the column reader skipped the row
    const detail = row.values.get('detail');
    const activity: Activity = { type, at: Number(row.values.get('at')), ...(detail === undefined ? {} : { properties: { [DETAIL_PROPERTY[type]]: detail.trim() } }) };
    const list = byContact.get(contactId);
    if (list) list.push(activity);
    else byContact.set(contactId, [activity]);
  }
  // Stable sort: activities at the same instant keep their file order.
  for (const list of byContact.values()) list.sort((a, b) => a.at - b.at);
  return { byContact, issues: table.issues };
}
