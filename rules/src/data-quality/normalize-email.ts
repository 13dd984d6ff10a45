import { asciiDomain, unicodeDomain } from './international-domain';

/** Lowercased, trimmed email; `valid` is a syntax check (one @, a dotted domain, no spaces; international domains allowed). */
export interface NormalizedEmail {
  /** The address as typed, trimmed and lower-cased. */
  readonly email: string;
  readonly valid: boolean;
  readonly localPart: string;
  /**
   * The domain in the form every spelling of it shares (see comparableDomain): "bücher.de" whether the
   * address was typed with it or with xn--bcher-kva.de. As typed when the address is invalid.
   */
  readonly domain: string;
}

// The top-level domain is letters, or an internationalised one in its ASCII form (".xn--p1ai" is ".рф").
const EMAIL = /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:[a-z]{2,}|xn--[a-z0-9-]{2,})$/;

export function normalizeEmail(raw: string): NormalizedEmail {
  // Mail clients paste "Name <a@b.com>" or "mailto:a@b.com"; keep the address.
  const email = (bracketed(raw) ?? raw).trim().replace(/^mailto:/i, '').toLowerCase();
  const at = email.lastIndexOf('@');
  const localPart = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  const ascii = at > 0 ? asciiDomain(domain) : null;
  const valid = ascii !== null && EMAIL.test(ascii === domain ? email : `${localPart}@${ascii}`);
  return { email, valid, localPart, domain: valid && ascii !== null ? unicodeDomain(ascii) : domain };
}

/**
 * The text inside the first "<...>" that holds something. Found by scanning, not by /<([^>]+)>/: that
 * pattern retries from every "<", so a value of many of them (a form field is up to 65,536 characters)
 * took quadratic time, about a second for 30,000.
 */
function bracketed(raw: string): string | undefined {
  for (let open = raw.indexOf('<'); open !== -1; open = raw.indexOf('<', open + 1)) {
    const close = raw.indexOf('>', open + 1);
    if (close === -1) return undefined;
    // "<<a@b.com>" is a@b.com: the address starts after the last "<" before the ">".
    const lastOpen = raw.lastIndexOf('<', close);
    if (close > lastOpen + 1) return raw.slice(lastOpen + 1, close);
    open = close;
  }
  return undefined;
}
