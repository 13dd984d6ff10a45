import { z } from 'zod';
import { leadOpsConfigSchema } from '@leadops/rules';

export const CONFIG_SCHEMA_FILE = 'rules/schema/leadops-config.schema.json';

/** The JSON Schema editors use to complete and check config files; what a user writes is the input side. */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(leadOpsConfigSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'LeadOps configuration', description: 'One versioned document: lifecycle, scoring, routing, SLA, handoff, nurture and data quality. Check a file with `npx leadops validate-config <file>`.' }, null, 2)}\n`;
}
