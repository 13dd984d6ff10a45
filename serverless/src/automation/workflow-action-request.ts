import { z } from 'zod';
import type { RawRequestBody } from './request-signature';

/**
 * A HubSpot id. HubSpot's examples send numbers (`"portalId": 102670506`); digit strings are accepted too.
 * Both become strings, the form the CRM API and LeadOps's operations use.
 */
const hubSpotId = z.unknown().transform((value, context) => {
  const id = asHubSpotId(value);
  if (id !== null) return id;
  // One message for every way an id can be wrong; a union would report whichever branch came closest.
  context.addIssue({ code: 'custom', message: 'must be a HubSpot id: a non-negative integer or a string of digits' });
  return z.NEVER;
});

function asHubSpotId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string') return /^\d+$/.test(value) ? value : null;
  return null;
}

/** An input value as HubSpot fills it: the examples show strings and numbers; bool fields may send booleans. */
const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'must be a string, number, boolean or null' });

const fieldValues = z.record(z.string(), fieldValue);

/**
 * The body HubSpot POSTs to a workflow action's actionUrl, as shown in HubSpot's custom workflow action reference
 * (https://developers.hubspot.com/docs/api-reference/automation-actions-v4-v4/custom-action-reference, example
 * function input, as stored in Nov 2026): `callbackId`; `origin { portalId, actionDefinitionId,
 * actionDefinitionVersion }`; `context { source: "WORKFLOWS", workflowId }`; `object { objectId, objectType:
 * "CONTACT" }`; `inputFields`. Documented fields are checked; anything HubSpot adds (that example already shows
 * `origin.extensionDefinitionId`) is kept, so a new field never makes us refuse an execution.
 */
export const workflowActionRequestSchema = z.looseObject({
  callbackId: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
  origin: z.looseObject({
    portalId: hubSpotId,
    actionDefinitionId: hubSpotId,
    actionDefinitionVersion: z.number({ error: 'must be a number' }).int().nonnegative().optional(),
  }),
  // Optional: our notes mark its presence as unconfirmed, and nothing LeadOps does depends on it.
  context: z.looseObject({ source: z.string({ error: 'must be a string' }), workflowId: hubSpotId.optional() }).optional(),
  // Required: every LeadOps action works on a record, and its definitions declare objectTypes.
  object: z.looseObject({
    objectId: hubSpotId,
    objectType: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
    // Present when the definition asks for properties (objectRequestOptions); CRM values are strings or null.
    properties: z.record(z.string(), z.string().nullable()).optional(),
  }),
  // An action without inputs carries no values; an absent map means the same as an empty one.
  inputFields: fieldValues.default({}),
  // The same values under the older name, seen in earlier versions of HubSpot's examples.
  fields: fieldValues.optional(),
});

/** A parsed workflow-action execution: ids as strings, `inputFields` always present. */
export type WorkflowActionRequest = z.infer<typeof workflowActionRequestSchema>;

export type WorkflowActionRequestParse =
  | { readonly ok: true; readonly request: WorkflowActionRequest }
  | {
      readonly ok: false;
      readonly status: 400;
      /** Dotted path of the first field at fault (`origin.portalId`), or `''` when the body as a whole is. */
      readonly field: string;
      readonly reason: string;
    };

/**
 * Parses the raw body of a workflow-action execution. Call it after `verifyHubSpotRequest` has accepted the
 * same raw body.
 *
 * @example parseWorkflowActionRequest('{"callbackId":"ap-1","origin":{"portalId":42,"actionDefinitionId":7},"object":{"objectId":614,"objectType":"CONTACT"},"inputFields":{}}')
 * //=> { ok: true, request: { callbackId: 'ap-1', origin: { portalId: '42', actionDefinitionId: '7' }, object: { objectId: '614', objectType: 'CONTACT' }, inputFields: {} } }
 */
export function parseWorkflowActionRequest(rawBody: RawRequestBody): WorkflowActionRequestParse {
  const text = utf8Text(rawBody);
  if (text === null) return invalid('', 'The workflow-action request body is not valid UTF-8. HubSpot sends UTF-8 JSON: check that nothing re-encodes the body on its way in.');

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return invalid('', `The workflow-action request body is not JSON (${detail}). HubSpot sends JSON: check that the raw body reaches this parser unchanged.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return invalid('', 'The workflow-action request body is JSON but not an object. HubSpot sends an object with callbackId, origin, object and inputFields.');
  }

  const parsed = workflowActionRequestSchema.safeParse(json);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${dottedPath(issue.path)} ${isMissing(json, issue.path) ? 'is missing' : issue.message}`);
  const field = dottedPath(parsed.error.issues[0]?.path ?? []);
  return invalid(field, `The workflow-action request does not have the shape HubSpot documents: ${problems.join('; ')}. Check that the action's actionUrl points here and that the request comes from a HubSpot workflow.`);
}

function utf8Text(rawBody: RawRequestBody): string | null {
  if (typeof rawBody === 'string') return rawBody;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    return null;
  }
}

function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Whether the value at `path` is absent, so the reason can say "is missing" instead of zod's type message. */
function isMissing(json: unknown, path: readonly PropertyKey[]): boolean {
  let value: unknown = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

function invalid(field: string, reason: string): WorkflowActionRequestParse {
  return { ok: false, status: 400, field, reason };
}
