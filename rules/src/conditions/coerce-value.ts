import type { PropertyType } from './property-type';

/** A property value read by its declared type; `undefined` means unknown (empty, missing or unparsable). */
export type CoercedValue = string | number | boolean | readonly string[] | undefined;

const TRUE_WORDS = new Set(['true', 'yes', '1', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'n']);
const DIGITS = /^-?\d+$/;
/** Thousands separated by commas, as exports and people write them ("1,250,000"); "1,5" is not one. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Whether `raw` starts (after spaces) with 0x, 0b or 0o: Number() reads those as hex, binary and octal. */
function hasRadixPrefix(raw: string): boolean {
  let i = 0;
  while (i < raw.length && isSpace(raw.charCodeAt(i))) i += 1;
  if (raw.charCodeAt(i) !== 48) return false;
  const next = raw.charCodeAt(i + 1) | 0x20;
  return next === 0x78 || next === 0x62 || next === 0x6f;
}

/**
 * A decimal number as HubSpot writes one (an exponent for very large or small values), or with
 * thousands commas; nothing else JavaScript's Number() reads (hex, binary, octal, "Infinity").
 */
export function coerceNumber(raw: string): number | undefined {
  // Fast path, without allocating: HubSpot usually sends a plain number ("1200").
  const direct = Number(raw);
  if (Number.isFinite(direct)) return (direct === 0 && raw.trim() === '') || hasRadixPrefix(raw) ? undefined : direct;
  const text = raw.trim();
  return GROUPED.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

export function coerceBool(raw: string): boolean | undefined {
  const text = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/** ISO 8601 text or epoch milliseconds (HubSpot sends both) → epoch milliseconds. */
export function coerceInstant(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (DIGITS.test(text)) return Number(text);
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Multi-select values arrive as `a;b;c`; compared case-insensitively. */
export function coerceEnumeration(raw: string): readonly string[] | undefined {
  const values = raw.split(';').map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  return values.length === 0 ? undefined : values;
}

/** The characters String.prototype.trim removes: ECMAScript white space and line terminators. */
function isSpace(code: number): boolean {
  if (code < 161) return code === 32 || (code >= 9 && code <= 13) || code === 160;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether a raw value equals `lowered` (already lowercase and trimmed), ignoring case and surrounding
 * space. Allocates only when the lengths could match, since most comparisons fail on length.
 */
export function equalsIgnoringCase(raw: string, lowered: string): boolean {
  if (raw.length === lowered.length) return raw === lowered || raw.toLowerCase() === lowered;
  if (raw.length > lowered.length && (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)))) return raw.trim().toLowerCase() === lowered;
  return false;
}

export function coerceString(raw: string): string | undefined {
  const text = raw.trim().toLowerCase();
  return text === '' ? undefined : text;
}

export function coerceValue(raw: string | null | undefined, type: PropertyType): CoercedValue {
  if (raw === null || raw === undefined) return undefined;
  switch (type) {
    case 'string':
      return coerceString(raw);
    case 'number':
      return coerceNumber(raw);
    case 'bool':
      return coerceBool(raw);
    case 'datetime':
      return coerceInstant(raw);
    case 'enumeration':
      return coerceEnumeration(raw);
  }
}
