import type { LeadOpsConfig } from '../config/leadops-config.schema';

/** Whom a "notify_manager" escalation tells: the rep's own manager, else the manager of the rep's team. */
export function managerOf(ownerId: string, config: LeadOpsConfig): string | null {
  const rep = config.routing.reps.find((r) => r.ownerId === ownerId);
  if (rep?.managerOwnerId) return rep.managerOwnerId;
  const team = rep?.team ? config.routing.teams.find((t) => t.id === rep.team) : undefined;
  return team?.managerOwnerId ?? null;
}
