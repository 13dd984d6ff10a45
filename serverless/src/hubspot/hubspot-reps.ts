import type { LeadOpsConfig, RoutingRep } from '@leadops/rules';
import { chunk, searchAllObjects } from './crm-objects';
import type { HubSpotGateway } from './hubspot-gateway';
import { listOwners } from './owners';
import { repProfiles, routingRepsAt, USER_PROPERTIES, type RepIdentity } from './rep-profiles';

export { parseOutOfOffice, USER_PROPERTIES, type RepIdentity } from './rep-profiles';

export interface LoadedReps {
  readonly reps: RoutingRep[];
  readonly identities: RepIdentity[];
  /** Each names the rep and what LeadOps did about it. */
  readonly warnings: string[];
}

/**
 * The reps routing can use at `now`: the config's reps joined to HubSpot owners and users (see
 * `repProfiles`), read through the gateway.
 */
export async function loadReps(gateway: HubSpotGateway, config: LeadOpsConfig, now: number): Promise<LoadedReps> {
  const ownerList = await listOwners(gateway);
  const configured = new Set(config.routing.reps.map((r) => r.ownerId));
  const userIds = ownerList.filter((o) => configured.has(o.id)).map((o) => o.userId).filter((id): id is number => id !== undefined).map(String);
  const users = new Map<string, Record<string, string | null>>();
  for (const ids of chunk(userIds, 100)) {
    for await (const page of searchAllObjects(gateway, 'users.search', 'users', { filters: [{ propertyName: 'hs_internal_user_id', operator: 'IN', values: ids }], properties: [...USER_PROPERTIES] })) {
      for (const user of page) users.set(String(user.properties['hs_internal_user_id'] ?? ''), { ...user.properties, __id: user.id });
    }
  }
  const joined = repProfiles(config, ownerList, users);
  return { reps: routingRepsAt(joined.profiles, now), identities: joined.identities, warnings: joined.warnings };
}
