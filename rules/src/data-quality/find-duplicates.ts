import type { Contact } from '../shared/contact';
import { FREE_MAIL_DOMAINS } from './free-mail-domains';
import { normalizeEmail } from './normalize-email';

export type DuplicateKey = 'email' | 'domain_and_name' | 'phone_and_name';

export interface DuplicateGroup {
  readonly contactIds: readonly string[];
  /** Why they are one person: "same email ana@acme.com", "same phone +14155550123 and name "ana ruiz"". */
  readonly reasons: readonly string[];
}

const FREE_MAIL = new Set(FREE_MAIL_DOMAINS);

function normalizeName(first: string | null | undefined, last: string | null | undefined): string {
  return `${first ?? ''} ${last ?? ''}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function phoneKey(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const digits = raw.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 7 ? digits : undefined;
}

/**
 * The keys of one contact: contacts sharing any key are probably one person. A phone counts only with
 * the name: colleagues share a switchboard number, and one person's second sign-up keeps their name.
 */
export function duplicateKeys(contact: Contact): readonly (readonly [DuplicateKey, string])[] {
  const keys: (readonly [DuplicateKey, string])[] = [];
  const p = contact.properties;
  const name = normalizeName(p['firstname'], p['lastname']);
  const email = p['email'] ? normalizeEmail(p['email']) : undefined;
  if (email?.valid) {
    // The domain in its comparable form: one person at bücher.de may type it as xn--bcher-kva.de.
    keys.push(['email', `${email.localPart}@${email.domain}`]);
    if (!FREE_MAIL.has(email.domain) && name.includes(' ')) keys.push(['domain_and_name', `${email.domain}|${name}`]);
  }
  if (name === '') return keys;
  for (const property of ['phone', 'mobilephone']) {
    const phone = phoneKey(p[property]);
    if (phone) keys.push(['phone_and_name', `${phone}|${name}`]);
  }
  return keys;
}

/** Why two contacts sharing this key are probably one person: "same email ana@acme.com". */
export function describeDuplicateKey(key: DuplicateKey, value: string): string {
  if (key === 'email') return `same email ${value}`;
  const [where, name] = value.split('|');
  return key === 'phone_and_name' ? `same phone ${where} and name "${name}"` : `same name "${name}" at ${where}`;
}

/**
 * Groups contacts that are probably the same person. Linear in the number of contacts: each contact is
 * put in a bucket per key (normalised email; business domain + name; phone + name) and buckets are joined with
 * union-find, so no pair is compared that shares no key.
 */
export function findDuplicates(contacts: readonly Contact[]): DuplicateGroup[] {
  const parent = contacts.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const firstWithKey = new Map<string, number>();
  const reasonsByKey = new Map<string, string>();
  const keysUsed: [string, number][] = [];
  contacts.forEach((contact, index) => {
    for (const [key, value] of duplicateKeys(contact)) {
      const bucket = `${key}\u0000${value}`;
      const first = firstWithKey.get(bucket);
      if (first === undefined) {
        firstWithKey.set(bucket, index);
        continue;
      }
      parent[find(index)] = find(first);
      reasonsByKey.set(bucket, describeDuplicateKey(key, value));
      keysUsed.push([bucket, index]);
    }
  });
  const groups = new Map<number, { ids: Set<string>; reasons: Set<string> }>();
  for (const [bucket, index] of keysUsed) {
    const root = find(index);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { ids: new Set(), reasons: new Set() }));
    group.reasons.add(reasonsByKey.get(bucket) as string);
  }
  contacts.forEach((contact, index) => groups.get(find(index))?.ids.add(contact.id));
  return [...groups.values()].map((g) => ({ contactIds: [...g.ids], reasons: [...g.reasons] }));
}
