import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PortalSeed } from './emulator-types';

const seedObject = z.strictObject({ id: z.string().regex(/^\d+$/), properties: z.record(z.string(), z.string().nullable()) });

const portalSeedSchema = z.strictObject({
  contacts: z.array(seedObject).optional(),
  companies: z.array(seedObject).optional(),
  contactCompanies: z.record(z.string(), z.array(z.string())).optional(),
  owners: z.array(z.strictObject({ id: z.string(), userId: z.number().int(), email: z.string(), firstName: z.string(), lastName: z.string(), archived: z.boolean().optional() })).optional(),
  users: z.array(seedObject).optional(),
  settingsUsers: z.array(z.strictObject({ id: z.string(), email: z.string(), superAdmin: z.boolean(), roleIds: z.array(z.string()).optional(), primaryTeamId: z.string().optional() })).optional(),
  sequences: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
  lists: z.array(z.strictObject({ listId: z.string(), name: z.string() })).optional(),
});

/**
 * Reads a portal seed from a JSON file (the samples of the main job, or a demo portal) and checks its
 * shape, naming the first wrong field so a broken sample file is fixed, not half-loaded.
 */
export function loadPortalSeed(file: string): PortalSeed {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TypeError(`Cannot read the portal seed ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path and the JSON syntax.`);
  }
  const parsed = portalSeedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`The portal seed ${file} is not valid at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'unknown problem'}. Fix the file and start the emulator again.`);
  }
  return parsed.data;
}
