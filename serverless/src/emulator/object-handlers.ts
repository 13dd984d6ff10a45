import type { BatchItemError } from './batch-response';
import { assertBatchSize, batchItemError, batchResult } from './batch-response';
import type { PropertyValueError } from './hubspot-errors';
import { HubSpotHttpError, notFound, propertyValueError, propertyValuesError, validationError } from './hubspot-errors';
import type { CrmObject, InMemoryPortal } from './in-memory-portal';
import type { AssociationKind } from './association-types';
import { searchObjects } from './object-search';
import type { ObjectTypeDescriptor } from './object-types';
import { alwaysReturned } from './object-types';
import { listQuery, propertiesToReturn, toSimplePublicObject } from './object-view';
import type { PropertyLookup } from './property-values';
import { checkPropertyWrite } from './property-values';
import { batchCreateSchema, batchReadSchema, batchUpdateSchema, batchUpsertSchema, objectCreateSchema, objectInputSchema, parseBody, searchSchema } from './request-schemas';
import type { RouteContext, RouteHandler, RouteResult } from './route-handler';

/** The object type a path names, or HubSpot's 400 for a name it cannot resolve. */
export function resolveObjectType(portal: InMemoryPortal, name: string | undefined): ObjectTypeDescriptor {
  const type = name === undefined ? undefined : portal.objectType(name);
  if (!type) throw validationError(`Unable to infer object type from: ${name ?? ''}`);
  return type;
}

function lookupFor(portal: InMemoryPortal, type: ObjectTypeDescriptor): PropertyLookup {
  return { property: (name) => portal.getProperty(type.objectTypeId, name), isOwnerId: (id) => portal.getOwner(id) !== undefined };
}

function isDefinedIn(portal: InMemoryPortal, type: ObjectTypeDescriptor): (name: string) => boolean {
  return (name) => portal.getProperty(type.objectTypeId, name) !== undefined;
}

function findRecord(portal: InMemoryPortal, type: ObjectTypeDescriptor, id: string, idProperty: string | null | undefined): CrmObject | undefined {
  return idProperty ? portal.findObjectByProperty(type.objectTypeId, idProperty, id) : portal.getObject(type.objectTypeId, id);
}

function notFoundRecord(type: ObjectTypeDescriptor, id: string): HubSpotHttpError {
  return notFound(`${type.messageName} ${id} does not exist or has been deleted.`);
}

/** Properties a write answers with: the defaults, the always-returned ones and everything written. */
function writtenNames(type: ObjectTypeDescriptor, written: Readonly<Record<string, unknown>>): string[] {
  return [...new Set([...type.defaultProperties, ...alwaysReturned(type), ...Object.keys(written)])];
}

/**
 * HubSpot keeps unique values unique (contact email, and properties created with hasUniqueValue):
 * a write that would duplicate one is a 409 naming the record that holds it.
 */
function assertUnique(portal: InMemoryPortal, type: ObjectTypeDescriptor, values: Readonly<Record<string, string | null>>, selfId: string | undefined): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) continue;
    const unique = (type.objectTypeId === '0-1' && name === 'email') || portal.getProperty(type.objectTypeId, name)?.hasUniqueValue === true;
    if (!unique) continue;
    const holder = portal.findObjectByProperty(type.objectTypeId, name, value);
    if (holder && holder.id !== selfId) throw new HubSpotHttpError(409, 'CONFLICT', `${capitalise(type.messageName)} already exists. Existing ID: ${holder.id}`, { [name]: [value] });
  }
}

function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** GET /crm/objects/2026-09/{objectType}/{objectId}: one record with the requested properties (and associations). */
export const getObject: RouteHandler = ({ portal, params, query }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const id = params['objectId'] ?? '';
  const record = query.get('archived') === 'true' ? undefined : findRecord(portal, type, id, query.get('idProperty'));
  if (!record) throw notFoundRecord(type, id);
  const body = toSimplePublicObject(record, propertiesToReturn(type, listQuery(query, 'properties'), isDefinedIn(portal, type)));
  const associations: Record<string, { results: { id: string; type: string }[] }> = {};
  for (const toName of listQuery(query, 'associations') ?? []) {
    // HubSpot ignores association types it cannot resolve.
    const toType = portal.objectType(toName);
    if (!toType) continue;
    const results = portal.associations(type.objectTypeId, record.id, toType.objectTypeId).flatMap((link) =>
      link.associationTypes.map((spec) => ({ id: link.toObjectId, type: portal.associationKind(type.objectTypeId, spec.typeId)?.name ?? String(spec.typeId) })),
    );
    if (results.length > 0) associations[toName] = { results };
  }
  return { status: 200, body: Object.keys(associations).length > 0 ? { ...body, associations } : body };
};

/** PATCH /crm/objects/2026-09/{objectType}/{objectId}: validates every value, then writes them all. */
export const updateObject: RouteHandler = ({ portal, params, query, body, now }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const id = params['objectId'] ?? '';
  const record = findRecord(portal, type, id, query.get('idProperty'));
  if (!record) throw notFoundRecord(type, id);
  const input = parseBody(objectInputSchema, body, 'SimplePublicObjectInput');
  const checked = checkPropertyWrite(input.properties, lookupFor(portal, type));
  if (checked.errors.length > 0) throw propertyValuesError(checked.errors);
  assertUnique(portal, type, checked.values, record.id);
  const updated = portal.updateObject(type.objectTypeId, record.id, checked.values, now);
  return { status: 200, body: toSimplePublicObject(updated, writtenNames(type, checked.values)) };
};

/** POST /crm/objects/2026-09/{objectType}: creates a record (and its associations) after validating it all. */
export const createObject: RouteHandler = ({ portal, params, body, now }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(objectCreateSchema, body, 'SimplePublicObjectInputForCreate');
  return { status: 201, body: applyCreate(portal, type, planCreate(portal, type, input), now) };
};

type CreateInput = ReturnType<typeof objectCreateSchema.parse>;
interface PlannedCreate {
  readonly values: Readonly<Record<string, string>>;
  readonly links: readonly { readonly kind: AssociationKind; readonly toId: string }[];
}

/** Checks one create completely (values, required properties, associations) without writing. */
function planCreate(portal: InMemoryPortal, type: ObjectTypeDescriptor, input: CreateInput): PlannedCreate {
  const checked = checkPropertyWrite(input.properties, lookupFor(portal, type));
  const missing: PropertyValueError[] = type.requiredProperties
    .filter((name) => checked.values[name] === undefined || checked.values[name] === null)
    .filter((name) => !checked.errors.some((error) => error.name === name))
    .map((name) => propertyValueError(name, 'REQUIRED_PROPERTY', `${name} is required`));
  const errors = [...checked.errors, ...missing];
  if (errors.length > 0) throw propertyValuesError(errors);
  assertUnique(portal, type, checked.values, undefined);
  const links = (input.associations ?? []).flatMap((association) =>
    association.types.map((spec) => {
      const kind: AssociationKind | undefined = portal.associationKind(type.objectTypeId, spec.associationTypeId);
      if (!kind) throw validationError(`association type id ${spec.associationTypeId} doesn't exist from ${type.messageName}`, { associationTypeId: [String(spec.associationTypeId)] });
      if (!portal.getObject(kind.toObjectTypeId, association.to.id)) {
        throw validationError(`Cannot associate with ${kind.toObjectTypeId} ${association.to.id}: the record does not exist.`, { toObjectId: [association.to.id] });
      }
      return { kind, toId: association.to.id };
    }),
  );
  const values = Object.fromEntries(Object.entries(checked.values).filter((entry): entry is [string, string] => entry[1] !== null));
  return { values, links };
}

function applyCreate(portal: InMemoryPortal, type: ObjectTypeDescriptor, plan: PlannedCreate, now: number) {
  const created = portal.createObject(type.objectTypeId, plan.values, { at: now });
  for (const link of plan.links) portal.associate(link.kind, created.id, link.toId);
  return toSimplePublicObject(created, writtenNames(type, plan.values));
}

/** POST …/batch/create: every input is checked before any is created, so a bad one creates nothing. */
export const batchCreateObjects: RouteHandler = ({ portal, params, body, now, settings }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(batchCreateSchema, body, 'BatchInputSimplePublicObjectInputForCreate');
  assertBatchSize(input.inputs.length);
  const plans = input.inputs.map((item) => planCreate(portal, type, item));
  return { ...batchResult(settings, now, plans.map((plan) => applyCreate(portal, type, plan, now)), []), status: 201 };
};

/** POST …/batch/read: found records, plus an OBJECT_NOT_FOUND error naming the missing ids. */
export const batchReadObjects: RouteHandler = ({ portal, params, body, now, settings }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(batchReadSchema, body, 'BatchReadInputSimplePublicObjectId');
  assertBatchSize(input.inputs.length);
  const names = propertiesToReturn(type, input.properties, isDefinedIn(portal, type));
  const ids = [...new Set(input.inputs.map((item) => item.id))];
  const results = [];
  const missing: string[] = [];
  for (const id of ids) {
    const record = findRecord(portal, type, id, input.idProperty);
    if (record) results.push(toSimplePublicObject(record, names));
    else missing.push(id);
  }
  const errors: BatchItemError[] =
    missing.length > 0 ? [batchItemError('OBJECT_NOT_FOUND', `Could not get some ${type.messageName} objects, they may be deleted or not exist. Check that ids are valid.`, { ids: missing })] : [];
  return batchResult(settings, now, results, errors);
};

/**
 * POST …/batch/update: all-or-nothing on validation (one bad value rejects the batch, as HubSpot does);
 * ids that do not exist are reported per item while the others are written.
 */
export const batchUpdateObjects: RouteHandler = ({ portal, params, body, now, settings }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(batchUpdateSchema, body, 'BatchInputSimplePublicObjectBatchInput');
  assertBatchSize(input.inputs.length);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of input.inputs) (seen.has(item.id) ? duplicates : seen).add(item.id);
  if (duplicates.size > 0) throw validationError(`Duplicate IDs found in batch input: [${[...duplicates].join(', ')}]. IDs must be unique`, { ids: [...duplicates] });

  const lookup = lookupFor(portal, type);
  const planned: { readonly id: string; readonly values: Readonly<Record<string, string | null>> }[] = [];
  const missing: string[] = [];
  const problems: PropertyValueError[] = [];
  for (const item of input.inputs) {
    const checked = checkPropertyWrite(item.properties, lookup);
    problems.push(...checked.errors);
    const record = findRecord(portal, type, item.id, item.idProperty);
    if (record) planned.push({ id: record.id, values: checked.values });
    else missing.push(item.id);
  }
  if (problems.length > 0) throw propertyValuesError(problems);
  for (const item of planned) assertUnique(portal, type, item.values, item.id);

  const results = planned.map((item) => toSimplePublicObject(portal.updateObject(type.objectTypeId, item.id, item.values, now), writtenNames(type, item.values)));
  const errors: BatchItemError[] = missing.length > 0 ? [batchItemError('OBJECT_NOT_FOUND', `Could not update some ${type.messageName} objects, they may be deleted or not exist. Check that ids are valid.`, { ids: missing })] : [];
  return batchResult(settings, now, results, errors);
};

/**
 * POST …/batch/upsert: each input is matched on its `idProperty` (e.g. email) and updated, or created
 * with that value; validation is all-or-nothing like batch update. Results say which ones are `new`.
 */
export const batchUpsertObjects: RouteHandler = ({ portal, params, body, now, settings }) => {
  const type = resolveObjectType(portal, params['objectType']);
  const input = parseBody(batchUpsertSchema, body, 'BatchInputSimplePublicObjectBatchInputUpsert');
  assertBatchSize(input.inputs.length);
  const lookup = lookupFor(portal, type);
  const problems: PropertyValueError[] = [];
  const planned = input.inputs.map((item) => {
    const checked = checkPropertyWrite({ ...item.properties, [item.idProperty]: item.id }, lookup);
    problems.push(...checked.errors);
    return { item, values: checked.values, record: portal.findObjectByProperty(type.objectTypeId, item.idProperty, item.id) };
  });
  if (problems.length > 0) throw propertyValuesError(problems);
  const results = planned.map(({ values, record }) => {
    const written = record ? portal.updateObject(type.objectTypeId, record.id, values, now) : portal.createObject(type.objectTypeId, Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)), { at: now });
    return { ...toSimplePublicObject(written, writtenNames(type, values)), new: record === undefined };
  });
  return batchResult(settings, now, results, []);
};

/** POST …/search: `CollectionResponseWithTotalSimplePublicObject`. */
export const searchObjectsHandler: RouteHandler = (context: RouteContext): RouteResult => {
  const { portal, params, body, settings } = context;
  const type = resolveObjectType(portal, params['objectType']);
  const request = parseBody(searchSchema, body, 'PublicObjectSearchRequest');
  const page = searchObjects(type, portal.listObjects(type.objectTypeId), request, (name) => portal.getProperty(type.objectTypeId, name)?.type, settings.searchResultCap);
  const names = propertiesToReturn(type, request.properties, isDefinedIn(portal, type));
  return {
    status: 200,
    body: {
      total: page.total,
      results: page.results.map((record) => toSimplePublicObject(record, names)),
      ...(page.nextAfter === undefined ? {} : { paging: { next: { after: page.nextAfter } } }),
    },
  };
};
