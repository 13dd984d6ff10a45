import type { Contact } from '@leadops/rules';

/** When a lead arrives in the simulation: its create date (epoch ms or ISO text), or null without one. */
export function arrivalOf(contact: Contact): number | null {
  const raw = contact.properties['createdate'];
  if (!raw) return null;
  const at = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(at) ? at : null;
}

/** The earliest arrival among `contacts`, or null when none has a create date. */
export function firstArrival(contacts: readonly Contact[]): number | null {
  let first: number | null = null;
  for (const contact of contacts) {
    const at = arrivalOf(contact);
    if (at !== null && (first === null || at < first)) first = at;
  }
  return first;
}
