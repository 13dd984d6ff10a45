import { z } from 'zod';
import { LEAF_OPERATORS, type Condition } from './condition';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const leafConditionSchema = z.strictObject({
  property: z.string().min(1).describe('Internal name of the HubSpot property, e.g. "jobtitle".'),
  op: z.enum(LEAF_OPERATORS).describe('How the value is compared.'),
  value: z.union([scalar, z.array(scalar)]).optional().describe('What to compare with: a value, a list (in, not_in, between), days, or a list name.'),
  label: z.string().optional().describe('Sentence shown to reps instead of the generated one.'),
});

/** The recursive condition tree; checked against property types when the config is parsed. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1), label: z.string().optional() }),
    z.strictObject({ any: z.array(conditionSchema).min(1), label: z.string().optional() }),
    z.strictObject({ not: conditionSchema, label: z.string().optional() }),
  ]),
);
