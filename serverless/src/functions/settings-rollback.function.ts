import { z } from 'zod';
import { findConfigVersion } from '../operations/config-history';
import { loadConfig, saveConfig } from '../operations/config-store';
import { assertMayChangeSettings } from '../operations/permissions';
import type { FunctionContext } from './function-context';
import { FunctionFailure, gatewayFromEnvironment, runFunction } from './function-runtime';
import { saveFailure, type SettingsResult, type VersionSummary } from './settings-save.function';
import { clearSetupCache } from './setup-cache';

/** Who rolls back (checked in HubSpot) and the version number from the history. */
export const settingsRollbackParameters = z.strictObject({
  userId: z.string().regex(/^\d{1,20}$/, 'must be a HubSpot user id (digits)'),
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/**
 * Rolls the config back to an earlier version by saving that version's document again as a new version,
 * authored by the user who rolled back: history only grows, so it shows who went back to what, and a
 * rollback can itself be rolled back. A stored version that no longer validates is refused with its
 * problems, like a save.
 */
export async function main(context: FunctionContext): Promise<SettingsResult<{ readonly version: VersionSummary; readonly restoredFrom: number }>> {
  return runFunction(context, settingsRollbackParameters, async ({ userId, version }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const stored = await loadConfig(gateway);
    const user = await assertMayChangeSettings(gateway, stored.ok ? stored.config : null, userId);
    if (!stored.ok && stored.code === 'NOT_INSTALLED') throw new FunctionFailure({ code: stored.code, message: stored.message, fix: stored.fix });
    const old = await findConfigVersion(gateway, version);
    if (old === null) throw new FunctionFailure({ code: 'NOT_FOUND', message: `There is no saved config version ${version}.`, fix: 'Reload the settings page and pick a version from its history.' });
    // The JSON text as it was saved, so the new version is byte for byte the old document.
    const saved = await saveConfig(gateway, old.json, user.email, now);
    if (!saved.ok) throw saveFailure(saved);
    clearSetupCache();
    return { version: { version: saved.version.version, author: saved.version.author, savedAt: saved.version.savedAt }, restoredFrom: version };
  });
}
