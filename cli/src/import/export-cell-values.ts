import { cellValue, skipRow, type CellReading } from './cell-reading';

// Every reader here is for a typed column: a value it cannot read skips the row (see export-table.ts
// for why), so each message says what was found and what to write instead.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date as HubSpot exports write it — "2026-10-21 14:05", "2026-10-21" — or ISO 8601
 * ("2026-10-21T14:05:00Z", "2026-10-21T16:05:00+02:00") → epoch milliseconds. Without an offset the
 * time is UTC, as in HubSpot's exports for a portal set to UTC. Impossible dates (31 Feb) are errors.
 */
export function parseExportDate(raw: string): number | undefined {
  const text = raw.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return utcInstant(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]), 0, 0, 0, 0);
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, millis, zone] = match;
  const local = utcInstant(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0), Number((millis ?? '0').padEnd(3, '0')));
  if (local === undefined) return undefined;
  return zone === undefined ? local : local - offsetMinutes(zone) * 60_000;
}

function utcInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 31 Feb over into March; a rolled-over day means the date does not exist.
  return new Date(instant).getUTCDate() === day ? instant : undefined;
}

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith('-') ? -minutes : minutes;
}

/** A date cell → epoch milliseconds as a string, the way LeadOps holds HubSpot datetimes. */
export function readDate(raw: string): CellReading {
  const instant = parseExportDate(raw);
  if (instant === undefined) return skipRow(`bad date "${raw.trim()}": use YYYY-MM-DD, YYYY-MM-DD HH:mm or ISO 8601 (2026-10-21T14:05:00Z)`);
  return cellValue(String(instant));
}

/** A count (employees, page views, form submissions): a whole number, 0 or more. */
export function readCount(raw: string): CellReading {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return skipRow(`"${text}" is not a count: write a whole number such as 250, without ranges, words or separators`);
  return cellValue(String(Number(text)));
}

/** An amount (annual revenue): a plain decimal number. */
export function readAmount(raw: string): CellReading {
  const text = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return skipRow(`"${text}" is not a number: write digits with an optional decimal point, such as 1250000 or 99.5, without currency or separators`);
  return cellValue(text);
}

/** A HubSpot record id: digits only. */
export function readRecordId(raw: string): CellReading {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return skipRow(`"${text}" is not a HubSpot record id: ids are digits only; export the file from HubSpot again or fix the id`);
  return cellValue(text);
}
