import { buildWorkingCalendar, parseHubSpotWorkingHours, type CalendarDefinition, type LeadOpsConfig, type RoutingRep, type WorkingCalendar } from '@leadops/rules';
import { chunk, searchAllObjects } from './crm-objects';
import type { HubSpotGateway } from './hubspot-gateway';
import { listOwners } from './owners';

export const USER_PROPERTIES = ['hs_internal_user_id', 'hs_working_hours', 'hs_standard_time_zone', 'hs_availability_status', 'hs_out_of_office_hours', 'hs_email'] as const;

/** How one rep is known in HubSpot: owner id (what records hold), user id (the login), user object id (0-115). */
export interface RepIdentity {
  readonly ownerId: string;
  readonly userId: string | null;
  readonly userObjectId: string | null;
}

export interface LoadedReps {
  readonly reps: RoutingRep[];
  readonly identities: RepIdentity[];
  /** Each names the rep and what LeadOps did about it. */
  readonly warnings: string[];
}

/** `hs_out_of_office_hours` has no documented format: read a JSON list of {start,end} (ms or ISO) and ignore the rest. */
export function parseOutOfOffice(raw: string | null | undefined, now: number): number | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const periods = Array.isArray(value) ? value : [value];
  const instant = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? (/^\d+$/.test(v) ? Number(v) : Date.parse(v)) : NaN);
  for (const period of periods) {
    if (typeof period !== 'object' || period === null) continue;
    const p = period as Record<string, unknown>;
    const start = instant(p['start'] ?? p['startTimestamp'] ?? p['startTime']);
    const end = instant(p['end'] ?? p['endTimestamp'] ?? p['endTime']);
    if (Number.isFinite(start) && Number.isFinite(end) && start <= now && now < end) return end;
  }
  return undefined;
}

function configCalendar(config: LeadOpsConfig, id: string | undefined): CalendarDefinition | undefined {
  return id === undefined ? undefined : config.calendars.find((c) => c.id === id);
}

/**
 * The reps routing can use: the config's reps joined to HubSpot owners and users, each with a calendar
 * from HubSpot's working hours and time zone; missing or unreadable hours fall back to the rep's or the
 * team's calendar from the config, with a warning naming the rep.
 */
export async function loadReps(gateway: HubSpotGateway, config: LeadOpsConfig, now: number): Promise<LoadedReps> {
  const warnings: string[] = [];
  const owners = new Map((await listOwners(gateway)).map((o) => [o.id, o]));
  const wanted = config.routing.reps.filter((rep) => {
    if (owners.has(rep.ownerId)) return true;
    warnings.push(`${rep.name} (owner ${rep.ownerId}) is not an active HubSpot owner: routing skips them until the config is fixed.`);
    return false;
  });
  const userIds = wanted.map((r) => owners.get(r.ownerId)?.userId).filter((id): id is number => id !== undefined).map(String);
  const users = new Map<string, Record<string, string | null>>();
  for (const ids of chunk(userIds, 100)) {
    for await (const page of searchAllObjects(gateway, 'users.search', 'users', { filters: [{ propertyName: 'hs_internal_user_id', operator: 'IN', values: ids }], properties: [...USER_PROPERTIES] })) {
      for (const user of page) users.set(String(user.properties['hs_internal_user_id'] ?? ''), { ...user.properties, __id: user.id });
    }
  }

  const reps: RoutingRep[] = [];
  const identities: RepIdentity[] = [];
  for (const rep of wanted) {
    const owner = owners.get(rep.ownerId);
    const userId = owner?.userId === undefined ? null : String(owner.userId);
    const user = userId === null ? undefined : users.get(userId);
    identities.push({ ownerId: rep.ownerId, userId, userObjectId: user?.['__id'] ?? null });
    const team = rep.team ? config.routing.teams.find((t) => t.id === rep.team) : undefined;
    const fallback = configCalendar(config, rep.calendar) ?? configCalendar(config, team?.calendar) ?? config.calendars[0];
    let calendar: WorkingCalendar | undefined;
    const hours = parseHubSpotWorkingHours(user?.['hs_working_hours']);
    const timeZone = user?.['hs_standard_time_zone'];
    if (rep.calendar === undefined && hours.ok && timeZone) {
      try {
        calendar = buildWorkingCalendar({ id: `owner-${rep.ownerId}`, timeZone, week: hours.week, ...(fallback?.holidays ? { holidays: fallback.holidays } : {}), extraHolidays: fallback?.extraHolidays ?? [] });
      } catch (error) {
        warnings.push(`${rep.name}: HubSpot working hours could not be used (${error instanceof Error ? error.message : String(error)}).`);
      }
    } else if (rep.calendar === undefined) {
      warnings.push(`${rep.name}: ${user ? (hours.ok ? 'no time zone in HubSpot' : hours.reason) : 'no HubSpot user record'}; using ${fallback ? `the "${fallback.id}" calendar` : 'no calendar'}.`);
    }
    if (!calendar && fallback) calendar = buildWorkingCalendar(fallback);
    if (!calendar) {
      warnings.push(`${rep.name}: no working hours in HubSpot and no calendar in the config: routing skips them. Add a calendar to the config.`);
      continue;
    }
    const outOfOfficeUntil = parseOutOfOffice(user?.['hs_out_of_office_hours'], now);
    reps.push({ ownerId: rep.ownerId, name: rep.name, calendar, availability: user?.['hs_availability_status'] === 'away' ? 'away' : 'available', ...(outOfOfficeUntil !== undefined ? { outOfOfficeUntil } : {}) });
  }
  return { reps, identities, warnings };
}
