import { completeCallback, patchActionDefinition, listActionDefinitions } from './action-handlers';
import { batchReadAssociations } from './association-handlers';
import { contactEnrollment, enrollInSequence, listSequences } from './sequence-handlers';
import { addListMembers } from './list-handlers';
import { batchCreateObjects, batchReadObjects, batchUpdateObjects, batchUpsertObjects, createObject, getObject, searchObjectsHandler, updateObject } from './object-handlers';
import { listOwners } from './owner-handlers';
import { batchCreateProperties, createPropertyGroup, listProperties, updateProperty } from './property-handlers';
import type { RouteHandler } from './route-handler';
import { createSchema, listSchemas } from './schema-handlers';
import { getSettingsUser } from './settings-user-handlers';

/** One emulated endpoint. */
export interface EmulatorRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template exactly as in HubSpot's OpenAPI documents. */
  readonly path: string;
  readonly handler: RouteHandler;
  /** Which rate limit the endpoint counts against besides the ten-second one. */
  readonly limiter: 'general' | 'search';
  /** The action-definition API takes a developer API key (`?hapikey=`) instead of a bearer token. */
  readonly acceptsDeveloperKey?: boolean;
}

const objects = '/crm/objects/2026-09/{objectType}';

/** Every endpoint of the gateway's HUBSPOT_ENDPOINTS, literal paths before templated ones. */
export const EMULATOR_ROUTES: readonly EmulatorRoute[] = [
  { method: 'POST', path: `${objects}/batch/read`, handler: batchReadObjects, limiter: 'general' },
  { method: 'POST', path: `${objects}/batch/update`, handler: batchUpdateObjects, limiter: 'general' },
  { method: 'POST', path: `${objects}/batch/upsert`, handler: batchUpsertObjects, limiter: 'general' },
  { method: 'POST', path: `${objects}/batch/create`, handler: batchCreateObjects, limiter: 'general' },
  { method: 'POST', path: `${objects}/search`, handler: searchObjectsHandler, limiter: 'search' },
  { method: 'GET', path: `${objects}/{objectId}`, handler: getObject, limiter: 'general' },
  { method: 'PATCH', path: `${objects}/{objectId}`, handler: updateObject, limiter: 'general' },
  { method: 'POST', path: objects, handler: createObject, limiter: 'general' },
  { method: 'GET', path: '/crm/owners/2026-09', handler: listOwners, limiter: 'general' },
  { method: 'POST', path: '/crm/properties/2026-09/{objectType}/batch/create', handler: batchCreateProperties, limiter: 'general' },
  { method: 'POST', path: '/crm/properties/2026-09/{objectType}/groups', handler: createPropertyGroup, limiter: 'general' },
  { method: 'GET', path: '/crm/properties/2026-09/{objectType}', handler: listProperties, limiter: 'general' },
  { method: 'PATCH', path: '/crm/properties/2026-09/{objectType}/{propertyName}', handler: updateProperty, limiter: 'general' },
  { method: 'GET', path: '/crm-object-schemas/2026-09/schemas', handler: listSchemas, limiter: 'general' },
  { method: 'POST', path: '/crm-object-schemas/2026-09/schemas', handler: createSchema, limiter: 'general' },
  { method: 'POST', path: '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read', handler: batchReadAssociations, limiter: 'general' },
  { method: 'GET', path: '/automation/sequences/2026-09', handler: listSequences, limiter: 'general' },
  { method: 'POST', path: '/automation/sequences/2026-09/enrollments', handler: enrollInSequence, limiter: 'general' },
  { method: 'GET', path: '/automation/sequences/2026-09/enrollments/contact/{contactId}', handler: contactEnrollment, limiter: 'general' },
  { method: 'PUT', path: '/crm/lists/2026-09/{listId}/memberships/add', handler: addListMembers, limiter: 'general' },
  { method: 'POST', path: '/automation/actions/callbacks/2026-09/{callbackId}/complete', handler: completeCallback, limiter: 'general' },
  { method: 'GET', path: '/automation/actions/2026-09/{appId}', handler: listActionDefinitions, limiter: 'general', acceptsDeveloperKey: true },
  { method: 'PATCH', path: '/automation/actions/2026-09/{appId}/{definitionId}', handler: patchActionDefinition, limiter: 'general', acceptsDeveloperKey: true },
  { method: 'GET', path: '/settings/users/2026-03/{userId}', handler: getSettingsUser, limiter: 'general' },
];

interface CompiledRoute {
  readonly route: EmulatorRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(route: EmulatorRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

const COMPILED = EMULATOR_ROUTES.map(compile);

/** The route for a request and its decoded path parameters, or undefined (HubSpot answers 404). */
export function matchRoute(method: string, path: string): { readonly route: EmulatorRoute; readonly params: Readonly<Record<string, string>> } | undefined {
  for (const compiled of COMPILED) {
    if (compiled.route.method !== method) continue;
    const match = compiled.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    compiled.names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1] ?? '');
    });
    return { route: compiled.route, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
