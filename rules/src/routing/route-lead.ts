import { compileCondition, type CompiledCondition } from '../conditions/compile-condition';
import { contactConditionContext } from '../config/condition-context';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact } from '../shared/contact';
import type { Reason } from '../shared/reason';
import type { Instant } from '../shared/time';
import { ledgerPeriod, localDay, periodMonthsBefore } from './local-day';
import { pickLeastLoaded } from './pick-least-loaded';
import { pickRoundRobin } from './pick-round-robin';
import { pickWeighted } from './pick-weighted';
import type { RoutingRep } from './routing-rep';
import type { LedgerEntry, PoolState, RepCounters, RoutingState } from './routing-state';

type RoutingConfig = LeadOpsConfig['routing'];
type Pool = RoutingConfig['pools'][number];
type RoutingRule = RoutingConfig['rules'][number];

export type SkipCode = 'unknown_rep' | 'away' | 'out_of_office' | 'not_working' | 'day_cap' | 'open_cap' | 'excluded';

export interface SkippedRep {
  readonly ownerId: string;
  readonly name: string;
  readonly code: SkipCode;
  readonly text: string;
}

/** The owner of the contact's company, found by the adapter through the association or the email domain. */
export interface AccountOwner {
  readonly ownerId: string;
  readonly companyName: string;
  readonly via: 'association' | 'email_domain';
}

export interface RouteRequest {
  readonly contact: Contact;
  readonly reps: readonly RoutingRep[];
  readonly state: RoutingState;
  readonly now: Instant;
  readonly account?: AccountOwner;
  /** Owners who must not get the lead (a re-route: the current owner and any it already left). */
  readonly exclude?: readonly string[];
}

export interface RoutingDecision {
  readonly outcome: 'assigned' | 'queued';
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly queue: { readonly id: string; readonly label: string } | null;
  /** The rule that matched ("lead-to-account" when the account owner took it first), or null. */
  readonly ruleId: string | null;
  readonly ruleLabel: string | null;
  readonly strategy: Pool['strategy'] | 'named_owner' | 'account_owner' | 'team_round_robin' | null;
  readonly poolId: string | null;
  /** Rules tried before the match, each with the sentence saying why it did not apply. */
  readonly rulesNotMatched: readonly { readonly ruleId: string; readonly sentence: string }[];
  readonly skipped: readonly SkippedRep[];
  /** When the SLA clock starts: now, or the owner's next working moment when assigned outside hours. */
  readonly slaStartsAt: Instant | null;
  readonly state: RoutingState;
  readonly reasons: readonly Reason[];
  /** One paragraph a rep or an admin can read. */
  readonly explanation: string;
}

interface RoutingModel {
  readonly rules: readonly { readonly rule: RoutingRule; readonly when: CompiledCondition }[];
  readonly pools: ReadonlyMap<string, Pool>;
  readonly poolWeights: ReadonlyMap<string, number>;
  readonly capsByRep: ReadonlyMap<string, { leadsPerDay?: number; openLeads?: number }>;
  readonly configuredReps: ReadonlySet<string>;
  readonly ruleLabels: ReadonlyMap<string, string>;
}

const models = new WeakMap<LeadOpsConfig, RoutingModel>();

function routingModelFor(config: LeadOpsConfig): RoutingModel {
  let model = models.get(config);
  if (model) return model;
  const context = contactConditionContext(config);
  model = {
    rules: config.routing.rules.map((rule) => {
      const compiled = compileCondition(rule.when, context);
      if (!compiled.ok) throw new TypeError(`routing rule ${rule.id}: ${compiled.problems.map((p) => p.message).join('; ')} (validate the config with parseConfig first)`);
      return { rule, when: compiled.condition };
    }),
    pools: new Map(config.routing.pools.map((p) => [p.id, p])),
    poolWeights: new Map(config.routing.pools.map((p) => [p.id, p.members.reduce((sum, m) => sum + m.weight, 0)])),
    capsByRep: new Map(config.routing.reps.map((r) => [r.ownerId, r.caps ?? {}])),
    configuredReps: new Set(config.routing.reps.map((r) => r.ownerId)),
    ruleLabels: new Map(config.routing.rules.map((r) => [r.id, r.label])),
  };
  models.set(config, model);
  return model;
}

/**
 * Months of fairness history kept per pool, the current one included. The state is saved in HubSpot text
 * values (65,536 characters each), and a ledger that only grew would outgrow them.
 */
const LEDGER_MONTHS = 12;

/** A pool's ledger without the periods that fall out of LEDGER_MONTHS once `period` is added. */
function recentPeriods(poolLedger: Readonly<Record<string, Readonly<Record<string, LedgerEntry>>>>, period: string): Readonly<Record<string, Readonly<Record<string, LedgerEntry>>>> {
  const periods = Object.keys(poolLedger);
  if (periods.length < LEDGER_MONTHS) return poolLedger;
  const oldest = periodMonthsBefore(period, LEDGER_MONTHS - 1);
  return Object.fromEntries(Object.entries(poolLedger).filter(([key]) => key >= oldest));
}

interface ZoneTexts {
  readonly formatter: Intl.DateTimeFormat;
  /** Overnight every lead names the same "next working" instants; formatting them once saves most of the cost. */
  readonly byInstant: Map<Instant, string>;
}

// Keyed by zone, then by instant: a key built as "zone|instant" cost more to hash than the formatting it saved.
const zoneTexts = new Map<string, ZoneTexts>();

/** "Tue 24 Nov, 09:00 (Europe/Berlin)": when something happens, in the rep's own zone. */
function formatLocal(at: Instant, timeZone: string): string {
  let zone = zoneTexts.get(timeZone);
  if (!zone) {
    zone = { formatter: new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false }), byInstant: new Map() };
    zoneTexts.set(timeZone, zone);
  }
  const known = zone.byInstant.get(at);
  if (known !== undefined) return known;
  const text = `${zone.formatter.format(at)} (${timeZone})`;
  if (zone.byInstant.size >= 1024) zone.byInstant.clear();
  zone.byInstant.set(at, text);
  return text;
}

const repIndexes = new WeakMap<readonly RoutingRep[], ReadonlyMap<string, RoutingRep>>();
const NOBODY: ReadonlySet<string> = new Set();

/** Reps by owner id, built once per reps list (the adapter passes the same list for a whole batch). */
function indexReps(reps: readonly RoutingRep[]): ReadonlyMap<string, RoutingRep> {
  let index = repIndexes.get(reps);
  if (!index) {
    index = new Map(reps.map((r) => [r.ownerId, r]));
    repIndexes.set(reps, index);
  }
  return index;
}

function skipOf(ownerId: string, name: string, code: SkipCode, text: string): SkippedRep {
  return { ownerId, name, code, text: `${name}: ${text}` };
}

class Router {
  private readonly skipped: SkippedRep[] = [];
  private readonly reasons: Reason[] = [];
  private readonly repsById: ReadonlyMap<string, RoutingRep>;
  private readonly excluded: ReadonlySet<string>;

  constructor(
    private readonly config: LeadOpsConfig,
    private readonly model: RoutingModel,
    private readonly request: RouteRequest,
  ) {
    this.repsById = indexReps(request.reps);
    this.excluded = request.exclude && request.exclude.length > 0 ? new Set(request.exclude) : NOBODY;
  }

  private counters(ownerId: string): RepCounters | undefined {
    return this.request.state.reps[ownerId];
  }

  /** Why this rep cannot take the lead now, or null when it can. `caps` are the pool's, overridden by the rep's own. */
  /** A rep's name for reasons: from HubSpot, else the config, else the owner id (a rep since removed). */
  private readonly nameOf = (ownerId: string): string => this.repsById.get(ownerId)?.name ?? this.config.routing.reps.find((r) => r.ownerId === ownerId)?.name ?? ownerId;

  private whyNot(ownerId: string, poolCaps: Pool['caps']): SkippedRep | null {
    const rep = this.repsById.get(ownerId);
    const { now } = this.request;
    const name = rep?.name ?? ownerId;
    if (this.excluded.has(ownerId)) return skipOf(ownerId, name, 'excluded', 'excluded from this re-route (the lead is leaving or already left this rep)');
    if (!rep) return skipOf(ownerId, name, 'unknown_rep', 'not an active HubSpot owner with a calendar');
    if (rep.availability === 'away') return skipOf(ownerId, name, 'away', 'set to "away" in HubSpot');
    if (rep.outOfOfficeUntil !== undefined && rep.outOfOfficeUntil > now) return skipOf(ownerId, name, 'out_of_office', `out of office until ${formatLocal(rep.outOfOfficeUntil, rep.calendar.timeZone)}`);
    if (this.config.routing.availability === 'skip_unavailable' && !rep.calendar.isWorking(now)) {
      const next = rep.calendar.nextWorkingMoment(now);
      return skipOf(ownerId, name, 'not_working', next === null ? 'has no working hours ahead' : `not working now (next working ${formatLocal(next, rep.calendar.timeZone)})`);
    }
    // Waiting for working hours that never come would leave the lead with no SLA and no escalation.
    if (this.config.routing.availability !== 'skip_unavailable' && !rep.calendar.isWorking(now) && rep.calendar.nextWorkingMoment(now) === null) return skipOf(ownerId, name, 'not_working', 'has no working hours ahead, so no SLA could start');
    const ownCaps = this.model.capsByRep.get(ownerId);
    const leadsPerDay = ownCaps?.leadsPerDay ?? poolCaps?.leadsPerDay;
    const openLeads = ownCaps?.openLeads ?? poolCaps?.openLeads;
    const counters = this.counters(ownerId);
    if (leadsPerDay !== undefined) {
      const today = localDay(now, rep.calendar.timeZone);
      const assignedToday = counters && counters.day === today ? counters.assignedOnDay : 0;
      if (assignedToday >= leadsPerDay) return skipOf(ownerId, name, 'day_cap', `reached ${leadsPerDay === 1 ? 'the cap of 1 lead' : `${leadsPerDay} leads`} today`);
    }
    if (openLeads !== undefined && (counters?.openLeads ?? 0) >= openLeads) return skipOf(ownerId, name, 'open_cap', `has ${counters?.openLeads ?? 0} open leads (cap ${openLeads})`);
    return null;
  }

  private eligible(ownerId: string, poolCaps: Pool['caps']): boolean {
    const why = this.whyNot(ownerId, poolCaps);
    if (why) this.skipped.push(why);
    return why === null;
  }

  route(): RoutingDecision {
    const { contact, now, account, state } = this.request;
    const leadToAccount = this.config.routing.leadToAccount;
    if (leadToAccount.enabled && account && leadToAccount.matchBy.includes(account.via)) {
      if (this.eligible(account.ownerId, undefined)) {
        this.reasons.push({ code: 'routing-lead-to-account', text: `${contact.properties['email'] ?? 'The contact'} belongs to ${account.companyName} (found by ${account.via === 'association' ? 'its company association' : 'its email domain'}), owned by ${this.repsById.get(account.ownerId)?.name ?? account.ownerId}` });
        return this.assign(account.ownerId, { ruleId: 'lead-to-account', ruleLabel: 'Lead-to-account', strategy: 'account_owner', poolId: null, why: 'account owner' }, []);
      }
    }

    const notMatched: { ruleId: string; sentence: string }[] = [];
    for (const { rule, when } of this.model.rules) {
      const result = when.evaluate(contact.properties, now);
      if (!result.matched) {
        notMatched.push({ ruleId: rule.id, sentence: result.sentence });
        continue;
      }
      this.reasons.push({ code: 'routing-rule', text: `Rule "${rule.label}" matched: ${result.criterion}` });
      const target = rule.target;
      if (target.type === 'owner') {
        if (this.eligible(target.ownerId, undefined)) return this.assign(target.ownerId, { ruleId: rule.id, ruleLabel: rule.label, strategy: 'named_owner', poolId: null, why: 'named owner' }, notMatched);
        return this.queue(`the named owner of rule "${rule.label}" cannot take it`, rule, notMatched);
      }
      if (target.type === 'team') return this.fromTeam(target.team, rule, notMatched, state);
      if (target.type === 'account_owner') {
        if (account && this.eligible(account.ownerId, undefined)) return this.assign(account.ownerId, { ruleId: rule.id, ruleLabel: rule.label, strategy: 'account_owner', poolId: null, why: `owner of ${account.companyName}` }, notMatched);
        if (!account) this.reasons.push({ code: 'routing-rule', text: 'The contact has no company with an owner' });
        if (target.otherwise === undefined) return this.queue(account ? `the owner of ${account.companyName} cannot take it and rule "${rule.label}" names no other pool` : `rule "${rule.label}" found no account owner and names no other pool`, rule, notMatched);
        return this.fromPool(target.otherwise, rule, notMatched, state);
      }
      return this.fromPool(target.pool, rule, notMatched, state);
    }
    return this.queue(this.model.rules.length === 0 ? 'no routing rules are configured' : 'no routing rule matched', null, notMatched);
  }

  private fromPool(poolId: string, rule: RoutingRule, notMatched: { ruleId: string; sentence: string }[], state: RoutingState): RoutingDecision {
    const pool = this.model.pools.get(poolId) as Pool;
    const members = pool.members.filter((m) => this.eligible(m.ownerId, pool.caps));
    if (members.length === 0) return this.queue(`nobody in pool "${pool.label}" can take a lead now`, rule, notMatched);
    const poolState = state.pools[pool.id];
    let pick: { ownerId: string; why: string; state?: PoolState };
    if (pool.strategy === 'round_robin') pick = pickRoundRobin(members.map((m) => m.ownerId), poolState, this.nameOf);
    else if (pool.strategy === 'weighted') pick = pickWeighted(members, poolState);
    else pick = pickLeastLoaded(members.map((m) => m.ownerId), state.reps);
    return this.assign(pick.ownerId, { ruleId: rule.id, ruleLabel: rule.label, strategy: pool.strategy, poolId: pool.id, why: pick.why, poolState: pick.state, pool }, notMatched);
  }

  /** A team target: round robin among the team's reps, remembered under "team:<id>" in the pool state. */
  private fromTeam(teamId: string, rule: RoutingRule, notMatched: { ruleId: string; sentence: string }[], state: RoutingState): RoutingDecision {
    const team = this.config.routing.teams.find((t) => t.id === teamId);
    const members = this.config.routing.reps.filter((r) => r.team === teamId).map((r) => r.ownerId).filter((id) => this.eligible(id, undefined));
    if (members.length === 0) return this.queue(`nobody in team "${team?.label ?? teamId}" can take a lead now`, rule, notMatched);
    const key = `team:${teamId}`;
    const pick = pickRoundRobin(members, state.pools[key], this.nameOf);
    return this.assign(pick.ownerId, { ruleId: rule.id, ruleLabel: rule.label, strategy: 'team_round_robin', poolId: key, why: pick.why, poolState: pick.state }, notMatched);
  }

  private assign(ownerId: string, how: { ruleId: string; ruleLabel: string; strategy: RoutingDecision['strategy']; poolId: string | null; why: string; poolState?: PoolState; pool?: Pool }, notMatched: { ruleId: string; sentence: string }[]): RoutingDecision {
    const { now, state } = this.request;
    const rep = this.repsById.get(ownerId) as RoutingRep;
    const working = rep.calendar.isWorking(now);
    const slaStartsAt = working ? now : rep.calendar.nextWorkingMoment(now);
    const today = localDay(now, rep.calendar.timeZone);
    const previous = state.reps[ownerId];
    const counters: RepCounters = {
      day: today,
      assignedOnDay: previous && previous.day === today ? previous.assignedOnDay + 1 : 1,
      openLeads: (previous?.openLeads ?? 0) + 1,
      lastAssignedAt: now,
    };
    let ledger = state.ledger;
    if (how.pool) {
      const period = ledgerPeriod(now);
      const totalWeight = this.model.poolWeights.get(how.pool.id) ?? 1;
      const poolLedger = state.ledger[how.pool.id] ?? {};
      const periodLedger: Record<string, LedgerEntry> = { ...poolLedger[period] };
      for (const member of how.pool.members) {
        const entry = periodLedger[member.ownerId] ?? { expected: 0, received: 0 };
        periodLedger[member.ownerId] = { expected: entry.expected + member.weight / totalWeight, received: entry.received + (member.ownerId === ownerId ? 1 : 0) };
      }
      ledger = { ...state.ledger, [how.pool.id]: { ...recentPeriods(poolLedger, period), [period]: periodLedger } };
    }
    const newState: RoutingState = {
      pools: how.poolId && how.poolState ? { ...state.pools, [how.poolId]: how.poolState } : state.pools,
      reps: { ...state.reps, [ownerId]: counters },
      ledger,
    };
    const strategyText = how.strategy === 'round_robin' || how.strategy === 'team_round_robin' ? 'round robin' : how.strategy === 'weighted' ? 'weighted round robin' : how.strategy === 'least_loaded' ? 'least loaded' : how.strategy === 'named_owner' ? 'a named owner' : 'the account owner';
    this.reasons.push({ code: 'routing-assigned', text: `Assigned to ${rep.name} by ${strategyText} (${how.why})` });
    const parts = [
      how.ruleId === 'lead-to-account' ? `The lead goes to its account's owner, ${rep.name}.` : `Rule "${how.ruleLabel}" matched.`,
      notMatched.length > 0 ? `Earlier rules did not apply: ${notMatched.map((n) => `"${this.ruleLabel(n.ruleId)}" (${n.sentence})`).join('; ')}.` : '',
      how.pool ? `Pool "${how.pool.label}" uses ${strategyText}.` : how.strategy === 'team_round_robin' ? `The team's reps take turns.` : '',
      this.skipped.length > 0 ? `Skipped: ${this.skipped.map((s) => s.text).join('; ')}.` : '',
      `Assigned to ${rep.name} (${how.why}).`,
      working ? 'The SLA clock starts now.' : slaStartsAt === null ? `${rep.name} has no working hours ahead, so the SLA cannot start.` : `${rep.name} is off now; the SLA clock starts at ${formatLocal(slaStartsAt, rep.calendar.timeZone)}.`,
    ];
    return {
      outcome: 'assigned', ownerId, ownerName: rep.name, queue: null, ruleId: how.ruleId, ruleLabel: how.ruleLabel, strategy: how.strategy, poolId: how.poolId,
      rulesNotMatched: notMatched, skipped: this.skipped, slaStartsAt, state: newState, reasons: this.reasons, explanation: parts.filter(Boolean).join(' '),
    };
  }

  private ruleLabel(ruleId: string): string {
    return this.model.ruleLabels.get(ruleId) ?? ruleId;
  }

  private queue(why: string, rule: RoutingRule | null, notMatched: { ruleId: string; sentence: string }[]): RoutingDecision {
    const queue = this.config.routing.fallbackQueue;
    this.reasons.push({ code: 'routing-queued', text: `Queued in "${queue.label}": ${why}` });
    const parts = [
      rule ? `Rule "${rule.label}" matched.` : '',
      notMatched.length > 0 ? `Rules that did not apply: ${notMatched.map((n) => `"${this.ruleLabel(n.ruleId)}" (${n.sentence})`).join('; ')}.` : '',
      this.skipped.length > 0 ? `Skipped: ${this.skipped.map((s) => s.text).join('; ')}.` : '',
      `Nobody was assigned because ${why}; the lead waits in "${queue.label}" so it is not dropped.`,
    ];
    return {
      outcome: 'queued', ownerId: null, ownerName: null, queue, ruleId: rule?.id ?? null, ruleLabel: rule?.label ?? null, strategy: null, poolId: null,
      rulesNotMatched: notMatched, skipped: this.skipped, slaStartsAt: null, state: this.request.state, reasons: this.reasons, explanation: parts.filter(Boolean).join(' '),
    };
  }
}

/**
 * Decides who owns a lead: lead-to-account first (when enabled), then the first routing rule that
 * matches, then the pool's strategy among reps who can take it now. Never drops a lead: when nobody
 * can take it, it lands in the fallback queue with the reason. The routing state goes in and comes
 * out; nothing is read from a clock.
 */
export function routeLead(request: RouteRequest, config: LeadOpsConfig): RoutingDecision {
  return new Router(config, routingModelFor(config), request).route();
}
