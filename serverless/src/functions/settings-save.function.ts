import type { ConfigProblem } from '@leadops/rules';
import { z } from 'zod';
import { loadConfig, saveConfig, type SaveResult } from '../operations/config-store';
import { assertMayChangeSettings } from '../operations/permissions';
import type { FunctionContext } from './function-context';
import type { FunctionError } from './function-result';
import { FunctionFailure, gatewayFromEnvironment, runFunction } from './function-runtime';
import { clearSetupCache } from './setup-cache';

/**
 * A settings failure: an invalid config also lists each problem, so the page can show it at its field; a
 * save refused because another version was saved meanwhile (CONFIG_CHANGED) names that version.
 */
export type SettingsError = FunctionError & { readonly problems?: readonly ConfigProblem[]; readonly latest?: VersionSummary };

/** What the settings functions answer: FunctionResult, with problems on an INVALID_CONFIG failure. */
export type SettingsResult<T extends object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: SettingsError };

/** A version as the settings page lists it. */
export interface VersionSummary {
  readonly version: number;
  readonly author: string;
  readonly savedAt: string;
}

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot user id (digits)');

/** Who saves (checked in HubSpot), the version the draft started from, and the whole document. */
export const settingsSaveParameters = z.strictObject({
  userId: hubspotId,
  // The settings page always sends it; without it, a save replaces whatever is newest.
  basedOnVersion: z.number().int().min(0, 'must be the version the draft was edited from (0 for the LeadOps default)').max(Number.MAX_SAFE_INTEGER).optional(),
  // The whole document, as JSON text or a parsed value: parseConfig judges it, field by field.
  config: z.unknown().refine((value) => value !== undefined, 'is required (the whole config document)'),
});

/** The failure for a config that fails validation, carrying every problem with its path and fix. */
export function invalidConfigFailure(problems: readonly ConfigProblem[], message: string, fix: string): FunctionFailure {
  const error: SettingsError = { code: 'INVALID_CONFIG', message, fix, problems };
  return new FunctionFailure(error);
}

/** Turns a refused save into the function's failure: INVALID_CONFIG with its problems, or the store's reason. */
export function saveFailure(result: Extract<SaveResult, { ok: false }>): FunctionFailure {
  if (result.code === 'INVALID_CONFIG') return invalidConfigFailure(result.problems ?? [], result.message, result.fix);
  if (result.code === 'CONFIG_CHANGED') {
    const { version, author, savedAt } = result.latest;
    const error: SettingsError = { code: result.code, message: result.message, fix: result.fix, latest: { version, author, savedAt } };
    return new FunctionFailure(error);
  }
  return new FunctionFailure({ code: result.code, message: result.message, fix: result.fix });
}

/**
 * The settings page's Save: checks in HubSpot that the user may change settings (under the config in
 * force), validates the document and stores it as a new version with the user's email as author. Nothing
 * is written for a user without permission, for an invalid document, or when a version newer than the
 * one the draft started from was saved meanwhile (CONFIG_CHANGED).
 */
export async function main(context: FunctionContext): Promise<SettingsResult<{ readonly version: VersionSummary }>> {
  return runFunction(context, settingsSaveParameters, async ({ userId, basedOnVersion, config }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    // Read fresh, not from the setup cache: a role removed a minute ago must stop working now.
    const stored = await loadConfig(gateway);
    const user = await assertMayChangeSettings(gateway, stored.ok ? stored.config : null, userId);
    const saved = await saveConfig(gateway, config, user.email, now, basedOnVersion === undefined ? {} : { basedOnVersion });
    if (!saved.ok) throw saveFailure(saved);
    // This instance's cards pick the new version up at once; other warm instances within SETUP_TTL_MS.
    clearSetupCache();
    return { version: { version: saved.version.version, author: saved.version.author, savedAt: saved.version.savedAt } };
  });
}
