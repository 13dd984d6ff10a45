import { parseConfig, type ConfigProblem, type LeadOpsConfig } from '@leadops/rules';
import { z } from 'zod';
import defaultConfig from '../../../rules/config/default-config.json';
import { listConfigVersions, type StoredConfigVersion } from '../operations/config-history';
import { assertMayChangeSettings } from '../operations/permissions';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { FunctionFailure, gatewayFromEnvironment, runFunction } from './function-runtime';
import type { VersionSummary } from './settings-save.function';

/** The settings page sends the viewing user's id, so the answer can say whether they may save. */
export const settingsReadParameters = z.strictObject({
  userId: z.string().regex(/^\d{1,20}$/, 'must be a HubSpot user id (digits)'),
});

/** What the settings page needs to open: the document to edit, its history and the user's rights. */
export interface SettingsReadResult {
  /**
   * The newest saved document as its author wrote it (not filled with defaults), so the editor shows what
   * was saved; the LeadOps default when nothing is saved yet. Raw text if the stored value is not JSON.
   */
  readonly config: unknown;
  /** The version of `config`; 0 for the default. */
  readonly version: number;
  /** Every saved version, newest first. */
  readonly history: readonly VersionSummary[];
  /** Set when `config` is not what the cards use (invalid, or nothing saved yet), saying what is. */
  readonly configWarning: string | null;
  /** Whether this user may save, checked in HubSpot; the page disables Save otherwise (save checks again). */
  readonly mayChange: boolean;
}

function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A hand edit in HubSpot broke the JSON: hand the text to the editor so it can be repaired.
    return text;
  }
}

function firstProblem(problems: readonly ConfigProblem[]): string {
  const problem = problems[0];
  return problem === undefined ? 'it does not validate' : `${problem.path || '(document)'}: ${problem.message}`;
}

/** The config the cards use (newest valid version) and what the settings page should say about it. */
function inForce(versions: readonly StoredConfigVersion[]): { readonly config: LeadOpsConfig | null; readonly warning: string | null } {
  const newest = versions[0];
  if (newest === undefined) return { config: null, warning: 'Nothing is saved yet: this is the LeadOps default configuration. Review it, then save to start LeadOps.' };
  let newestProblems: readonly ConfigProblem[] = [];
  for (const stored of versions) {
    const parsed = parseConfig(stored.json);
    if (parsed.ok) {
      const warning = stored === newest ? null : `Version ${newest.version.version} (shown) is invalid (${firstProblem(newestProblems)}); cards use version ${stored.version.version}. Correct it and save.`;
      return { config: parsed.config, warning };
    }
    if (stored === newest) newestProblems = parsed.problems;
  }
  return { config: null, warning: `No saved version is valid (version ${newest.version.version}: ${firstProblem(newestProblems)}); cards say LeadOps is not configured until a valid config is saved.` };
}

/** The settings page's first call: the config to edit, its version history and whether this user may save. */
export async function main(context: FunctionContext): Promise<FunctionResult<SettingsReadResult>> {
  return runFunction(context, settingsReadParameters, async ({ userId }) => {
    const gateway = gatewayFromEnvironment();
    const versions = await listConfigVersions(gateway);
    if (versions === null) throw new FunctionFailure({ code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet.', fix: 'Run `leadops install`, then open this page again.' });
    const current = inForce(versions);
    let mayChange = true;
    try {
      await assertMayChangeSettings(gateway, current.config, userId);
    } catch (error) {
      // Reading is open to whoever sees the page; only saving needs the permission.
      if (!(error instanceof FunctionFailure && error.error.code === 'FORBIDDEN')) throw error;
      mayChange = false;
    }
    const newest = versions[0];
    return {
      config: newest === undefined ? defaultConfig : jsonValue(newest.json),
      version: newest?.version.version ?? 0,
      history: versions.map((v) => ({ version: v.version.version, author: v.version.author, savedAt: v.version.savedAt })),
      configWarning: current.warning,
      mayChange,
    };
  });
}
