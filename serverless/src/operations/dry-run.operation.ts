import { cleanContact, evaluateLifecycle, evaluateSla, EMPTY_ROUTING_STATE, ownersWithOpenLeadRules, routeLead, scoreLead, withOpenLeadCounts, withScoreProperties, type Contact, type LeadOpsConfig, type RoutingRep, type RoutingState } from '@leadops/rules';
import { searchAllObjects } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import type { HubSpotObject } from '../hubspot/hubspot-responses';
import { countOpenLeads } from '../hubspot/open-leads';
import { contactPropertiesToRead } from './contact-properties-to-read';
import { contactFromProperties } from './contact-from-properties';

/** One search page: a dry run never reads more, so it answers within a function's time limit. */
export const MAX_DRY_RUN_SAMPLE = 200;

/** What LeadOps would decide for one contact under one config. */
export interface DryRunOutcome {
  readonly score: number;
  readonly fit: number;
  readonly engagement: number;
  readonly mql: boolean;
  /** The lifecycle stage LeadOps would set: HubSpot's internal value, and its label in this config. */
  readonly stage: string;
  readonly stageLabel: string;
  /** `assigned` to an owner, or `queued` when no rep could take the lead. */
  readonly routing: 'assigned' | 'queued';
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly queue: { readonly id: string; readonly label: string } | null;
  readonly routingRule: string | null;
  /** First-touch due time (epoch ms) if routed to a rep now; null when queued or no SLA policy applies. */
  readonly slaDueAt: number | null;
  readonly slaPolicy: string | null;
}

/** What can differ for a contact between the two configs. */
export type DryRunChange = 'score' | 'mql' | 'stage' | 'owner' | 'sla';

/** One sampled contact: its outcome under each config and what changed. */
export interface DryRunRow {
  readonly contactId: string;
  readonly email: string | null;
  /** Under the config in force; null when there is none yet. */
  readonly before: DryRunOutcome | null;
  readonly after: DryRunOutcome;
  /** What differs between before and after; empty when there is no before. */
  readonly changed: readonly DryRunChange[];
}

/** How many sampled contacts each kind of change touches. */
export interface DryRunSummary {
  readonly contacts: number;
  /** Contacts with at least one change. */
  readonly changed: number;
  readonly score: number;
  readonly mql: number;
  /** Contacts that become MQLs, and that stop being MQLs. */
  readonly newMqls: number;
  readonly lostMqls: number;
  readonly stage: number;
  readonly owner: number;
  readonly sla: number;
}

/** Every sampled contact, in record-id order, and the counts. */
export interface DryRunResult {
  readonly rows: readonly DryRunRow[];
  readonly summary: DryRunSummary;
}

/** How many contacts to try, at which moment, and the reps for the config in force. */
export interface DryRunOptions {
  /** Contacts to try, 1 to MAX_DRY_RUN_SAMPLE (larger values are clamped). */
  readonly sampleSize: number;
  readonly now: number;
  /**
   * Reps as routing under the current config sees them (their calendars can come from that config).
   * Default: `reps`. Pass it when the proposed config adds or moves reps, so each side routes with its own.
   */
  readonly currentReps?: readonly RoutingRep[];
}

/**
 * Routes a sample of leads one after another through one config, as if they all arrived now. Routing
 * state starts empty but for the reps' open leads in HubSpot (so a least-loaded pool or an open-lead cap
 * sees today's load) and carries from lead to lead, so a round-robin pool spreads the sample over its
 * members as it would in production instead of handing every lead to the first member.
 */
class Simulation {
  private state: RoutingState;

  constructor(
    private readonly config: LeadOpsConfig,
    private readonly reps: readonly RoutingRep[],
    private readonly now: number,
    /** The reps' open leads in HubSpot now, for least-loaded pools and open-lead caps. */
    openLeads: ReadonlyMap<string, number>,
  ) {
    this.state = withOpenLeadCounts(EMPTY_ROUTING_STATE, openLeads);
  }

  outcome(contact: Contact): DryRunOutcome {
    const { config, now } = this;
    const cleaned = cleanContact(contact, config);
    const score = scoreLead(cleaned.contact, config, now, { forecast: false });
    const lifecycle = evaluateLifecycle(cleaned.contact, config, now, score);
    // Routing rules and SLA policies may test the score, as when a lead is routed for real.
    const routable: Contact = { ...cleaned.contact, properties: withScoreProperties(cleaned.contact, score) };
    const decision = routeLead({ contact: routable, reps: this.reps, state: this.state, now }, config);
    this.state = decision.state;
    const rep = decision.ownerId === null ? undefined : this.reps.find((r) => r.ownerId === decision.ownerId);
    const sla = rep && decision.slaStartsAt !== null ? evaluateSla({ contact: routable, ownerId: rep.ownerId, calendar: rep.calendar, assignedAt: now, firstTouchAt: null }, config, now) : null;
    return {
      score: score.total,
      fit: score.fit,
      engagement: score.engagement,
      mql: score.mql.qualifies,
      stage: lifecycle.recommended.hubspotValue,
      stageLabel: lifecycle.recommended.label,
      routing: decision.outcome,
      ownerId: decision.ownerId,
      ownerName: decision.ownerName,
      queue: decision.queue,
      routingRule: decision.ruleLabel,
      slaDueAt: sla?.dueAt ?? null,
      slaPolicy: sla?.policy?.id ?? null,
    };
  }
}

function changes(before: DryRunOutcome, after: DryRunOutcome): DryRunChange[] {
  const changed: DryRunChange[] = [];
  if (before.score !== after.score) changed.push('score');
  if (before.mql !== after.mql) changed.push('mql');
  if (before.stage !== after.stage) changed.push('stage');
  if (before.ownerId !== after.ownerId || before.queue?.id !== after.queue?.id) changed.push('owner');
  if (before.slaDueAt !== after.slaDueAt) changed.push('sla');
  return changed;
}

function summarize(rows: readonly DryRunRow[]): DryRunSummary {
  const count = (change: DryRunChange) => rows.filter((r) => r.changed.includes(change)).length;
  return {
    contacts: rows.length,
    changed: rows.filter((r) => r.changed.length > 0).length,
    score: count('score'),
    mql: count('mql'),
    newMqls: rows.filter((r) => r.before !== null && !r.before.mql && r.after.mql).length,
    lostMqls: rows.filter((r) => r.before !== null && r.before.mql && !r.after.mql).length,
    stage: count('stage'),
    owner: count('owner'),
    sla: count('sla'),
  };
}

async function readSample(gateway: HubSpotGateway, sampleSize: number, properties: readonly string[]): Promise<HubSpotObject[]> {
  const sample: HubSpotObject[] = [];
  for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', { properties: [...properties] })) {
    sample.push(...page.slice(0, sampleSize - sample.length));
    if (sample.length >= sampleSize) break;
  }
  return sample;
}

/**
 * What a proposed config would change before it goes live: for a sample of contacts, score, MQL,
 * recommended stage, owner or queue and SLA due time under the config in force (if any) and under the
 * proposed one, side by side. Read-only: it searches contacts (the sample, and the reps' open leads when a
 * config has least-loaded pools or open-lead caps) and never writes anything to HubSpot.
 * Lead-to-account matching is left out (it needs a company read per contact); owners come from the
 * routing rules and pools. The sample is the contacts with the lowest record ids, as search returns them.
 */
export async function dryRun(gateway: HubSpotGateway, current: LeadOpsConfig | null, proposed: LeadOpsConfig, reps: readonly RoutingRep[], options: DryRunOptions): Promise<DryRunResult> {
  const sampleSize = Number.isFinite(options.sampleSize) ? Math.min(MAX_DRY_RUN_SAMPLE, Math.max(1, Math.floor(options.sampleSize))) : MAX_DRY_RUN_SAMPLE;
  const sample = await readSample(gateway, sampleSize, contactPropertiesToRead(current === null ? [proposed] : [current, proposed]));
  const openLeads = (config: LeadOpsConfig) => countOpenLeads(gateway, config.routing.openLeads, ownersWithOpenLeadRules(config));
  const before = current === null ? null : new Simulation(current, options.currentReps ?? reps, options.now, await openLeads(current));
  const after = new Simulation(proposed, reps, options.now, await openLeads(proposed));
  const rows = sample.map((object): DryRunRow => {
    const p = object.properties;
    const contact = contactFromProperties(object.id, p, proposed);
    const was = before?.outcome(contact) ?? null;
    const will = after.outcome(contact);
    return { contactId: object.id, email: p['email'] ?? null, before: was, after: will, changed: was === null ? [] : changes(was, will) };
  });
  return { rows, summary: summarize(rows) };
}
