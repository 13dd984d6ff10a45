export { HUBSPOT_ENDPOINTS, type HubSpotEndpoint, type HubSpotEndpointId } from './hubspot/hubspot-endpoints';
export { REQUIRED_SCOPES } from './hubspot/required-scopes';
export type { FunctionContext } from './functions/function-context';
export type { FunctionError, FunctionResult } from './functions/function-result';
