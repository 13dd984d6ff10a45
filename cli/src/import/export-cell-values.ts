import { cellValue, skipRow, type CellReading } from './cell-reading';

// Every reader here is for a typed column: a value it cannot read skips the row (see export-table.ts
// for why), so each message says what was found and what to write instead.

/**
 * A date as HubSpot exports write it — "2026-10-21 14:05", "2026-10-21" — or ISO 8601
 * ("2026-10-21T14:05:00Z", "2026-10-21T16:05:00+02:00") → epoch milliseconds. Without an offset the
 * time is UTC, as in HubSpot's exports for a portal set to UTC. Impossible dates (31 Feb) are errors.
 */
export function parseExportDate(raw: string): number | undefined {
  const text = raw.trim();
  if (scratch.length < text.length) scratch = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Only ASCII digits, separators and letters can be part of a date.
    if (code > 0x7f) return undefined;
    scratch[i] = code;
  }
  const instant = parseDateBytes(scratch, 0, text.length);
  return Number.isNaN(instant) ? undefined : instant;
}

let scratch = new Uint8Array(64);

const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const PLUS = 0x2b;

/**
 * `parseExportDate` on ASCII bytes already trimmed, for the importers to read a date cell without
 * decoding it: YYYY-MM-DD, optionally followed by [ T]HH:mm, :ss, .fraction (milliseconds are its first
 * three digits) and Z or ±HH[:]mm; T and Z in either case. NaN when the bytes are not such a date or
 * name a day that does not exist.
 */
export function parseDateBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 10) return NaN;
  const year = digits(bytes, start, 4);
  const month = digits(bytes, start + 5, 2);
  const day = digits(bytes, start + 8, 2);
  if (year < 0 || month < 0 || day < 0 || bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return NaN;
  if (length === 10) return utcInstant(year, month, day, 0, 0, 0, 0);
  const separator = bytes[start + 10];
  if (length < 16 || (separator !== 0x20 && separator !== 0x54 && separator !== 0x74) || bytes[start + 13] !== COLON) return NaN;
  const hour = digits(bytes, start + 11, 2);
  const minute = digits(bytes, start + 14, 2);
  if (hour < 0 || minute < 0) return NaN;
  let position = start + 16;
  let second = 0;
  let millis = 0;
  if (bytes[position] === COLON && position < end) {
    second = digits(bytes, position + 1, 2);
    if (second < 0 || position + 3 > end) return NaN;
    position += 3;
    if (bytes[position] === DOT && position < end) {
      position += 1;
      const fractionStart = position;
      while (position < end && isDigit(bytes[position])) position += 1;
      if (position === fractionStart) return NaN;
      // "5" is 500 ms and "25" 250 ms; digits after the third are below a millisecond and dropped.
      for (let i = 0; i < 3; i += 1) millis = millis * 10 + (fractionStart + i < position ? (bytes[fractionStart + i] ?? 0) - 0x30 : 0);
    }
  }
  let offset = 0;
  if (position < end) {
    const zone = bytes[position];
    if (zone === 0x5a || zone === 0x7a) {
      position += 1;
    } else if (zone === PLUS || zone === DASH) {
      const hours = digits(bytes, position + 1, 2);
      const colon = bytes[position + 3] === COLON && position + 3 < end ? 1 : 0;
      const minutes = digits(bytes, position + 3 + colon, 2);
      // Real offsets run from -12:00 to +14:00.
      if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59 || position + 5 + colon > end) return NaN;
      offset = (zone === DASH ? -1 : 1) * (hours * 60 + minutes);
      position += 5 + colon;
    }
  }
  if (position !== end) return NaN;
  return utcInstant(year, month, day, hour, minute, second, millis) - offset * 60_000;
}

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0x30 && code <= 0x39;
}

/** The number written by `count` ASCII digits at `start`, or -1 when they are not all digits. */
function digits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const code = bytes[i];
    if (code === undefined || code < 0x30 || code > 0x39) return -1;
    value = value * 10 + code - 0x30;
  }
  return value;
}

function utcInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  // A day past the month's end (31 Feb) does not exist. A four-digit year before 1900 ("0026-10-21") is a
  // typing slip, not a date a HubSpot record can have: refused rather than read as 1926 or year 26.
  if (year < 1900) return NaN;
  const fullYear = year;
  if (day > 28 && day > daysInMonth(fullYear, month)) return NaN;
  return daysSinceEpoch(fullYear, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, as Date.UTC counts them
 * (Howard Hinnant's days_from_civil); computed here because a million activity timestamps make the
 * call to Date.UTC show.
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
  const count = Number(text);
  // Past 2^53 digits stop being exact and print as 1e+23: no count of people or visits is that large.
  if (!Number.isSafeInteger(count)) return skipRow(`"${text}" is too large to be a count: write the real number`);
  return cellValue(String(count));
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
