import { searchAllObjects, type SearchFilter } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { CONFIG_OBJECT, configObjectType, type ConfigVersion } from './config-store';

/** One saved config version with the document exactly as it was saved (valid or not). */
export interface StoredConfigVersion {
  readonly version: ConfigVersion;
  /** The `config_json` property: JSON text, possibly hand-edited in HubSpot into something invalid. */
  readonly json: string;
}

const PROPERTY_NAMES = CONFIG_OBJECT.properties.map((p) => p.name);

/** Reads config versions matching `filters` (all when none), newest first. */
async function readVersions(gateway: HubSpotGateway, objectType: string, filters: readonly SearchFilter[]): Promise<StoredConfigVersion[]> {
  const all: StoredConfigVersion[] = [];
  for await (const page of searchAllObjects(gateway, 'configStore.search', objectType, { filters, properties: PROPERTY_NAMES })) {
    for (const r of page) {
      all.push({ json: r.properties['config_json'] ?? '', version: { version: Number(r.properties['config_version'] ?? 0), author: r.properties['config_author'] ?? 'unknown', savedAt: r.properties['config_saved_at'] ?? '', objectId: r.id } });
    }
  }
  // HubSpot sorts by record id; record ids are not promised to grow, version numbers are what count.
  return all.sort((a, b) => b.version.version - a.version.version);
}

/**
 * Every stored config version with its JSON, newest first, or null before `install` created the store.
 * Saves are rare (a handful a month), so reading them all, 200 a page, stays cheap.
 */
export async function listConfigVersions(gateway: HubSpotGateway): Promise<StoredConfigVersion[] | null> {
  const objectType = await configObjectType(gateway);
  return objectType === null ? null : readVersions(gateway, objectType, []);
}

/** One stored version by number (for a rollback), null when there is none or LeadOps is not installed. */
export async function findConfigVersion(gateway: HubSpotGateway, version: number): Promise<StoredConfigVersion | null> {
  const objectType = await configObjectType(gateway);
  if (objectType === null) return null;
  const found = await readVersions(gateway, objectType, [{ propertyName: 'config_version', operator: 'EQ', value: String(version) }]);
  return found[0] ?? null;
}
