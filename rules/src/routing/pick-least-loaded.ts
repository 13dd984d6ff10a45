import { compareOwnerIds } from './pick-round-robin';
import type { RepCounters } from './routing-state';

/** The eligible member with the fewest open leads; ties go to whoever waited longest, then by owner id. */
export function pickLeastLoaded(eligible: readonly string[], reps: Readonly<Record<string, RepCounters>>): { ownerId: string; why: string } {
  const ranked = [...eligible].sort((a, b) => {
    const ra = reps[a];
    const rb = reps[b];
    return (ra?.openLeads ?? 0) - (rb?.openLeads ?? 0) || (ra?.lastAssignedAt ?? -Infinity) - (rb?.lastAssignedAt ?? -Infinity) || compareOwnerIds(a, b);
  });
  const ownerId = ranked[0] as string;
  return { ownerId, why: `fewest open leads (${reps[ownerId]?.openLeads ?? 0})` };
}
