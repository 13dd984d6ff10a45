import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { v3SignedUri } from './v3-signed-uri';

/**
 * How far a v3 timestamp may be from `now`, either way. HubSpot says to reject timestamps older than 5
 * minutes; a timestamp as far in the future is refused too, so a request signed ahead of time cannot wait for
 * its window to open.
 */
export const SIGNATURE_V3_MAX_SKEW_MS = 5 * 60 * 1000;

/** The body exactly as it arrived: bytes, or the string those bytes decode to. Never re-serialised JSON. */
export type RawRequestBody = Uint8Array | string;

/** Request headers as Node gives them (`IncomingHttpHeaders`) or as a plain object; names in any case. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

export type SignatureVersion = 'v1' | 'v2' | 'v3';

/** What `verifyHubSpotRequest` needs: the request as received, the app's client secret and the current time. */
export interface HubSpotRequestToVerify {
  /** The HTTP method as received (Node gives it upper case, as HubSpot signs it). */
  readonly method: string;
  /** The full URL HubSpot called: scheme, host, path and query exactly as sent (behind a proxy, the public URL). */
  readonly uri: string;
  readonly rawBody: RawRequestBody;
  readonly headers: RequestHeaders;
  readonly clientSecret: string;
  /** Epoch milliseconds; only v3 uses it. */
  readonly now: number;
}

export type RequestVerification = { readonly ok: true; readonly version: SignatureVersion } | { readonly ok: false; readonly status: 401; readonly reason: string };

const HEADER = {
  v3Signature: 'x-hubspot-signature-v3',
  timestamp: 'x-hubspot-request-timestamp',
  signature: 'x-hubspot-signature',
  version: 'x-hubspot-signature-version',
} as const;

const SHA256_BYTES = 32;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const EPOCH_MS = /^\d{1,15}$/;

const CHECK_SIGNED_PARTS = "Check that clientSecret is this app's client secret, that uri is the full URL HubSpot called (scheme, host, path and query as sent), and that rawBody is the body's bytes before any JSON parsing.";

/**
 * Checks that a request to one of our endpoints (a workflow action's actionUrl) was signed by HubSpot.
 *
 * - `X-HubSpot-Signature-v3` present: it alone decides. It must match and `X-HubSpot-Request-Timestamp` must be
 *   within {@link SIGNATURE_V3_MAX_SKEW_MS} of `now`; a valid older signature beside it does not rescue it.
 * - Otherwise `X-HubSpot-Signature` must match as v2, or as v1 when `X-HubSpot-Signature-Version` says `v1`.
 *   Without a version header it is read as v2, the version HubSpot's custom-action guide gives for these requests.
 *
 * Digests are compared with `crypto.timingSafeEqual`. A failure carries a reason for the log; it never contains
 * the client secret or the digest we expected.
 *
 * @throws {TypeError} when `clientSecret` is empty, `uri` is not an absolute http(s) URL or `now` is not a finite
 * number: a configuration or programming error, not a bad request.
 * @example verifyHubSpotRequest({ method: 'POST', uri, rawBody, headers: req.headers, clientSecret, now: Date.now() }) //=> { ok: true, version: 'v2' }
 */
export function verifyHubSpotRequest(request: HubSpotRequestToVerify): RequestVerification {
  assertUsable(request);
  const v3 = headerValue(request.headers, HEADER.v3Signature);
  if (v3.kind === 'repeated') return rejected('X-HubSpot-Signature-v3 appears more than once, so it is ambiguous. HubSpot sends it once: check for a proxy that adds headers.');
  if (v3.kind === 'one') return verifyV3(request, v3.value);

  const signature = headerValue(request.headers, HEADER.signature);
  if (signature.kind === 'absent') {
    return rejected('The request carries no HubSpot signature: neither X-HubSpot-Signature-v3 nor X-HubSpot-Signature is present. Only HubSpot may call this endpoint; if HubSpot did, check that no proxy strips X-HubSpot-* headers.');
  }
  if (signature.kind === 'repeated') return rejected('X-HubSpot-Signature appears more than once, so it is ambiguous. HubSpot sends it once: check for a proxy that adds headers.');

  const version = legacyVersion(request.headers);
  if (!version.ok) return version;
  return verifyLegacy(request, version.version, signature.value);
}

/**
 * The v1 signature: SHA-256, hex, of client secret + raw body. For tests and the HubSpot emulator, which play
 * HubSpot's side; production code only verifies.
 */
export function signV1(input: { readonly clientSecret: string; readonly rawBody: RawRequestBody }): string {
  return sha256(input.clientSecret, input.rawBody).toString('hex');
}

/**
 * The v2 signature: SHA-256, hex, of client secret + method + full URI + raw body. For tests and the HubSpot
 * emulator, which play HubSpot's side; production code only verifies.
 */
export function signV2(input: { readonly clientSecret: string; readonly method: string; readonly uri: string; readonly rawBody: RawRequestBody }): string {
  return sha256(input.clientSecret + input.method + input.uri, input.rawBody).toString('hex');
}

/**
 * The v3 signature: base64 of HMAC-SHA256, keyed with the client secret, over method + URI (with HubSpot's
 * decodings, see `v3SignedUri`) + raw body + timestamp. Send `String(timestamp)` as X-HubSpot-Request-Timestamp.
 * For tests and the HubSpot emulator, which play HubSpot's side; production code only verifies.
 */
export function signV3(input: { readonly clientSecret: string; readonly method: string; readonly uri: string; readonly rawBody: RawRequestBody; readonly timestamp: number }): string {
  return hmacV3(input.clientSecret, input.method, input.uri, input.rawBody, String(input.timestamp)).toString('base64');
}

function verifyV3(request: HubSpotRequestToVerify, signature: string): RequestVerification {
  const timestamp = headerValue(request.headers, HEADER.timestamp);
  if (timestamp.kind === 'absent') return rejected('X-HubSpot-Signature-v3 came without X-HubSpot-Request-Timestamp, so it cannot be checked. HubSpot sends both: check for a proxy that strips headers.');
  if (timestamp.kind === 'repeated') return rejected('X-HubSpot-Request-Timestamp appears more than once, so it is ambiguous. HubSpot sends it once: check for a proxy that adds headers.');
  if (!EPOCH_MS.test(timestamp.value)) return rejected('X-HubSpot-Request-Timestamp is not a time in epoch milliseconds (digits only). The request did not come from HubSpot as sent.');

  const ageMs = request.now - Number(timestamp.value);
  if (ageMs > SIGNATURE_V3_MAX_SKEW_MS) {
    return rejected(`X-HubSpot-Request-Timestamp is ${ageMs} ms old; v3 signatures are accepted for ${SIGNATURE_V3_MAX_SKEW_MS} ms. Either the request is a replay or was delayed, or this server's clock is behind: check its time sync.`);
  }
  if (-ageMs > SIGNATURE_V3_MAX_SKEW_MS) {
    return rejected(`X-HubSpot-Request-Timestamp is ${-ageMs} ms in the future; at most ${SIGNATURE_V3_MAX_SKEW_MS} ms is accepted. Either it was not signed by HubSpot just now, or this server's clock is ahead: check its time sync.`);
  }

  if (!BASE64.test(signature)) return rejected('X-HubSpot-Signature-v3 is not base64, so it cannot be an HMAC-SHA256 signature. The request did not come from HubSpot as sent.');
  const expected = hmacV3(request.clientSecret, request.method, request.uri, request.rawBody, timestamp.value);
  const mismatch = digestMismatch('X-HubSpot-Signature-v3', Buffer.from(signature, 'base64'), expected);
  return mismatch === null ? { ok: true, version: 'v3' } : rejected(mismatch);
}

function verifyLegacy(request: HubSpotRequestToVerify, version: 'v1' | 'v2', signature: string): RequestVerification {
  if (!HEX.test(signature)) return rejected(`X-HubSpot-Signature (${version}) is not hex (pairs of 0-9 and a-f), so it cannot be a SHA-256 digest. The request did not come from HubSpot as sent.`);
  const expected = version === 'v1' ? sha256(request.clientSecret, request.rawBody) : sha256(request.clientSecret + request.method + request.uri, request.rawBody);
  const mismatch = digestMismatch(`X-HubSpot-Signature (${version})`, Buffer.from(signature, 'hex'), expected);
  return mismatch === null ? { ok: true, version } : rejected(mismatch);
}

/** The version of `X-HubSpot-Signature`: v2 unless the version header says v1; anything else is refused. */
function legacyVersion(headers: RequestHeaders): { readonly ok: true; readonly version: 'v1' | 'v2' } | Extract<RequestVerification, { ok: false }> {
  const header = headerValue(headers, HEADER.version);
  if (header.kind === 'absent') return { ok: true, version: 'v2' };
  if (header.kind === 'repeated') return rejected('X-HubSpot-Signature-Version appears more than once, so it is ambiguous. HubSpot sends it once: check for a proxy that adds headers.');
  const version = header.value.toLowerCase();
  if (version === 'v1' || version === 'v2') return { ok: true, version };
  return rejected('X-HubSpot-Signature-Version names a version LeadOps does not verify with X-HubSpot-Signature (v1 and v2 only). The request did not come from HubSpot as sent.');
}

/**
 * Null when the two digests are equal. The length check comes first because `timingSafeEqual` throws on
 * buffers of different lengths; a digest's length is public, so returning early leaks nothing.
 */
function digestMismatch(header: string, received: Buffer, expected: Buffer): string | null {
  if (received.length !== expected.length) {
    return `${header} decodes to ${received.length} bytes; a SHA-256 signature has ${SHA256_BYTES}. The request did not come from HubSpot as sent.`;
  }
  if (timingSafeEqual(received, expected)) return null;
  return `${header} does not match the request: the body, method, URI or client secret differ from what HubSpot signed. ${CHECK_SIGNED_PARTS}`;
}

function sha256(prefix: string, rawBody: RawRequestBody): Buffer {
  return createHash('sha256').update(prefix, 'utf8').update(bodyBytes(rawBody)).digest();
}

function hmacV3(clientSecret: string, method: string, uri: string, rawBody: RawRequestBody, timestamp: string): Buffer {
  return createHmac('sha256', clientSecret).update(method + v3SignedUri(uri), 'utf8').update(bodyBytes(rawBody)).update(timestamp, 'utf8').digest();
}

/** HubSpot signs the body's UTF-8 bytes; bytes we were given are hashed untouched, so nothing is re-encoded. */
function bodyBytes(rawBody: RawRequestBody): Uint8Array {
  return typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
}

type HeaderLookup = { readonly kind: 'absent' } | { readonly kind: 'one'; readonly value: string } | { readonly kind: 'repeated' };

/**
 * One header, matched case-insensitively. A header given twice (an array, or two keys differing only in case) is
 * `repeated` rather than either value, so nothing can slip a second signature past the check. An empty value
 * counts as absent.
 */
function headerValue(headers: RequestHeaders, lowerCaseName: string): HeaderLookup {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== lowerCaseName || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  const present = values.map((value) => value.trim()).filter((value) => value !== '');
  if (present.length > 1) return { kind: 'repeated' };
  const [value] = present;
  return value === undefined ? { kind: 'absent' } : { kind: 'one', value };
}

function assertUsable(request: HubSpotRequestToVerify): void {
  // An empty secret would let anyone compute a valid v2 signature (SHA-256 of public request parts).
  if (request.clientSecret === '') throw new TypeError("verifyHubSpotRequest: clientSecret is empty. Configure the app's client secret; without it no request can be trusted.");
  if (!/^https?:\/\/[^/]/i.test(request.uri)) {
    throw new TypeError('verifyHubSpotRequest: uri must be the full URL HubSpot called (https://host/path?query), not a path: HubSpot signs the whole URL. Rebuild it from the public scheme and host (X-Forwarded-* behind a proxy).');
  }
  if (!Number.isFinite(request.now)) throw new TypeError('verifyHubSpotRequest: now must be the current time in epoch milliseconds (a finite number).');
}

function rejected(reason: string): Extract<RequestVerification, { ok: false }> {
  return { ok: false, status: 401, reason };
}
