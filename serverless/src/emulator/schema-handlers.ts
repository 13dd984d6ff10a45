import { conflict, validationError } from './hubspot-errors';
import type { CustomSchema, InMemoryPortal } from './in-memory-portal';
import { parseBody, schemaCreateSchema } from './request-schemas';
import type { RouteHandler } from './route-handler';

/** Standard object names HubSpot accepts in `associatedObjects`. */
const ASSOCIABLE: Readonly<Record<string, string>> = { CONTACT: '0-1', COMPANY: '0-2', NOTE: '0-46', TASK: '0-27' };

/** A custom schema as the schemas API returns it (`ObjectSchema`), with its current property definitions. */
function toObjectSchema(portal: InMemoryPortal, schema: CustomSchema): Record<string, unknown> {
  return {
    ...schema,
    archived: false,
    properties: portal.listProperties(schema.objectTypeId),
    associations: schema.associations.map((association) => ({ ...association, createdAt: new Date(association.createdAt).toISOString(), updatedAt: new Date(association.updatedAt).toISOString() })),
    createdAt: new Date(schema.createdAt).toISOString(),
    updatedAt: new Date(schema.updatedAt).toISOString(),
  };
}

/** GET /crm-object-schemas/2026-09/schemas: the custom object types (`CollectionResponseObjectSchemaNoPaging`). */
export const listSchemas: RouteHandler = ({ portal, query }) => {
  const results = query.get('archived') === 'true' ? [] : portal.listSchemas().map((schema) => toObjectSchema(portal, schema));
  return { status: 200, body: { results } };
};

/**
 * POST /crm-object-schemas/2026-09/schemas: creates a custom object type (201 `ObjectSchema`). The name
 * must be free (409), and required, searchable and display properties must be among the properties.
 */
export const createSchema: RouteHandler = ({ portal, body }) => {
  const input = parseBody(schemaCreateSchema, body, 'ObjectSchemaEgg');
  const taken = portal.listSchemas().some((schema) => schema.name.toLowerCase() === input.name.toLowerCase()) || portal.objectType(input.name) !== undefined;
  if (taken) throw conflict(`Object type with name '${input.name}' already exists.`);
  const names = new Set(input.properties.map((property) => property.name));
  const referenced = [...(input.requiredProperties ?? []), ...(input.searchableProperties ?? []), ...(input.secondaryDisplayProperties ?? []), ...(input.primaryDisplayProperty ? [input.primaryDisplayProperty] : [])];
  const unknown = referenced.filter((name) => !names.has(name));
  if (unknown.length > 0) throw validationError(`Properties referenced by the schema are not defined in it: ${[...new Set(unknown)].join(', ')}`, { properties: [...new Set(unknown)] });
  const associated = (input.associatedObjects ?? []).map((name) => {
    const objectTypeId = ASSOCIABLE[name.toUpperCase()] ?? portal.objectType(name)?.objectTypeId;
    if (!objectTypeId) throw validationError(`Unknown object type in associatedObjects: ${name}`, { associatedObjects: [name] });
    return objectTypeId;
  });
  const schema = portal.createSchema({
    name: input.name,
    labels: input.labels,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.primaryDisplayProperty === undefined ? {} : { primaryDisplayProperty: input.primaryDisplayProperty }),
    secondaryDisplayProperties: input.secondaryDisplayProperties ?? [],
    searchableProperties: input.searchableProperties ?? [],
    requiredProperties: input.requiredProperties ?? [],
    allowsSensitiveProperties: input.allowsSensitiveProperties ?? false,
    properties: input.properties,
    associatedObjectTypeIds: [...new Set(associated)],
  });
  return { status: 201, body: toObjectSchema(portal, schema) };
};
