import type { ConfigProblem } from '@leadops/rules';
import { pathText, readAt, writeAt, type JsonPath } from './json-path';
import { validateDraft } from './validate-draft';

/** Text typed into a JSON box that does not parse yet, with the parser's complaint. */
interface UnparsedText {
  readonly text: string;
  readonly error: string;
}

/**
 * The one document every editor on the page changes. Forms and JSON boxes all write into `document`;
 * a JSON box whose text does not parse keeps that text in `unparsed` (keyed by the box's path text, ''
 * for the whole document) so nothing typed is lost, and the document keeps its last valid value.
 */
export interface ConfigDraft {
  readonly document: unknown;
  readonly unparsed: Readonly<Record<string, UnparsedText>>;
}

function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The draft for what settings_read answered; a stored value that is not JSON arrives as text to repair. */
export function draftFromConfig(config: unknown): ConfigDraft {
  if (typeof config !== 'string') return { document: config, unparsed: {} };
  const parsed = parseJson(config);
  return parsed.ok ? { document: parsed.value, unparsed: {} } : { document: null, unparsed: { '': { text: config, error: parsed.error } } };
}

/**
 * The JSON box holding text that does not parse yet (its path text, '' for the whole document), or null.
 * While one does, every other editor is read-only: the box's text was written against the document as it
 * was, so when it parses it replaces that part wholesale, and an edit made elsewhere meanwhile would be lost.
 */
export function pendingBox(draft: ConfigDraft): string | null {
  return Object.keys(draft.unparsed)[0] ?? null;
}

/** A form field's edit; `undefined` removes the key (a cleared optional field). Refused while a JSON box is pending. */
export function withFieldValue(draft: ConfigDraft, path: JsonPath, value: unknown): ConfigDraft {
  if (pendingBox(draft) !== null) return draft;
  return { ...draft, document: writeAt(draft.document, path, value) };
}

/**
 * A JSON box's edit, for the whole document (`[]`) or one section (`['scoring']`). Text that parses
 * replaces that part of the document; emptying a section's box removes the section (its defaults apply).
 * Refused while another box holds text that does not parse (see `pendingBox`).
 */
export function withJsonText(draft: ConfigDraft, scope: JsonPath, text: string): ConfigDraft {
  const key = pathText(scope);
  const pending = pendingBox(draft);
  if (pending !== null && pending !== key) return draft;
  const { [key]: _previous, ...otherUnparsed } = draft.unparsed;
  if (scope.length > 0 && text.trim() === '') return { document: writeAt(draft.document, scope, undefined), unparsed: otherUnparsed };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ...draft, unparsed: { ...otherUnparsed, [key]: { text, error: parsed.error } } };
  return { document: writeAt(draft.document, scope, parsed.value), unparsed: otherUnparsed };
}

/** Drops the text that does not parse: its box shows the last valid value again and every editor is writable. */
export function withoutPendingText(draft: ConfigDraft): ConfigDraft {
  return Object.keys(draft.unparsed).length === 0 ? draft : { ...draft, unparsed: {} };
}

/** What a JSON box shows: the text being repaired, else that part of the document, indented. */
export function jsonTextFor(draft: ConfigDraft, scope: JsonPath): string {
  const pending = draft.unparsed[pathText(scope)];
  if (pending) return pending.text;
  const value = readAt(draft.document, scope);
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Everything wrong with the draft that the page can tell without the server: JSON syntax, then the schema. */
export function draftProblems(draft: ConfigDraft): readonly ConfigProblem[] {
  const syntax = Object.entries(draft.unparsed).map(([path, pending]): ConfigProblem => ({
    path,
    message: `is not valid JSON (${pending.error})`,
    fix: 'Correct the JSON in this box; until it parses, the rest of the page keeps the last valid text.',
  }));
  return [...syntax, ...validateDraft(draft.document)];
}

/** The draft as settings_save and settings_dry_run take it: JSON text (function parameters are scalars). */
export function draftJson(draft: ConfigDraft): string {
  return JSON.stringify(draft.document);
}
