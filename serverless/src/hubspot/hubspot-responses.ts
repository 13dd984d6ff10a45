import { z } from 'zod';

/** HubSpot returns every property value as a string (or null). */
const propertyValues = z.record(z.string(), z.string().nullable());

export const simpleObjectSchema = z.object({
  id: z.string(),
  properties: propertyValues,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
});
export type HubSpotObject = z.infer<typeof simpleObjectSchema>;

export const batchObjectsSchema = z.object({
  status: z.string().optional(),
  results: z.array(simpleObjectSchema),
  errors: z.array(z.object({ status: z.string().optional(), category: z.string().optional(), message: z.string().optional(), context: z.record(z.string(), z.array(z.string())).optional() })).optional(),
});

export const searchPageSchema = z.object({
  total: z.number(),
  results: z.array(simpleObjectSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const ownerSchema = z.object({
  id: z.string(),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  userId: z.number().optional(),
  archived: z.boolean().optional(),
});
export type HubSpotOwner = z.infer<typeof ownerSchema>;

export const ownersPageSchema = z.object({
  results: z.array(ownerSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const associationsBatchSchema = z.object({
  results: z.array(z.object({
    from: z.object({ id: z.string() }),
    to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]).transform(String) })),
    /** Present only when more associations of this record follow. */
    paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
  })),
});

export const settingsUserSchema = z.object({
  id: z.string(),
  email: z.string().optional(),
  superAdmin: z.boolean().optional(),
  roleIds: z.array(z.string()).optional(),
  primaryTeamId: z.string().optional(),
});

export const anyJsonSchema = z.unknown();
