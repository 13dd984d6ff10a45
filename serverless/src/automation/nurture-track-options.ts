import { HubSpotError } from '../hubspot/hubspot-error';
import { errorText } from './error-text';
import { loadSetup } from '../functions/setup-cache';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { verifyHubSpotRequest, type RawRequestBody, type RequestHeaders } from './request-signature';
import type { ActionHttpAnswer } from './workflow-action-handler';

/**
 * The "Nurture track" dropdown of the enroll-in-nurture action: HubSpot fetches its options from the
 * input field's optionsUrl, so the workflow editor always lists the tracks of the config in force.
 * Signed like action executions; a bad signature gets 401.
 */
export async function nurtureTrackOptions(incoming: { readonly method: string; readonly uri: string; readonly rawBody: RawRequestBody; readonly headers: RequestHeaders }, options: { readonly clientSecret: string; readonly gateway: HubSpotGateway; readonly now: number }): Promise<ActionHttpAnswer> {
  const verified = verifyHubSpotRequest({ ...incoming, clientSecret: options.clientSecret, now: options.now });
  if (!verified.ok) return { status: 401, body: { message: verified.reason } };
  let config: Awaited<ReturnType<typeof loadSetup>>['config'];
  try {
    ({ config } = await loadSetup(options.gateway, options.now));
  } catch (error) {
    // No options to offer: say why, in the body and to whoever logs it (HubSpot's editor shows an empty list).
    const transient = error instanceof HubSpotError && (error.code === 'RATE_LIMITED' || error.code === 'HUBSPOT_UNAVAILABLE' || error.code === 'NETWORK');
    return { status: transient ? 503 : 500, body: { message: transient ? `LeadOps could not read its configuration from HubSpot just now (${error.message}); try again shortly.` : `LeadOps cannot list nurture tracks: ${errorText(error, Infinity)}` } };
  }
  return { status: 200, body: { options: config.nurture.tracks.map((track) => ({ label: track.label, value: track.id, description: track.description ?? '' })), searchable: false } };
}
