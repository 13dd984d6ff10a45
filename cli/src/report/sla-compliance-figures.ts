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

export function slaComplianceTally(): DecisionTally<SlaComplianceFigures> {
  const byTeam = new Map<string | null, SlaCounter>();
  const byHour = Array.from({ length: 24 }, () => new SlaCounter());
  return {
    add(decision) {
      if (decision.sla === null) return;
      const team = decision.route?.team ?? null;
      let counter = byTeam.get(team);
      if (counter === undefined) {
        counter = new SlaCounter();
        byTeam.set(team, counter);
      }
      // A clock that ran out before a re-route is a breach of its own, whatever the next owner did.
      for (const clock of [...(decision.earlierClocks ?? []), decision.sla]) {
        counter.add(clock.status);
        byHour[utcHour(decision.arrivedAt)]?.add(clock.status);
      }
    },
    result() {
      const teams = [...byTeam.keys()].sort((a, b) => Number(a === null) - Number(b === null));
      return {
        byTeam: teams.map((team) => ({ team, ...(byTeam.get(team) ?? new SlaCounter()).tally() })),
        byHourUtc: byHour.map((counter, hourUtc) => ({ hourUtc, ...counter.tally() })),
      };
    },
  };
}
