import type { PropertyValueError } from './hubspot-errors';
import { propertyValueError } from './hubspot-errors';
import type { PropertyDefinition } from './property-definition';

/** The outcome of checking one write: the values to store (as HubSpot stores them) or every problem found. */
export interface CheckedWrite {
  readonly values: Readonly<Record<string, string | null>>;
  readonly errors: readonly PropertyValueError[];
}

/** What the checker needs to know about the portal. */
export interface PropertyLookup {
  property(name: string): PropertyDefinition | undefined;
  isOwnerId(id: string): boolean;
}

const DAY_MS = 86_400_000;
/** HubSpot's limit on one string value, as its support staff give it (the API reference is silent). */
const MAX_STRING_CHARACTERS = 65_536;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const DIGITS = /^-?\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Checks a write's property values the way HubSpot does and normalises them to what a later read
 * returns: every value a string, datetimes as ISO 8601, dates as YYYY-MM-DD, booleans lower case. An
 * empty string or null clears the value (stored as null).
 */
export function checkPropertyWrite(input: Readonly<Record<string, unknown>>, lookup: PropertyLookup): CheckedWrite {
  const values: Record<string, string | null> = {};
  const errors: PropertyValueError[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const definition = lookup.property(name);
    if (!definition) {
      errors.push(propertyValueError(name, 'PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`));
      continue;
    }
    if (definition.modificationMetadata.readOnlyValue) {
      errors.push(propertyValueError(name, 'READ_ONLY_VALUE', `${name} is a read only property; its value cannot be set.`));
      continue;
    }
    const outcome = normaliseValue(definition, raw, lookup);
    if ('error' in outcome) errors.push(outcome.error);
    else values[name] = outcome.value;
  }
  return { values, errors };
}

type Outcome = { readonly value: string | null } | { readonly error: PropertyValueError };

function normaliseValue(definition: PropertyDefinition, raw: unknown, lookup: PropertyLookup): Outcome {
  const name = definition.name;
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    return { error: propertyValueError(name, 'INVALID_VALUE', `${JSON.stringify(raw)} is not a valid value for ${name}: send a string.`) };
  }
  const text = String(raw).trim();
  if (text === '') return { value: null };
  switch (definition.type) {
    case 'number':
      return NUMBER.test(text) ? { value: text } : { error: propertyValueError(name, 'INVALID_NUMBER', `${text} was not a valid number.`) };
    case 'bool': {
      const lower = text.toLowerCase();
      return lower === 'true' || lower === 'false' ? { value: lower } : { error: propertyValueError(name, 'INVALID_BOOLEAN', `${text} was not a valid boolean.`) };
    }
    case 'datetime': {
      const ms = parseTimestamp(text);
      return ms === undefined ? { error: propertyValueError(name, 'INVALID_DATETIME', `${text} was not a valid datetime: use epoch milliseconds or ISO 8601.`) } : { value: new Date(ms).toISOString() };
    }
    case 'date': {
      const ms = parseTimestamp(text);
      if (ms === undefined || ms % DAY_MS !== 0) {
        return { error: propertyValueError(name, 'INVALID_DATE', `${text} was not a valid date: dates must be YYYY-MM-DD or midnight UTC in epoch milliseconds.`) };
      }
      return { value: new Date(ms).toISOString().slice(0, 10) };
    }
    case 'enumeration':
      return checkOption(definition, text, lookup);
    case 'string':
    case 'phone_number': {
      const value = String(raw);
      return value.length > MAX_STRING_CHARACTERS
        ? { error: propertyValueError(name, 'INVALID_STRING', `${name} is ${value.length} characters long; string values hold at most ${MAX_STRING_CHARACTERS}.`) }
        : { value };
    }
  }
}

function checkOption(definition: PropertyDefinition, text: string, lookup: PropertyLookup): Outcome {
  const name = definition.name;
  if (definition.referencedObjectType === 'OWNER') {
    return lookup.isOwnerId(text) ? { value: text } : { error: propertyValueError(name, 'INVALID_OWNER_ID', `${text} is not a valid owner id`) };
  }
  // An enumeration without options (industry, persona in a fresh portal) accepts anything, as there is nothing to check against.
  if (definition.options.length === 0) return { value: text };
  const allowed = definition.options.map((option) => option.value);
  const chosen = definition.fieldType === 'checkbox' ? text.split(';') : [text];
  const bad = chosen.find((value) => !allowed.includes(value));
  if (bad !== undefined) {
    return { error: propertyValueError(name, 'INVALID_OPTION', `${bad} was not one of the allowed options: [${allowed.join(', ')}]`) };
  }
  return { value: text };
}

/** Epoch ms from digits or an ISO 8601 date/datetime; undefined for anything else. */
export function parseTimestamp(text: string): number | undefined {
  if (DIGITS.test(text)) {
    const ms = Number(text);
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  if (!ISO_DATE.test(text) && !ISO_DATE_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
