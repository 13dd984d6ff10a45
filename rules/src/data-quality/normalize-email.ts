/** Lowercased, trimmed email; `valid` is a syntax check (one @, a dotted domain, no spaces). */
export interface NormalizedEmail {
  readonly email: string;
  readonly valid: boolean;
  readonly localPart: string;
  readonly domain: string;
}

const EMAIL = /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

export function normalizeEmail(raw: string): NormalizedEmail {
  // Mail clients paste "Name <a@b.com>" or "mailto:a@b.com"; keep the address.
  const email = (bracketed(raw) ?? raw).trim().replace(/^mailto:/i, '').toLowerCase();
  const at = email.lastIndexOf('@');
  return { email, valid: EMAIL.test(email), localPart: at > 0 ? email.slice(0, at) : email, domain: at > 0 ? email.slice(at + 1) : '' };
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
