import type { SlaOutcome } from '../simulate/simulation-result';

/** SLA outcomes counted for a group of contacts (all of them, a team, an hour of arrival). */
export interface SlaTally {
  readonly met: number;
  readonly breached: number;
  readonly open: number;
  readonly noPolicy: number;
  /**
   * met / (met + breached) as a percentage: open clocks have not been decided yet and contacts
   * without a policy have nothing to comply with, so neither counts. Null when nothing was decided.
   */
  readonly compliancePercent: number | null;
}

/** Counts the SLA outcomes given; contacts without an SLA (not assigned) are left out by the caller. */
export function tallySla(outcomes: Iterable<SlaOutcome>): SlaTally {
  let met = 0;
  let breached = 0;
  let open = 0;
  let noPolicy = 0;
  for (const sla of outcomes) {
    if (sla.status === 'met') met += 1;
    else if (sla.status === 'breached') breached += 1;
    else if (sla.status === 'open') open += 1;
    else noPolicy += 1;
  }
  return { met, breached, open, noPolicy, compliancePercent: met + breached === 0 ? null : (met / (met + breached)) * 100 };
}
