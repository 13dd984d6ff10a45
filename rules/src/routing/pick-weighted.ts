import type { PoolState } from './routing-state';

/**
 * Smooth weighted round robin (as nginx balances upstreams): every eligible member gains its weight,
 * the highest current weight wins and pays back the total. Shares converge to the weights without
 * runs of the same rep; members who are not eligible keep their current weight for later.
 */
export function pickWeighted(eligible: readonly { ownerId: string; weight: number }[], state: PoolState | undefined): { ownerId: string; state: PoolState; why: string } {
  const current: Record<string, number> = { ...state?.currentWeights };
  let total = 0;
  let best: { ownerId: string; weight: number } | undefined;
  let bestCurrent = -Infinity;
  for (const member of eligible) {
    const value = (current[member.ownerId] ?? 0) + member.weight;
    current[member.ownerId] = value;
    total += member.weight;
    if (value > bestCurrent || (value === bestCurrent && best !== undefined && member.ownerId < best.ownerId)) {
      best = member;
      bestCurrent = value;
    }
  }
  const chosen = best as { ownerId: string; weight: number };
  current[chosen.ownerId] = bestCurrent - total;
  return { ownerId: chosen.ownerId, state: { ...state, currentWeights: current }, why: `weight ${chosen.weight} of ${total}` };
}
