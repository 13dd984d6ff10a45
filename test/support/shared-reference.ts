import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './run-tsx';

/** HubSpot's OpenAPI documents live in ../shared beside the repository (developer machines and CI, not users' clones). */
export const HUBSPOT_API_SPECS = path.resolve(PROJECT_ROOT, '..', 'shared', 'hubspot-api');

export const specsAvailable = existsSync(HUBSPOT_API_SPECS);

/** `describe` when the specs are present; otherwise a skipped block and one line saying why. */
export function describeWithSpecs(name: string, body: () => void): void {
  if (specsAvailable) {
    describe(name, body);
    return;
  }
  describe.skip(`${name} (skipped: HubSpot's OpenAPI specs not found at ${HUBSPOT_API_SPECS}; they are reference data kept outside the repository)`, body);
}
