import type { SimulatedRep } from '../simulate/simulation-result';
import type { DecisionTally } from './decision-tally';
import { SlaCounter, type SlaTally } from './sla-tally';

export interface TeamSla extends SlaTally {
  /** The team id from the config; null for owners without a team. */
  readonly team: string | null;
}

export interface HourSla extends SlaTally {
  /** Hour of the contact's arrival, 0–23, in UTC (reps work in many zones; UTC is the one shared clock). */
  readonly hourUtc: number;
}

export interface SlaComplianceFigures {
  /** Teams in order of first appearance, the no-team group last. */
  readonly byTeam: readonly TeamSla[];
  /** Always 24 rows, so quiet hours show as empty rather than missing. */
  readonly byHourUtc: readonly HourSla[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The UTC hour of an instant, by arithmetic: epoch time has no leap seconds, and 100,000 Date objects are garbage. */
function utcHour(epochMs: number): number {
  return Math.floor((((epochMs % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/**
 * Each clock counts for its own owner's team: a lead re-routed from one team to another leaves the
 * first team's breach with the first team. Owners are tallied as they come; teams are known once the
 * reps are (a clock's owner may appear only in earlier clocks), falling back to the team routing gave.
 */
/** Fed like every DecisionTally; its result needs the reps, for the team of each clock's owner. */
export interface SlaComplianceTally {
  add: DecisionTally<SlaComplianceFigures>['add'];
  result(reps: readonly Pick<SimulatedRep, 'ownerId' | 'team'>[]): SlaComplianceFigures;
}

export function slaComplianceTally(): SlaComplianceTally {
  const byOwner = new Map<string, SlaCounter>();
  const routedTeam = new Map<string, string | null>();
  const byHour = Array.from({ length: 24 }, () => new SlaCounter());
  return {
    add(decision) {
      if (decision.sla === null) return;
      if (decision.route?.ownerId) routedTeam.set(decision.route.ownerId, decision.route.team ?? null);
      // A clock that ran out before a re-route is a breach of its own, whatever the next owner did.
      for (const clock of [...(decision.earlierClocks ?? []), decision.sla]) {
        let counter = byOwner.get(clock.ownerId);
        if (counter === undefined) {
          counter = new SlaCounter();
          byOwner.set(clock.ownerId, counter);
        }
        counter.add(clock.status);
        byHour[utcHour(decision.arrivedAt)]?.add(clock.status);
      }
    },
    result(reps) {
      const repTeam = new Map(reps.map((rep) => [rep.ownerId, rep.team]));
      const byTeam = new Map<string | null, SlaCounter>();
      for (const [ownerId, counter] of byOwner) {
        const team = repTeam.get(ownerId) ?? routedTeam.get(ownerId) ?? null;
        byTeam.set(team, (byTeam.get(team) ?? new SlaCounter()).merge(counter));
      }
      const teams = [...byTeam.keys()].sort((a, b) => Number(a === null) - Number(b === null));
      return {
        byTeam: teams.map((team) => ({ team, ...(byTeam.get(team) ?? new SlaCounter()).tally() })),
        byHourUtc: byHour.map((counter, hourUtc) => ({ hourUtc, ...counter.tally() })),
      };
    },
  };
}
