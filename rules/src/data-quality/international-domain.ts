import { decodePunycode } from './punycode';

const ASCII = /^[\x20-\x7e]*$/;
/** Letters, marks and digits of any script, dots and hyphens: a domain worth converting to its ASCII form. */
const UNICODE_DOMAIN = /^[\p{L}\p{M}\p{N}.-]+$/u;
const ACE_PREFIX = 'xn--';

/**
 * A domain in the ASCII form mail servers and DNS use (bücher.de is xn--bcher-kva.de), by the WHATWG URL
 * parser that browsers and Node share; an ASCII domain is returned as it is. Null when it is no domain.
 */
export function asciiDomain(domain: string): string | null {
  if (ASCII.test(domain)) return domain;
  if (!UNICODE_DOMAIN.test(domain)) return null;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch (error) {
    // The parser refuses what is no domain (a forbidden code point): nothing to report, the caller says invalid.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/** A domain with each "xn--" label decoded (xn--bcher-kva.de is bücher.de); a label that does not decode stays as it is. */
export function unicodeDomain(domain: string): string {
  if (!domain.includes(ACE_PREFIX)) return domain;
  return domain
    .split('.')
    .map((label) => (label.startsWith(ACE_PREFIX) ? (decodePunycode(label.slice(ACE_PREFIX.length)) ?? label) : label))
    .join('.');
}

/**
 * The one form every spelling of a lower-case domain shares, for comparing domains: "bücher.de",
 * "xn--bcher-kva.de" and "BÜCHER.de" lower-cased are all "bücher.de". Unicode rather than ASCII, so a
 * reason that quotes it reads as people write it. A domain the URL parser refuses is returned as it is.
 */
export function comparableDomain(domain: string): string {
  // Nearly every domain is ASCII without an encoded label: nothing to convert.
  if (ASCII.test(domain) && !domain.includes(ACE_PREFIX)) return domain;
  const ascii = asciiDomain(domain);
  return ascii === null ? domain : unicodeDomain(ascii);
}

/**
 * Every form a system may have stored one domain in: the comparable (Unicode) one and the ASCII one, once
 * each. A HubSpot search for a company by domain asks for both: HubSpot does not document which form it keeps.
 */
export function domainSpellings(domain: string): readonly string[] {
  const comparable = comparableDomain(domain);
  const ascii = asciiDomain(comparable);
  return ascii === null || ascii === comparable ? [comparable] : [comparable, ascii];
}
