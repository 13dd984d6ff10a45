import { HUBSPOT_ENDPOINTS } from './hubspot-endpoints';
import type { HubSpotGateway } from './hubspot-gateway';

/** POST endpoints that only read (HubSpot searches and batch reads are POSTs). */
const READING_POSTS = /\.(search|batchRead)$/;

/** Whether an endpoint of the catalogue only reads. */
export function isReadOnlyEndpoint(endpointId: string): boolean {
  const endpoint = HUBSPOT_ENDPOINTS.find((e) => e.id === endpointId);
  return endpoint !== undefined && (endpoint.method === 'GET' || (endpoint.method === 'POST' && READING_POSTS.test(endpoint.id)));
}

/**
 * A gateway that refuses every writing endpoint before anything is sent: what `simulate --portal`
 * reads a customer's portal through, so "read-only" is enforced, not just intended.
 */
export function readOnlyGateway(gateway: HubSpotGateway): HubSpotGateway {
  return {
    call(endpointId, request, schema) {
      if (!isReadOnlyEndpoint(endpointId)) return Promise.reject(new TypeError(`Refused ${endpointId}: this run is read-only and never writes to HubSpot. This is a LeadOps bug; please report it.`));
      return gateway.call(endpointId, request, schema);
    },
    stats: () => gateway.stats(),
    stop: () => gateway.stop(),
  };
}
