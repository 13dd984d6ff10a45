import path from 'node:path';
import { createHubSpotGateway, HubSpotError, OperationError, startHubSpotEmulator, WORKFLOW_ACTIONS, type HubSpotEmulator, type HubSpotGateway } from '@leadops/serverless';
import { loadPortalFiles } from '../import/load-portal-files';
import { portalSeed } from '../portal/portal-seed';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';

/** The token the local emulator accepts; it is not a secret (the emulator listens on 127.0.0.1 only). */
export const EMULATOR_TOKEN = 'leadops-emulator-token';

/**
 * The local emulator plays a developer account too: its app id and developer API key (not secrets), and
 * the three workflow actions as \`hs project upload\` would create them, so \`install --emulator\` can show
 * the output fields being declared.
 */
export const EMULATOR_APP_ID = '1';
export const EMULATOR_DEVELOPER_KEY = 'leadops-emulator-developer-key';
const EMULATOR_ACTIONS_URL = 'https://leadops.example.com';

/** A gateway to work with, and how to let it go. */
export interface LiveTarget {
  readonly gateway: HubSpotGateway;
  readonly label: string;
  readonly emulator: HubSpotEmulator | null;
  /** The app whose workflow actions `install` declares, with a developer API key; null when not given. */
  readonly app: { readonly appId: string } | null;
  close(): Promise<void>;
}

/** Starts the emulator seeded with a portal folder (the samples by default) as it stands at the end of its data. */
export async function startSampleEmulator(io: CliIo, input: string, options: { port?: number } = {}): Promise<HubSpotEmulator> {
  let loaded: ReturnType<typeof loadPortalFiles>;
  try {
    loaded = loadPortalFiles(path.resolve(io.cwd, input));
  } catch (error) {
    throw new CommandError(EXIT.usage, error instanceof Error ? error.message : String(error));
  }
  const workflowActions = WORKFLOW_ACTIONS.map((kind, index) => ({ appId: EMULATOR_APP_ID, id: String(1001 + index), actionUrl: `${EMULATOR_ACTIONS_URL}/actions/${kind}` }));
  return startHubSpotEmulator({ seed: { ...portalSeed(loaded.portal), workflowActions }, accessToken: EMULATOR_TOKEN, developerApiKey: EMULATOR_DEVELOPER_KEY, rateLimit: false, ...(options.port !== undefined ? { port: options.port } : {}) });
}

/**
 * The portal the live commands act on: the one `PRIVATE_APP_ACCESS_TOKEN` belongs to, or with
 * `--emulator` a local emulator seeded with the samples (nothing leaves the machine).
 */
export async function liveTarget(io: CliIo, options: { emulator?: boolean; input?: string; appId?: string }): Promise<LiveTarget> {
  if (options.emulator) {
    const emulator = await startSampleEmulator(io, options.input ?? 'samples');
    const gateway = createHubSpotGateway({ accessToken: EMULATOR_TOKEN, developerApiKey: EMULATOR_DEVELOPER_KEY, baseUrl: emulator.url, retries: 3 });
    return { gateway, emulator, app: { appId: EMULATOR_APP_ID }, label: `the local emulator (${emulator.url}, seeded with ${options.input ?? 'samples'})`, close: async () => { await gateway.stop(); await emulator.close(); } };
  }
  const token = io.env['PRIVATE_APP_ACCESS_TOKEN'];
  if (!token) throw new CommandError(EXIT.usage, 'No HubSpot access token: set PRIVATE_APP_ACCESS_TOKEN to the app\'s static-auth token (HubSpot → Development → the LeadOps app → Auth), or pass --emulator to try it on the local emulator.');
  const app = developerApp(io, options.appId);
  const baseUrl = io.env['LEADOPS_HUBSPOT_BASE_URL'];
  const gateway = createHubSpotGateway({ accessToken: token, ...(app ? { developerApiKey: app.developerApiKey } : {}), ...(baseUrl ? { baseUrl } : {}), retries: 5 });
  return { gateway, emulator: null, app: app ? { appId: app.appId } : null, label: baseUrl ? `the portal at ${baseUrl}` : 'the HubSpot portal of PRIVATE_APP_ACCESS_TOKEN', close: () => gateway.stop() };
}

/**
 * The app id (\`--app-id\` or LEADOPS_APP_ID) and HUBSPOT_DEVELOPER_API_KEY, both or neither: one without
 * the other is a mistake worth stopping for before anything is written.
 */
function developerApp(io: CliIo, appIdOption: string | undefined): { appId: string; developerApiKey: string } | null {
  const appId = appIdOption ?? io.env['LEADOPS_APP_ID'] ?? '';
  const developerApiKey = io.env['HUBSPOT_DEVELOPER_API_KEY'] ?? '';
  if (appId === '' && developerApiKey === '') return null;
  if (appId === '') throw new CommandError(EXIT.usage, 'HUBSPOT_DEVELOPER_API_KEY is set but no app id: pass --app-id or set LEADOPS_APP_ID to the LeadOps app\'s numeric id (developer account → Development → Apps).');
  if (developerApiKey === '') throw new CommandError(EXIT.usage, `An app id (${appId}) is given but HUBSPOT_DEVELOPER_API_KEY is not set: the workflow-action definitions API takes the developer API key of the account that owns the app.`);
  if (!/^\d+$/.test(appId)) throw new CommandError(EXIT.usage, `The app id must be HubSpot's numeric app id, not "${appId}".`);
  return { appId, developerApiKey };
}

/** HubSpot's refusals become a CommandError with HubSpot's fix and exit code 3, an operation's explained failure one with exit code 1; anything else is rethrown. */
export function asCommandError(error: unknown): unknown {
  // A record id the command was given that HubSpot does not have is the input's problem: retrying will not help.
  if (error instanceof HubSpotError && error.code === 'NOT_FOUND') return new CommandError(EXIT.problems, `HubSpot: ${error.message} ${error.fix}`);
  if (error instanceof HubSpotError) return new CommandError(EXIT.hubspot, `HubSpot: ${error.message} ${error.fix}`);
  // An operation that explains itself (what happened, what to do) is a problem found, not a crash.
  if (error instanceof OperationError) return new CommandError(EXIT.problems, error.message);
  return error;
}
