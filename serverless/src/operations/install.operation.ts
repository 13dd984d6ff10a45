import { z } from 'zod';
import { chunk } from '../hubspot/crm-objects';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { CONFIG_OBJECT, configObjectType } from './config-store';
import { OperationError } from './operation-error';
import { STATE_OBJECT, findStateStore } from './state-store';
import { LEADOPS_CONTACT_PROPERTIES, LEADOPS_PROPERTY_GROUP, type LeadOpsPropertyDefinition } from './leadops-properties';

const optionSchema = z.object({ label: z.string(), value: z.string(), displayOrder: z.number().optional(), hidden: z.boolean().optional(), description: z.string().optional() });
const propertiesSchema = z.object({ results: z.array(z.object({ name: z.string(), groupName: z.string().optional(), type: z.string().optional(), options: z.array(optionSchema).optional() })) });
type ExistingProperty = z.infer<typeof propertiesSchema>['results'][number];

/** HubSpot stores a yes/no property as an enumeration (see leadops-properties.ts). */
const hubspotType = (p: LeadOpsPropertyDefinition) => (p.type === 'bool' ? 'enumeration' : p.type);

/** An existing LeadOps enumeration property lacking options this version writes. */
interface MissingOptions {
  readonly definition: LeadOpsPropertyDefinition;
  readonly existing: ExistingProperty;
  readonly missing: readonly { readonly label: string; readonly value: string }[];
}

export interface InstallResult {
  readonly createdGroup: boolean;
  readonly createdProperties: readonly string[];
  readonly createdConfigStore: boolean;
  readonly createdStateStore: boolean;
  /** Properties added to a state store an older LeadOps created (the state's later parts). */
  readonly createdStateProperties: readonly string[];
  /** Options added to existing LeadOps properties (values a newer LeadOps writes), by property. */
  readonly addedOptions: readonly { readonly property: string; readonly values: readonly string[] }[];
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
 * objects. On a portal an older LeadOps set up it adds only what is missing, options of its enumeration
 * properties included (a value HubSpot does not list as an option is refused on every write). A property
 * of a LeadOps name but another type that would refuse its values (not text) stops the install before
 * anything is written: changing its type is the admin's call.
 */
export async function install(gateway: HubSpotGateway): Promise<InstallResult> {
  const existing = await gateway.call('properties.list', { path: { objectType: 'contacts' } }, propertiesSchema);
  const byName = new Map(existing.results.map((p) => [p.name, p]));
  const groups = new Set(existing.results.map((p) => p.groupName));

  // A text property takes any value LeadOps writes; another type refuses them (a dropdown, a number, a date).
  const clashes = LEADOPS_CONTACT_PROPERTIES.flatMap((p) => {
    const type = byName.get(p.name)?.type;
    return type !== undefined && type !== 'string' && type !== hubspotType(p) ? [`${p.name} is of type ${type}, LeadOps needs ${hubspotType(p)}`] : [];
  });
  if (clashes.length > 0) {
    throw new OperationError('PROPERTY_TYPE_CONFLICT', `Nothing was installed: ${clashes.length === 1 ? 'a contact property LeadOps uses already exists' : `${clashes.length} contact properties LeadOps uses already exist`} with another type (${clashes.join('; ')}).`, 'In HubSpot, under Settings → Properties, rename or delete each one (or change its type, if its values allow), then run install again.');
  }
  const lackingOptions: MissingOptions[] = LEADOPS_CONTACT_PROPERTIES.flatMap((definition) => {
    const current = byName.get(definition.name);
    if (!current || !definition.options) return [];
    const values = new Set((current.options ?? []).map((o) => o.value));
    const missing = definition.options.filter((o) => !values.has(o.value));
    return missing.length > 0 ? [{ definition, existing: current, missing }] : [];
  });

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

  const missing = LEADOPS_CONTACT_PROPERTIES.filter((p) => !byName.has(p.name));
  for (const batch of chunk(missing, 100)) {
    await gateway.call('properties.batchCreate', {
      path: { objectType: 'contacts' },
      body: { inputs: batch.map((p) => ({ name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, description: p.description, ...(p.options ? { options: p.options.map((o, i) => ({ ...o, displayOrder: i, hidden: false })) } : {}) })) },
    }, z.unknown());
  }

  // HubSpot replaces the option list as a whole: send the existing options too, the new ones after them.
  for (const { definition, existing: current, missing: added } of lackingOptions) {
    const kept = current.options ?? [];
    const options = [...kept.map((o, i) => ({ ...o, displayOrder: o.displayOrder ?? i, hidden: o.hidden ?? false })), ...added.map((o, i) => ({ ...o, displayOrder: kept.length + i, hidden: false }))];
    await gateway.call('properties.update', { path: { objectType: 'contacts', propertyName: definition.name }, body: { options } }, z.unknown());
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
  return { createdGroup, createdProperties: missing.map((p) => p.name), createdConfigStore, createdStateStore, createdStateProperties, addedOptions: lackingOptions.map((l) => ({ property: l.definition.name, values: l.missing.map((o) => o.value) })) };
}
