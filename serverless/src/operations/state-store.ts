import { EMPTY_ROUTING_STATE, withoutOldestLedgerPeriod, type RoutingState } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { searchPageSchema, simpleObjectSchema } from '../hubspot/hubspot-responses';
import { MAX_STRING_PROPERTY_CHARACTERS } from '../hubspot/string-property-limit';
import { OperationError } from './operation-error';

/**
 * How many string values the routing state may span. One value holds 65,536 characters, and the fairness
 * ledger alone takes about 55 characters per rep, pool and month: a team of 50 reps in two pools each
 * fills one value within a year. Eight hold about 800 such rep-pool pairs for the full twelve months.
 */
export const STATE_PARTS = 8;

/** The properties that hold the state's JSON, in order: `state_json`, then `state_json_2` … `state_json_8`. */
export const STATE_PART_PROPERTIES: readonly string[] = Array.from({ length: STATE_PARTS }, (_, i) => (i === 0 ? 'state_json' : `state_json_${i + 1}`));

/** A second custom object for what routing remembers between leads (created by `install`). */
export const STATE_OBJECT = {
  name: 'leadops_state',
  labels: { singular: 'LeadOps state', plural: 'LeadOps state' },
  primaryDisplayProperty: 'state_key',
  requiredProperties: ['state_key'],
  properties: [
    { name: 'state_key', label: 'Key', type: 'string', fieldType: 'text' },
    ...STATE_PART_PROPERTIES.map((name, i) => ({ name, label: i === 0 ? 'State (JSON)' : `State (JSON), part ${i + 1}`, type: 'string', fieldType: 'textarea' })),
  ],
} as const;

const schemasSchema = z.object({ results: z.array(z.object({ name: z.string(), objectTypeId: z.string(), properties: z.array(z.object({ name: z.string(), groupName: z.string() })) })) });

/** Where the routing state lives in this portal. */
export interface StateStore {
  readonly objectType: string;
  /** How many of STATE_PART_PROPERTIES the object has: 1 when it was installed by a LeadOps before parts, until `install` runs again. */
  readonly parts: number;
  /** Properties of STATE_OBJECT the object lacks (installed by an older LeadOps), and the group to add them to. */
  readonly missingProperties: readonly string[];
  readonly groupName: string;
}

export interface StoredRoutingState {
  readonly state: RoutingState;
  readonly store: StateStore;
  readonly recordId: string | null;
  /** Set when the stored state could not be used and `state` is empty instead: what was wrong. */
  readonly problem: string | null;
}

/** The state as property values, ready to save. */
export interface EncodedRoutingState {
  readonly properties: Readonly<Record<string, string>>;
  /** Fairness months left out so the state fits, oldest first (empty when it fits whole). */
  readonly droppedPeriods: readonly string[];
  /** For the audit note when months were dropped: what and why, and what to do. */
  readonly notice: string | null;
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

/** The state store in this portal, or null before `install`. */
export async function findStateStore(gateway: HubSpotGateway): Promise<StateStore | null> {
  const schemas = await gateway.call('schemas.list', {}, schemasSchema);
  const schema = schemas.results.find((s) => s.name === STATE_OBJECT.name);
  if (!schema) return null;
  const properties = new Map(schema.properties.map((p) => [p.name, p]));
  const parts = STATE_PART_PROPERTIES.findIndex((name) => !properties.has(name));
  return {
    objectType: schema.objectTypeId,
    parts: Math.max(1, parts === -1 ? STATE_PARTS : parts),
    missingProperties: STATE_OBJECT.properties.map((p) => p.name).filter((name) => !properties.has(name)),
    groupName: properties.get('state_json')?.groupName ?? properties.get('state_key')?.groupName ?? `${STATE_OBJECT.name}_information`,
  };
}

/**
 * The routing state, or an empty one before the first lead is routed. A stored state that cannot be
 * used (edited by hand, cut short) gives an empty one too, with `problem` saying why, so routing goes on
 * and the caller can tell people; the next save replaces the bad record.
 */
export async function loadRoutingState(gateway: HubSpotGateway, store: StateStore): Promise<StoredRoutingState> {
  const partNames = STATE_PART_PROPERTIES.slice(0, store.parts);
  const page = await gateway.call('configStore.search', {
    path: { objectType: store.objectType },
    body: { filterGroups: [{ filters: [{ propertyName: 'state_key', operator: 'EQ', value: 'routing' }] }], sorts: ['hs_object_id'], properties: ['state_key', ...partNames], limit: 1, after: '0' },
  }, searchPageSchema);
  const record = page.results[0];
  if (!record) return { state: EMPTY_ROUTING_STATE, store, recordId: null, problem: null };
  const parsed = parseRoutingState(partNames.map((name) => record.properties[name] ?? '').join(''));
  if ('state' in parsed) return { state: parsed.state, store, recordId: record.id, problem: null };
  // A bad state only costs turn order, day counts and the fairness ledger: start afresh rather than stop routing.
  return { state: EMPTY_ROUTING_STATE, store, recordId: record.id, problem: `The LeadOps routing state (LeadOps state record ${record.id}) could not be read: ${parsed.problem}. Routing started afresh (round-robin turns, leads-per-day counts and the fairness ledger reset); the next assignment saves a new state.` };
}

/** `text` in pieces of at most `size` characters, never splitting a surrogate pair. */
function splitText(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/**
 * The state as the values of the store's `parts` properties; parts it does not need are cleared, so no
 * tail of a longer earlier state stays behind. When the state is too long even for all parts, the oldest
 * fairness months are left out until it fits. Throws, before anything is written, when it does not fit
 * even without any fairness history.
 */
export function encodeRoutingState(state: RoutingState, parts: number): EncodedRoutingState {
  const capacity = parts * MAX_STRING_PROPERTY_CHARACTERS;
  const droppedPeriods: string[] = [];
  let current = state;
  let json = JSON.stringify(current);
  while (json.length > capacity) {
    const trimmed = withoutOldestLedgerPeriod(current);
    if (!trimmed) {
      throw new OperationError(
        'ROUTING_STATE_TOO_LARGE',
        `The LeadOps routing state is ${json.length.toLocaleString('en-US')} characters without any fairness history, more than the ${capacity.toLocaleString('en-US')} its store holds; nothing was written.`,
        parts < STATE_PARTS ? 'Run `leadops install` to give the store room for more.' : 'Remove reps and pools that no longer route leads from the config.',
      );
    }
    droppedPeriods.push(trimmed.period);
    current = trimmed.state;
    json = JSON.stringify(current);
  }
  const pieces = splitText(json, MAX_STRING_PROPERTY_CHARACTERS);
  const properties: Record<string, string> = { state_key: 'routing' };
  STATE_PART_PROPERTIES.slice(0, parts).forEach((name, i) => {
    properties[name] = pieces[i] ?? '';
  });
  const notice = droppedPeriods.length === 0 ? null : `The fairness history for ${droppedPeriods.join(', ')} was left out of the saved routing state: the state is longer than the ${capacity.toLocaleString('en-US')} characters its store holds.${parts < STATE_PARTS ? ' Run `leadops install` to give the store room for the full twelve months.' : ''}`;
  return { properties, droppedPeriods, notice };
}

export async function saveRoutingState(gateway: HubSpotGateway, stored: StoredRoutingState, encoded: EncodedRoutingState): Promise<void> {
  const { properties } = encoded;
  const objectType = stored.store.objectType;
  if (stored.recordId === null) await gateway.call('configStore.create', { path: { objectType }, body: { properties, associations: [] } }, simpleObjectSchema);
  else await gateway.call('stateStore.update', { path: { objectType, objectId: stored.recordId }, body: { properties } }, simpleObjectSchema);
}
