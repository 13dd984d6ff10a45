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
  /** Set when the stored state could not be used and `state` is empty instead: what was wrong. */
  readonly problem: string | null;
}

const routingStateSchema = z.object({
  pools: z.record(z.string(), z.object({ lastOwnerId: z.string().optional(), currentWeights: z.record(z.string(), z.number()).optional() })),
  reps: z.record(z.string(), z.object({ day: z.string(), assignedOnDay: z.number(), openLeads: z.number(), lastAssignedAt: z.number().optional() })),
  ledger: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.object({ expected: z.number(), received: z.number() })))),
});

/** The stored JSON as a RoutingState, or what is wrong with it. */
function parseRoutingState(json: string): { readonly state: RoutingState } | { readonly problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problem: `its JSON does not parse (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = routingStateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `it is not a routing state (${issue ? `${issue.path.join('.') || 'the top level'}: ${issue.message}` : 'unknown shape'})` };
  }
  return { state: parsed.data as RoutingState };
}

export async function stateObjectType(gateway: HubSpotGateway): Promise<string | null> {
  const schemas = await gateway.call('schemas.list', {}, schemasSchema);
  return schemas.results.find((s) => s.name === STATE_OBJECT.name)?.objectTypeId ?? null;
}

/**
 * The routing state, or an empty one before the first lead is routed. A stored state that cannot be
 * used (edited by hand, cut short) gives an empty one too, with `problem` saying why, so routing goes on
 * and the caller can tell people; the next save replaces the bad record.
 */
export async function loadRoutingState(gateway: HubSpotGateway, objectType: string): Promise<StoredRoutingState> {
  const page = await gateway.call('configStore.search', {
    path: { objectType },
    body: { filterGroups: [{ filters: [{ propertyName: 'state_key', operator: 'EQ', value: 'routing' }] }], sorts: ['hs_object_id'], properties: ['state_key', 'state_json'], limit: 1, after: '0' },
  }, searchPageSchema);
  const record = page.results[0];
  if (!record) return { state: EMPTY_ROUTING_STATE, objectType, recordId: null, problem: null };
  const parsed = parseRoutingState(record.properties['state_json'] ?? '');
  if ('state' in parsed) return { state: parsed.state, objectType, recordId: record.id, problem: null };
  // A bad state only costs turn order, day counts and the fairness ledger: start afresh rather than stop routing.
  return { state: EMPTY_ROUTING_STATE, objectType, recordId: record.id, problem: `The LeadOps routing state (LeadOps state record ${record.id}) could not be read: ${parsed.problem}. Routing started afresh (round-robin turns, leads-per-day counts and the fairness ledger reset); the next assignment saves a new state.` };
}

export async function saveRoutingState(gateway: HubSpotGateway, stored: StoredRoutingState, state: RoutingState): Promise<void> {
  const properties = { state_key: 'routing', state_json: JSON.stringify(state) };
  if (stored.recordId === null) await gateway.call('configStore.create', { path: { objectType: stored.objectType }, body: { properties, associations: [] } }, simpleObjectSchema);
  else await gateway.call('stateStore.update', { path: { objectType: stored.objectType, objectId: stored.recordId }, body: { properties } }, simpleObjectSchema);
}
