/** Lowercased, trimmed email; `valid` is a syntax check (one @, a dotted domain, no spaces; international domains allowed). */
export interface NormalizedEmail {
  readonly email: string;
  readonly valid: boolean;
  readonly localPart: string;
  readonly domain: string;
}

// The top-level domain is letters, or an internationalised one in its ASCII form (".xn--p1ai" is ".рф").
const EMAIL = /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:[a-z]{2,}|xn--[a-z0-9-]{2,})$/;
const ASCII = /^[\x20-\x7e]*$/;
/** Letters, marks and digits of any script, dots and hyphens: a domain worth converting to its ASCII form. */
const UNICODE_DOMAIN = /^[\p{L}\p{M}\p{N}.-]+$/u;

/**
 * An internationalised domain (bücher.de, пример.рф) in the ASCII form mail servers use
 * (xn--bcher-kva.de), by the WHATWG URL parser that browsers and Node share; null when it is none.
 */
function asciiDomain(domain: string): string | null {
  if (ASCII.test(domain)) return domain;
  if (!UNICODE_DOMAIN.test(domain)) return null;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch (error) {
    // The parser refuses what is no domain (a forbidden code point): the address is invalid, nothing to report.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

export function normalizeEmail(raw: string): NormalizedEmail {
  // Mail clients paste "Name <a@b.com>" or "mailto:a@b.com"; keep the address.
  const email = (bracketed(raw) ?? raw).trim().replace(/^mailto:/i, '').toLowerCase();
  const at = email.lastIndexOf('@');
  const localPart = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  const ascii = at > 0 ? asciiDomain(domain) : null;
  return { email, valid: ascii !== null && EMAIL.test(ascii === domain ? email : `${localPart}@${ascii}`), localPart, domain };
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
