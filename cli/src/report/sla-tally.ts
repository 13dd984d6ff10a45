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

/** Counts SLA outcomes as they come; contacts without an SLA (not assigned) are left out by the caller. */
export class SlaCounter {
  private met = 0;
  private breached = 0;
  private open = 0;
  private noPolicy = 0;

  add(status: SlaOutcome['status']): void {
    if (status === 'met') this.met += 1;
    else if (status === 'breached') this.breached += 1;
    else if (status === 'open') this.open += 1;
    else this.noPolicy += 1;
  }

  /** Adds another counter's outcomes to this one; returns this. */
  merge(other: SlaCounter): this {
    this.met += other.met;
    this.breached += other.breached;
    this.open += other.open;
    this.noPolicy += other.noPolicy;
    return this;
  }

  /** Anything counted at all. */
  get total(): number {
    return this.met + this.breached + this.open + this.noPolicy;
  }

  tally(): SlaTally {
    const { met, breached, open, noPolicy } = this;
    return { met, breached, open, noPolicy, compliancePercent: met + breached === 0 ? null : (met / (met + breached)) * 100 };
  }
}
