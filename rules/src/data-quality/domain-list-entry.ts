import { comparableDomain } from './international-domain';

/**
 * A domain as an admin may type it into a config list ("@Fastmail.example", " mymail.example. ",
 * "xn--bcher-kva.de"): the bare lower-case domain, in the comparable form email addresses are compared in.
 */
export function domainListEntry(entry: string): string {
  return comparableDomain(entry.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, ''));
}
