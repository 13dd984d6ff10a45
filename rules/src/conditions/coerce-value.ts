import type { PropertyType } from './property-type';

/** A property value read by its declared type; `undefined` means unknown (empty, missing or unparsable). */
export type CoercedValue = string | number | boolean | readonly string[] | undefined;

const TRUE_WORDS = new Set(['true', 'yes', '1', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'n']);
const DIGITS = /^-?\d+$/;
/** A decimal number as HubSpot writes one (an exponent for very large or small values), nothing else JavaScript's Number() reads: no hex, binary, octal or "Infinity". */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Thousands separated by commas, as exports and people write them ("1,250,000"); "1,5" is not one. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function coerceNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (DECIMAL.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
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

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
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
