import { RULES_ENGINE_VERSION } from '@leadops/rules';
import { HUBSPOT_ENDPOINTS, REQUIRED_SCOPES } from '@leadops/serverless';

/**
 * `npm start`: what a new user runs after `npm ci`. It becomes `leadops simulate` on the sample portal
 * once the simulator exists; until then it shows what is built.
 */
function main(): void {
  console.log(`LeadOps rules engine ${RULES_ENGINE_VERSION}`);
  console.log(`App functions built into src/app/functions/dist/.`);
  console.log(`The gateway may call ${HUBSPOT_ENDPOINTS.length} HubSpot endpoints, needing ${REQUIRED_SCOPES.length} scopes: ${REQUIRED_SCOPES.join(', ')}.`);
}

main();
