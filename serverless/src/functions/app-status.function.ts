import { RULES_ENGINE_VERSION } from '@leadops/rules';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';

export interface AppStatus {
  readonly app: 'LeadOps';
  readonly rulesEngineVersion: string;
  /** Whether HubSpot gave the function an access token; without one no CRM call can succeed. */
  readonly accessTokenPresent: boolean;
}

/** Tells a card that the app's functions are deployed and can reach HubSpot. */
export async function main(_context: FunctionContext): Promise<FunctionResult<AppStatus>> {
  const token = process.env['PRIVATE_APP_ACCESS_TOKEN'];
  return {
    ok: true,
    app: 'LeadOps',
    rulesEngineVersion: RULES_ENGINE_VERSION,
    accessTokenPresent: typeof token === 'string' && token.length > 0,
  };
}
