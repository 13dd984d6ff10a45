import type { LeadOpsConfig } from '../config/leadops-config.schema';

export interface RerouteLimit {
  readonly allowed: boolean;
  /** Why, for the audit note and the decision log. */
  readonly text: string;
}

/**
 * Whether the escalation ladder may re-route a lead that it has already re-routed `reroutesSoFar`
 * times. Each new owner's clock has its own ladder, so without a limit a lead nobody touches would
 * move from rep to rep for as long as it stays untouched.
 */
export function rerouteLimit(config: LeadOpsConfig, reroutesSoFar: number): RerouteLimit {
  const max = config.sla.maxReroutes;
  if (reroutesSoFar < max) return { allowed: true, text: `Re-route ${reroutesSoFar + 1} of at most ${max}` };
  return { allowed: false, text: `Not re-routed: already re-routed ${reroutesSoFar} time${reroutesSoFar === 1 ? '' : 's'}, the most sla.maxReroutes (${max}) allows, so the lead stays with its owner` };
}
