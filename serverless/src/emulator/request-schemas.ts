import { z } from 'zod';
import { validationError } from './hubspot-errors';
import { FILTER_OPERATORS } from './search-filter';

/** Property values as sent: HubSpot documents strings and also takes numbers and booleans. */
const propertyValues = z.record(z.string(), z.unknown());

/** HubSpot's ids are strings; numbers are tolerated. */
const id = z.union([z.string(), z.number()]).transform(String);

/** PATCH body (`SimplePublicObjectInput`). */
export const objectInputSchema = z.object({ properties: propertyValues });

/** Create body (`SimplePublicObjectInputForCreate`): properties and optional associations. */
export const objectCreateSchema = z.object({
  properties: propertyValues,
  associations: z
    .array(
      z.object({
        to: z.object({ id }),
        types: z.array(z.object({ associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED', 'WORK']), associationTypeId: z.number().int() })).min(1),
      }),
    )
    .optional(),
});

/** Batch create body (`BatchInputSimplePublicObjectInputForCreate`). */
export const batchCreateSchema = z.object({ inputs: z.array(objectCreateSchema) });

/** Batch read body (`BatchReadInputSimplePublicObjectId`). */
export const batchReadSchema = z.object({
  inputs: z.array(z.object({ id })),
  properties: z.array(z.string()).optional(),
  propertiesWithHistory: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});

/** Batch update body (`BatchInputSimplePublicObjectBatchInput`). */
export const batchUpdateSchema = z.object({
  inputs: z.array(z.object({ id, properties: propertyValues, idProperty: z.string().optional(), objectWriteTraceId: z.string().optional() })),
});

/** Batch upsert body (`BatchInputSimplePublicObjectBatchInputUpsert`): records matched by a unique property. */
export const batchUpsertSchema = z.object({
  inputs: z.array(z.object({ id, idProperty: z.string().min(1), properties: propertyValues, objectWriteTraceId: z.string().optional() })),
});

const filterSchema = z.object({
  propertyName: z.string().min(1),
  operator: z.enum(FILTER_OPERATORS),
  value: z.union([z.string(), z.number(), z.boolean()]).transform(String).optional(),
  highValue: z.union([z.string(), z.number()]).transform(String).optional(),
  values: z.array(z.union([z.string(), z.number(), z.boolean()]).transform(String)).optional(),
});

/** A sort as `{ propertyName, direction }`, or as the OpenAPI documents type it: a string (`-name` descending). */
const sortSchema = z.union([
  z.object({ propertyName: z.string().min(1), direction: z.enum(['ASCENDING', 'DESCENDING']).optional() }).transform((sort) => ({ propertyName: sort.propertyName, descending: sort.direction === 'DESCENDING' })),
  z
    .string()
    .min(1)
    .transform((sort) => (sort.startsWith('-') ? { propertyName: sort.slice(1), descending: true } : { propertyName: sort, descending: false })),
]);

/** Search body (`PublicObjectSearchRequest`); every field optional, as HubSpot treats them. */
export const searchSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).optional(),
  sorts: z.array(sortSchema).optional(),
  properties: z.array(z.string()).optional(),
  query: z.string().max(3000).optional(),
  limit: z.number().int().min(0).optional(),
  after: z.union([z.string(), z.number()]).transform(String).optional(),
});

/** A parsed search request, sorts normalised to `{ propertyName, descending }`. */
export type SearchRequest = z.infer<typeof searchSchema>;

/** Associations batch read body (`BatchInputPublicFetchAssociationsBatchRequest`). */
export const associationsBatchReadSchema = z.object({ inputs: z.array(z.object({ id, after: z.string().optional() })) });

const optionInput = z.object({ label: z.string(), value: z.string(), displayOrder: z.number().int().optional(), hidden: z.boolean().optional(), description: z.string().optional() });

const propertyTypes = z.enum(['string', 'number', 'bool', 'date', 'datetime', 'enumeration', 'phone_number']);

/** The property name rule HubSpot enforces: lower case, starting with a letter. */
const propertyName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Property names must be lower case, start with a letter and contain only letters, digits and underscores');

/** One property to create (`PropertyCreate`). */
export const propertyCreateSchema = z.object({
  name: propertyName,
  label: z.string().min(1),
  type: propertyTypes,
  fieldType: z.string().min(1),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(optionInput).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  referencedObjectType: z.string().optional(),
  externalOptions: z.boolean().optional(),
});

/** Property batch create body (`BatchInputPropertyCreate`). */
export const propertyBatchCreateSchema = z.object({ inputs: z.array(propertyCreateSchema) });

/** Property update body (`PropertyUpdate`): the fields given replace the stored ones, `options` as a whole. */
export const propertyUpdateSchema = z.object({
  label: z.string().min(1).optional(),
  description: z.string().optional(),
  groupName: z.string().min(1).optional(),
  fieldType: z.string().min(1).optional(),
  type: propertyTypes.optional(),
  options: z.array(optionInput).optional(),
  displayOrder: z.number().int().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
});

/** Property group create body (`PropertyGroupCreate`). */
export const propertyGroupCreateSchema = z.object({ name: propertyName, label: z.string().min(1), displayOrder: z.number().int().optional() });

/** Custom object schema create body (`ObjectSchemaEgg`). */
export const schemaCreateSchema = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Object names must start with a letter and contain only letters, digits and underscores'),
  labels: z.object({ singular: z.string().optional(), plural: z.string().optional() }),
  description: z.string().optional(),
  primaryDisplayProperty: z.string().optional(),
  secondaryDisplayProperties: z.array(z.string()).optional(),
  searchableProperties: z.array(z.string()).optional(),
  requiredProperties: z.array(z.string()).optional(),
  allowsSensitiveProperties: z.boolean().optional(),
  associatedObjects: z.array(z.string()).optional(),
  properties: z.array(
    z.object({
      name: propertyName,
      label: z.string().min(1),
      type: propertyTypes,
      fieldType: z.string().min(1),
      groupName: z.string().optional(),
      description: z.string().optional(),
      options: z.array(optionInput).optional(),
      displayOrder: z.number().int().optional(),
      hasUniqueValue: z.boolean().optional(),
      hidden: z.boolean().optional(),
      formField: z.boolean().optional(),
      referencedObjectType: z.string().optional(),
    }),
  ),
});

/** Sequence enrollment body (`PublicSequenceEnrollmentRequest`). */
export const enrollmentSchema = z.object({ contactId: id, sequenceId: id, senderEmail: z.string().min(1), senderAliasAddress: z.string().optional() });

/** List membership body: a JSON array of record ids. */
export const listMembershipSchema = z.array(id);

/** Callback completion body (`CallbackCompletionRequest`); typedOutputs may be left out. */
export const callbackCompletionSchema = z.object({
  outputFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)),
  typedOutputs: z.record(z.string(), z.unknown()).optional(),
  failureReasonType: z.string().optional(),
});

/** Action definition patch (`PublicActionDefinitionPatch`): stored as sent. */
export const actionDefinitionPatchSchema = z.record(z.string(), z.unknown());

/**
 * Parses a request body or answers 400 the way HubSpot does for input it cannot bind
 * ("Invalid input JSON …"), naming each problem and where it is.
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(body)'}: ${issue.message}`);
  throw validationError(`Invalid input JSON: cannot build ${what}: ${problems.join('; ')}`, { problems });
}
