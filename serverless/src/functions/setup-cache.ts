import type { LeadOpsConfig, RoutingRep } from '@leadops/rules';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { loadReps, type RepIdentity } from '../hubspot/hubspot-reps';
import { loadConfig, type ConfigVersion } from '../operations/config-store';
import { FunctionFailure } from './function-runtime';

export interface Setup {
  readonly config: LeadOpsConfig;
  readonly version: ConfigVersion;
  /** Set when newer stored versions were invalid and skipped: the card says so. */
  readonly configWarning: string | null;
  readonly reps: readonly RoutingRep[];
  readonly repWarnings: readonly string[];
  /** Owner id ↔ user id of each rep: who a card's user is, as an owner. */
  readonly identities: readonly RepIdentity[];
  readonly loadedAt: number;
}

/** Config and reps change rarely; a warm function instance reuses them for this long. */
export const SETUP_TTL_MS = 5 * 60_000;

let cached: Setup | undefined;

/** Forgets the cached setup (after a settings save, and between tests). */
export function clearSetupCache(): void {
  cached = undefined;
}

/** The stored config and the reps with their calendars, cached per warm instance so a card costs one HubSpot call. */
export async function loadSetup(gateway: HubSpotGateway, now: number): Promise<Setup> {
  if (cached && now - cached.loadedAt < SETUP_TTL_MS) return cached;
  const stored = await loadConfig(gateway);
  if (!stored.ok) throw new FunctionFailure({ code: stored.code, message: stored.message, fix: stored.fix });
  const reps = await loadReps(gateway, stored.config, now);
  const skipped = stored.skippedNewer;
  cached = {
    config: stored.config,
    version: stored.version,
    configWarning: skipped.length > 0 ? `Using config version ${stored.version.version}: ${skipped.length} newer version(s) are invalid (${skipped[0]?.problems[0]?.path ?? ''}: ${skipped[0]?.problems[0]?.message ?? ''}). Fix them on the settings page.` : null,
    reps: reps.reps,
    repWarnings: reps.warnings,
    identities: reps.identities,
    loadedAt: now,
  };
  return cached;
}
