import type { ContactDecision } from '../simulate/simulation-result';
import { tallySla, type SlaTally } from './sla-tally';

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

export function slaComplianceFigures(decisions: readonly ContactDecision[]): SlaComplianceFigures {
  const byTeam = new Map<string | null, NonNullable<ContactDecision['sla']>[]>();
  const byHour = Array.from({ length: 24 }, (): NonNullable<ContactDecision['sla']>[] => []);
  for (const decision of decisions) {
    if (decision.sla === null) continue;
    const team = decision.route?.team ?? null;
    const list = byTeam.get(team) ?? [];
    list.push(decision.sla);
    byTeam.set(team, list);
    byHour[new Date(decision.arrivedAt).getUTCHours()]?.push(decision.sla);
  }
  const teams = [...byTeam.keys()].sort((a, b) => Number(a === null) - Number(b === null));
  return {
    byTeam: teams.map((team) => ({ team, ...tallySla(byTeam.get(team) ?? []) })),
    byHourUtc: byHour.map((outcomes, hourUtc) => ({ hourUtc, ...tallySla(outcomes) })),
  };
}
