import type { SimulationResult } from '../simulate/simulation-result';

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

/**
 * Leads per rep against expectedLeads, reps in the result's order. An owner who got leads but is not
 * among the reps (a named owner outside the routing team) still gets a row, due nothing, so no lead
 * disappears from the table.
 */
export function fairnessFigures(result: Pick<SimulationResult, 'reps' | 'decisions'>): RepFairness[] {
  const assigned = new Map<string, number>();
  const names = new Map<string, { name: string; team: string | null }>();
  let totalAssigned = 0;
  for (const decision of result.decisions) {
    const route = decision.route;
    if (route?.outcome !== 'assigned' || route.ownerId === null) continue;
    assigned.set(route.ownerId, (assigned.get(route.ownerId) ?? 0) + 1);
    if (!names.has(route.ownerId)) names.set(route.ownerId, { name: route.ownerName ?? route.ownerId, team: route.team });
    totalAssigned += 1;
  }
  const totalExpected = result.reps.reduce((sum, rep) => sum + rep.expectedLeads, 0);
  const reps = [
    ...result.reps,
    ...[...names]
      .filter(([ownerId]) => !result.reps.some((rep) => rep.ownerId === ownerId))
      .map(([ownerId, { name, team }]) => ({ ownerId, name, team, expectedLeads: 0 })),
  ];
  return reps.map((rep) => {
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
}
