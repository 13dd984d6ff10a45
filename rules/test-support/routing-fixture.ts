import { buildWorkingCalendar } from '../src/calendar/build-working-calendar';
import type { WeeklyHours, WorkingCalendar } from '../src/calendar/working-calendar';
import type { LeadOpsConfig } from '../src/config/leadops-config.schema';
import { parseConfig } from '../src/config/parse-config';
import { formatConfigProblem } from '../src/config/config-problem';
import type { RoutingRep } from '../src/routing/routing-rep';
import { defaultConfigJsonCopy } from './default-config';

const ALL_DAY: readonly (readonly [string, string])[] = [['00:00', '24:00']];
const NINE_TO_FIVE: readonly (readonly [string, string])[] = [['09:00', '17:00']];

export const ALWAYS: WeeklyHours = { monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY, sunday: ALL_DAY };
export const OFFICE_HOURS: WeeklyHours = { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE, saturday: [], sunday: [] };

export function calendar(id: string, timeZone: string, week: WeeklyHours): WorkingCalendar {
  return buildWorkingCalendar({ id, timeZone, week });
}

export const ALWAYS_UTC = calendar('always', 'UTC', ALWAYS);
export const NEW_YORK_OFFICE = calendar('ny', 'America/New_York', OFFICE_HOURS);

export function rep(ownerId: string, name: string, overrides: Partial<RoutingRep> = {}): RoutingRep {
  return { ownerId, name, calendar: ALWAYS_UTC, availability: 'available', ...overrides };
}

/**
 * The default config with a small sales team: enterprise leads (1,000+ people) to a weighted AE pool,
 * EMEA to a round-robin pool, the rest to the least-loaded SDR pool; VIP domains to a named owner.
 */
export function routingConfig(edit: (routing: Record<string, unknown>) => void = () => undefined): LeadOpsConfig {
  const json = defaultConfigJsonCopy();
  const routing: Record<string, unknown> = {
    reps: [
      { ownerId: '11', name: 'Ana' }, { ownerId: '12', name: 'Ben' }, { ownerId: '13', name: 'Chloé' },
      { ownerId: '21', name: 'Dev' }, { ownerId: '22', name: 'Eli' }, { ownerId: '23', name: 'Fay' },
      { ownerId: '31', name: 'Gus' }, { ownerId: '32', name: 'Hana' }, { ownerId: '99', name: 'Vera' },
    ],
    pools: [
      { id: 'enterprise', label: 'Enterprise AEs', strategy: 'weighted', members: [{ ownerId: '11', weight: 3 }, { ownerId: '12', weight: 2 }, { ownerId: '13', weight: 1 }] },
      { id: 'emea', label: 'EMEA', strategy: 'round_robin', members: [{ ownerId: '21' }, { ownerId: '22' }, { ownerId: '23' }] },
      { id: 'sdr', label: 'SDRs', strategy: 'least_loaded', members: [{ ownerId: '31' }, { ownerId: '32' }] },
    ],
    rules: [
      { id: 'vip', label: 'VIP accounts', when: { property: 'email', op: 'ends_with', value: '@vip.example' }, target: { type: 'owner', ownerId: '99' } },
      { id: 'enterprise', label: 'Enterprise', when: { property: 'numemployees', op: 'gte', value: 1000 }, target: { type: 'pool', pool: 'enterprise' } },
      { id: 'emea', label: 'EMEA', when: { property: 'country', op: 'in', value: ['DE', 'FR', 'GB', 'NL'] }, target: { type: 'pool', pool: 'emea' } },
      { id: 'everyone-else', label: 'Everyone else', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'sdr' } },
    ],
    availability: 'skip_unavailable',
    leadToAccount: { enabled: true, matchBy: ['association'] },
    fallbackQueue: { id: 'unassigned', label: 'Unassigned leads' },
  };
  edit(routing);
  json['routing'] = routing;
  const result = parseConfig(json);
  if (!result.ok) throw new Error(result.problems.map(formatConfigProblem).join('\n'));
  return result.config;
}

export const TEAM: readonly RoutingRep[] = [
  rep('11', 'Ana'), rep('12', 'Ben'), rep('13', 'Chloé'), rep('21', 'Dev'), rep('22', 'Eli'), rep('23', 'Fay'), rep('31', 'Gus'), rep('32', 'Hana'), rep('99', 'Vera'),
];
