/**
 * The percent-encodings HubSpot decodes in the request URI before it computes a v3 signature, and what each
 * decodes to. Source: HubSpot's "Validating requests" page for the developer platform
 * (https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation,
 * section "Validate the v3 request signature", as stored in Nov 2026): exactly these twelve; the `?` that starts
 * the query string needs no decoding; every other byte of the URI stays as received.
 */
const V3_DECODED_ENCODINGS: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

// One pass over the string, so a decoded character can never form a new encoding with its neighbours.
// Lower-case hex (`%3a`) is decoded too: RFC 3986 makes it the same octet, and HubSpot's table does not say
// otherwise (an open question until a real request with one is seen).
const V3_ENCODING_PATTERN = /%(?:3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi;

/**
 * The request URI as it goes into a v3 signature: the twelve percent-encodings HubSpot documents are decoded,
 * everything else (`%20`, `%2B`, `%26`, `%3D`, `%25`, …) is left exactly as received.
 *
 * @example v3SignedUri('https://leadops.example/hs/actions?email=ana%40example.com') //=> 'https://leadops.example/hs/actions?email=ana@example.com'
 */
export function v3SignedUri(uri: string): string {
  return uri.replace(V3_ENCODING_PATTERN, (encoding) => V3_DECODED_ENCODINGS[encoding.toUpperCase()] ?? encoding);
}
