import type { BatchItemError } from './batch-response';
import { assertBatchSize, batchItemError, batchResult } from './batch-response';
import { resolveObjectType } from './object-handlers';
import { associationsBatchReadSchema, parseBody } from './request-schemas';
import type { RouteHandler } from './route-handler';

/** HubSpot's cap on associations read batches. */
const MAX_ASSOCIATION_INPUTS = 1_000;

/**
 * POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read: for each id its associated
 * records and their types (`BatchResponsePublicAssociationMultiWithLabel`). An id with no associations
 * is a per-item error, as HubSpot reports it, rather than an empty result.
 */
export const batchReadAssociations: RouteHandler = ({ portal, params, body, now, settings }) => {
  const from = resolveObjectType(portal, params['fromObjectType']);
  const to = resolveObjectType(portal, params['toObjectType']);
  const input = parseBody(associationsBatchReadSchema, body, 'BatchInputPublicFetchAssociationsBatchRequest');
  assertBatchSize(input.inputs.length, MAX_ASSOCIATION_INPUTS);
  const results = [];
  const errors: BatchItemError[] = [];
  for (const id of new Set(input.inputs.map((item) => item.id))) {
    const linked = portal.associations(from.objectTypeId, id, to.objectTypeId);
    if (linked.length === 0) {
      errors.push(batchItemError('OBJECT_NOT_FOUND', `No ${to.messageName.toLowerCase()} is associated with ${from.messageName.toLowerCase()} ${id}.`, { fromObjectId: [id] }));
      continue;
    }
    results.push({ from: { id }, to: linked.map((link) => ({ toObjectId: link.toObjectId, associationTypes: link.associationTypes })) });
  }
  return batchResult(settings, now, results, errors);
};
