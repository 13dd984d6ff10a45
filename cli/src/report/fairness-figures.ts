import type { ContactDecision, SimulatedRep } from '../simulate/simulation-result';

/** One rep's leads against what fair routing meant to give them. */
export interface RepFairness {
  readonly ownerId: string;
  readonly name: string;
  readonly team: string | null;
  readonly assigned: number;
  readonly expected: number;
  /** (assigned − expected) / expected as a percentage; null when the rep was due nothing. */
  readonly deviationPercent: number | null;
  /** The rep's part of all assigned leads, and the part they were due, as percentages. */
  readonly sharePercent: number;
  readonly expectedSharePercent: number;
}

/** Leads counted per owner as decisions come; the reps (with what each was due) are known only at the end of a run. */
export interface FairnessTally {
  add(decision: ContactDecision, index: number): void;
  result(reps: readonly SimulatedRep[]): RepFairness[];
}

/**
 * Leads per rep against expectedLeads, reps in the result's order. An owner who got leads but is not
 * among the reps (a named owner outside the routing team) still gets a row, due nothing, so no lead
 * disappears from the table.
 */
export function fairnessTally(): FairnessTally {
  const assigned = new Map<string, number>();
  const names = new Map<string, { name: string; team: string | null }>();
  let totalAssigned = 0;
  return {
    add(decision) {
      const route = decision.route;
      if (route?.outcome !== 'assigned' || route.ownerId === null) return;
      const count = assigned.get(route.ownerId);
      if (count === undefined) {
        assigned.set(route.ownerId, 1);
        names.set(route.ownerId, { name: route.ownerName ?? route.ownerId, team: route.team });
      } else {
        assigned.set(route.ownerId, count + 1);
      }
      totalAssigned += 1;
    },
    result(reps) {
      const totalExpected = reps.reduce((sum, rep) => sum + rep.expectedLeads, 0);
      const rows = [
        ...reps,
        ...[...names]
          .filter(([ownerId]) => !reps.some((rep) => rep.ownerId === ownerId))
          .map(([ownerId, { name, team }]) => ({ ownerId, name, team, expectedLeads: 0 })),
      ];
      return rows.map((rep) => {
        const count = assigned.get(rep.ownerId) ?? 0;
        return {
          ownerId: rep.ownerId,
          name: rep.name,
          team: rep.team,
          assigned: count,
          expected: rep.expectedLeads,
          deviationPercent: rep.expectedLeads === 0 ? null : ((count - rep.expectedLeads) / rep.expectedLeads) * 100,
          sharePercent: totalAssigned === 0 ? 0 : (count / totalAssigned) * 100,
          expectedSharePercent: totalExpected === 0 ? 0 : (rep.expectedLeads / totalExpected) * 100,
        };
      });
    },
  };
}
