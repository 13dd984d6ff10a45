/**
 * What routing remembers between leads. It is input and output of `routeLead` (the adapter stores it),
 * plain JSON so it can be saved in HubSpot and diffed in tests.
 */
export interface RoutingState {
  readonly pools: Readonly<Record<string, PoolState>>;
  readonly reps: Readonly<Record<string, RepCounters>>;
  /** Fairness ledger: pool → period ("YYYY-MM", UTC) → owner → expected and received leads. */
  readonly ledger: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, LedgerEntry>>>>>>;
}

export interface PoolState {
  /** Round robin: the owner who got the last lead. The next is the first member after it in owner-id order. */
  readonly lastOwnerId?: string;
  /** Smooth weighted round robin: each member's current weight. */
  readonly currentWeights?: Readonly<Record<string, number>>;
}

export interface RepCounters {
  /** Leads assigned on `day` (the rep's local date, YYYY-MM-DD; '' before the first), for the per-day cap. */
  readonly day: string;
  readonly assignedOnDay: number;
  /** Open leads the rep owns: the adapter sets it from the CRM before routing (withOpenLeadCounts), routing adds one per assignment. */
  readonly openLeads: number;
  readonly lastAssignedAt?: number;
}

export interface LedgerEntry {
  readonly expected: number;
  readonly received: number;
}

export const EMPTY_ROUTING_STATE: RoutingState = Object.freeze({ pools: {}, reps: {}, ledger: {} });
