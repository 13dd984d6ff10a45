import type { Activity, Contact, LeadOpsConfig } from '@leadops/rules';
import { routingConfig } from '../../rules/test-support/routing-fixture';
import type { PortalData, PortalRecord } from '../src/portal/portal-data';

/** Monday 2 November 2026, 08:00 UTC (03:00 in New York). */
export const MONDAY = Date.parse('2026-11-02T08:00:00Z');
const MINUTE = 60_000;

const WEEKDAYS_9_TO_5 = JSON.stringify([{ days: 'MONDAY_TO_FRIDAY', startMinute: 540, endMinute: 1020 }]);

/** The routing fixture's team as HubSpot owners and users: New York office hours, Chloé away on Tuesday. */
export function smallTeam(config: LeadOpsConfig, overrides: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {}): Pick<PortalData, 'owners' | 'users'> {
  const owners = config.routing.reps.map((rep, i) => ({ id: rep.ownerId, userId: 5000 + i, email: `${rep.name.toLowerCase()}@leadops.example`, firstName: rep.name, lastName: 'Rep' }));
  const users: PortalRecord[] = owners.map((owner) => ({
    id: String(9000 + owner.userId),
    properties: { hs_internal_user_id: String(owner.userId), hs_working_hours: WEEKDAYS_9_TO_5, hs_standard_time_zone: 'America/New_York', hs_availability_status: 'available', hs_out_of_office_hours: null, ...overrides[owner.id] },
  }));
  return { owners, users };
}

const TITLES = ['VP Sales', 'Marketing Manager', 'Director of Operations', 'Sales Engineer', 'CEO', 'Head of Growth'];
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'CA'];

/** `count` work-email leads arriving every `everyMinutes` from `start`; every third requested a demo an hour before. */
export function arrivingLeads(count: number, options: { start?: number; everyMinutes?: number; properties?: (i: number) => Readonly<Record<string, string>> } = {}): Contact[] {
  const start = options.start ?? MONDAY;
  return Array.from({ length: count }, (_, i) => {
    const at = start + i * (options.everyMinutes ?? 37) * MINUTE;
    const activities: Activity[] = i % 3 === 0 ? [{ type: 'page_view', at: at - 2 * 60 * MINUTE, properties: { url: '/pricing' } }, { type: 'form_submission', at: at - 60 * MINUTE, properties: { form: 'Request a demo' } }] : [];
    return {
      id: String(1000 + i),
      properties: { email: `lead${i}@company${i % 25}.example`, firstname: `Lead${i}`, lastname: 'Test', jobtitle: TITLES[i % TITLES.length] ?? 'CEO', numemployees: String(50 + ((i * 97) % 900)), country: COUNTRIES[i % COUNTRIES.length] ?? 'US', createdate: String(at), ...options.properties?.(i) },
      activities,
    };
  });
}

/** The routing fixture's config (weighted, round robin and least-loaded pools) with `assign_and_wait`, so night arrivals wait for the morning. */
export function smallConfig(edit: (routing: Record<string, unknown>) => void = () => undefined): LeadOpsConfig {
  return routingConfig((routing) => {
    routing['availability'] = 'assign_and_wait';
    edit(routing);
  });
}

export function smallPortal(config: LeadOpsConfig, contacts: readonly Contact[], overrides: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {}): PortalData {
  return { contacts, companies: [], contactCompanies: {}, ...smallTeam(config, overrides) };
}
