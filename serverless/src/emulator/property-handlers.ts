import type { BatchItemError } from './batch-response';
import { batchItemError, batchResult } from './batch-response';
import { conflict, notFound, validationError } from './hubspot-errors';
import { resolveObjectType } from './object-handlers';
import { listQuery } from './object-view';
import type { PropertyDefinition } from './property-definition';
import { parseBody, propertyBatchCreateSchema, propertyGroupCreateSchema, propertyUpdateSchema } from './request-schemas';
import type { RouteHandler } from './route-handler';

/** GET /crm/properties/2026-09/{objectType}: `CollectionResponsePropertyNoPaging`, optionally only the named ones. */
export const listProperties: RouteHandler = ({ portal, params, query }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const wanted = listQuery(query, 'properties');
  const archived = query.get('archived') === 'true';
  // No property is ever archived here, so asking for archived ones finds none.
  const results = archived ? [] : portal.listProperties(type.objectTypeId).filter((property) => !wanted || wanted.includes(property.name));
  return { status: 200, body: { results } };
};

/**
 * POST /crm/properties/2026-09/{objectType}/batch/create: creates the new properties; one whose name is
 * taken becomes a per-item OBJECT_ALREADY_EXISTS error (so an install can be re-run). Malformed input,
 * an unknown group or an enumeration without options rejects the whole batch before anything is created.
 */
export const batchCreateProperties: RouteHandler = ({ portal, params, body, now, settings }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(propertyBatchCreateSchema, body, 'BatchInputPropertyCreate');
  const names = new Set<string>();
  for (const property of input.inputs) {
    if (names.has(property.name)) throw validationError(`Duplicate property name in batch input: ${property.name}`, { name: [property.name] });
    names.add(property.name);
    if (!portal.getGroup(type.objectTypeId, property.groupName)) throw validationError(`Property group ${property.groupName} does not exist on ${type.name}.`, { groupName: [property.groupName] });
    if (property.type === 'enumeration' && !property.referencedObjectType && (property.options ?? []).length === 0 && !property.externalOptions) {
      throw validationError(`Property ${property.name} is an enumeration and needs options.`, { name: [property.name] });
    }
  }
  const results: PropertyDefinition[] = [];
  const errors: BatchItemError[] = [];
  for (const property of input.inputs) {
    if (portal.getProperty(type.objectTypeId, property.name)) {
      errors.push(batchItemError('OBJECT_ALREADY_EXISTS', `Property named '${property.name}' already exists.`, { name: [property.name] }));
      continue;
    }
    results.push(portal.defineProperty(type.objectTypeId, property));
  }
  return batchResult(settings, now, results, errors);
};

/** POST /crm/properties/2026-09/{objectType}/groups: 201 `PropertyGroup`, 409 when the name is taken. */
export const createPropertyGroup: RouteHandler = ({ portal, params, body }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(propertyGroupCreateSchema, body, 'PropertyGroupCreate');
  if (portal.getGroup(type.objectTypeId, input.name)) throw conflict(`Property group named '${input.name}' already exists.`);
  return { status: 201, body: portal.defineGroup(type.objectTypeId, input) };
};

/**
 * PATCH /crm/properties/2026-09/{objectType}/{propertyName}: 200 `Property` with the given fields replaced
 * (`options` as a whole list), 404 for an unknown property, 400 when an enumeration would lose all options.
 */
export const updateProperty: RouteHandler = ({ portal, params, body }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const name = params['propertyName'] ?? '';
  const current = portal.getProperty(type.objectTypeId, name);
  if (!current) throw notFound(`Property ${name} does not exist on ${type.name}.`);
  const input = parseBody(propertyUpdateSchema, body, 'PropertyUpdate');
  if (input.groupName !== undefined && !portal.getGroup(type.objectTypeId, input.groupName)) throw validationError(`Property group ${input.groupName} does not exist on ${type.name}.`, { groupName: [input.groupName] });
  if ((input.type ?? current.type) === 'enumeration' && !current.externalOptions && (input.options ?? current.options).length === 0) throw validationError(`Property ${name} is an enumeration and needs options.`, { name: [name] });
  return { status: 200, body: portal.updateProperty(type.objectTypeId, name, input) };
};
