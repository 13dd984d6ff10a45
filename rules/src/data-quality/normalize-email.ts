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
  const angle = /<([^>]+)>/.exec(raw);
  const email = (angle?.[1] ?? raw).trim().replace(/^mailto:/i, '').toLowerCase();
  const at = email.lastIndexOf('@');
  return { email, valid: EMAIL.test(email), localPart: at > 0 ? email.slice(0, at) : email, domain: at > 0 ? email.slice(at + 1) : '' };
}
