import { createHash, createHmac } from 'node:crypto';
import { SIGNATURE_V3_MAX_SKEW_MS, signV1, signV2, signV3, verifyHubSpotRequest, type HubSpotRequestToVerify, type RequestHeaders } from './request-signature';

// Signatures in these tests are built here with node:crypto, straight from HubSpot's documented algorithms, and
// never with signV1/signV2/signV3: a bug shared by the helpers and the verifier cannot cancel out.
const SECRET = 'leadops-test-client-secret-7c1e9d';
const OTHER_SECRET = 'leadops-test-client-secret-000000';
const METHOD = 'POST';
const URI = 'https://leadops.example/hs/actions/score-and-route?portal=42&mode=live';
// Pretty-printed on purpose: the verifier must hash these bytes, not a re-serialisation of the parsed JSON.
const BODY = JSON.stringify({ callbackId: 'ap-42-614-1-0', origin: { portalId: 42, actionDefinitionId: 7 }, object: { objectId: 614, objectType: 'CONTACT' }, inputFields: { track: 'enterprise' } }, null, 2);
// Tue 24 Nov 2026 09:30:00 UTC
const NOW = Date.UTC(2026, 10, 24, 9, 30, 0);

/** v2 as documented: SHA-256 hex of the UTF-8 string client secret + method + URI + body. */
function documentedV2(secret: string, method: string, uri: string, body: string): string {
  return createHash('sha256').update(secret + method + uri + body, 'utf8').digest('hex');
}

/** v1 as documented: SHA-256 hex of the UTF-8 string client secret + body. */
function documentedV1(secret: string, body: string): string {
  return createHash('sha256').update(secret + body, 'utf8').digest('hex');
}

/** v3 as documented: base64 HMAC-SHA256, keyed with the client secret, of the UTF-8 string method + URI + body + timestamp. */
function documentedV3(secret: string, method: string, uri: string, body: string, timestamp: string): string {
  return createHmac('sha256', secret).update(method + uri + body + timestamp, 'utf8').digest('base64');
}

function v2Headers(signature: string): RequestHeaders {
  return { 'x-hubspot-signature': signature, 'x-hubspot-signature-version': 'v2' };
}

function v3Headers(signature: string, timestamp: number | string): RequestHeaders {
  return { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': String(timestamp) };
}

function request(overrides: Partial<HubSpotRequestToVerify>): HubSpotRequestToVerify {
  return { method: METHOD, uri: URI, rawBody: BODY, headers: {}, clientSecret: SECRET, now: NOW, ...overrides };
}

const VALID_V2 = documentedV2(SECRET, METHOD, URI, BODY);
const VALID_V3 = documentedV3(SECRET, METHOD, URI, BODY, String(NOW));

describe('verifyHubSpotRequest', () => {
  describe('v2 (X-HubSpot-Signature)', () => {
    it('accepts a request signed with the client secret over method, full URI and raw body', () => {
      expect(verifyHubSpotRequest(request({ headers: v2Headers(VALID_V2) }))).toEqual({ ok: true, version: 'v2' });
    });

    it("accepts HubSpot's published v2 examples (a GET without body and a POST with one)", () => {
      const secret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
      const uri = 'https://www.example.com/webhook_uri';
      const get = request({ clientSecret: secret, method: 'GET', uri, rawBody: '', headers: v2Headers('eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e') });
      const post = request({ clientSecret: secret, uri, rawBody: '{"example_field":"example_value"}', headers: v2Headers('9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900') });
      expect(verifyHubSpotRequest(get)).toEqual({ ok: true, version: 'v2' });
      expect(verifyHubSpotRequest(post)).toEqual({ ok: true, version: 'v2' });
    });

    it('reads a signature without X-HubSpot-Signature-Version as v2, the version custom-action requests carry', () => {
      expect(verifyHubSpotRequest(request({ headers: { 'x-hubspot-signature': VALID_V2 } }))).toEqual({ ok: true, version: 'v2' });
    });

    it('accepts the digest in upper-case hex', () => {
      expect(verifyHubSpotRequest(request({ headers: v2Headers(VALID_V2.toUpperCase()) }))).toEqual({ ok: true, version: 'v2' });
    });

    it('rejects a body changed by one character', () => {
      const tampered = BODY.replace('enterprise', 'enterprisf');
      expect(verifyHubSpotRequest(request({ rawBody: tampered, headers: v2Headers(VALID_V2) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('does not match the request') as unknown });
    });

    it('rejects a request signed with another client secret', () => {
      const signature = documentedV2(OTHER_SECRET, METHOD, URI, BODY);
      expect(verifyHubSpotRequest(request({ headers: v2Headers(signature) }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('does not match') as unknown });
    });

    it('rejects a signature made for another method', () => {
      const signature = documentedV2(SECRET, 'PUT', URI, BODY);
      expect(verifyHubSpotRequest(request({ headers: v2Headers(signature) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('rejects a signature made for another path or another query string', () => {
      const otherPath = documentedV2(SECRET, METHOD, URI.replace('score-and-route', 'check-sla'), BODY);
      const otherQuery = documentedV2(SECRET, METHOD, URI.replace('mode=live', 'mode=dry'), BODY);
      expect(verifyHubSpotRequest(request({ headers: v2Headers(otherPath) }))).toMatchObject({ ok: false, status: 401 });
      expect(verifyHubSpotRequest(request({ headers: v2Headers(otherQuery) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('rejects the same JSON re-serialised: only the bytes HubSpot signed verify', () => {
      const reserialised = JSON.stringify(JSON.parse(BODY));
      expect(reserialised).not.toBe(BODY);
      expect(verifyHubSpotRequest(request({ rawBody: reserialised, headers: v2Headers(VALID_V2) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('hashes a non-ASCII body as UTF-8, whether it arrives as a string or as a Buffer', () => {
      const body = '{"inputFields":{"note":"Zoë Müller – São Paulo 東京 🚀"}}';
      const signature = documentedV2(SECRET, METHOD, URI, body);
      expect(verifyHubSpotRequest(request({ rawBody: body, headers: v2Headers(signature) }))).toEqual({ ok: true, version: 'v2' });
      expect(verifyHubSpotRequest(request({ rawBody: Buffer.from(body, 'utf8'), headers: v2Headers(signature) }))).toEqual({ ok: true, version: 'v2' });
      // The same text in Latin-1 bytes is not what HubSpot signed.
      expect(verifyHubSpotRequest(request({ rawBody: Buffer.from(body, 'latin1'), headers: v2Headers(signature) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('rejects a signature that is not hex, without throwing', () => {
      const garbage = 'z'.repeat(64);
      expect(verifyHubSpotRequest(request({ headers: v2Headers(garbage) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('is not hex') as unknown });
      expect(verifyHubSpotRequest(request({ headers: v2Headers(`${VALID_V2.slice(0, 63)}`) }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('is not hex') as unknown });
    });

    it('rejects hex of the wrong length (a truncated or padded digest), without throwing', () => {
      const truncated = VALID_V2.slice(0, 62);
      const padded = `${VALID_V2}00`;
      expect(verifyHubSpotRequest(request({ headers: v2Headers(truncated) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('decodes to 31 bytes') as unknown });
      expect(verifyHubSpotRequest(request({ headers: v2Headers(padded) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('decodes to 33 bytes') as unknown });
    });
  });

  describe('v1 (X-HubSpot-Signature with version v1)', () => {
    const secret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
    const body = '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
    const published = '232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de';

    it("accepts HubSpot's published v1 example when the version header says v1", () => {
      expect(documentedV1(secret, body)).toBe(published);
      const headers = { 'X-HubSpot-Signature': published, 'X-HubSpot-Signature-Version': 'v1' };
      expect(verifyHubSpotRequest(request({ clientSecret: secret, rawBody: body, headers }))).toEqual({ ok: true, version: 'v1' });
    });

    it('rejects a v1 signature when the version header does not say v1 (it is checked as v2)', () => {
      expect(verifyHubSpotRequest(request({ clientSecret: secret, rawBody: body, headers: { 'x-hubspot-signature': published } }))).toMatchObject({ ok: false, status: 401 });
      expect(verifyHubSpotRequest(request({ clientSecret: secret, rawBody: body, headers: v2Headers(published) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('rejects a version header naming a version it does not verify', () => {
      const headers = { 'x-hubspot-signature': VALID_V2, 'x-hubspot-signature-version': 'v9' };
      expect(verifyHubSpotRequest(request({ headers }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('X-HubSpot-Signature-Version') as unknown });
    });
  });

  describe('v3 (X-HubSpot-Signature-v3 and X-HubSpot-Request-Timestamp)', () => {
    it('accepts a base64 HMAC over method, full URI, raw body and timestamp', () => {
      expect(verifyHubSpotRequest(request({ headers: v3Headers(VALID_V3, NOW) }))).toEqual({ ok: true, version: 'v3' });
    });

    it('accepts a timestamp exactly 5 minutes old or 5 minutes ahead', () => {
      const old = NOW - SIGNATURE_V3_MAX_SKEW_MS;
      const ahead = NOW + SIGNATURE_V3_MAX_SKEW_MS;
      expect(SIGNATURE_V3_MAX_SKEW_MS).toBe(300_000);
      expect(verifyHubSpotRequest(request({ headers: v3Headers(documentedV3(SECRET, METHOD, URI, BODY, String(old)), old) }))).toEqual({ ok: true, version: 'v3' });
      expect(verifyHubSpotRequest(request({ headers: v3Headers(documentedV3(SECRET, METHOD, URI, BODY, String(ahead)), ahead) }))).toEqual({ ok: true, version: 'v3' });
    });

    it('rejects a correctly signed request whose timestamp is 5 minutes and 1 ms old', () => {
      const timestamp = NOW - 300_001;
      const signed = documentedV3(SECRET, METHOD, URI, BODY, String(timestamp));
      expect(verifyHubSpotRequest(request({ headers: v3Headers(signed, timestamp) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('300001 ms old') as unknown });
    });

    it('rejects a correctly signed request whose timestamp is 5 minutes and 1 ms in the future', () => {
      const timestamp = NOW + 300_001;
      const signed = documentedV3(SECRET, METHOD, URI, BODY, String(timestamp));
      expect(verifyHubSpotRequest(request({ headers: v3Headers(signed, timestamp) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('300001 ms in the future') as unknown });
    });

    it('rejects a timestamp header changed after signing (a replay dressed as fresh)', () => {
      const signedAt = NOW - 3_600_000;
      const signed = documentedV3(SECRET, METHOD, URI, BODY, String(signedAt));
      expect(verifyHubSpotRequest(request({ headers: v3Headers(signed, NOW) }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('does not match') as unknown });
    });

    it('rejects a tampered body, another secret, another method and another URI', () => {
      const cases: Partial<HubSpotRequestToVerify>[] = [
        { rawBody: BODY.replace('614', '615') },
        { headers: v3Headers(documentedV3(OTHER_SECRET, METHOD, URI, BODY, String(NOW)), NOW) },
        { method: 'PUT' },
        { uri: URI.replace('portal=42', 'portal=43') },
      ];
      for (const overrides of cases) {
        expect(verifyHubSpotRequest(request({ headers: v3Headers(VALID_V3, NOW), ...overrides }))).toMatchObject({ ok: false, status: 401 });
      }
    });

    it('rejects a v3 signature that arrives without its timestamp', () => {
      expect(verifyHubSpotRequest(request({ headers: { 'x-hubspot-signature-v3': VALID_V3 } }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('without X-HubSpot-Request-Timestamp') as unknown });
    });

    it('rejects a timestamp that is not epoch milliseconds', () => {
      for (const timestamp of ['2026-11-24T09:30:00Z', '1.79e12', '-1', `${NOW}ms`]) {
        expect(verifyHubSpotRequest(request({ headers: v3Headers(VALID_V3, timestamp) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('not a time in epoch milliseconds') as unknown });
      }
    });

    it('rejects an invalid v3 signature even when a valid v2 signature is also present', () => {
      const forgedV3 = documentedV3(OTHER_SECRET, METHOD, URI, BODY, String(NOW));
      const headers = { ...v2Headers(VALID_V2), ...v3Headers(forgedV3, NOW) };
      expect(verifyHubSpotRequest(request({ headers }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('X-HubSpot-Signature-v3') as unknown });
    });

    it('rejects a stale v3 request even when a valid v2 signature is also present', () => {
      const timestamp = NOW - 600_000;
      const headers = { ...v2Headers(VALID_V2), ...v3Headers(documentedV3(SECRET, METHOD, URI, BODY, String(timestamp)), timestamp) };
      expect(verifyHubSpotRequest(request({ headers }))).toMatchObject({ ok: false, status: 401 });
    });

    it('lets a valid v3 signature decide even when the older signature beside it is wrong', () => {
      const headers = { ...v2Headers('0'.repeat(64)), ...v3Headers(VALID_V3, NOW) };
      expect(verifyHubSpotRequest(request({ headers }))).toEqual({ ok: true, version: 'v3' });
    });

    it("hashes the URI with HubSpot's documented percent-encodings decoded, and the others as received", () => {
      const received = 'https://leadops.example/hs/actions/route?email=ana%40example.com&tag=a%2Cb&q=two%20words';
      const asHubSpotSignsIt = 'https://leadops.example/hs/actions/route?email=ana@example.com&tag=a,b&q=two%20words';
      const signed = documentedV3(SECRET, METHOD, asHubSpotSignsIt, BODY, String(NOW));
      expect(verifyHubSpotRequest(request({ uri: received, headers: v3Headers(signed, NOW) }))).toEqual({ ok: true, version: 'v3' });
      const signedOverRawUri = documentedV3(SECRET, METHOD, received, BODY, String(NOW));
      expect(verifyHubSpotRequest(request({ uri: received, headers: v3Headers(signedOverRawUri, NOW) }))).toMatchObject({ ok: false, status: 401 });
    });

    it('hashes a non-ASCII body as UTF-8 bytes', () => {
      const body = '{"inputFields":{"note":"Zoë – 東京 🚀"}}';
      const signed = documentedV3(SECRET, METHOD, URI, body, String(NOW));
      expect(verifyHubSpotRequest(request({ rawBody: Buffer.from(body, 'utf8'), headers: v3Headers(signed, NOW) }))).toEqual({ ok: true, version: 'v3' });
    });

    it('rejects a v3 signature that is not base64, or of the wrong length, without throwing', () => {
      expect(verifyHubSpotRequest(request({ headers: v3Headers('not base64 at all!', NOW) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('is not base64') as unknown });
      // The hex digest where base64 belongs: valid base64 characters, 48 bytes once decoded.
      expect(verifyHubSpotRequest(request({ headers: v3Headers(VALID_V2, NOW) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('decodes to 48 bytes') as unknown });
      const short = Buffer.from(VALID_V3, 'base64').subarray(0, 30).toString('base64');
      expect(verifyHubSpotRequest(request({ headers: v3Headers(short, NOW) }))).toEqual({ ok: false, status: 401, reason: expect.stringContaining('decodes to 30 bytes') as unknown });
    });
  });

  describe('headers', () => {
    it('finds the headers whatever the case of their names', () => {
      const mixed = { 'X-HubSpot-Signature-V3': VALID_V3, 'X-HUBSPOT-REQUEST-TIMESTAMP': String(NOW) };
      expect(verifyHubSpotRequest(request({ headers: mixed }))).toEqual({ ok: true, version: 'v3' });
      const legacy = { 'X-HubSpot-Signature': VALID_V2, 'x-HubSpot-signature-VERSION': 'V2' };
      expect(verifyHubSpotRequest(request({ headers: legacy }))).toEqual({ ok: true, version: 'v2' });
    });

    it('rejects a request without any signature header, naming the headers it looked for', () => {
      const result = verifyHubSpotRequest(request({ headers: { 'content-type': 'application/json', 'x-hubspot-request-timestamp': String(NOW) } }));
      expect(result).toEqual({ ok: false, status: 401, reason: expect.stringMatching(/X-HubSpot-Signature-v3.*X-HubSpot-Signature/) as unknown });
    });

    it('treats an empty signature header as absent', () => {
      expect(verifyHubSpotRequest(request({ headers: { 'x-hubspot-signature': '  ' } }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('no HubSpot signature') as unknown });
    });

    it('rejects a signature header given twice, as an array or under two spellings', () => {
      expect(verifyHubSpotRequest(request({ headers: { 'x-hubspot-signature': [VALID_V2, VALID_V2] } }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('more than once') as unknown });
      const twoSpellings = { 'x-hubspot-signature-v3': VALID_V3, 'X-HubSpot-Signature-v3': VALID_V3, 'x-hubspot-request-timestamp': String(NOW) };
      expect(verifyHubSpotRequest(request({ headers: twoSpellings }))).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('more than once') as unknown });
    });
  });

  it('never puts the client secret or the expected signature in a reason', () => {
    const rejections: Partial<HubSpotRequestToVerify>[] = [
      { headers: {} },
      { headers: v2Headers('0'.repeat(64)) },
      { headers: v2Headers('xyz') },
      { headers: v2Headers(VALID_V2.slice(0, 60)) },
      { headers: v3Headers('A'.repeat(43) + '=', NOW) },
      { headers: v3Headers(VALID_V3, NOW - 900_000) },
      { headers: v3Headers(VALID_V3, 'soon') },
      { headers: { 'x-hubspot-signature-v3': VALID_V3 } },
      { headers: { 'x-hubspot-signature': VALID_V2, 'x-hubspot-signature-version': 'v7' } },
    ];
    for (const overrides of rejections) {
      const result = verifyHubSpotRequest(request(overrides));
      if (result.ok) throw new Error(`expected a rejection for ${JSON.stringify(overrides)}`);
      expect(result.status).toBe(401);
      expect(result.reason.length).toBeGreaterThan(40);
      expect(result.reason).not.toContain(SECRET);
      expect(result.reason).not.toContain(VALID_V2);
      expect(result.reason).not.toContain(VALID_V3);
      expect(result.reason.toLowerCase()).not.toContain(VALID_V2.slice(0, 16));
    }
  });

  describe('misconfiguration', () => {
    it('throws a TypeError naming clientSecret when it is empty, since anyone could then forge v2', () => {
      const forgeable = createHash('sha256').update(METHOD + URI + BODY, 'utf8').digest('hex');
      expect(() => verifyHubSpotRequest(request({ clientSecret: '', headers: v2Headers(forgeable) }))).toThrow(new TypeError("verifyHubSpotRequest: clientSecret is empty. Configure the app's client secret; without it no request can be trusted."));
    });

    it('throws a TypeError naming uri when given a path instead of the full URL', () => {
      expect(() => verifyHubSpotRequest(request({ uri: '/hs/actions/score-and-route', headers: v2Headers(VALID_V2) }))).toThrow(/uri must be the full URL/);
    });

    it('throws a TypeError naming now when it is not a number of milliseconds', () => {
      expect(() => verifyHubSpotRequest(request({ now: Number.NaN, headers: v3Headers(VALID_V3, NOW) }))).toThrow(/now must be the current time/);
    });
  });
});

describe('signV1, signV2, signV3 (test and emulator helpers)', () => {
  it("reproduce HubSpot's published v1 and v2 examples", () => {
    const clientSecret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
    const uri = 'https://www.example.com/webhook_uri';
    expect(signV2({ clientSecret, method: 'GET', uri, rawBody: '' })).toBe('eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e');
    expect(signV2({ clientSecret, method: 'POST', uri, rawBody: Buffer.from('{"example_field":"example_value"}') })).toBe('9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900');
    const v1Body = '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
    expect(signV1({ clientSecret, rawBody: v1Body })).toBe('232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de');
  });

  it('signV3 computes the documented HMAC, over the URI as HubSpot decodes it', () => {
    expect(signV3({ clientSecret: SECRET, method: METHOD, uri: URI, rawBody: BODY, timestamp: NOW })).toBe(VALID_V3);
    const uri = 'https://leadops.example/hs/actions?email=ana%40example.com';
    expect(signV3({ clientSecret: SECRET, method: METHOD, uri, rawBody: BODY, timestamp: NOW })).toBe(documentedV3(SECRET, METHOD, 'https://leadops.example/hs/actions?email=ana@example.com', BODY, String(NOW)));
  });

  it('produce signatures the verifier accepts, as the emulator will rely on', () => {
    const v3 = signV3({ clientSecret: SECRET, method: METHOD, uri: URI, rawBody: BODY, timestamp: NOW - 1_000 });
    expect(verifyHubSpotRequest(request({ headers: v3Headers(v3, NOW - 1_000) }))).toEqual({ ok: true, version: 'v3' });
    const v2 = signV2({ clientSecret: SECRET, method: METHOD, uri: URI, rawBody: BODY });
    expect(verifyHubSpotRequest(request({ headers: v2Headers(v2) }))).toEqual({ ok: true, version: 'v2' });
  });
});
