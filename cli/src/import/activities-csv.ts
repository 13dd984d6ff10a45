import { ACTIVITY_TYPES, type Activity, type ActivityType, type PropertyValues } from '@leadops/rules';
import { cellValue, skipRow, type CellReading } from './cell-reading';
import { CellMemo } from './cell-memo';
import { textBytes, type CsvBytes } from './csv-bytes';
import type { CsvScanner } from './csv-scanner';
import { parseDateBytes, parseExportDate, readRecordId } from './export-cell-values';
import { ExportRowReader, ExportRows, type ExportColumn } from './export-table';
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

function activityColumns(isContact: (id: string) => boolean): ExportColumn[] {
  const readContactId = (raw: string): CellReading => {
    const reading = readRecordId(raw);
    if (reading.kind !== 'value' || isContact(reading.value)) return reading;
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
  const contacts = new ContactPositions([...context.contactIds]);
  const read = readActivities(textBytes(text), context.file, contacts);
  const byContact = new Map<string, readonly Activity[]>();
  for (const position of read.order) byContact.set(contacts.ids[position] ?? '', read.lists[position] ?? []);
  return { byContact, issues: read.issues };
}

/**
 * The imported contacts' ids and where each is in the contact list. An activity file has ten times as
 * many rows as there are contacts, so its plain ids (digits without a leading zero, as HubSpot writes
 * them) are looked up as numbers read straight from the bytes; any other id as the string it trims to.
 */
export class ContactPositions {
  private readonly byId = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private lastNumber = -1;
  private lastPosition: number | undefined;

  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, position) => {
      this.byId.set(id, position);
      const number = plainNumber(id);
      if (number >= 0) this.byNumber.set(number, position);
    });
  }

  get(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** The position of the contact whose id is the plain number in `bytes[start, end)`, if it is one. */
  getDigits(bytes: Uint8Array, start: number, end: number): number | undefined {
    const length = end - start;
    if (length < 1 || length > MAX_PLAIN_DIGITS || (bytes[start] === ZERO && length > 1)) return undefined;
    let number = 0;
    for (let i = start; i < end; i += 1) {
      const digit = (bytes[i] ?? 0) - ZERO;
      if (digit < 0 || digit > 9) return undefined;
      number = number * 10 + digit;
    }
    // Files often list a contact's activities together: the last answer is worth keeping.
    if (number !== this.lastNumber) {
      this.lastNumber = number;
      this.lastPosition = this.byNumber.get(number);
    }
    return this.lastPosition;
  }
}

const ZERO = 0x30;
/** Up to 15 digits every number is exact as a double, so the number and its digits name the same id. */
const MAX_PLAIN_DIGITS = 15;

/** The id as a number when its digits are the number's only spelling, else -1. */
function plainNumber(id: string): number {
  return /^(0|[1-9]\d{0,14})$/.test(id) ? Number(id) : -1;
}

/** Each contact's activities, by position in the contact list. */
export interface ActivityLists {
  /** The contact's activities, oldest first; undefined when it has none. */
  readonly lists: readonly (readonly Activity[] | undefined)[];
  /** Contact positions in the order their first activity appears in the file. */
  readonly order: readonly number[];
  readonly issues: readonly ImportIssue[];
}

/**
 * `readActivitiesCsv` on the bytes of the file. A row in the usual form — a plain contact id, an
 * activity type as LeadOps writes it, a date `parseDateBytes` reads — is read straight from its bytes,
 * decoding only the Detail. Any other row goes through the columns' readers, which accept more
 * spellings and word the issues, so both ways give the same activities and issues.
 */
export function readActivities(bytes: CsvBytes, file: string, contacts: ContactPositions): ActivityLists {
  const table = new ExportRows(bytes, { file, description: 'LeadOps activities (Contact ID, Activity, Timestamp, Detail)', columns: activityColumns((id) => contacts.get(id) !== undefined) });
  const reader = new ExportRowReader(table, undefined);
  const values = reader.values;
  const positions = { id: table.position('contactId'), type: table.position('type'), at: table.position('at'), detail: table.position('detail') };
  const cellOf = (position: number) => table.known[position]?.index ?? -1;
  const idCell = cellOf(positions.id);
  const typeCell = cellOf(positions.type);
  const atCell = cellOf(positions.at);
  const detailCell = cellOf(positions.detail);
  const cells = table.cells;
  const details = new SharedDetails();
  const lists: (Activity[] | undefined)[] = new Array<Activity[] | undefined>(contacts.ids.length).fill(undefined);
  const order: number[] = [];

  while (table.next()) {
    const buffer = cells.buffer;
    let contact = contacts.getDigits(buffer, cells.cellStart(idCell), cells.cellEnd(idCell));
    let type = contact === undefined ? undefined : activityTypeOfBytes(buffer, cells.cellStart(typeCell), cells.cellEnd(typeCell));
    let at = type === undefined ? NaN : parseDateBytes(buffer, cells.cellStart(atCell), cells.cellEnd(atCell));
    let properties: PropertyValues | undefined;
    if (Number.isNaN(at)) {
      if (!reader.read()) continue;
      contact = contacts.get(values[positions.id] ?? '');
      const typeValue = values[positions.type] ?? '';
      type = isActivityType(typeValue) ? typeValue : undefined;
      at = Number(values[positions.at]);
      const detail = positions.detail < 0 ? undefined : values[positions.detail];
      if (type !== undefined && detail !== undefined) properties = details.ofText(type, detail);
    } else if (type !== undefined && detailCell >= 0 && !cells.isBlank(detailCell)) {
      properties = details.of(type, cells, detailCell);
    }
    if (contact === undefined || type === undefined) continue; // cannot happen: the column readers skipped the row
    const activity: Activity = properties === undefined ? { type, at } : { type, at, properties };
    const list = lists[contact];
    if (list) list.push(activity);
    else {
      lists[contact] = [activity];
      order.push(contact);
    }
  }
  // Stable sort: activities at the same instant keep their file order. Files are usually in time
  // order already, and checking costs less than sorting.
  for (const list of lists) if (list && !inTimeOrder(list)) list.sort((a, b) => a.at - b.at);
  return { lists, order, issues: table.issues };
}

function inTimeOrder(list: readonly Activity[]): boolean {
  for (let i = 1; i < list.length; i += 1) if ((list[i]?.at ?? 0) < (list[i - 1]?.at ?? 0)) return false;
  return true;
}

const TYPE_BYTES = ACTIVITY_TYPES.map((type) => ({ type, bytes: Buffer.from(type, 'latin1') }));

/** The activity type whose name is exactly `bytes[start, end)`, as LeadOps writes it. */
function activityTypeOfBytes(bytes: Uint8Array, start: number, end: number): ActivityType | undefined {
  next: for (const { type, bytes: name } of TYPE_BYTES) {
    if (name.length !== end - start) continue;
    for (let i = 0; i < name.length; i += 1) if (name[i] !== bytes[start + i]) continue next;
    return type;
  }
  return undefined;
}

/**
 * The properties of activities with a detail, one frozen object per distinct detail: a million
 * activities name a few thousand pages, forms and campaigns, and the engine only reads them.
 */
class SharedDetails {
  private readonly byBytes = new Map<string, CellMemo<PropertyValues>>();
  private readonly byText = new Map<string, Map<string, PropertyValues>>();

  /** The properties for the detail in cell `index` of the scanner's current record (not blank). */
  of(type: ActivityType, cells: CsvScanner, index: number): PropertyValues {
    // A cell with quotes inside has other bytes than its text.
    if (cells.hasQuotes(index)) return this.ofText(type, cells.text(index));
    const property = DETAIL_PROPERTY[type];
    let memo = this.byBytes.get(property);
    if (memo === undefined) {
      memo = new CellMemo({ trial: false, maxEntries: 1 << 20 });
      this.byBytes.set(property, memo);
    }
    const buffer = cells.buffer;
    const start = cells.cellStart(index);
    const end = cells.cellEnd(index);
    let properties = memo.get(buffer, start, end);
    if (properties === undefined) {
      properties = this.ofText(type, cells.text(index));
      memo.set(buffer, start, end, properties);
    }
    return properties;
  }

  /** The properties for a detail as written (not blank). */
  ofText(type: ActivityType, detail: string): PropertyValues {
    const property = DETAIL_PROPERTY[type];
    let byDetail = this.byText.get(property);
    if (byDetail === undefined) {
      byDetail = new Map();
      this.byText.set(property, byDetail);
    }
    const trimmed = detail.trim();
    let properties = byDetail.get(trimmed);
    if (properties === undefined) {
      properties = Object.freeze({ [property]: trimmed });
      byDetail.set(trimmed, properties);
    }
    return properties;
  }
}
