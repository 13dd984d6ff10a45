import { SAMPLE_REPS, personNamed, fullName, type SamplePerson } from './sample-owners';

/** The strategic account whose leads always go to one named rep. */
export const VIP_DOMAIN = 'initech.example';

const EMEA = ['GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'ES', 'NL', 'BE', 'SE', 'DK', 'NO', 'FI', 'PL', 'PT', 'IT', 'AE'];
const APAC = ['AU', 'NZ', 'IN', 'SG', 'JP', 'HK', 'MY', 'PH', 'ID'];
const NORTH_AMERICA = ['US', 'CA', 'MX'];

type Week = Record<'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday', string[][]>;

function weekdays(...intervals: [string, string][]): Week {
  return { monday: intervals, tuesday: intervals, wednesday: intervals, thursday: intervals, friday: intervals, saturday: [], sunday: [] };
}

/** Calendars added to the default's us-east and uk: one per office, each with its public holidays. */
const EXTRA_CALENDARS = [
  { id: 'us-west', label: 'US West office', timeZone: 'America/Los_Angeles', holidays: { country: 'US', region: 'CA' }, week: weekdays(['09:00', '17:00']) },
  { id: 'berlin', label: 'Berlin office', timeZone: 'Europe/Berlin', holidays: { country: 'DE', region: 'BE' }, week: weekdays(['09:00', '17:30']) },
  { id: 'sydney', label: 'Sydney office', timeZone: 'Australia/Sydney', holidays: { country: 'AU', region: 'NSW' }, week: weekdays(['08:30', '17:00']) },
  { id: 'kolkata', label: 'Bengaluru office (IST)', timeZone: 'Asia/Kolkata', holidays: { country: 'IN' }, week: weekdays(['10:00', '19:00']) },
];

export const SAMPLE_TEAMS = [
  { id: 'na', label: 'North America', calendar: 'us-east', managerOwnerId: personNamed('Rachel').ownerId },
  { id: 'enterprise', label: 'Enterprise', calendar: 'us-west', managerOwnerId: personNamed('Rachel').ownerId },
  { id: 'emea-uk', label: 'EMEA – UK & Ireland', calendar: 'uk', managerOwnerId: personNamed('Henrik').ownerId },
  { id: 'emea-dach', label: 'EMEA – DACH', calendar: 'berlin', managerOwnerId: personNamed('Henrik').ownerId },
  { id: 'apac', label: 'APAC – Australia', calendar: 'sydney', managerOwnerId: personNamed('Henrik').ownerId },
  { id: 'india', label: 'APAC – India', calendar: 'kolkata', managerOwnerId: personNamed('Henrik').ownerId },
];

const member = (firstName: string, weight?: number) => ({ ownerId: personNamed(firstName).ownerId, ...(weight === undefined ? {} : { weight }) });

function repEntry(rep: SamplePerson) {
  return { ownerId: rep.ownerId, name: fullName(rep), team: rep.team, ...(rep.leadsPerDay === undefined ? {} : { caps: { leadsPerDay: rep.leadsPerDay } }) };
}

/** The routing section of the sample company: who gets which lead, and why. */
function sampleRouting() {
  return {
    // A lead that arrives at night goes to the next rep in turn and waits for their morning (the SLA
    // clock starts then), so nothing sits in the fallback queue; what-if-config.json tries the opposite.
    availability: 'assign_and_wait',
    leadToAccount: { enabled: true, matchBy: ['association', 'email_domain'] },
    fallbackQueue: { id: 'unassigned', label: 'Unassigned leads (RevOps reviews daily)' },
    reps: SAMPLE_REPS.map(repEntry),
    teams: SAMPLE_TEAMS,
    pools: [
      { id: 'enterprise', label: 'Enterprise accounts', strategy: 'weighted', members: [member('Priya', 3), member('Oliver', 1), member('Emily', 1)] },
      { id: 'emea', label: 'EMEA', strategy: 'round_robin', members: [member('Oliver'), member('Sophie'), member('Lukas'), member('Lena')] },
      { id: 'apac', label: 'APAC', strategy: 'round_robin', members: [member('Jack'), member('Arjun')] },
      { id: 'na', label: 'North America', team: 'na', strategy: 'least_loaded', members: [member('Ana'), member('Marcus'), member('Emily')] },
    ],
    rules: [
      { id: 'strategic-account', label: 'Strategic account: Initech', when: { property: 'email', op: 'email_domain_in_list', value: 'strategic-accounts' }, target: { type: 'owner', ownerId: personNamed('Priya').ownerId } },
      { id: 'enterprise', label: 'Enterprise: 1,000 employees or more', when: { property: 'numemployees', op: 'gte', value: 1000 }, target: { type: 'pool', pool: 'enterprise' } },
      { id: 'emea', label: 'EMEA countries', when: { property: 'country', op: 'in', value: EMEA }, target: { type: 'pool', pool: 'emea' } },
      { id: 'apac', label: 'APAC countries', when: { property: 'country', op: 'in', value: APAC }, target: { type: 'pool', pool: 'apac' } },
      { id: 'north-america', label: 'North America', when: { property: 'country', op: 'in', value: NORTH_AMERICA }, target: { type: 'pool', pool: 'na' } },
      { id: 'everyone-else', label: 'Everyone else with an email address', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'na' } },
    ],
  };
}

/**
 * The "what if" config that ships beside the sample config, for `leadops simulate --config`: the same
 * company, but reps who are not working are skipped (leads queue when nobody is in) and the MQL
 * threshold is 50 instead of 60.
 */
export function whatIfConfig(config: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const routing = config['routing'] as Readonly<Record<string, unknown>>;
  const scoring = config['scoring'] as Readonly<Record<string, unknown>>;
  const mql = scoring['mql'] as Readonly<Record<string, unknown>>;
  return { ...config, name: 'What if: skip reps who are off, MQL at 50', routing: { ...routing, availability: 'skip_unavailable' }, scoring: { ...scoring, mql: { ...mql, threshold: 50 } } };
}

/**
 * The sample company's config: the shipped default (read at generation time, so the sample follows it)
 * with its own name, a strategic-accounts list, one calendar per office and a routing section.
 */
export function sampleConfig(defaultConfig: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const lists = (defaultConfig['lists'] ?? {}) as Record<string, unknown>;
  const calendars = (defaultConfig['calendars'] ?? []) as unknown[];
  return {
    ...defaultConfig,
    $schema: '../rules/schema/leadops-config.schema.json',
    name: 'Fernhill Software – sample portal',
    lists: { ...lists, 'strategic-accounts': [VIP_DOMAIN] },
    calendars: [...calendars, ...EXTRA_CALENDARS],
    routing: sampleRouting(),
  };
}
