import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { configObjectType, readConfigVersions, type StoredConfigVersion } from './config-store';

export type { StoredConfigVersion } from './config-store';

/**
 * Every stored config version with its JSON, newest first, or null before `install` created the store.
 * Saves are rare (a handful a month), so reading them all, 200 a page, stays cheap.
 */
export async function listConfigVersions(gateway: HubSpotGateway): Promise<StoredConfigVersion[] | null> {
  const objectType = await configObjectType(gateway);
  return objectType === null ? null : readConfigVersions(gateway, objectType);
}

/** One stored version by number (for a rollback), null when there is none or LeadOps is not installed. */
export async function findConfigVersion(gateway: HubSpotGateway, version: number): Promise<StoredConfigVersion | null> {
  const objectType = await configObjectType(gateway);
  if (objectType === null) return null;
  const found = await readConfigVersions(gateway, objectType, [{ propertyName: 'config_version', operator: 'EQ', value: String(version) }]);
  return found[0] ?? null;
}
