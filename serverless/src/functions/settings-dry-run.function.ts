import { parseConfig, REFERENCES_CHECKED_LATER, type LeadOpsConfig, type RoutingRep } from '@leadops/rules';
import { z } from 'zod';
import { loadReps } from '../hubspot/hubspot-reps';
import { loadConfig } from '../operations/config-store';
import { dryRun, MAX_DRY_RUN_SAMPLE, type DryRunResult } from '../operations/dry-run.operation';
import { assertMayChangeSettings } from '../operations/permissions';
import type { FunctionContext } from './function-context';
import { gatewayFromEnvironment, runFunction } from './function-runtime';
import { invalidConfigFailure, type SettingsResult } from './settings-save.function';
import { loadSetup } from './setup-cache';

/** Contacts tried when the page does not say: enough to see a pattern, quick to answer. */
export const DEFAULT_DRY_RUN_SAMPLE = 50;

/** Who asks (checked in HubSpot), the edited document, and how many contacts to try. */
export const settingsDryRunParameters = z.strictObject({
  userId: z.string().regex(/^\d{1,20}$/, 'must be a HubSpot user id (digits)'),
  config: z.unknown().refine((value) => value !== undefined, 'is required (the whole config document)'),
  sampleSize: z.number().int().min(1).max(MAX_DRY_RUN_SAMPLE).optional(),
});

/** The dry run's rows and counts, with which version "before" means and the proposed reps' warnings. */
export interface SettingsDryRunResult extends DryRunResult {
  /** The version the "before" side used; null when no valid config is saved yet (no "before"). */
  readonly currentVersion: number | null;
  /** Reps of the proposed config that routing cannot use as configured, each with what LeadOps does. */
  readonly repWarnings: readonly string[];
}

/**
 * The settings page's "Try it": what the edited config would change on a sample of contacts, before it is
 * saved. Same permission as saving (it reads contacts across the portal); an invalid document is refused
 * with its problems before any contact is read. Read-only: nothing is written.
 */
export async function main(context: FunctionContext): Promise<SettingsResult<SettingsDryRunResult>> {
  return runFunction(context, settingsDryRunParameters, async ({ userId, config, sampleSize }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const stored = await loadConfig(gateway);
    await assertMayChangeSettings(gateway, stored.ok ? stored.config : null, userId);
    const parsed = parseConfig(config);
    if (!parsed.ok) throw invalidConfigFailure(parsed.problems, `The proposed configuration has ${parsed.problems.length} problem(s); no contact was tried.`, `Correct each field named below and run the dry run again.${parsed.referencesChecked ? '' : ` ${REFERENCES_CHECKED_LATER}`}`);

    let current: { config: LeadOpsConfig; reps: readonly RoutingRep[]; version: number } | null = null;
    if (stored.ok) {
      // The cached setup is what this instance's cards route with right now: the honest "before".
      const setup = await loadSetup(gateway, now);
      current = { config: setup.config, reps: setup.reps, version: setup.version.version };
    }
    // The proposed config may add reps or move them between calendars: it routes with its own.
    const proposedReps = await loadReps(gateway, parsed.config, now);
    const result = await dryRun(gateway, current?.config ?? null, parsed.config, proposedReps.reps, {
      sampleSize: sampleSize ?? DEFAULT_DRY_RUN_SAMPLE,
      now,
      ...(current ? { currentReps: current.reps } : {}),
    });
    return { ...result, currentVersion: current?.version ?? null, repWarnings: proposedReps.warnings };
  });
}
