import { z } from 'zod';
import { chunk } from '../hubspot/crm-objects';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { CONFIG_OBJECT, configObjectType } from './config-store';
import { STATE_OBJECT, findStateStore } from './state-store';
import { LEADOPS_CONTACT_PROPERTIES, LEADOPS_PROPERTY_GROUP } from './leadops-properties';

const propertiesSchema = z.object({ results: z.array(z.object({ name: z.string(), groupName: z.string().optional() })) });

export interface InstallResult {
  readonly createdGroup: boolean;
  readonly createdProperties: readonly string[];
  readonly createdConfigStore: boolean;
  readonly createdStateStore: boolean;
  /** Properties added to a state store an older LeadOps created (the state's later parts). */
  readonly createdStateProperties: readonly string[];
}

function schemaBody(object: typeof CONFIG_OBJECT | typeof STATE_OBJECT, description: string) {
  return {
    name: object.name,
    labels: object.labels,
    description,
    primaryDisplayProperty: object.primaryDisplayProperty,
    requiredProperties: [...object.requiredProperties],
    searchableProperties: [object.primaryDisplayProperty],
    secondaryDisplayProperties: [],
    properties: object.properties.map((p) => ({ ...p })),
    associatedObjects: [],
    allowsSensitiveProperties: false,
  };
}

/**
 * Creates, idempotently, the LeadOps property group and contact properties and the config and state store
 * objects. On a portal an older LeadOps set up it adds only what is missing.
 */
export async function install(gateway: HubSpotGateway): Promise<InstallResult> {
  const existing = await gateway.call('properties.list', { path: { objectType: 'contacts' } }, propertiesSchema);
  const names = new Set(existing.results.map((p) => p.name));
  const groups = new Set(existing.results.map((p) => p.groupName));

  let createdGroup = false;
  if (!groups.has(LEADOPS_PROPERTY_GROUP.name)) {
    try {
      await gateway.call('properties.createGroup', { path: { objectType: 'contacts' }, body: LEADOPS_PROPERTY_GROUP }, z.unknown());
      createdGroup = true;
    } catch (error) {
      // A group without properties is not listed above; HubSpot says CONFLICT when it already exists.
      if (!(error instanceof HubSpotError && error.code === 'CONFLICT')) throw error;
    }
  }

  const missing = LEADOPS_CONTACT_PROPERTIES.filter((p) => !names.has(p.name));
  for (const batch of chunk(missing, 100)) {
    await gateway.call('properties.batchCreate', {
      path: { objectType: 'contacts' },
      body: { inputs: batch.map((p) => ({ name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, description: p.description, ...(p.options ? { options: p.options.map((o, i) => ({ ...o, displayOrder: i, hidden: false })) } : {}) })) },
    }, z.unknown());
  }

  let createdConfigStore = false;
  if ((await configObjectType(gateway)) === null) {
    await gateway.call('schemas.create', { body: schemaBody(CONFIG_OBJECT, 'Every saved version of the LeadOps configuration (written by the settings page).') }, z.unknown());
    createdConfigStore = true;
  }
  let createdStateStore = false;
  let createdStateProperties: string[] = [];
  const store = await findStateStore(gateway);
  if (store === null) {
    await gateway.call('schemas.create', { body: schemaBody(STATE_OBJECT, 'What LeadOps routing remembers between leads (round-robin positions, counters).') }, z.unknown());
    createdStateStore = true;
  } else if (store.missingProperties.length > 0) {
    const wanted = STATE_OBJECT.properties.filter((p) => store.missingProperties.includes(p.name));
    await gateway.call('properties.batchCreate', { path: { objectType: store.objectType }, body: { inputs: wanted.map((p) => ({ ...p, groupName: store.groupName })) } }, z.unknown());
    createdStateProperties = wanted.map((p) => p.name);
  }
  return { createdGroup, createdProperties: missing.map((p) => p.name), createdConfigStore, createdStateStore, createdStateProperties };
}
