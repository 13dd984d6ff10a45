import type { LeadOpsConfig } from '@leadops/rules';

/**
 * Leads each rep should get if routing were perfectly fair, from what routing decided: a pool's lead
 * counts for every member who could take it then (`eligible`: routing did not skip them as away, out of
 * office, off hours or at a cap) by weight share, a team
 * round robin's for every such team member equally, and a named or account owner's lead fully for that
 * owner. Summed over the run. The caller adds each lead once, when it is first assigned: a re-route or a
 * queued lead is not another lead to share out.
 */
export function expectedLeadsTracker(config: LeadOpsConfig): { add(decision: { poolId: string | null; ownerId: string | null; strategy: string | null }, eligible?: (ownerId: string) => boolean): void; readonly expected: ReadonlyMap<string, number> } {
  const expected = new Map<string, number>();
  const credit = (ownerId: string, amount: number) => expected.set(ownerId, (expected.get(ownerId) ?? 0) + amount);
  const pools = new Map(config.routing.pools.map((pool) => [pool.id, pool.members]));
  const teamOf = new Map(config.routing.reps.map((r) => [r.ownerId, r.team]));
  /** Shares out one lead by weight among the members who could take it; nothing when none could. */
  const share = (members: readonly { readonly ownerId: string; readonly weight: number }[], eligible: (ownerId: string) => boolean) => {
    const open = members.filter((m) => eligible(m.ownerId));
    const total = open.reduce((sum, m) => sum + m.weight, 0);
    if (total > 0) for (const member of open) credit(member.ownerId, member.weight / total);
  };
  return {
    expected,
    add({ poolId, ownerId, strategy }, eligible = () => true) {
      const members = poolId === null ? undefined : pools.get(poolId);
      if (members) {
        share(members, eligible);
        return;
      }
      if (ownerId === null) return;
      if (strategy === 'team_round_robin') {
        const team = teamOf.get(ownerId);
        share(config.routing.reps.filter((r) => r.team === team).map((r) => ({ ownerId: r.ownerId, weight: 1 })), eligible);
        return;
      }
      credit(ownerId, 1);
    },
  };
}
