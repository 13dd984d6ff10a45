import { notFound } from './hubspot-errors';
import { listMembershipSchema, parseBody } from './request-schemas';
import type { RouteHandler } from './route-handler';

/**
 * PUT /crm/lists/2026-09/{listId}/memberships/add with a JSON array of record ids: adds the contacts that
 * exist (`MembershipsUpdateResponse`); ids of records that do not exist come back in `recordIdsMissing`.
 * HubSpot's field really is spelled `recordsIdsAdded`.
 */
export const addListMembers: RouteHandler = ({ portal, params, body }) => {
  const listId = params['listId'] ?? '';
  if (!portal.getList(listId)) throw notFound(`List ${listId} does not exist.`);
  const ids = [...new Set(parseBody(listMembershipSchema, body, 'a list of record ids'))];
  const existing = ids.filter((id) => portal.getObject('contacts', id) !== undefined);
  const missing = ids.filter((id) => !existing.includes(id));
  const added = portal.addListMembers(listId, existing);
  return { status: 200, body: { recordsIdsAdded: added, recordIdsMissing: missing, recordIdsRemoved: [] } };
};
