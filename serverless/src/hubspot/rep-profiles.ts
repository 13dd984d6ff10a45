import { buildWorkingCalendar, parseHubSpotWorkingHours, type CalendarDefinition, type Instant, type LeadOpsConfig, type RoutingRep, type WorkingCalendar } from '@leadops/rules';

/** The HubSpot user (object 0-115) properties that shape a rep's routing: hours, zone, availability, absence. */
export const USER_PROPERTIES = ['hs_internal_user_id', 'hs_working_hours', 'hs_standard_time_zone', 'hs_availability_status', 'hs_out_of_office_hours', 'hs_email'] as const;

/** How one rep is known in HubSpot: owner id (what records hold), user id (the login), user object id (0-115). */
export interface RepIdentity {
  readonly ownerId: string;
  readonly userId: string | null;
  readonly userObjectId: string | null;
}

/** An out-of-office period from `hs_out_of_office_hours`. */
export interface AbsencePeriod {
  readonly start: Instant;
  readonly end: Instant;
}

/** A rep with what does not change minute to minute (calendar, availability) and their absences. */
export interface RepProfile {
  readonly rep: Omit<RoutingRep, 'outOfOfficeUntil'>;
  readonly absences: readonly AbsencePeriod[];
}

export interface RepProfiles {
  readonly profiles: RepProfile[];
  readonly identities: RepIdentity[];
  /** Each names the rep and what LeadOps did about it. */
  readonly warnings: string[];
}

/** An owner as HubSpot's owners API gives one (only what the join needs). */
export interface OwnerRecord {
  readonly id: string;
  readonly userId?: number | undefined;
}

/** `hs_out_of_office_hours` has no documented format: read a JSON list of {start,end} (ms or ISO) and ignore the rest. */
export function parseOutOfOfficePeriods(raw: string | null | undefined): AbsencePeriod[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  const instant = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? (/^\d+$/.test(v) ? Number(v) : Date.parse(v)) : NaN);
  const periods: AbsencePeriod[] = [];
  for (const period of Array.isArray(value) ? value : [value]) {
    if (typeof period !== 'object' || period === null) continue;
    const p = period as Record<string, unknown>;
    const start = instant(p['start'] ?? p['startTimestamp'] ?? p['startTime']);
    const end = instant(p['end'] ?? p['endTimestamp'] ?? p['endTime']);
    if (Number.isFinite(start) && Number.isFinite(end) && start < end) periods.push({ start, end });
  }
  return periods;
}

/** The end of the absence `now` falls in, if any. */
export function parseOutOfOffice(raw: string | null | undefined, now: number): number | undefined {
  return absentUntil(parseOutOfOfficePeriods(raw), now);
}

function absentUntil(absences: readonly AbsencePeriod[], now: Instant): Instant | undefined {
  return absences.find((a) => a.start <= now && now < a.end)?.end;
}

/** The reps as routing sees them at `now`: a rep inside an out-of-office period is skipped until its end. */
export function routingRepsAt(profiles: readonly RepProfile[], now: Instant): RoutingRep[] {
  return profiles.map(({ rep, absences }) => {
    const until = absentUntil(absences, now);
    return until === undefined ? rep : { ...rep, outOfOfficeUntil: until };
  });
}

function configCalendar(config: LeadOpsConfig, id: string | undefined): CalendarDefinition | undefined {
  return id === undefined ? undefined : config.calendars.find((c) => c.id === id);
}

/**
 * Joins the config's reps to HubSpot owners and user records, each with a calendar from HubSpot's working
 * hours and time zone; missing or unreadable hours fall back to the rep's or the team's calendar from the
 * config, with a warning naming the rep. Pure: the live adapter and the simulator read the records their
 * own way and share this join.
 */
export function repProfiles(config: LeadOpsConfig, ownerList: readonly OwnerRecord[], usersByUserId: ReadonlyMap<string, Readonly<Record<string, string | null>>>): RepProfiles {
  const warnings: string[] = [];
  const owners = new Map(ownerList.map((o) => [o.id, o]));
  const profiles: RepProfile[] = [];
  const identities: RepIdentity[] = [];
  for (const rep of config.routing.reps) {
    const owner = owners.get(rep.ownerId);
    if (!owner) {
      warnings.push(`${rep.name} (owner ${rep.ownerId}) is not an active HubSpot owner: routing skips them until the config is fixed.`);
      continue;
    }
    const userId = owner.userId === undefined ? null : String(owner.userId);
    const user = userId === null ? undefined : usersByUserId.get(userId);
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
    profiles.push({ rep: { ownerId: rep.ownerId, name: rep.name, calendar, availability: user?.['hs_availability_status'] === 'away' ? 'away' : 'available' }, absences: parseOutOfOfficePeriods(user?.['hs_out_of_office_hours']) });
  }
  return { profiles, identities, warnings };
}
