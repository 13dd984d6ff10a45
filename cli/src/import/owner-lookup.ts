import type { PortalOwner } from '../portal/portal-data';
import { cellValue, dropValue, type CellReading } from './cell-reading';

/**
 * Reads an owner cell ("Contact owner", "Company owner") into the owner id. HubSpot exports write the
 * owner's name ("Ana Ruiz"); people also type the email, and API-made files hold the id, so all three
 * are accepted. An owner that is not in owners.json, or a name two owners share, only drops the value:
 * the record stays, unassigned.
 */
export function ownerReader(owners: readonly PortalOwner[]): (raw: string) => CellReading {
  const byId = new Map(owners.map((o) => [o.id, o]));
  const byEmail = new Map(owners.map((o) => [o.email.trim().toLowerCase(), o]));
  const byName = new Map<string, PortalOwner[]>();
  for (const owner of owners) {
    const key = nameKey(`${owner.firstName} ${owner.lastName}`);
    byName.set(key, [...(byName.get(key) ?? []), owner]);
  }
  return (raw) => {
    const text = raw.trim();
    const owner = byId.get(text) ?? byEmail.get(text.toLowerCase());
    if (owner) return cellValue(owner.id);
    const named = byName.get(nameKey(text)) ?? [];
    if (named.length === 1 && named[0]) return cellValue(named[0].id);
    if (named.length > 1) return dropValue(`owner "${text}" is the name of ${named.length} owners (${named.map((o) => `${o.id} ${o.email}`).join(', ')}): write the owner's email instead; the record is left unassigned`);
    return dropValue(`owner "${text}" is not in owners.json (by name, email or id): add the owner there or fix the name; the record is left unassigned`);
  };
}

/** Names compare without case, accents written two ways (NFC) or doubled spaces. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
