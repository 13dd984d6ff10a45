import { HUBSPOT_ENDPOINTS } from './hubspot-endpoints';

/** Scopes that are not tied to one endpoint: HubSpot's app templates request `oauth` for every app. */
const PLATFORM_SCOPES = ['oauth'] as const;

/** The app's `requiredScopes`: every scope an endpoint of the gateway needs, sorted, without repeats. */
export const REQUIRED_SCOPES: readonly string[] = [
  ...new Set([
    ...PLATFORM_SCOPES,
    ...HUBSPOT_ENDPOINTS.flatMap((endpoint) => endpoint.scopes ?? []),
  ]),
].sort();
