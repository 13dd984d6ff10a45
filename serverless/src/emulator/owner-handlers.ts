import { validationError } from './hubspot-errors';
import type { OwnerRecord } from './in-memory-portal';
import type { RouteHandler } from './route-handler';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/** An owner as the owners API returns it (`PublicOwner`). */
function toPublicOwner(owner: OwnerRecord): Record<string, unknown> {
  return {
    id: owner.id,
    email: owner.email,
    firstName: owner.firstName,
    lastName: owner.lastName,
    userId: owner.userId,
    userIdIncludingInactive: owner.userId,
    type: 'PERSON',
    teams: [],
    createdAt: new Date(owner.createdAt).toISOString(),
    updatedAt: new Date(owner.updatedAt).toISOString(),
    archived: owner.archived ?? false,
  };
}

/**
 * GET /crm/owners/2026-09: active owners (or only archived ones with `archived=true`), optionally by
 * `email`, `limit` per page (default 100, max 500) with an offset `after` cursor.
 */
export const listOwners: RouteHandler = ({ portal, query }) => {
  const limit = query.has('limit') ? Number(query.get('limit')) : DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw validationError(`limit must be an integer from 1 to ${MAX_LIMIT}.`, { limit: [query.get('limit') ?? ''] });
  const after = query.get('after') ?? '0';
  if (!/^\d+$/.test(after)) throw validationError(`Invalid after cursor: ${after}`, { after: [after] });
  const archived = query.get('archived') === 'true';
  const email = query.get('email')?.toLowerCase();
  const matching = portal.listOwners().filter((owner) => (owner.archived ?? false) === archived && (email === undefined || owner.email.toLowerCase() === email));
  const offset = Number(after);
  const page = matching.slice(offset, offset + limit);
  const next = offset + limit < matching.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { status: 200, body: { results: page.map(toPublicOwner), ...next } };
};
