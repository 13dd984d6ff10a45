import type { ImportIssue } from '../import/import-issue';

/** Instants are epoch milliseconds (UTC) throughout, so decisions.json sorts and compares simply. */
export type EpochMs = number;

/** One entry of a contact's decision log, in the order things happened in simulated time. */
export interface DecisionStep {
  readonly at: EpochMs;
  readonly kind: 'arrival' | 'data-quality' | 'score' | 'lifecycle' | 'route' | 'sla' | 'touch' | 'escalation' | 'handoff' | 'nurture';
  /** One line a rep can read: "Routed to Ana Ruiz by rule "EMEA" (round robin)". */
  readonly summary: string;
  /** The engine's reasons behind it, each a sentence ("+20 fit: VP title"). */
  readonly reasons: readonly string[];
}

export interface RouteOutcome {
  readonly outcome: 'assigned' | 'queued';
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  /** The owner's team id from the config (null when queued or the rep has no team). */
  readonly team: string | null;
  readonly ruleId: string | null;
  readonly ruleLabel: string | null;
  readonly strategy: string | null;
  readonly poolId: string | null;
  readonly queue: string | null;
  /** Reps passed over and why (the code; the route step's explanation says it in words). */
  readonly skipped: readonly { readonly ownerId: string; readonly name: string; readonly code: string }[];
}

/** The first-touch SLA of the (last) assignment. */
export interface SlaOutcome {
  readonly policyId: string | null;
  readonly policyLabel: string | null;
  readonly ownerId: string;
  readonly allowedWorkingMinutes: number | null;
  readonly startsAt: EpochMs | null;
  readonly dueAt: EpochMs | null;
  readonly firstTouchAt: EpochMs | null;
  /** Working minutes from the clock start to the first touch (null without a touch or a policy). */
  readonly workingMinutesToTouch: number | null;
  /** met / breached (touched late, or never by the end of the simulation) / no_policy / open (still running at the end, not yet due). */
  readonly status: 'met' | 'breached' | 'no_policy' | 'open';
}

export interface EscalationOutcome {
  readonly stepId: string;
  readonly label: string;
  readonly action: 'task_owner' | 'notify_manager' | 'reroute' | string;
  readonly at: EpochMs;
  /** What was done: "Task for Ana Ruiz", "Re-routed from Ana Ruiz to Ben Okafor". */
  readonly detail: string;
  /** Which clock: the first-touch SLA or the MQL handoff. */
  readonly clock: 'sla' | 'handoff';
}

export interface HandoffOutcome {
  readonly status: 'accepted' | 'rejected' | 'overdue' | 'pending';
  readonly receiverOwnerId: string;
  readonly offeredAt: EpochMs;
  readonly dueAt: EpochMs | null;
  readonly answeredAt: EpochMs | null;
  readonly reasonCode: string | null;
}

/** A contact's earlier record: the same email, the same name at the same company domain, or the same phone. */
export interface DuplicateOf {
  readonly contactId: string;
  readonly name: string | null;
  /** One per key the two share: "same email ana@acme.com". */
  readonly reasons: readonly string[];
  /**
   * Who owned the earlier record when this one arrived, and the rep routing gave this one then (null:
   * nobody). Two different reps means two reps may now contact one person.
   */
  readonly earlierOwner: { readonly ownerId: string; readonly name: string } | null;
  readonly owner: { readonly ownerId: string; readonly name: string } | null;
}

/**
 * Everything LeadOps decided for one contact: what decisions.json holds per contact. The fields give the
 * outcome for scripts (owner, score, SLA status); the texts that explain it (score reasons, the routing
 * explanation, what the stage still misses) are in `log`, each once, next to the moment it was decided.
 */
export interface ContactDecision {
  readonly contactId: string;
  readonly email: string | null;
  readonly name: string | null;
  readonly company: string | null;
  readonly country: string | null;
  readonly arrivedAt: EpochMs;
  readonly dataQuality: {
    readonly fixes: readonly { readonly property: string; readonly from: string; readonly to: string; readonly reason: string }[];
    readonly flags: readonly { readonly code: string; readonly text: string }[];
    /** Present when an earlier contact is probably the same person (its flag is `possible_duplicate`). */
    readonly duplicateOf?: DuplicateOf;
  };
  /** The latest score; its reasons are in the log's last score step. */
  readonly score: { readonly total: number; readonly fit: number; readonly engagement: number; readonly mql: boolean };
  /** Stages by config id and label; `from` is the stage the contact arrived with (null if none). */
  readonly lifecycle: { readonly fromStageId: string | null; readonly stageId: string; readonly stageLabel: string };
  /** Null when the contact was not routed (e.g. subscribers LeadOps leaves to marketing). */
  readonly route: RouteOutcome | null;
  readonly sla: SlaOutcome | null;
  /**
   * Clocks of earlier owners that ended in a re-route (each breached), oldest first: a lead re-routed
   * once and then touched on time still had a breach, and SLA figures count it. Absent means none.
   */
  readonly earlierClocks?: readonly SlaOutcome[];
  readonly escalations: readonly EscalationOutcome[];
  readonly handoff: HandoffOutcome | null;
  readonly nurture: { readonly trackId: string; readonly label: string; readonly at: EpochMs } | null;
  readonly log: readonly DecisionStep[];
}

/** A rep as the report shows one: who, where, and the share of leads routing meant to give them. */
export interface SimulatedRep {
  readonly ownerId: string;
  readonly name: string;
  readonly team: string | null;
  readonly timeZone: string;
  /**
   * Leads this rep should have got: for each pool, the leads routed to that pool times the rep's weight
   * share in it; leads for a named owner count fully. Compare with the leads actually assigned.
   */
  readonly expectedLeads: number;
}

/** How far what the API path wrote agrees with the rules path's decisions. */
export interface ApiAgreement {
  readonly contacts: number;
  readonly sameOwner: number;
  readonly sameScore: number;
  readonly sameStage: number;
  /** The first differences, each naming the contact and both values. */
  readonly differences: readonly string[];
  readonly failureCount: number;
  /** The first API steps that failed, with HubSpot's message. */
  readonly failures: readonly string[];
}

/** HubSpot traffic of a `--through-api` run. */
export interface ApiUsage {
  readonly calls: number;
  readonly byEndpoint: Readonly<Record<string, number>>;
  /** How long the calls would take at the portal's rate limits (the limiter's schedule, not our CPU). */
  readonly wallTimeAtLimitsMs: number;
  /** The limits assumed, e.g. "190 requests / 10 s (Professional, private app)". */
  readonly rateLimit: string;
  readonly agreement: ApiAgreement;
}

/** A whole run: what `simulate` writes to decisions.json and renders into report.html. */
export interface SimulationResult {
  readonly meta: {
    readonly engineVersion: string;
    readonly configName: string;
    readonly source: 'samples' | 'portal' | 'file';
    readonly mode: 'rules' | 'through-api';
    /** First arrival and the end of simulated time. */
    readonly window: { readonly from: EpochMs; readonly to: EpochMs };
    /** Seed of the simulated reps' behaviour (touch delays, handoff answers). */
    readonly seed: number;
    /** The config's MQL threshold (`scoring.mql.threshold`), for the score chart. */
    readonly mqlThreshold: number;
    /** The config's lifecycle stages in order, for the funnel. */
    readonly stages: readonly { readonly id: string; readonly label: string }[];
    /** The config's teams (routing.teams), for their labels: decisions name a team by its id. */
    readonly teams: readonly { readonly id: string; readonly label: string }[];
  };
  readonly reps: readonly SimulatedRep[];
  readonly decisions: readonly ContactDecision[];
  /** Rows and values left out while reading the input, with where and why. */
  readonly importIssues: readonly ImportIssue[];
  readonly api: ApiUsage | null;
  /** With `--config other.json`: the same leads under the other config. */
  readonly comparison: { readonly configName: string; readonly reps: readonly SimulatedRep[]; readonly decisions: readonly ContactDecision[] } | null;
}
