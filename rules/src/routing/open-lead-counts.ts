import type { LeadOpsConfig } from '../config/leadops-config.schema';
import { compareOwnerIds } from './pick-round-robin';
import type { RepCounters, RoutingState } from './routing-state';

/**
 * The reps whose open leads routing reads: members of least-loaded pools, and reps or pools with an
 * open-lead cap. An adapter counts these reps' open leads in the CRM before it routes (see
 * withOpenLeadCounts); for every other rep the count changes no decision, so nobody needs to count it.
 */
export function ownersWithOpenLeadRules(config: LeadOpsConfig): string[] {
  const owners = new Set<string>();
  for (const rep of config.routing.reps) if (rep.caps?.openLeads !== undefined) owners.add(rep.ownerId);
  for (const pool of config.routing.pools) {
    if (pool.strategy === 'least_loaded' || pool.caps?.openLeads !== undefined) for (const member of pool.members) owners.add(member.ownerId);
  }
  return [...owners].sort(compareOwnerIds);
}

/**
 * The state with each counted rep's open leads as the CRM has them now. Routing adds one per lead it
 * assigns, but only the CRM knows when a rep closes or disqualifies a lead: without this, the counts only
 * grow, a rep who reaches an open-lead cap never gets a lead again, and "least loaded" means "fewest
 * leads since install". Leads-per-day counts and turn order are kept.
 */
export function withOpenLeadCounts(state: RoutingState, counts: ReadonlyMap<string, number>): RoutingState {
  let changed = false;
  for (const [ownerId, openLeads] of counts) changed ||= (state.reps[ownerId]?.openLeads ?? 0) !== openLeads;
  // The same state when every count stands: a caller that counts before each lead copies nothing.
  if (!changed) return state;
  const reps: Record<string, RepCounters> = { ...state.reps };
  for (const [ownerId, openLeads] of counts) {
    const previous = reps[ownerId];
    if ((previous?.openLeads ?? 0) === openLeads) continue;
    // No day yet: the per-day cap counts from zero until the rep's first assignment.
    reps[ownerId] = previous ? { ...previous, openLeads } : { day: '', assignedOnDay: 0, openLeads };
  }
  return { ...state, reps };
}
