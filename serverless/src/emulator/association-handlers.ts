import type { BatchItemError } from './batch-response';
import { assertBatchSize, batchItemError, batchResult } from './batch-response';
import { validationError } from './hubspot-errors';
import { resolveObjectType } from './object-handlers';
import { associationsBatchReadSchema, parseBody } from './request-schemas';
import type { RouteHandler } from './route-handler';

/** HubSpot's cap on associations read batches. */
const MAX_ASSOCIATION_INPUTS = 1_000;

/**
 * POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read: for each id its associated
 * records and their types (`BatchResponsePublicAssociationMultiWithLabel`). An id with no associations
 * is a per-item error, as HubSpot reports it, rather than an empty result. A long list comes a page at a
 * time: `paging.next.after` is present only when more follow, and is sent back with the id.
 */
export const batchReadAssociations: RouteHandler = ({ portal, params, body, now, settings }) => {
  const from = resolveObjectType(portal, params['fromObjectType']);
  const to = resolveObjectType(portal, params['toObjectType']);
  const input = parseBody(associationsBatchReadSchema, body, 'BatchInputPublicFetchAssociationsBatchRequest');
  assertBatchSize(input.inputs.length, MAX_ASSOCIATION_INPUTS);
  const results = [];
  const errors: BatchItemError[] = [];
  const pageSize = settings.associationPageSize;
  const seen = new Set<string>();
  for (const { id, after } of input.inputs) {
    const key = `${id}\u0000${after ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const linked = portal.associations(from.objectTypeId, id, to.objectTypeId);
    if (linked.length === 0) {
      errors.push(batchItemError('OBJECT_NOT_FOUND', `No ${to.messageName.toLowerCase()} is associated with ${from.messageName.toLowerCase()} ${id}.`, { fromObjectId: [id] }));
      continue;
    }
    const start = after === undefined ? 0 : Number(after);
    if (!Number.isInteger(start) || start < 0) throw validationError(`Invalid after token "${after ?? ''}" for ${from.messageName.toLowerCase()} ${id}: send back the after of the previous answer's paging.`, { after: [after ?? ''] });
    const page = linked.slice(start, start + pageSize);
    const more = start + pageSize < linked.length;
    results.push({ from: { id }, to: page.map((link) => ({ toObjectId: link.toObjectId, associationTypes: link.associationTypes })), ...(more ? { paging: { next: { after: String(start + pageSize) } } } : {}) });
  }
  return batchResult(settings, now, results, errors);
};
