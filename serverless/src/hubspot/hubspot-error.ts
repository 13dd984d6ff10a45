import { isAxiosError } from 'axios';

/** Why a HubSpot call failed, in words an admin can act on. */
export type HubSpotErrorCode = 'RATE_LIMITED' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION' | 'HUBSPOT_UNAVAILABLE' | 'NETWORK' | 'UNEXPECTED_RESPONSE';

/**
 * The one error type the gateway throws. It carries HubSpot's `category`, `message` and `correlationId`
 * (quote it to HubSpot support) and a sentence on what to do. It never holds the access token.
 */
export class HubSpotError extends Error {
  override readonly name = 'HubSpotError';

  constructor(
    readonly code: HubSpotErrorCode,
    message: string,
    readonly fix: string,
    readonly details: {
      readonly status?: number;
      readonly category?: string;
      readonly correlationId?: string;
      readonly endpointId?: string;
      readonly hubspotMessage?: string;
      /** A create HubSpot did not confirm (500, timeout, dropped connection): it may have been stored all the same. */
      readonly outcomeUnknown?: true;
    } = {},
  ) {
    super(message);
  }
}

function fixFor(code: HubSpotErrorCode): string {
  switch (code) {
    case 'RATE_LIMITED':
      return 'HubSpot kept refusing for its rate limit after every retry: try again in a minute, or lower the concurrency.';
    case 'UNAUTHORIZED':
      return 'Check PRIVATE_APP_ACCESS_TOKEN: it is missing, expired, or for another account.';
    case 'FORBIDDEN':
      return 'The app lacks a scope for this call: reinstall it with the scopes in src/app/app-hsmeta.json.';
    case 'NOT_FOUND':
      return 'The record does not exist (or was deleted): check the id.';
    case 'CONFLICT':
      return 'It already exists: nothing needs creating.';
    case 'VALIDATION':
      return 'HubSpot rejected the values: read its message; run `leadops install` if a LeadOps property is missing.';
    case 'HUBSPOT_UNAVAILABLE':
      return 'HubSpot failed on its side after every retry: try again later; quote the correlation id to HubSpot support if it persists.';
    case 'NETWORK':
      return 'HubSpot could not be reached: check the network, or the base URL when using the emulator.';
    case 'UNEXPECTED_RESPONSE':
      return 'HubSpot answered in a shape LeadOps does not know: check for an API change, and report it with the correlation id.';
  }
}

function codeForStatus(status: number): HubSpotErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status >= 500) return 'HUBSPOT_UNAVAILABLE';
  return 'VALIDATION';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Turns whatever axios threw into a HubSpotError, keeping HubSpot's own words and dropping credentials. */
export function toHubSpotError(error: unknown, endpointId: string): HubSpotError {
  if (error instanceof HubSpotError) return error;
  if (isAxiosError(error)) {
    const status = error.response?.status;
    if (status === undefined) {
      return new HubSpotError('NETWORK', `HubSpot could not be reached for ${endpointId} (${error.code ?? 'network error'}).`, fixFor('NETWORK'), { endpointId });
    }
    const body = (error.response?.data ?? {}) as Record<string, unknown>;
    const code = codeForStatus(status);
    const hubspotMessage = text(body['message']);
    const category = text(body['category']) ?? text(body['policyName']);
    const correlationId = text(body['correlationId']);
    // HubSpot's own message often ends with a full stop; the sentence gets one.
    const quoted = hubspotMessage?.replace(/\.+$/, '');
    return new HubSpotError(code, `HubSpot answered ${status} to ${endpointId}${quoted ? `: ${quoted}` : ''}${correlationId ? ` (correlation id ${correlationId})` : ''}.`, fixFor(code), {
      status,
      endpointId,
      ...(category ? { category } : {}),
      ...(correlationId ? { correlationId } : {}),
      ...(hubspotMessage ? { hubspotMessage } : {}),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new HubSpotError('UNEXPECTED_RESPONSE', `${endpointId} failed: ${message}`, fixFor('UNEXPECTED_RESPONSE'), { endpointId });
}

/**
 * The properties a refused write named that the portal does not have (HubSpot's PROPERTY_DOESNT_EXIST
 * entries), e.g. a LeadOps property added by a newer version before `leadops install` ran again.
 */
export function missingPropertiesIn(error: unknown): string[] {
  if (!(error instanceof HubSpotError) || error.code !== 'VALIDATION') return [];
  const message = error.details.hubspotMessage ?? '';
  return [...message.matchAll(/"error":"PROPERTY_DOESNT_EXIST","name":"([^"]+)"/g)].map((match) => match[1] ?? '');
}

export function unexpectedResponse(endpointId: string, problem: string): HubSpotError {
  return new HubSpotError('UNEXPECTED_RESPONSE', `HubSpot's answer to ${endpointId} is not what LeadOps expects: ${problem}.`, fixFor('UNEXPECTED_RESPONSE'), { endpointId });
}
