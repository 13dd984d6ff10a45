import type { LeadOpsConfig } from '@leadops/rules';

/**
 * Leads each rep should get if routing were perfectly fair, from what routing decided: a pool's lead
 * counts for every member by weight share, a team round robin's for every team member equally, and a
 * named or account owner's lead fully for that owner. Summed over the run.
 */
export function expectedLeadsTracker(config: LeadOpsConfig): { add(decision: { poolId: string | null; ownerId: string | null; strategy: string | null }): void; readonly expected: ReadonlyMap<string, number> } {
  const expected = new Map<string, number>();
  const credit = (ownerId: string, amount: number) => expected.set(ownerId, (expected.get(ownerId) ?? 0) + amount);
  const shares = new Map<string, readonly (readonly [string, number])[]>();
  for (const pool of config.routing.pools) {
    const total = pool.members.reduce((sum, m) => sum + m.weight, 0);
    shares.set(pool.id, pool.members.map((m) => [m.ownerId, m.weight / total] as const));
  }
  const teamOf = new Map(config.routing.reps.map((r) => [r.ownerId, r.team]));
  return {
    expected,
    add({ poolId, ownerId, strategy }) {
      const poolShares = poolId === null ? undefined : shares.get(poolId);
      if (poolShares) {
        for (const [member, share] of poolShares) credit(member, share);
        return;
      }
      if (ownerId === null) return;
      if (strategy === 'team_round_robin') {
        const team = teamOf.get(ownerId);
        const members = config.routing.reps.filter((r) => r.team === team);
        for (const member of members) credit(member.ownerId, 1 / members.length);
        return;
      }
      credit(ownerId, 1);
    },
  };
}
