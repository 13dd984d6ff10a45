import type { ImportIssue } from '../src/import/import-issue';
import type { ApiUsage, ContactDecision, DecisionStep, EscalationOutcome, HandoffOutcome, RouteOutcome, SimulatedRep, SimulationResult, SlaOutcome } from '../src/simulate/simulation-result';

/**
 * Builders of small but realistic SimulationResults for the report's tests: `simulationFixture()` is a
 * week of nine contacts covering every outcome (SLA met, breached with escalations and a re-route,
 * open, no policy; queued; not routed; MQL accepted, rejected into nurture, overdue, pending; data
 * fixes and flags; import issues). `syntheticSimulationResult(n)` scales the same shapes to any size.
 */

const MINUTE = 60_000;

/** "2026-03-02T09:10" (UTC) as epoch milliseconds: fixtures read like a calendar. */
export function utc(isoMinute: string): number {
  const ms = Date.parse(`${isoMinute}:00Z`);
  if (Number.isNaN(ms)) throw new Error(`bad fixture time ${isoMinute}`);
  return ms;
}

export const ANA: SimulatedRep = { ownerId: '11', name: 'Ana Ruiz', team: 'emea', timeZone: 'Europe/London', expectedLeads: 2 };
export const BEN: SimulatedRep = { ownerId: '12', name: 'Ben Okafor', team: 'emea', timeZone: 'Europe/London', expectedLeads: 2 };
export const GUS: SimulatedRep = { ownerId: '31', name: 'Gus Lind', team: 'na', timeZone: 'America/New_York', expectedLeads: 1 };
export const HANA: SimulatedRep = { ownerId: '32', name: 'Hana Sato', team: 'na', timeZone: 'America/New_York', expectedLeads: 1 };
export const VERA: SimulatedRep = { ownerId: '99', name: 'Vera Novak', team: null, timeZone: 'Europe/London', expectedLeads: 1 };

/** The default config's lifecycle stages, in config order, for the funnel. */
/** The fixture config's teams: the report shows these labels, never the ids. */
export const FIXTURE_TEAMS: readonly { readonly id: string; readonly label: string }[] = [{ id: 'emea', label: 'EMEA – UK & Ireland' }, { id: 'na', label: 'North America' }];

export const FIXTURE_STAGES: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'subscriber', label: 'Subscriber' },
  { id: 'lead', label: 'Lead' },
  { id: 'mql', label: 'Marketing qualified lead' },
  { id: 'sql', label: 'Sales qualified lead' },
  { id: 'opportunity', label: 'Opportunity' },
  { id: 'customer', label: 'Customer' },
  { id: 'evangelist', label: 'Evangelist' },
  { id: 'other', label: 'Other' },
];

export const FIXTURE_MQL_THRESHOLD = 60;

export interface RoutingRule {
  readonly id: string;
  readonly label: string;
  readonly strategy: string | null;
  readonly poolId: string | null;
}

export const EMEA_RULE: RoutingRule = { id: 'emea', label: 'EMEA', strategy: 'round_robin', poolId: 'emea' };
export const EVERYONE_ELSE_RULE: RoutingRule = { id: 'everyone-else', label: 'Everyone else', strategy: 'least_loaded', poolId: 'sdr' };
export const VIP_RULE: RoutingRule = { id: 'vip', label: 'VIP accounts', strategy: null, poolId: null };

/** A route with the explanation its log step shows (decisions keep texts in the log only). */
export type RouteSpec = RouteOutcome & { readonly explanation: string };

export function assignedTo(rep: SimulatedRep, rule: RoutingRule, explanation?: string): RouteSpec {
  return {
    outcome: 'assigned',
    ownerId: rep.ownerId,
    ownerName: rep.name,
    team: rep.team,
    ruleId: rule.id,
    ruleLabel: rule.label,
    strategy: rule.strategy,
    poolId: rule.poolId,
    queue: null,
    skipped: [],
    explanation: explanation ?? `Routed to ${rep.name} by rule "${rule.label}"${rule.strategy === null ? ' (named owner)' : ` (${rule.strategy.replace('_', ' ')})`}`,
  };
}

export function queuedIn(queue: string): RouteSpec {
  return { outcome: 'queued', ownerId: null, ownerName: null, team: null, ruleId: null, ruleLabel: null, strategy: null, poolId: null, queue, skipped: [], explanation: `No routing rule matched: left in the "${queue}" queue` };
}

export const MQL_POLICY = { id: 'mql-first-touch', label: 'MQL: first touch within 30 working minutes', minutes: 30 } as const;
export const LEAD_POLICY = { id: 'lead-first-touch', label: 'Lead: first touch within 4 working hours', minutes: 240 } as const;

/**
 * An SLA whose clock runs through working time without a break from `startsAt`, so working minutes
 * equal wall-clock minutes: tests can derive both by hand.
 */
export function slaFor(rep: SimulatedRep, policy: { readonly id: string; readonly label: string; readonly minutes: number } | null, startsAt: string, firstTouchAt: string | null, status: SlaOutcome['status']): SlaOutcome {
  const start = utc(startsAt);
  const touch = firstTouchAt === null ? null : utc(firstTouchAt);
  return {
    policyId: policy?.id ?? null,
    policyLabel: policy?.label ?? null,
    ownerId: rep.ownerId,
    allowedWorkingMinutes: policy?.minutes ?? null,
    startsAt: policy === null ? null : start,
    dueAt: policy === null ? null : start + policy.minutes * MINUTE,
    firstTouchAt: touch,
    workingMinutesToTouch: policy === null || touch === null ? null : (touch - start) / MINUTE,
    status,
  };
}

export function escalation(action: EscalationOutcome['action'], at: string, detail: string, clock: EscalationOutcome['clock']): EscalationOutcome {
  const labels: Readonly<Record<string, string>> = { task_owner: clock === 'sla' ? 'Task for the owner' : 'Remind the receiving rep', notify_manager: clock === 'sla' ? "Notify the owner's manager" : 'Tell the sales manager', reroute: 'Re-route to another rep' };
  return { stepId: `${clock}-${action}`, label: labels[action] ?? action, action, at: utc(at), detail, clock };
}

export type HandoffSpec = HandoffOutcome & { readonly reasons: readonly string[] };

export function handoff(status: HandoffOutcome['status'], rep: SimulatedRep, offeredAt: string, answeredAt: string | null, reasonCode: string | null = null): HandoffSpec {
  const offered = utc(offeredAt);
  const reasons = status === 'accepted' ? [`${rep.name} accepted the MQL`] : status === 'rejected' ? [`${rep.name} rejected it: ${reasonCode ?? 'no reason'}`] : status === 'overdue' ? ['Not answered within 240 working minutes'] : ['Waiting for an answer'];
  return { status, receiverOwnerId: rep.ownerId, offeredAt: offered, dueAt: offered + 240 * MINUTE, answeredAt: answeredAt === null ? null : utc(answeredAt), reasonCode, reasons };
}

/** What a contact's decision is built from; the log is derived from it, so the two always agree. */
export interface ContactSpec {
  readonly contactId: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly company?: string | null;
  readonly country?: string | null;
  readonly arrivedAt: string;
  readonly score: ScoreSpec;
  readonly stage: { readonly id: string; readonly label: string; readonly fromStageId?: string | null; readonly reasons?: readonly string[] };
  readonly fixes?: ContactDecision['dataQuality']['fixes'];
  readonly flags?: ContactDecision['dataQuality']['flags'];
  readonly route?: RouteSpec | null;
  readonly sla?: SlaOutcome | null;
  readonly escalations?: readonly EscalationOutcome[];
  readonly handoff?: HandoffSpec | null;
  readonly nurture?: { readonly trackId: string; readonly label: string; readonly at: string } | null;
  readonly source?: string;
}

export type ScoreSpec = ContactDecision['score'] & { readonly reasons: readonly string[] };

export function score(total: number, fit: number, engagement: number, mql: boolean, reasons: readonly string[] = []): ScoreSpec {
  return { total, fit, engagement, mql, reasons: reasons.length > 0 ? reasons : [`+${fit} fit: profile`, `+${engagement} engagement: recent activity`] };
}

function logOf(decision: Omit<ContactDecision, 'log'>, spec: ContactSpec): DecisionStep[] {
  const source = spec.source ?? 'samples/contacts.csv';
  const steps: DecisionStep[] = [{ at: decision.arrivedAt, kind: 'arrival', summary: `Arrived from ${source}`, reasons: [] }];
  const { fixes, flags } = decision.dataQuality;
  if (fixes.length + flags.length > 0) {
    steps.push({ at: decision.arrivedAt, kind: 'data-quality', summary: `${fixes.length} values fixed, ${flags.length} flagged`, reasons: [...fixes.map((fix) => `${fix.property}: "${fix.from}" → "${fix.to}" (${fix.reason})`), ...flags.map((flag) => `${flag.code}: ${flag.text}`)] });
  }
  const s = decision.score;
  steps.push({ at: decision.arrivedAt, kind: 'score', summary: `Score ${s.total} (fit ${s.fit}, engagement ${s.engagement})${s.mql ? ': MQL' : ''}`, reasons: spec.score.reasons });
  steps.push({ at: decision.arrivedAt, kind: 'lifecycle', summary: `Stage: ${decision.lifecycle.stageLabel}`, reasons: spec.stage.reasons ?? [`Meets the ${spec.stage.label} criteria`] });
  if (spec.route) {
    const route = spec.route;
    steps.push({ at: decision.arrivedAt, kind: 'route', summary: route.explanation, reasons: [...(route.ruleLabel === null ? [] : [`Rule "${route.ruleLabel}" matched`]), ...route.skipped.map((skip) => `Skipped ${skip.name} (${skip.code})`)] });
  }
  const sla = decision.sla;
  if (sla !== null) {
    steps.push({ at: sla.startsAt ?? decision.arrivedAt, kind: 'sla', summary: sla.policyLabel === null ? 'No SLA policy applies' : `SLA "${sla.policyLabel}", due ${new Date(sla.dueAt ?? 0).toISOString()}`, reasons: [] });
    if (sla.firstTouchAt !== null) steps.push({ at: sla.firstTouchAt, kind: 'touch', summary: `First touch${sla.workingMinutesToTouch === null ? '' : ` after ${sla.workingMinutesToTouch} working minutes`} (${sla.status})`, reasons: [] });
  }
  for (const step of decision.escalations) steps.push({ at: step.at, kind: 'escalation', summary: `${step.label}: ${step.detail}`, reasons: [] });
  if (spec.handoff) steps.push({ at: spec.handoff.answeredAt ?? spec.handoff.offeredAt, kind: 'handoff', summary: `Handoff ${spec.handoff.status}`, reasons: spec.handoff.reasons });
  if (decision.nurture !== null) steps.push({ at: decision.nurture.at, kind: 'nurture', summary: `Enrolled in ${decision.nurture.label}`, reasons: [] });
  // Stable: steps at the same instant keep the engine's order (data quality before score before route…).
  return steps.sort((a, b) => a.at - b.at);
}

export function contactDecision(spec: ContactSpec): ContactDecision {
  const decision: Omit<ContactDecision, 'log'> = {
    contactId: spec.contactId,
    email: spec.email,
    name: spec.name,
    company: spec.company ?? null,
    country: spec.country ?? null,
    arrivedAt: utc(spec.arrivedAt),
    dataQuality: { fixes: spec.fixes ?? [], flags: spec.flags ?? [] },
    score: withoutTexts(spec.score),
    lifecycle: { fromStageId: spec.stage.fromStageId ?? null, stageId: spec.stage.id, stageLabel: spec.stage.label },
    route: spec.route ? routeOutcome(spec.route) : null,
    sla: spec.sla ?? null,
    escalations: spec.escalations ?? [],
    handoff: spec.handoff ? withoutTexts(spec.handoff) : null,
    nurture: spec.nurture ? { trackId: spec.nurture.trackId, label: spec.nurture.label, at: utc(spec.nurture.at) } : null,
  };
  return { ...decision, log: logOf(decision, spec) };
}

/** A spec's outcome without the reasons its log step shows. */
function withoutTexts<T extends { readonly reasons: readonly string[] }>(spec: T): Omit<T, 'reasons'> {
  const { reasons: _reasons, ...outcome } = spec;
  return outcome;
}

/** The route as a decision holds it: its explanation is in the log. */
export function routeOutcome(spec: RouteSpec): RouteOutcome {
  const { explanation: _explanation, ...outcome } = spec;
  return outcome;
}

const SUBSCRIBER = { id: 'subscriber', label: 'Subscriber' };
const LEAD = { id: 'lead', label: 'Lead' };
const MQL = { id: 'mql', label: 'Marketing qualified lead' };
const SQL = { id: 'sql', label: 'Sales qualified lead' };

/** The nine contacts of `simulationFixture()`, by what each one shows. */
export function fixtureContacts(): ContactDecision[] {
  return [
    // MQL met its SLA, handoff accepted, now an SQL; its email needed cleaning.
    contactDecision({
      contactId: '1001', name: 'Maya Chen', email: 'maya.chen@northwind.example', company: 'Northwind', country: 'GB', arrivedAt: '2026-03-02T09:10',
      score: score(72, 40, 32, true, ['+20 fit: VP title', '+15 fit: Company of 50 to 5,000 people', '+5 fit: In a country we sell to', '+30 engagement: Requested a demo', '+2 engagement: Browsed the website']),
      stage: { ...SQL, reasons: ['Handoff accepted by Ana Ruiz'] },
      fixes: [{ property: 'email', from: ' Maya.Chen@Northwind.example', to: 'maya.chen@northwind.example', reason: 'trimmed and lower-cased' }],
      route: assignedTo(ANA, EMEA_RULE), sla: slaFor(ANA, MQL_POLICY, '2026-03-02T09:10', '2026-03-02T09:22', 'met'),
      handoff: handoff('accepted', ANA, '2026-03-02T09:10', '2026-03-02T10:00'),
    }),
    // Lead breached its SLA: task, manager, then re-routed from Ben to Ana, who touched it late too.
    contactDecision({
      contactId: '1002', name: 'Tom Becker', email: 'tom@brightlabs.example', company: 'Bright Labs', country: 'DE', arrivedAt: '2026-03-02T10:00',
      score: score(45, 30, 15, false), stage: LEAD,
      route: assignedTo(ANA, EMEA_RULE, 'Re-routed from Ben Okafor to Ana Ruiz by rule "EMEA" (round robin) after the SLA breach'),
      sla: slaFor(ANA, LEAD_POLICY, '2026-03-02T10:00', '2026-03-02T14:50', 'breached'),
      escalations: [
        escalation('task_owner', '2026-03-02T13:00', 'Task for Ben Okafor', 'sla'),
        escalation('notify_manager', '2026-03-02T14:00', "Notified Ben Okafor's manager", 'sla'),
        escalation('reroute', '2026-03-02T14:30', 'Re-routed from Ben Okafor to Ana Ruiz', 'sla'),
      ],
    }),
    // No rule matched: queued, so no SLA.
    contactDecision({ contactId: '1003', name: 'Lee Park', email: 'lee@smallco.example', company: 'SmallCo', country: 'US', arrivedAt: '2026-03-02T13:30', score: score(20, 10, 10, false), stage: LEAD, route: queuedIn('unassigned') }),
    // MQL met its SLA, but the rep rejected the handoff: recycled to Lead and enrolled in nurture.
    contactDecision({
      contactId: '1004', name: 'Priya Nair', email: 'priya@acme.example', company: 'Acme', country: 'US', arrivedAt: '2026-03-02T14:05',
      score: score(64, 35, 29, true), stage: { ...LEAD, fromStageId: 'mql', reasons: ['Recycled to Lead: handoff rejected (Interested, but not this quarter)'] },
      route: assignedTo(GUS, EVERYONE_ELSE_RULE), sla: slaFor(GUS, MQL_POLICY, '2026-03-02T14:05', '2026-03-02T14:30', 'met'),
      handoff: handoff('rejected', GUS, '2026-03-02T14:05', '2026-03-02T15:00', 'bad_timing'),
      nurture: { trackId: 'long-nurture', label: 'Quarterly check-in', at: '2026-03-02T15:00' },
    }),
    // A free-mail subscriber LeadOps leaves to marketing: not routed; country name fixed, free mail flagged.
    contactDecision({
      contactId: '1005', name: 'Sam Ortiz', email: 'sam.ortiz@gmail.com', country: 'GB', arrivedAt: '2026-03-03T08:45', score: score(5, 0, 5, false), stage: SUBSCRIBER,
      fixes: [{ property: 'country', from: 'United Kingdom', to: 'GB', reason: 'country names become ISO codes' }],
      flags: [{ code: 'free_mail', text: 'Free-mail address: the company is unknown' }],
    }),
    // MQL that arrived just before the end: SLA still open, handoff pending, nobody touched it yet.
    contactDecision({
      contactId: '1006', name: 'Ines Duarte', email: 'ines@lisboa-tech.example', company: 'Lisboa Tech', country: 'PT', arrivedAt: '2026-03-06T17:45',
      score: score(61, 30, 31, true), stage: MQL, route: assignedTo(BEN, EMEA_RULE), sla: slaFor(BEN, MQL_POLICY, '2026-03-06T17:45', null, 'open'),
      handoff: handoff('pending', BEN, '2026-03-06T17:45', null),
    }),
    // A shared mailbox, touched within its 4-hour SLA; phone normalised.
    contactDecision({
      contactId: '1007', name: 'Omar Haddad', email: 'info@desert-rose.example', company: 'Desert Rose', country: 'US', arrivedAt: '2026-03-03T15:30',
      score: score(38, 20, 18, false), stage: LEAD,
      fixes: [{ property: 'phone', from: '(555) 010-2030', to: '+15550102030', reason: 'phone numbers in E.164' }],
      flags: [{ code: 'role_address', text: 'Shared mailbox (info@): nobody in particular' }],
      route: assignedTo(GUS, EVERYONE_ELSE_RULE), sla: slaFor(GUS, LEAD_POLICY, '2026-03-03T15:30', '2026-03-03T17:10', 'met'),
    }),
    // MQL touched in 5 minutes, but nobody answered the handoff: reminder, then the sales manager.
    contactDecision({
      contactId: '1008', name: 'Julia Weber', email: 'julia.weber@hansa.example', company: 'Hansa Systems', country: 'DE', arrivedAt: '2026-03-04T11:00',
      score: score(88, 50, 38, true), stage: MQL, route: assignedTo(ANA, EMEA_RULE), sla: slaFor(ANA, MQL_POLICY, '2026-03-04T11:00', '2026-03-04T11:05', 'met'),
      escalations: [escalation('task_owner', '2026-03-04T14:00', 'Task for Ana Ruiz: answer the handoff', 'handoff'), escalation('notify_manager', '2026-03-04T15:00', 'Told the sales manager', 'handoff')],
      handoff: handoff('overdue', ANA, '2026-03-04T11:00', null),
    }),
    // A named owner outside any pool, no SLA policy, never touched.
    contactDecision({
      contactId: '1009', name: 'Victor Lang', email: 'victor@vip.example', company: 'VIP Corp', country: 'GB', arrivedAt: '2026-03-05T16:20',
      score: score(50, 35, 15, false), stage: LEAD,
      fixes: [{ property: 'country', from: 'UK', to: 'GB', reason: 'country names become ISO codes' }],
      route: assignedTo(VERA, VIP_RULE), sla: slaFor(VERA, null, '2026-03-05T16:20', null, 'no_policy'),
    }),
  ];
}

export const FIXTURE_IMPORT_ISSUES: readonly ImportIssue[] = [
  { file: 'samples/contacts.csv', line: 14, column: 'Create Date', message: 'bad date "31/02/2026": use YYYY-MM-DD or YYYY-MM-DD HH:mm', effect: 'skipped' },
  { file: 'samples/contacts.csv', line: 27, column: 'Number of Employees', message: 'not a number "fifty": write digits, e.g. 50', effect: 'value-dropped' },
];

export function simulationFixture(overrides: Partial<SimulationResult> = {}): SimulationResult {
  return {
    meta: { engineVersion: '1.0.0', configName: 'Default routing', source: 'samples', mode: 'rules', window: { from: utc('2026-03-02T08:00'), to: utc('2026-03-06T18:00') }, seed: 42, mqlThreshold: FIXTURE_MQL_THRESHOLD, stages: FIXTURE_STAGES, teams: FIXTURE_TEAMS },
    reps: [ANA, BEN, GUS, HANA, VERA],
    decisions: fixtureContacts(),
    importIssues: FIXTURE_IMPORT_ISSUES,
    api: null,
    comparison: null,
    ...overrides,
  };
}

/**
 * The fixture with a comparison run under "EMEA weighted": Maya Chen goes to Ben and Priya Nair to
 * Hana; Tom Becker's SLA is met there, and Ines Duarte is not an MQL.
 */
export function simulationFixtureWithComparison(): SimulationResult {
  const base = simulationFixture();
  const other = base.decisions.map((decision): ContactDecision => {
    switch (decision.contactId) {
      case '1001':
        return { ...decision, route: routeOutcome(assignedTo(BEN, { ...EMEA_RULE, label: 'EMEA weighted', strategy: 'weighted' })) };
      case '1004':
        return { ...decision, route: routeOutcome(assignedTo(HANA, EVERYONE_ELSE_RULE)) };
      case '1002':
        return decision.sla === null ? decision : { ...decision, sla: { ...decision.sla, status: 'met' } };
      case '1006':
        return { ...decision, score: { ...decision.score, mql: false } };
      default:
        return decision;
    }
  });
  return { ...base, comparison: { configName: 'EMEA weighted', reps: base.reps, decisions: other } };
}

/** HubSpot traffic of a small `--through-api` run that agreed with the rules engine on all but one contact. */
export function fixtureApiUsage(): ApiUsage {
  return {
    calls: 1234,
    byEndpoint: { 'POST /crm/objects/2026-09/contacts/search': 900, 'PATCH /crm/objects/2026-09/contacts/{contactId}': 334 },
    wallTimeAtLimitsMs: 65_000,
    rateLimit: '190 requests / 10 s (Professional, private app)',
    agreement: {
      contacts: 9,
      sameOwner: 9,
      sameScore: 8,
      sameStage: 9,
      differences: ['1004 Priya Nair: score 64 by the rules, 62 through the API'],
      failureCount: 1,
      failures: ['PATCH contact 1009: 429 Too Many Requests (retried, then gave up)'],
    },
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so synthetic runs repeat exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Maya', 'Tom', 'Lee', 'Priya', 'Sam', 'Ines', 'Omar', 'Julia', 'Victor', 'Chloé', 'Dev', 'Eli', 'Fay', 'Noor', 'Kenji', 'Ana', 'Zoe', 'Luca'];
const LAST_NAMES = ['Chen', 'Becker', 'Park', 'Nair', 'Ortiz', 'Duarte', 'Haddad', 'Weber', 'Lang', 'Martin', 'Kowalski', 'Okafor', 'Sato', 'Rossi', 'Dubois'];
const COMPANIES = ['Northwind', 'Bright Labs', 'Acme', 'Hansa Systems', 'Lisboa Tech', 'Desert Rose', 'Blue Fjord', 'Kite Analytics', 'Orbit Retail', 'Cobalt Health'];
const SYNTHETIC_REPS: readonly SimulatedRep[] = [ANA, BEN, GUS, HANA, VERA, { ...ANA, ownerId: '13', name: 'Chloé Martin' }, { ...GUS, ownerId: '33', name: 'Dev Patel' }];

/**
 * A run of `count` contacts shaped like the fixture's (scores, routes, SLAs, escalations, handoffs,
 * logs of about ten steps), for size and speed checks of the report.
 */
export function syntheticSimulationResult(count: number, seed = 7): SimulationResult {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const from = utc('2026-03-02T00:00');
  const spanMinutes = 14 * 24 * 60;
  const decisions: ContactDecision[] = [];
  const assigned = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const arrived = from + Math.floor((index / count) * spanMinutes) * MINUTE;
    const arrivedAt = new Date(arrived).toISOString().slice(0, 16);
    const later = (minutes: number) => new Date(arrived + minutes * MINUTE).toISOString().slice(0, 16);
    const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const company = pick(COMPANIES);
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}${index}@${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
    const fit = Math.round(random() * 50);
    const engagement = Math.round(random() * 50 * 10) / 10;
    const total = Math.min(100, Math.round((fit + engagement) * 10) / 10);
    const mql = total >= FIXTURE_MQL_THRESHOLD && fit >= 20;
    const reasons = [`+${Math.min(fit, 20)} fit: VP title`, `+${Math.max(0, fit - 20)} fit: Company of 50 to 5,000 people`, `+${engagement} engagement: Visited the pricing page (${1 + (index % 4)} times, last ${index % 9} days ago; half-life 14 days)`, '+1 engagement: Browsed the website'];
    const roll = random();
    const rep = pick(SYNTHETIC_REPS);
    const route = roll < 0.05 ? null : roll < 0.1 ? queuedIn('unassigned') : assignedTo(rep, rep.team === 'emea' ? EMEA_RULE : EVERYONE_ELSE_RULE);
    if (route?.ownerId) assigned.set(route.ownerId, (assigned.get(route.ownerId) ?? 0) + 1);
    const policy = mql ? MQL_POLICY : LEAD_POLICY;
    const touchMinutes = Math.round(random() * random() * policy.minutes * 2);
    const touched = random() > 0.08;
    const status: SlaOutcome['status'] = !touched ? 'breached' : touchMinutes <= policy.minutes ? 'met' : 'breached';
    const sla = route?.outcome === 'assigned' ? slaFor(rep, policy, arrivedAt, touched ? later(touchMinutes) : null, status) : null;
    const escalations = sla?.status === 'breached' ? [escalation('task_owner', later(policy.minutes * 0.75), `Task for ${rep.name}`, 'sla'), escalation('notify_manager', later(policy.minutes), `Notified ${rep.name}'s manager`, 'sla')] : [];
    const handoffStatus = pick(['accepted', 'accepted', 'rejected', 'overdue', 'pending'] as const);
    decisions.push(contactDecision({
      contactId: String(100_000 + index), name, email, company, country: pick(['GB', 'DE', 'US', 'FR', 'NL']), arrivedAt,
      score: score(total, fit, engagement, mql, reasons),
      stage: mql ? MQL : total < 10 ? SUBSCRIBER : LEAD,
      fixes: index % 7 === 0 ? [{ property: 'country', from: 'United Kingdom', to: 'GB', reason: 'country names become ISO codes' }] : [],
      flags: index % 11 === 0 ? [{ code: 'free_mail', text: 'Free-mail address: the company is unknown' }] : [],
      route, sla, escalations,
      handoff: mql && sla ? handoff(handoffStatus, rep, arrivedAt, handoffStatus === 'accepted' || handoffStatus === 'rejected' ? later(60) : null, handoffStatus === 'rejected' ? 'bad_timing' : null) : null,
      nurture: mql && handoffStatus === 'rejected' ? { trackId: 'long-nurture', label: 'Quarterly check-in', at: later(60) } : null,
    }));
  }
  const routed = [...assigned.values()].reduce((sum, n) => sum + n, 0);
  return {
    ...simulationFixture(),
    reps: SYNTHETIC_REPS.map((rep) => ({ ...rep, expectedLeads: routed / SYNTHETIC_REPS.length })),
    decisions,
    meta: { ...simulationFixture().meta, window: { from, to: from + spanMinutes * MINUTE } },
  };
}
