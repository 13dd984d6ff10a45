import {
  cleanContact,
  earlierRecordIndex,
  DAY_MS,
  EMPTY_ROUTING_STATE,
  evaluateHandoff,
  evaluateLifecycle,
  evaluateSla,
  ladderPosition,
  managerOf,
  ownersWithOpenLeadRules,
  rerouteLimit,
  routeLead,
  scoreLead,
  withOpenLeadCounts,
  withScoreProperties,
  type Contact,
  type EscalationDecision,
  type LeadOpsConfig,
  type RoutingDecision,
  type RoutingRep,
  type RoutingState,
} from '@leadops/rules';
import { repProfiles, routingRepsAt } from '@leadops/serverless';
import type { PortalData } from '../portal/portal-data';
import { ownerDisplayName } from '../portal/owner-display-name';
import { accountOwnerLookup } from './account-owners';
import { EventQueue } from './event-queue';
import { arrivalOf } from './lead-arrival';
import { formatInZone } from './format-instant';
import { expectedLeadsTracker } from './expected-leads';
import { repBehaviour } from './rep-behaviour';
import { parsedDecision, serialiseStep, type SerialisedDecision } from './serialised-decision';
import type { ContactDecision, DecisionStep, DuplicateOf, EscalationOutcome, HandoffOutcome, RouteOutcome, SimulatedRep, SlaOutcome } from './simulation-result';

export interface SimulateOptions {
  /** Fixes the simulated reps' behaviour (touch delays, handoff answers). */
  readonly seed: number;
  /** End of simulated time; default two days after the last arrival, so most clocks resolve. */
  readonly until?: number;
  /**
   * Contacts enter the flow (routing, SLA) once they reach this lifecycle stage (config stage id), like a
   * HubSpot workflow enrolling "Lifecycle stage is Lead or later"; earlier ones stay with marketing.
   * Stages owned by customer success and "other" are never routed. Default "lead".
   */
  readonly routeFromStage?: string;
  /** Called every 1,000 arrivals and at the end. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Where a run's decisions go, one contact at a time, as each contact's story ends. */
export interface DecisionSink {
  /** Called once, before any decision: the simulated window and how many leads will be decided. */
  start?(run: { readonly window: LeadFlowWindow; readonly leads: number }): void;
  /**
   * A lead with nothing left to happen before the end: no touch, re-route or later form is still to come.
   * Leads finish in simulated-time order of their last event, not in arrival order; `index` is the lead's
   * position in arrival order (0 for the first to arrive), so a sink can put it back in that order.
   */
  decision(decision: SerialisedDecision, index: number): void;
}

export interface LeadFlowWindow {
  readonly from: number;
  readonly to: number;
}

/** What a run knows once every lead has been decided. */
export interface LeadFlowOutcome {
  readonly window: LeadFlowWindow;
  readonly reps: SimulatedRep[];
  /** How many leads were decided (each passed to the sink once). */
  readonly leads: number;
  /** Reps the config names that cannot be used, and why. */
  readonly warnings: string[];
}

export interface LeadFlowRun extends LeadFlowOutcome {
  /** In arrival order. */
  readonly decisions: ContactDecision[];
}

interface Assignment {
  readonly rep: RoutingRep;
  readonly assignedAt: number;
  readonly attempt: number;
  readonly sla: SlaOutcome;
  /** When this owner touches the lead, if they do before the end. */
  readonly touchAt: number | null;
}

/**
 * What a later record of the same person shows of an earlier one. Every lead has one, held for the whole
 * run by the duplicate index (the lead itself, with its log, is let go when its story ends); `owner`
 * follows the lead's routing.
 */
interface EarlierRecord {
  readonly contactId: string;
  readonly name: string | null;
  owner: DuplicateOf['owner'];
}

/** The flag and the link a lead gets when an earlier record is probably the same person; `owner` is set once it is routed. */
type LaterRecord = { -readonly [K in keyof DuplicateOf]: DuplicateOf[K] };

/** One contact's progress through the flow; becomes its ContactDecision when its story ends. */
interface LeadRun {
  /** Position in arrival order. */
  readonly index: number;
  /** Events of this lead still in the queue: at 0 its story has ended. */
  pending: number;
  /**
   * The cleaned contact carrying its latest score, with all its activities: only scoring reads
   * activities, and it counts those up to its own clock, so no copy cut at the simulated time is needed.
   */
  contact: Contact;
  readonly arrivedAt: number;
  readonly base: Pick<ContactDecision, 'contactId' | 'email' | 'name' | 'company' | 'country' | 'arrivedAt' | 'dataQuality'>;
  readonly record: EarlierRecord;
  score: ContactDecision['score'];
  fit: number;
  mql: boolean;
  /** Index into the cleaned contact's activities of the next one that triggers a rescore. */
  nextTrigger: number;
  readonly fromStageId: string | null;
  stageId: string;
  stageLabel: string;
  route: RouteOutcome | null;
  assignment: Assignment | null;
  sla: SlaOutcome | null;
  readonly earlierClocks: SlaOutcome[];
  readonly escalations: EscalationOutcome[];
  handoff: HandoffOutcome | null;
  nurture: ContactDecision['nurture'];
  /** The lead's value of the config's open-lead property (lead status), as HubSpot would hold it. */
  leadStatus: string | null;
  /** The owner whose open lead this is (an open status and an owner), or null. */
  openFor: string | null;
  /** The steps so far, each serialised when logged (see SerialisedDecision), and when each happened. */
  readonly log: string[];
  readonly logAt: number[];
}

type FlowEvent =
  | { readonly kind: 'arrive'; readonly contact: Contact }
  | { readonly kind: 'touch' | 'reroute'; readonly lead: LeadRun; readonly attempt: number }
  | { readonly kind: 'engage'; readonly lead: LeadRun }
  | { readonly kind: 'lead-status'; readonly lead: LeadRun; readonly status: string };

/**
 * Activities after arrival that make LeadOps score the lead again, like a HubSpot workflow enrolling
 * contacts on a form submission or a booked meeting and running "score and route".
 */
const TRIGGERS: ReadonlySet<string> = new Set(['form_submission', 'meeting']);

function scoreView(score: ReturnType<typeof scoreLead>): ContactDecision['score'] {
  return { total: score.total, fit: score.fit, engagement: score.engagement, mql: score.mql.qualifies };
}

function scoreReasons(score: ReturnType<typeof scoreLead>): string[] {
  return [...score.contributions.map((c) => c.text), ...score.adjustments.map((a) => a.text), score.mql.reason.text];
}

/** Index of the first triggering activity after `at`, searching from `from` (activities are in time order). */
function nextTriggerAfter(activities: readonly { readonly type: string; readonly at: number }[], at: number, from: number): number {
  for (let i = from; i < activities.length; i += 1) {
    const activity = activities[i];
    if (activity && activity.at > at && TRIGGERS.has(activity.type)) return i;
  }
  return activities.length;
}

/** Entries by time (`at[i]` is when `entries[i]` happened), those at the same instant in the order they were recorded; most are in order already. */
function inTimeOrder<T>(entries: readonly T[], at: readonly number[]): readonly T[] {
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i += 1) sorted = (at[i - 1] as number) <= (at[i] as number);
  if (sorted) return entries;
  return entries.map((_, i) => i).sort((a, b) => (at[a] as number) - (at[b] as number) || a - b).map((i) => entries[i] as T);
}

const iso = (at: number) => new Date(at).toISOString().replace(':00.000Z', 'Z');

function fullName(contact: Contact): string | null {
  const name = [contact.properties['firstname'], contact.properties['lastname']].filter((part) => part && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

/**
 * Replays a portal's leads through the rules on a virtual clock: each contact arrives at its create
 * date and is cleaned, scored, staged and routed; its SLA runs in the owner's working hours; the
 * simulated rep touches it after a working-time delay (see rep-behaviour.ts); escalation steps that fall
 * before the touch are executed (a re-route hands the lead to another rep with a fresh clock); MQLs are
 * handed off and accepted or rejected (a rejection recycles the lead and enrolls its nurture track).
 * Routing state (round robin, caps) carries from event to event in time order. Open leads are counted
 * before each routing as the live route operation counts them in HubSpot: leads whose owner is the rep
 * and whose open-lead property (lead status) holds an open value, the one routing sets when it assigns
 * a lead without one. The simulated reps change a status only by rejecting a handoff with a reason
 * that names one (rejectReasons[].leadStatus); otherwise a lead stays open for its owner until re-routed.
 */
export function simulateLeadFlow(portal: PortalData, config: LeadOpsConfig, options: SimulateOptions): LeadFlowRun {
  const decisions: ContactDecision[] = [];
  const outcome = runLeadFlow(portal, config, options, {
    decision(decision, index) {
      decisions[index] = parsedDecision(decision);
    },
  });
  return { ...outcome, decisions };
}

/**
 * simulateLeadFlow without holding the decisions: each goes to `sink` as soon as its contact's story
 * ends, and nothing of it is kept, so a run of any size needs memory only for the leads still in play.
 */
export function runLeadFlow(portal: PortalData, config: LeadOpsConfig, options: SimulateOptions, sink: DecisionSink): LeadFlowOutcome {
  const behaviour = repBehaviour(options.seed);
  const users = new Map(portal.users.map((u) => [u.properties['hs_internal_user_id'] ?? '', { ...u.properties, __id: u.id }]));
  const joined = repProfiles(config, portal.owners, users);
  const repName = new Map(config.routing.reps.map((r) => [r.ownerId, r.name]));
  // Managers and account owners are often HubSpot owners outside the routing reps.
  const portalOwnerName = new Map(portal.owners.map((o) => [o.id, ownerDisplayName(o)]));
  const ownerName = (ownerId: string) => repName.get(ownerId) ?? portalOwnerName.get(ownerId) ?? `owner ${ownerId}`;
  const teamOf = new Map(config.routing.reps.map((r) => [r.ownerId, r.team ?? null]));
  const accountOf = accountOwnerLookup(portal, config);
  const expected = expectedLeadsTracker(config);
  const stages = config.lifecycle.stages;
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const routeFrom = stageIndex.get(options.routeFromStage ?? 'lead') ?? 0;
  const stageById = new Map(stages.map((s) => [s.id, s]));
  // Leads are matched in arrival order, so a person's first record is never the one flagged.
  const duplicates = earlierRecordIndex<EarlierRecord>();

  const arrivals: { contact: Contact; at: number }[] = [];
  for (const contact of portal.contacts) {
    const at = arrivalOf(contact);
    if (at !== null) arrivals.push({ contact, at });
  }
  const warnings = [...joined.warnings];
  const undated = portal.contacts.length - arrivals.length;
  if (undated > 0) warnings.push(`${undated} contact(s) have no create date and were left out: give each a "Create Date".`);
  if (arrivals.length === 0) {
    sink.start?.({ window: { from: 0, to: 0 }, leads: 0 });
    return { window: { from: 0, to: 0 }, reps: [], leads: 0, warnings };
  }
  // A loop, not Math.min(...): 100,000 arguments overflow the call stack.
  let from = Infinity;
  let lastArrival = -Infinity;
  for (const { at } of arrivals) {
    if (at < from) from = at;
    if (at > lastArrival) lastArrival = at;
  }
  const end = options.until ?? lastArrival + 2 * DAY_MS;
  const late = options.until === undefined ? 0 : arrivals.filter(({ at }) => at > end).length;
  if (late > 0) warnings.push(`${late} contact(s) arrive after --until (${new Date(end).toISOString()}) and were left out${late === arrivals.length ? ': nothing was simulated; give a later --until' : ''}.`);

  const openLeads = config.routing.openLeads;
  /** Open leads of the reps whose count routing reads (least-loaded pools, open-lead caps). */
  const openTally = new Map(ownersWithOpenLeadRules(config).map((ownerId) => [ownerId, 0]));
  /** Moves the lead's place in the open-lead tally to `owner` (null: nobody's), as its status says. */
  const countOpenFor = (lead: LeadRun, owner: string | null) => {
    const next = owner !== null && lead.leadStatus !== null && openLeads.values.includes(lead.leadStatus) ? owner : null;
    for (const [ownerId, change] of [[lead.openFor, -1], [next, 1]] as const) {
      const count = ownerId === null ? undefined : openTally.get(ownerId);
      if (ownerId !== null && count !== undefined) openTally.set(ownerId, count + change);
    }
    lead.openFor = next;
  };

  const queue = new EventQueue<FlowEvent>();
  for (const { contact, at } of arrivals) if (at <= end) queue.push(at, { kind: 'arrive', contact });
  const total = queue.size;
  sink.start?.({ window: { from, to: end }, leads: total });
  let state: RoutingState = EMPTY_ROUTING_STATE;
  /** Queues an event of a lead's; the lead's story ends when none is left. */
  const schedule = (at: number, event: Exclude<FlowEvent, { kind: 'arrive' }>) => {
    event.lead.pending += 1;
    queue.push(at, event);
  };
  // The reps change only when someone's absence starts or ends: reuse one array (routing indexes it once
  // per array) until then.
  const absenceEdges = [...new Set(joined.profiles.flatMap((p) => p.absences.flatMap((a) => [a.start, a.end])))].sort((a, b) => a - b);
  let cachedReps: { from: number; to: number; reps: RoutingRep[]; byOwner: Map<string, RoutingRep> } | null = null;
  const repsAt = (at: number) => {
    if (cachedReps && at >= cachedReps.from && at < cachedReps.to) return cachedReps;
    const next = absenceEdges.findIndex((edge) => edge > at);
    const reps = routingRepsAt(joined.profiles, at);
    cachedReps = { from: next <= 0 ? -Infinity : (absenceEdges[next - 1] ?? -Infinity), to: next === -1 ? Infinity : (absenceEdges[next] ?? Infinity), reps, byOwner: new Map(reps.map((r) => [r.ownerId, r])) };
    return cachedReps;
  };
  const profilesAt = (at: number) => repsAt(at).reps;
  const repOf = (ownerId: string | null, at: number) => (ownerId === null ? undefined : repsAt(at).byOwner.get(ownerId));

  const step = (lead: LeadRun, at: number, kind: DecisionStep['kind'], summary: string, reasons: readonly string[] = []) => {
    lead.log.push(serialiseStep({ at, kind, summary, reasons }));
    lead.logAt.push(at);
  };

  const routeOutcome = (decision: RoutingDecision): RouteOutcome => ({
    outcome: decision.outcome,
    ownerId: decision.ownerId,
    ownerName: decision.ownerName,
    team: decision.ownerId === null ? null : (teamOf.get(decision.ownerId) ?? null),
    ruleId: decision.ruleId,
    ruleLabel: decision.ruleLabel,
    strategy: decision.strategy,
    poolId: decision.poolId,
    queue: decision.queue?.label ?? null,
    skipped: decision.skipped.map((s) => ({ ownerId: s.ownerId, name: s.name, code: s.code })),
  });

  const escalate = (lead: LeadRun, decision: EscalationDecision, clock: EscalationOutcome['clock'], ownerId: string) => {
    const manager = managerOf(ownerId, config);
    const detail = (decision.action === 'task_owner' ? `Task for ${ownerName(ownerId)}` : decision.action === 'notify_manager' ? (manager ? `${ownerName(manager)} notified (manager of ${ownerName(ownerId)})` : `No manager configured for ${ownerName(ownerId)}: nobody notified`) : decision.text);
    lead.escalations.push({ stepId: decision.stepId, label: decision.label, action: decision.action, at: decision.at, detail, clock });
    step(lead, decision.at, 'escalation', `${decision.label}: ${detail}`, [decision.text]);
  };

  /** Starts the first-touch clock for a new owner and schedules what happens next: touch or re-route. */
  const startAssignment = (lead: LeadRun, at: number, rep: RoutingRep, attempt: number) => {
    const evaluation = evaluateSla({ contact: lead.contact, ownerId: rep.ownerId, calendar: rep.calendar, assignedAt: at, firstTouchAt: null }, config, at);
    const startsAt = evaluation.startsAt ?? rep.calendar.nextWorkingMoment(at);
    const delay = behaviour.touchDelay(lead.base.contactId, rep.ownerId, lead.mql, attempt);
    const touchAt = delay === null || startsAt === null ? null : rep.calendar.addWorkingMinutes(startsAt, delay);
    const sla: SlaOutcome = {
      policyId: evaluation.policy?.id ?? null,
      policyLabel: evaluation.policy?.label ?? null,
      ownerId: rep.ownerId,
      allowedWorkingMinutes: evaluation.policy?.workingMinutes ?? null,
      startsAt: evaluation.startsAt,
      dueAt: evaluation.dueAt,
      firstTouchAt: null,
      workingMinutesToTouch: null,
      status: evaluation.dueAt === null ? 'no_policy' : 'open',
    };
    lead.assignment = { rep, assignedAt: at, attempt, sla, touchAt };
    lead.sla = sla;
    step(lead, at, 'sla', sla.dueAt === null ? 'No SLA clock for this lead' : `First touch due by ${formatInZone(sla.dueAt, rep.calendar.timeZone)} for ${rep.name} (${sla.policyLabel}; ${iso(sla.dueAt)})`, evaluation.reasons.map((r) => r.text));

    const horizon = Math.min(touchAt ?? end, end);
    if (evaluation.dueAt !== null && evaluation.startsAt !== null && evaluation.policy) {
      const ladder = ladderPosition(config.sla.escalation, { calendar: rep.calendar, startsAt: evaluation.startsAt, dueAt: evaluation.dueAt, allowedMinutes: evaluation.policy.workingMinutes, subject: 'SLA' }, [], horizon - 1);
      for (const due of [...ladder.due].sort((a, b) => a.at - b.at)) {
        // Like the live check-SLA operation: each new owner's clock can end in a re-route, up to the limit.
        if (due.action === 'reroute') {
          const limit = rerouteLimit(config, attempt);
          if (limit.allowed) {
            schedule(due.at, { kind: 'reroute', lead, attempt });
            return;
          }
          lead.escalations.push({ stepId: due.stepId, label: due.label, action: 'reroute', at: due.at, detail: limit.text, clock: 'sla' });
          step(lead, due.at, 'escalation', `${due.label}: ${limit.text}`, [due.text]);
          continue;
        }
        escalate(lead, due, 'sla', rep.ownerId);
      }
    }
    if (touchAt !== null && touchAt <= end) schedule(touchAt, { kind: 'touch', lead, attempt });
  };

  const route = (lead: LeadRun, at: number, exclude: readonly string[]) => {
    const account = accountOf(lead.contact);
    const reps = profilesAt(at);
    const decision = routeLead({ contact: lead.contact, reps, state: withOpenLeadCounts(state, openTally), now: at, ...(account ? { account } : {}), ...(exclude.length > 0 ? { exclude } : {}) }, config);
    if (decision.outcome === 'assigned') {
      state = decision.state;
      if (decision.ownerId !== null) lead.record.owner = { ownerId: decision.ownerId, name: decision.ownerName ?? ownerName(decision.ownerId) };
      if (lead.leadStatus === null && openLeads.assignValue !== null) lead.leadStatus = openLeads.assignValue;
      countOpenFor(lead, decision.ownerId);
      // Each lead's fair share is set once, at its first assignment, among the reps who could take leads then.
      if (exclude.length === 0) expected.add(decision, (ownerId) => !decision.skipped.some((skip) => skip.ownerId === ownerId));
    }
    lead.route = routeOutcome(decision);
    step(lead, at, 'route', decision.outcome === 'assigned' ? `Routed to ${decision.ownerName}${decision.ruleLabel ? ` by "${decision.ruleLabel}"` : ''}` : `Queued in ${decision.queue?.label ?? 'the fallback queue'}`, [decision.explanation]);
    return decision;
  };

  const arrive = (contact: Contact, at: number, index: number): LeadRun => {
    const cleaned = cleanContact(contact, config);
    const score = scoreLead(cleaned.contact, config, at, { forecast: false });
    const scored: Contact = { ...cleaned.contact, properties: withScoreProperties(cleaned.contact, score) };
    // The scored contact carries the score's properties, so lifecycle evaluation copies nothing.
    const lifecycle = evaluateLifecycle(scored, config, at, score);
    const p = scored.properties;
    const earlier = contact.activities && contact.activities.length > 0 ? contact.activities.reduce((n, a) => (a.at <= at ? n + 1 : n), 0) : null;
    const record: EarlierRecord = { contactId: contact.id, name: fullName(contact), owner: null };
    const flags: ContactDecision['dataQuality']['flags'][number][] = cleaned.flags.map((f) => ({ code: f.code, text: f.text }));
    const match = duplicates.admit(cleaned.contact, record);
    let duplicateOf: LaterRecord | null = null;
    if (match) {
      const { contactId, name, owner } = match.earlier;
      duplicateOf = { contactId, name, reasons: match.reasons, earlierOwner: owner, owner: null };
      flags.push({ code: 'possible_duplicate', text: `Probably the same person as ${name === null ? `record ${contactId}` : `${name} (record ${contactId})`}, who arrived earlier: ${match.reasons.join('; ')}` });
    }
    const lead: LeadRun = {
      index,
      pending: 0,
      contact: scored,
      arrivedAt: at,
      base: {
        contactId: contact.id,
        email: p['email'] ?? null,
        name: fullName(contact),
        company: p['company'] ?? null,
        country: p['country'] ?? null,
        arrivedAt: at,
        dataQuality: { fixes: cleaned.fixes.map((f) => ({ property: f.property, from: f.from, to: f.to, reason: f.reason })), flags, ...(duplicateOf ? { duplicateOf } : {}) },
      },
      record,
      score: scoreView(score),
      fit: score.fit,
      mql: score.mql.qualifies,
      nextTrigger: nextTriggerAfter(contact.activities ?? [], at, 0),
      fromStageId: lifecycle.current?.id ?? null,
      stageId: lifecycle.recommended.id,
      stageLabel: lifecycle.recommended.label,
      route: null,
      assignment: null,
      sla: null,
      earlierClocks: [],
      escalations: [],
      handoff: null,
      nurture: null,
      leadStatus: p[openLeads.property] || null,
      openFor: null,
      log: [],
      logAt: [],
    };
    // A contact that arrives with an owner and an open status is that owner's open lead until routed.
    countOpenFor(lead, p['hubspot_owner_id'] || null);
    step(lead, at, 'arrival', `Arrived${p['hs_analytics_source'] ? ` from ${p['hs_analytics_source']}` : ''}${earlier === null ? '' : ` with ${earlier} earlier activit${earlier === 1 ? 'y' : 'ies'}`}`);
    if (cleaned.fixes.length + flags.length > 0) step(lead, at, 'data-quality', `${cleaned.fixes.length} fix(es), ${flags.length} flag(s)`, [...cleaned.fixes.map((f) => `${f.property}: "${f.from}" → "${f.to}" (${f.reason})`), ...flags.map((f) => f.text)]);
    step(lead, at, 'score', `Score ${score.total} (fit ${score.fit}, engagement ${score.engagement})${score.mql.qualifies ? ': MQL' : ''}`, scoreReasons(score));
    scheduleEngagement(lead);
    step(lead, at, 'lifecycle', `${lifecycle.current ? `${lifecycle.current.label} → ` : ''}${lifecycle.recommended.label}`, lifecycle.reasons.map((r) => r.text));

    if (!routable(lead)) {
      const stage = stageById.get(lead.stageId);
      step(lead, at, 'route', `Not routed: ${lead.stageLabel} stays with ${stage?.ownerTeam === 'customer_success' ? 'customer success' : 'marketing'}`);
      return lead;
    }
    const decision = route(lead, at, []);
    if (duplicateOf) {
      duplicateOf.owner = lead.record.owner;
      const { earlierOwner, owner } = duplicateOf;
      if (earlierOwner && owner && earlierOwner.ownerId !== owner.ownerId) {
        step(lead, at, 'data-quality', `Two reps for one person: this record went to ${owner.name}, the earlier one (record ${duplicateOf.contactId}) is with ${earlierOwner.name}`, [
          `Routing judges each record on its own, so the same person's records can go to different reps (${duplicateOf.reasons.join('; ')})`,
          'Merge the two records in HubSpot, or give both to one rep, before both reps reach out',
        ]);
      }
    }
    const rep = repOf(decision.ownerId, at);
    if (rep) startAssignment(lead, at, rep, 0);
    return lead;
  };

  const routable = (lead: LeadRun) => {
    const stage = stageById.get(lead.stageId);
    const index = stageIndex.get(lead.stageId) ?? 0;
    return stage !== undefined && index >= routeFrom && stage.ownerTeam !== 'customer_success' && stage.id !== 'other';
  };

  const scheduleEngagement = (lead: LeadRun) => {
    const activity = lead.contact.activities?.[lead.nextTrigger];
    if (activity && activity.at <= end) schedule(activity.at, { kind: 'engage', lead });
  };

  /**
   * A form submission or meeting after arrival: score again with the activities so far; a lead that now
   * qualifies moves stage, is routed if it was not (a subscriber who asks for a demo), and is handed off
   * to its owner if it became an MQL after the first touch.
   */
  const engage = (lead: LeadRun, at: number) => {
    const activities = lead.contact.activities ?? [];
    const trigger = activities[lead.nextTrigger];
    lead.nextTrigger = nextTriggerAfter(activities, at, lead.nextTrigger + 1);
    // As HubSpot would hand it to a rescore: with the score it was last given (scoring counts only the
    // activities up to `at`).
    const score = scoreLead(lead.contact, config, at, { forecast: false });
    const wasMql = lead.mql;
    lead.score = scoreView(score);
    lead.fit = score.fit;
    lead.mql = score.mql.qualifies;
    lead.contact = { ...lead.contact, properties: withScoreProperties(lead.contact, score) };
    step(lead, at, 'score', `Scored again after ${trigger?.type === 'meeting' ? 'a meeting' : `the form "${String(trigger?.properties?.['form'] ?? '')}"`}: ${score.total} (fit ${score.fit}, engagement ${score.engagement})${score.mql.qualifies ? ': MQL' : ''}`, scoreReasons(score));
    const current = stageIndex.get(lead.stageId) ?? 0;
    // lead.contact now carries this score: one copy of its properties, for the stage the lead is at.
    const lifecycle = evaluateLifecycle({ ...lead.contact, properties: { ...lead.contact.properties, lifecyclestage: stageById.get(lead.stageId)?.hubspotValue ?? '' } }, config, at, score);
    if ((stageIndex.get(lifecycle.recommended.id) ?? 0) > current && lead.handoff === null) {
      step(lead, at, 'lifecycle', `${lead.stageLabel} → ${lifecycle.recommended.label}`, lifecycle.reasons.map((r) => r.text));
      lead.stageId = lifecycle.recommended.id;
      lead.stageLabel = lifecycle.recommended.label;
      if (lead.route === null && routable(lead)) {
        const decision = route(lead, at, []);
        const rep = repOf(decision.ownerId, at);
        if (rep) startAssignment(lead, at, rep, 0);
      } else if (!wasMql && lead.mql && lead.assignment && lead.sla?.firstTouchAt != null) {
        answerHandoff(lead, lead.assignment, at);
      }
    }
    scheduleEngagement(lead);
  };

  const answerHandoff = (lead: LeadRun, assignment: Assignment, touchedAt: number) => {
    const handoff = config.handoff;
    if (!handoff || lead.stageId !== handoff.fromStage) return;
    const { rep } = assignment;
    const answer = behaviour.handoffAnswer(lead.base.contactId, lead.fit, handoff.rejectReasons.map((r) => r.code));
    const answeredAt = rep.calendar.addWorkingMinutes(touchedAt, answer.afterMinutes);
    const respond = answeredAt !== null && answeredAt <= end;
    const now = respond ? answeredAt : end;
    const request = { contact: lead.contact, receiverOwnerId: rep.ownerId, calendar: rep.calendar, offeredAt: assignment.assignedAt };
    const evaluation = evaluateHandoff(respond ? { ...request, response: answer.accept ? { kind: 'accept', at: answeredAt } : { kind: 'reject', at: answeredAt, reasonCode: answer.reasonCode ?? '' } } : request, config, now);
    if (!evaluation.ok) {
      step(lead, now, 'handoff', `Handoff not evaluated: ${evaluation.message}`, [evaluation.fix]);
      return;
    }
    const startsAt = rep.calendar.nextWorkingMoment(assignment.assignedAt);
    if (startsAt !== null && evaluation.dueAt !== null) {
      const ladder = ladderPosition(handoff.escalation, { calendar: rep.calendar, startsAt, dueAt: evaluation.dueAt, allowedMinutes: handoff.acceptWithinWorkingMinutes, subject: 'handoff' }, [], now - 1);
      for (const due of ladder.due) escalate(lead, due, 'handoff', rep.ownerId);
    }
    lead.handoff = { status: evaluation.status, receiverOwnerId: rep.ownerId, offeredAt: assignment.assignedAt, dueAt: evaluation.dueAt, answeredAt: respond ? answeredAt : null, reasonCode: respond && !answer.accept ? answer.reasonCode : null };
    step(lead, now, 'handoff', `Handoff ${evaluation.status}${evaluation.stageChange ? `: stage ${stageById.get(evaluation.stageChange.stageId)?.label ?? evaluation.stageChange.stageId}` : ''}`, evaluation.reasons.map((r) => r.text));
    // Like the handoff operation, when the rep answers: the reject reason's status ends the lead's place
    // among the rep's open leads.
    if (evaluation.leadStatus && respond) schedule(answeredAt, { kind: 'lead-status', lead, status: evaluation.leadStatus.value });
    if (evaluation.stageChange) {
      lead.stageId = evaluation.stageChange.stageId;
      lead.stageLabel = stageById.get(lead.stageId)?.label ?? lead.stageId;
    }
    if (evaluation.nurtureSuggestion) {
      lead.nurture = { trackId: evaluation.nurtureSuggestion.trackId, label: evaluation.nurtureSuggestion.label, at: now };
      step(lead, now, 'nurture', `Enrolled in ${evaluation.nurtureSuggestion.label}`, [`Suggested by the reject reason "${answer.reasonCode ?? ''}"`]);
    }
  };

  const touch = (lead: LeadRun, at: number, attempt: number) => {
    const assignment = lead.assignment;
    if (!assignment || assignment.attempt !== attempt) return;
    const { rep } = assignment;
    // The touch is judged by the clock the assignment started, as the live check does: a lead that became an
    // MQL since keeps its policy, and one that got no clock is not judged by one after the fact.
    const evaluation = assignment.sla.dueAt === null ? null : evaluateSla({ contact: lead.contact, ownerId: rep.ownerId, calendar: rep.calendar, assignedAt: assignment.assignedAt, firstTouchAt: at, policyId: assignment.sla.policyId }, config, at);
    const status = evaluation?.status === 'met' || evaluation?.status === 'breached' ? evaluation.status : 'no_policy';
    lead.sla = { ...assignment.sla, firstTouchAt: at, workingMinutesToTouch: status === 'no_policy' || !evaluation ? null : evaluation.elapsedWorkingMinutes, status };
    const verdict = status === 'no_policy' || !evaluation ? '' : ` after ${Math.round(evaluation.elapsedWorkingMinutes)} working minutes: SLA ${status}`;
    step(lead, at, 'touch', `${rep.name} made the first touch${verdict}`, evaluation ? evaluation.reasons.map((r) => r.text) : ['No SLA clock ran for this assignment, so the touch is not measured against one']);
    answerHandoff(lead, assignment, at);
  };

  /**
   * The ladder's re-route, as the live check-SLA operation does it: route again away from the current
   * owner and every earlier one. When nobody else can take the lead it stays with its owner, whose touch still comes.
   */
  const reroute = (lead: LeadRun, at: number, attempt: number) => {
    const assignment = lead.assignment;
    if (!assignment || assignment.attempt !== attempt) return;
    const previous = assignment.rep;
    const before = lead.route;
    // Like the live re-route: never back to a rep the lead already left.
    const decision = route(lead, at, [...lead.earlierClocks.map((clock) => clock.ownerId), previous.ownerId]);
    const rerouteStep = config.sla.escalation.find((s) => s.action === 'reroute');
    const record = (detail: string) => {
      lead.escalations.push({ stepId: rerouteStep?.id ?? 'reroute', label: rerouteStep?.label ?? 'Re-route', action: 'reroute', at, detail, clock: 'sla' });
      step(lead, at, 'escalation', detail, [`The first touch was overdue for ${previous.name}`, rerouteLimit(config, attempt).text]);
    };
    const rep = repOf(decision.ownerId, at);
    if (!rep) {
      lead.route = before;
      record(`Re-route found no other rep (${decision.queue ? `would queue in ${decision.queue.label}` : 'nobody eligible'}): the lead stays with ${previous.name}`);
      if (assignment.touchAt !== null && assignment.touchAt <= end) schedule(assignment.touchAt, { kind: 'touch', lead, attempt });
      return;
    }
    lead.earlierClocks.push({ ...assignment.sla, status: 'breached' });
    record(`Re-routed from ${previous.name} to ${rep.name}`);
    lead.assignment = null;
    startAssignment(lead, at, rep, attempt + 1);
  };

  /**
   * A lead with no event left: a clock still running at the end is breached if past due, else open, and
   * an MQL offered to an owner who never touched it gets its handoff as of the end. Then it is written out.
   */
  const finish = (lead: LeadRun) => {
    const assignment = lead.assignment;
    if (assignment && lead.sla?.firstTouchAt === null && lead.sla.status === 'open') {
      const due = lead.sla.dueAt;
      lead.sla = { ...lead.sla, status: due !== null && due <= end ? 'breached' : 'open' };
      if (lead.stageId === config.handoff?.fromStage) {
        const evaluation = evaluateHandoff({ contact: lead.contact, receiverOwnerId: assignment.rep.ownerId, calendar: assignment.rep.calendar, offeredAt: assignment.assignedAt }, config, end);
        if (evaluation.ok) lead.handoff = { status: evaluation.status, receiverOwnerId: assignment.rep.ownerId, offeredAt: assignment.assignedAt, dueAt: evaluation.dueAt, answeredAt: null, reasonCode: null };
      }
    }
    sink.decision(
      {
        decision: {
          ...lead.base,
          score: lead.score,
          lifecycle: { fromStageId: lead.fromStageId, stageId: lead.stageId, stageLabel: lead.stageLabel },
          route: lead.route,
          sla: lead.sla,
          earlierClocks: lead.earlierClocks,
          escalations: inTimeOrder(lead.escalations, lead.escalations.map((e) => e.at)),
          handoff: lead.handoff,
          nurture: lead.nurture,
        },
        log: inTimeOrder(lead.log, lead.logAt),
      },
      lead.index,
    );
  };

  let arrived = 0;
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const { at, event } = next;
    if (event.kind === 'arrive') {
      const lead = arrive(event.contact, at, arrived);
      arrived += 1;
      if (lead.pending === 0) finish(lead);
      if (arrived % 1000 === 0) options.onProgress?.(arrived, total);
      continue;
    }
    const lead = event.lead;
    lead.pending -= 1;
    if (event.kind === 'touch') touch(lead, at, event.attempt);
    else if (event.kind === 'engage') engage(lead, at);
    else if (event.kind === 'lead-status') {
      lead.leadStatus = event.status;
      countOpenFor(lead, lead.openFor);
    } else reroute(lead, at, event.attempt);
    if (lead.pending === 0) finish(lead);
  }
  options.onProgress?.(arrived, total);

  const reps: SimulatedRep[] = joined.profiles.map(({ rep }) => ({ ownerId: rep.ownerId, name: rep.name, team: teamOf.get(rep.ownerId) ?? null, timeZone: rep.calendar.timeZone, expectedLeads: Math.round((expected.expected.get(rep.ownerId) ?? 0) * 10) / 10 }));
  return { window: { from, to: end }, reps, leads: arrived, warnings };
}
