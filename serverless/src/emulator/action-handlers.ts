import { notFound, validationError } from './hubspot-errors';
import { actionDefinitionPatchSchema, callbackCompletionSchema, parseBody } from './request-schemas';
import type { RouteHandler } from './route-handler';

/**
 * POST /automation/actions/callbacks/2026-09/{callbackId}/complete: records the completion (see
 * `portal.completedCallbacks`) and answers 204. Completing the same callback again is answered 204
 * without recording it twice, so a retried completion is harmless.
 */
export const completeCallback: RouteHandler = ({ portal, params, body, now }) => {
  const callbackId = params['callbackId'] ?? '';
  const input = parseBody(callbackCompletionSchema, body, 'CallbackCompletionRequest');
  if (!portal.completedCallbacks.some((callback) => callback.callbackId === callbackId)) {
    portal.recordCallback({
      callbackId,
      outputFields: input.outputFields,
      typedOutputs: input.typedOutputs ?? {},
      ...(input.failureReasonType === undefined ? {} : { failureReasonType: input.failureReasonType }),
      completedAt: now,
    });
  }
  return { status: 204 };
};

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FIELD_SCHEMAS: Readonly<Record<string, string>> = { number: 'DOUBLE', currency_number: 'DOUBLE', bool: 'BOOLEAN' };

/** Fills what `FieldTypeDefinition` requires of an output field and the app may leave out. */
function completeOutputField(field: unknown): unknown {
  if (!isRecord(field) || !isRecord(field['typeDefinition'])) return field;
  const definition = field['typeDefinition'];
  const type = typeof definition['type'] === 'string' ? definition['type'] : 'string';
  const options = Array.isArray(definition['options']) ? definition['options'] : [];
  return {
    ...field,
    typeDefinition: {
      externalOptions: false,
      useChirp: false,
      schema: { type: FIELD_SCHEMAS[type] ?? 'STRING' },
      ...definition,
      options: options.map((option, index) => (isRecord(option) ? { description: '', displayOrder: index, doubleData: 0, hidden: false, readOnly: false, ...option } : option)),
    },
  };
}

/** Fills what `PublicFieldTypeDefinition` requires of an input field. */
function completeInputField(field: unknown): unknown {
  if (!isRecord(field) || !isRecord(field['typeDefinition'])) return field;
  return { ...field, typeDefinition: { options: [], ...field['typeDefinition'] } };
}

function appIdOf(params: Readonly<Record<string, string>>): string {
  const appId = params['appId'] ?? '';
  if (!/^\d+$/.test(appId)) throw validationError(`appId must be an integer, not ${appId}.`, { appId: [appId] });
  return appId;
}

/** GET /automation/actions/2026-09/{appId}: the app's definitions, `limit` (default 20) a page, `after` an offset cursor. */
export const listActionDefinitions: RouteHandler = ({ portal, params, query }) => {
  const appId = appIdOf(params);
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 20) || 20, 1), 100);
  const start = Number(query.get('after') ?? 0) || 0;
  const all = portal.listActionDefinitions(appId);
  const results = all.slice(start, start + limit);
  const next = start + limit < all.length ? { paging: { next: { after: String(start + limit), link: '' } } } : {};
  return { status: 200, body: { results, ...next } };
};

/**
 * PATCH /automation/actions/2026-09/{appId}/{definitionId}: merges the patch into the stored definition
 * (seeded as a project upload creates it) and returns it (`PublicActionDefinition`) with a new revisionId;
 * 404 for a definition that does not exist, as HubSpot answers.
 */
export const patchActionDefinition: RouteHandler = ({ portal, params, body }) => {
  const appId = appIdOf(params);
  const definitionId = params['definitionId'] ?? '';
  const patch = parseBody(actionDefinitionPatchSchema, body, 'PublicActionDefinitionPatch');
  const current = portal.getActionDefinition(appId, definitionId);
  if (current === undefined) throw notFound(`No workflow action definition ${definitionId} in app ${appId}.`);
  const merged: Json = { ...current, ...patch, id: definitionId, revisionId: String(Number(current['revisionId'] ?? 0) + 1) };
  if (Array.isArray(merged['outputFields'])) merged['outputFields'] = merged['outputFields'].map(completeOutputField);
  if (Array.isArray(merged['inputFields'])) merged['inputFields'] = merged['inputFields'].map(completeInputField);
  portal.putActionDefinition(appId, definitionId, merged);
  return { status: 200, body: merged };
};
