import path from 'node:path';
import { createHubSpotGateway, HubSpotError, startHubSpotEmulator, type HubSpotEmulator, type HubSpotGateway } from '@leadops/serverless';
import { loadPortalFiles } from '../import/load-portal-files';
import { portalSeed } from '../portal/portal-seed';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';

/** The token the local emulator accepts; it is not a secret (the emulator listens on 127.0.0.1 only). */
export const EMULATOR_TOKEN = 'leadops-emulator-token';

/** A gateway to work with, and how to let it go. */
export interface LiveTarget {
  readonly gateway: HubSpotGateway;
  readonly label: string;
  readonly emulator: HubSpotEmulator | null;
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
  return startHubSpotEmulator({ seed: portalSeed(loaded.portal), accessToken: EMULATOR_TOKEN, rateLimit: false, ...(options.port !== undefined ? { port: options.port } : {}) });
}

/**
 * The portal the live commands act on: the one `PRIVATE_APP_ACCESS_TOKEN` belongs to, or with
 * `--emulator` a local emulator seeded with the samples (nothing leaves the machine).
 */
export async function liveTarget(io: CliIo, options: { emulator?: boolean; input?: string }): Promise<LiveTarget> {
  if (options.emulator) {
    const emulator = await startSampleEmulator(io, options.input ?? 'samples');
    const gateway = createHubSpotGateway({ accessToken: EMULATOR_TOKEN, baseUrl: emulator.url, retries: 3 });
    return { gateway, emulator, label: `the local emulator (${emulator.url}, seeded with ${options.input ?? 'samples'})`, close: async () => { await gateway.stop(); await emulator.close(); } };
  }
  const token = io.env['PRIVATE_APP_ACCESS_TOKEN'];
  if (!token) throw new CommandError(EXIT.usage, 'No HubSpot access token: set PRIVATE_APP_ACCESS_TOKEN to the app\'s static-auth token (HubSpot → Development → the LeadOps app → Auth), or pass --emulator to try it on the local emulator.');
  const baseUrl = io.env['LEADOPS_HUBSPOT_BASE_URL'];
  const gateway = createHubSpotGateway({ accessToken: token, ...(baseUrl ? { baseUrl } : {}), retries: 5 });
  return { gateway, emulator: null, label: baseUrl ? `the portal at ${baseUrl}` : 'the HubSpot portal of PRIVATE_APP_ACCESS_TOKEN', close: () => gateway.stop() };
}

/** HubSpot's refusals become a CommandError with HubSpot's fix and exit code 3; anything else is rethrown. */
export function asCommandError(error: unknown): unknown {
  if (error instanceof HubSpotError) return new CommandError(EXIT.hubspot, `HubSpot: ${error.message} ${error.fix}`);
  return error;
}
