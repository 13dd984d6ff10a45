import { parseConfig, REFERENCES_CHECKED_LATER, type ConfigProblem, type LeadOpsConfig } from '@leadops/rules';
import { z } from 'zod';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { searchAllObjects, type SearchFilter } from '../hubspot/crm-objects';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { MAX_STRING_PROPERTY_CHARACTERS } from '../hubspot/string-property-limit';

/** The custom object that keeps every saved config version (created by `install`). */
export const CONFIG_OBJECT = {
  name: 'leadops_config',
  labels: { singular: 'LeadOps config version', plural: 'LeadOps config versions' },
  primaryDisplayProperty: 'config_version',
  requiredProperties: ['config_version', 'config_json'],
  properties: [
    { name: 'config_version', label: 'Version', type: 'number', fieldType: 'number' },
    { name: 'config_json', label: 'Configuration (JSON)', type: 'string', fieldType: 'textarea' },
    { name: 'config_author', label: 'Saved by', type: 'string', fieldType: 'text' },
    { name: 'config_saved_at', label: 'Saved at', type: 'datetime', fieldType: 'date' },
  ],
} as const;

/** The config is saved as one string property value. */
export const MAX_CONFIG_CHARACTERS = MAX_STRING_PROPERTY_CHARACTERS;

const schemasSchema = z.object({ results: z.array(z.object({ name: z.string(), objectTypeId: z.string(), fullyQualifiedName: z.string().optional() })) });

export interface ConfigVersion {
  readonly version: number;
  readonly author: string;
  readonly savedAt: string;
  readonly objectId: string;
}

export type StoredConfig =
  | { readonly ok: true; readonly config: LeadOpsConfig; readonly version: ConfigVersion; readonly skippedNewer: readonly { readonly version: ConfigVersion; readonly problems: readonly ConfigProblem[] }[] }
  | { readonly ok: false; readonly code: 'NOT_INSTALLED' | 'NOT_CONFIGURED'; readonly message: string; readonly fix: string };

export type SaveResult =
  | { readonly ok: true; readonly version: ConfigVersion }
  | { readonly ok: false; readonly code: 'INVALID_CONFIG' | 'CONFIG_TOO_LARGE' | 'NOT_INSTALLED' | 'SAVE_UNCONFIRMED'; readonly message: string; readonly fix: string; readonly problems?: readonly ConfigProblem[] }
  | { readonly ok: false; readonly code: 'CONFIG_CHANGED'; readonly message: string; readonly fix: string; readonly latest: ConfigVersion };

/** One saved config version with the document exactly as it was saved (valid or not). */
export interface StoredConfigVersion {
  readonly version: ConfigVersion;
  /** The `config_json` property: JSON text, possibly hand-edited in HubSpot into something invalid. */
  readonly json: string;
}

export interface SaveOptions {
  /**
   * The version the document was edited from (0 for the LeadOps default). When a newer one has been
   * saved since, nothing is written: saving would silently undo whatever that version changed.
   */
  readonly basedOnVersion?: number;
}

/** The config store's object type id in this portal, or null before `install`. */
export async function configObjectType(gateway: HubSpotGateway): Promise<string | null> {
  const schemas = await gateway.call('schemas.list', {}, schemasSchema);
  return schemas.results.find((s) => s.name === CONFIG_OBJECT.name)?.objectTypeId ?? null;
}

const PROPERTY_NAMES = CONFIG_OBJECT.properties.map((p) => p.name);

/** Record ids as numbers of any length: shorter is smaller. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Newest first. Two saves at the same moment can both take the next number; the one saved first (then the
 * lower record id) keeps it, and every reader agrees on that.
 */
function newestFirst(a: StoredConfigVersion, b: StoredConfigVersion): number {
  return b.version.version - a.version.version || (a.version.savedAt < b.version.savedAt ? -1 : a.version.savedAt > b.version.savedAt ? 1 : 0) || compareIds(a.version.objectId, b.version.objectId);
}

function storedVersion(record: { readonly id: string; readonly properties: Record<string, string | null | undefined> }): StoredConfigVersion {
  const p = record.properties;
  return { json: p['config_json'] ?? '', version: { version: Number(p['config_version'] ?? 0), author: p['config_author'] ?? 'unknown', savedAt: p['config_saved_at'] ?? '', objectId: record.id } };
}

/** Keeps the first of each version number in `sorted`: a later one lost a save race and holds nothing in force. */
function withoutRaceLosers(sorted: readonly StoredConfigVersion[]): StoredConfigVersion[] {
  return sorted.filter((stored, i) => i === 0 || sorted[i - 1]?.version.version !== stored.version.version);
}

/**
 * Config versions matching `filters` (all when none), newest first, one record per version number.
 * Saves are rare (a handful a month), so reading them all, 200 a page, stays cheap.
 */
export async function readConfigVersions(gateway: HubSpotGateway, objectType: string, filters: readonly SearchFilter[] = []): Promise<StoredConfigVersion[]> {
  const all: StoredConfigVersion[] = [];
  for await (const page of searchAllObjects(gateway, 'configStore.search', objectType, { filters, properties: PROPERTY_NAMES })) {
    for (const r of page) all.push(storedVersion(r));
  }
  // HubSpot sorts by record id; record ids are not promised to grow, version numbers are what count.
  return withoutRaceLosers(all.sort(newestFirst));
}

/**
 * The newest stored config that passes `parseConfig`. Newer versions that fail (edited by hand, or saved
 * by an older LeadOps) are skipped and reported, so cards keep working on the last valid version.
 */
export async function loadConfig(gateway: HubSpotGateway): Promise<StoredConfig> {
  const objectType = await configObjectType(gateway);
  if (objectType === null) return { ok: false, code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet.', fix: 'Run `leadops install`, then save a config on the settings page.' };
  const skippedNewer: { version: ConfigVersion; problems: readonly ConfigProblem[] }[] = [];
  for (const stored of await readConfigVersions(gateway, objectType)) {
    const parsed = parseConfig(stored.json);
    if (parsed.ok) return { ok: true, config: parsed.config, version: stored.version, skippedNewer };
    skippedNewer.push({ version: stored.version, problems: parsed.problems });
  }
  return { ok: false, code: 'NOT_CONFIGURED', message: skippedNewer.length > 0 ? `None of the ${skippedNewer.length} newest stored configs is valid.` : 'LeadOps has no configuration yet.', fix: 'Open the LeadOps settings page and save a configuration (start from the default).' };
}

function changedSince(basedOn: number, latest: ConfigVersion, how: string): Extract<SaveResult, { code: 'CONFIG_CHANGED' }> {
  const from = basedOn === 0 ? 'the LeadOps default' : `version ${basedOn}`;
  return {
    ok: false,
    code: 'CONFIG_CHANGED',
    message: `${how} version ${latest.version} was saved by ${latest.author} at ${latest.savedAt} after you opened ${from}; nothing was saved, so their changes are not undone.`,
    fix: `Look at version ${latest.version}, then save your draft over it if it should still replace it, or discard your draft and start from version ${latest.version}.`,
    latest,
  };
}

/**
 * The record id of the version this save wrote, when HubSpot stored it without confirming; null when it
 * cannot be seen (not stored, or not yet searchable) or the look-up fails too.
 */
async function findSavedVersion(gateway: HubSpotGateway, objectType: string, version: number, author: string, savedAt: string): Promise<string | null> {
  try {
    const same = await readConfigVersions(gateway, objectType, [{ propertyName: 'config_version', operator: 'EQ', value: String(version) }]);
    // Ours only if it holds the number: a record of ours that lost a save race reads as unconfirmed, and saving again meets the winner.
    return same.find((s) => s.version.author === author && s.version.savedAt === savedAt)?.version.objectId ?? null;
  } catch (error) {
    if (error instanceof HubSpotError) return null;
    throw error;
  }
}

function unconfirmedSave(version: number, author: string, error: HubSpotError, basedOnChecked: boolean): Extract<SaveResult, { ok: false }> {
  return {
    ok: false,
    code: 'SAVE_UNCONFIRMED',
    message: `HubSpot did not confirm saving version ${version} (${error.details.hubspotMessage ?? error.details.category ?? `status ${error.details.status ?? 'unknown'}`}), and LeadOps cannot see it yet: it may or may not have been saved.`,
    fix: `Reload the settings page in a minute: if version ${version} by ${author} is in the history, it was saved. If not, do it again; ${basedOnChecked ? 'should it have been saved after all, LeadOps refuses the second save as based on an older version instead of storing it twice.' : 'should it have been saved after all, the same document is stored twice as two versions, which changes nothing in force.'}`,
  };
}

/**
 * Saves a new version after validating it; nothing is written when it is invalid or too large, or when a
 * version newer than `basedOnVersion` was saved meanwhile. Two saves at the same moment can both number
 * theirs the same: the one that loses (see `newestFirst`) is told so, and no reader ever uses its record.
 */
export async function saveConfig(gateway: HubSpotGateway, input: unknown, author: string, now: number, options: SaveOptions = {}): Promise<SaveResult> {
  const parsed = parseConfig(input);
  if (!parsed.ok) return { ok: false, code: 'INVALID_CONFIG', message: `The configuration has ${parsed.problems.length} problem(s); nothing was saved.`, fix: `Correct each field named below and save again.${parsed.referencesChecked ? '' : ` ${REFERENCES_CHECKED_LATER}`}`, problems: parsed.problems };
  const json = typeof input === 'string' ? input : JSON.stringify(input);
  if (json.length > MAX_CONFIG_CHARACTERS) return { ok: false, code: 'CONFIG_TOO_LARGE', message: `The configuration is ${json.length.toLocaleString('en-US')} characters; HubSpot keeps at most ${MAX_CONFIG_CHARACTERS.toLocaleString('en-US')} in a property. Nothing was saved.`, fix: 'Remove unused rules or shorten descriptions, then save again.' };
  const objectType = await configObjectType(gateway);
  if (objectType === null) return { ok: false, code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet; nothing was saved.', fix: 'Run `leadops install` first.' };
  const latest = (await readConfigVersions(gateway, objectType))[0];
  const { basedOnVersion } = options;
  if (basedOnVersion !== undefined && latest !== undefined && latest.version.version !== basedOnVersion) return changedSince(basedOnVersion, latest.version, 'Meanwhile,');
  const version = (latest?.version.version ?? 0) + 1;
  const savedAt = new Date(now).toISOString();
  let created: { readonly id: string };
  try {
    created = await gateway.call('configStore.create', { path: { objectType }, body: { properties: { config_version: String(version), config_json: json, config_author: author, config_saved_at: savedAt }, associations: [] } }, simpleObjectSchema);
  } catch (error) {
    if (!(error instanceof HubSpotError) || error.details.outcomeUnknown !== true) throw error;
    const landed = await findSavedVersion(gateway, objectType, version, author, savedAt);
    if (landed === null) return unconfirmedSave(version, author, error, basedOnVersion !== undefined);
    created = { id: landed };
  }
  const mine: StoredConfigVersion = { json, version: { version, author, savedAt, objectId: created.id } };
  // Ours is added in case HubSpot's search has not indexed it yet.
  const sameNumber = (await readConfigVersions(gateway, objectType, [{ propertyName: 'config_version', operator: 'EQ', value: String(version) }])).filter((s) => s.version.objectId !== created.id);
  const winner = [mine, ...sameNumber].sort(newestFirst)[0] ?? mine;
  if (winner !== mine) return changedSince(version - 1, winner.version, 'At the same moment,');
  return { ok: true, version: mine.version };
}
