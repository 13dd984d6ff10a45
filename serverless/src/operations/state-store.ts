import { EMPTY_ROUTING_STATE, type RoutingState } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { searchPageSchema, simpleObjectSchema } from '../hubspot/hubspot-responses';

/** A second custom object for what routing remembers between leads (created by `install`). */
export const STATE_OBJECT = {
  name: 'leadops_state',
  labels: { singular: 'LeadOps state', plural: 'LeadOps state' },
  primaryDisplayProperty: 'state_key',
  requiredProperties: ['state_key'],
  properties: [
    { name: 'state_key', label: 'Key', type: 'string', fieldType: 'text' },
    { name: 'state_json', label: 'State (JSON)', type: 'string', fieldType: 'textarea' },
  ],
} as const;

const schemasSchema = z.object({ results: z.array(z.object({ name: z.string(), objectTypeId: z.string() })) });

export interface StoredRoutingState {
  readonly state: RoutingState;
  readonly objectType: string;
  readonly recordId: string | null;
}

export async function stateObjectType(gateway: HubSpotGateway): Promise<string | null> {
  const schemas = await gateway.call('schemas.list', {}, schemasSchema);
  return schemas.results.find((s) => s.name === STATE_OBJECT.name)?.objectTypeId ?? null;
}

/** The routing state, or an empty one before the first lead is routed. */
export async function loadRoutingState(gateway: HubSpotGateway, objectType: string): Promise<StoredRoutingState> {
  const page = await gateway.call('configStore.search', {
    path: { objectType },
    body: { filterGroups: [{ filters: [{ propertyName: 'state_key', operator: 'EQ', value: 'routing' }] }], sorts: ['hs_object_id'], properties: ['state_key', 'state_json'], limit: 1, after: '0' },
  }, searchPageSchema);
  const record = page.results[0];
  if (!record) return { state: EMPTY_ROUTING_STATE, objectType, recordId: null };
  try {
    return { state: JSON.parse(record.properties['state_json'] ?? '{}') as RoutingState, objectType, recordId: record.id };
  } catch {
    // A corrupted state only costs fairness history: start afresh rather than stop routing.
    return { state: EMPTY_ROUTING_STATE, objectType, recordId: record.id };
  }
}

export async function saveRoutingState(gateway: HubSpotGateway, stored: StoredRoutingState, state: RoutingState): Promise<void> {
  const properties = { state_key: 'routing', state_json: JSON.stringify(state) };
  if (stored.recordId === null) await gateway.call('configStore.create', { path: { objectType: stored.objectType }, body: { properties, associations: [] } }, simpleObjectSchema);
  else await gateway.call('stateStore.update', { path: { objectType: stored.objectType, objectId: stored.recordId }, body: { properties } }, simpleObjectSchema);
}
