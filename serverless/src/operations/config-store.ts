import { parseConfig, type ConfigProblem, type LeadOpsConfig } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { searchAllObjects } from '../hubspot/crm-objects';
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
  | { readonly ok: false; readonly code: 'INVALID_CONFIG' | 'CONFIG_TOO_LARGE' | 'NOT_INSTALLED'; readonly message: string; readonly fix: string; readonly problems?: readonly ConfigProblem[] };

/** The config store's object type id in this portal, or null before `install`. */
export async function configObjectType(gateway: HubSpotGateway): Promise<string | null> {
  const schemas = await gateway.call('schemas.list', {}, schemasSchema);
  return schemas.results.find((s) => s.name === CONFIG_OBJECT.name)?.objectTypeId ?? null;
}

/** Stored versions, newest first. Saves are rare, so reading them all (200 a page) is cheap. */
async function versions(gateway: HubSpotGateway, objectType: string) {
  const all: { json: string; version: ConfigVersion }[] = [];
  for await (const page of searchAllObjects(gateway, 'configStore.search', objectType, { properties: CONFIG_OBJECT.properties.map((p) => p.name) })) {
    for (const r of page) all.push({ json: r.properties['config_json'] ?? '', version: { version: Number(r.properties['config_version'] ?? 0), author: r.properties['config_author'] ?? 'unknown', savedAt: r.properties['config_saved_at'] ?? '', objectId: r.id } });
  }
  return all.sort((a, b) => b.version.version - a.version.version);
}

/**
 * The newest stored config that passes `parseConfig`. Newer versions that fail (edited by hand, or saved
 * by an older LeadOps) are skipped and reported, so cards keep working on the last valid version.
 */
export async function loadConfig(gateway: HubSpotGateway): Promise<StoredConfig> {
  const objectType = await configObjectType(gateway);
  if (objectType === null) return { ok: false, code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet.', fix: 'Run `leadops install`, then save a config on the settings page.' };
  const skippedNewer: { version: ConfigVersion; problems: readonly ConfigProblem[] }[] = [];
  for (const stored of await versions(gateway, objectType)) {
    const parsed = parseConfig(stored.json);
    if (parsed.ok) return { ok: true, config: parsed.config, version: stored.version, skippedNewer };
    skippedNewer.push({ version: stored.version, problems: parsed.problems });
  }
  return { ok: false, code: 'NOT_CONFIGURED', message: skippedNewer.length > 0 ? `None of the ${skippedNewer.length} newest stored configs is valid.` : 'LeadOps has no configuration yet.', fix: 'Open the LeadOps settings page and save a configuration (start from the default).' };
}

/** Saves a new version after validating it; nothing is written when it is invalid or too large. */
export async function saveConfig(gateway: HubSpotGateway, input: unknown, author: string, now: number): Promise<SaveResult> {
  const parsed = parseConfig(input);
  if (!parsed.ok) return { ok: false, code: 'INVALID_CONFIG', message: `The configuration has ${parsed.problems.length} problem(s); nothing was saved.`, fix: 'Correct each field named below and save again.', problems: parsed.problems };
  const json = typeof input === 'string' ? input : JSON.stringify(input);
  if (json.length > MAX_CONFIG_CHARACTERS) return { ok: false, code: 'CONFIG_TOO_LARGE', message: `The configuration is ${json.length.toLocaleString('en-US')} characters; HubSpot keeps at most ${MAX_CONFIG_CHARACTERS.toLocaleString('en-US')} in a property. Nothing was saved.`, fix: 'Remove unused rules or shorten descriptions, then save again.' };
  const objectType = await configObjectType(gateway);
  if (objectType === null) return { ok: false, code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet; nothing was saved.', fix: 'Run `leadops install` first.' };
  const latest = (await versions(gateway, objectType))[0];
  const version = (latest?.version.version ?? 0) + 1;
  const savedAt = new Date(now).toISOString();
  const created = await gateway.call('configStore.create', { path: { objectType }, body: { properties: { config_version: String(version), config_json: json, config_author: author, config_saved_at: savedAt }, associations: [] } }, simpleObjectSchema);
  return { ok: true, version: { version, author, savedAt, objectId: created.id } };
}
