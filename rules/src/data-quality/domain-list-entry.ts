/**
 * A domain as an admin may type it into a config list ("@Fastmail.example", " mymail.example. "): the
 * bare lower-case domain that email addresses are compared with.
 */
export function domainListEntry(entry: string): string {
  return entry.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '');
}
