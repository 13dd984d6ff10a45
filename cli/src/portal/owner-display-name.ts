import type { PortalOwner } from './portal-data';

/** How a report names a HubSpot owner: full name, else the login email (owners without a name), else the id. */
export function ownerDisplayName(owner: PortalOwner): string {
  const name = `${owner.firstName.trim()} ${owner.lastName.trim()}`.trim();
  return name !== '' ? name : owner.email.trim() !== '' ? owner.email.trim() : `owner ${owner.id}`;
}
