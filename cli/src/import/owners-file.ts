import { z } from 'zod';
import type { PortalOwner, PortalRecord } from '../portal/portal-data';

const digits = z.string().regex(/^\d+$/, 'must be digits only, as HubSpot ids are');

const ownerSchema = z.strictObject({
  id: digits,
  userId: z.number().int().positive(),
  email: z.email(),
  firstName: z.string(),
  lastName: z.string(),
});

/** HubSpot user records (object 0-115): the properties routing reads to build each rep's calendar. */
const userSchema = z.strictObject({
  id: digits,
  properties: z
    .record(z.string(), z.string().nullable())
    .refine((p) => typeof p['hs_internal_user_id'] === 'string' && /^\d+$/.test(p['hs_internal_user_id']), 'needs "hs_internal_user_id": the owner\'s userId as a string of digits'),
});

const ownersFileSchema = z.strictObject({
  owners: z.array(ownerSchema),
  users: z.array(userSchema).default([]),
});

export interface OwnersFile {
  readonly owners: readonly PortalOwner[];
  readonly users: readonly PortalRecord[];
}

const SHAPE = '{ "owners": [{ "id", "userId", "email", "firstName", "lastName" }], "users": [{ "id", "properties": { "hs_internal_user_id", "hs_email", "hs_working_hours", "hs_standard_time_zone", "hs_availability_status", "hs_out_of_office_hours" } }] }';

/**
 * Reads owners.json: the portal's owners (what `hubspot_owner_id` and the config's reps point at) and
 * their HubSpot user records. Throws naming every problem with its path, since reps built from a
 * half-read file would route leads to the wrong people.
 */
export function readOwnersFile(text: string, file: string): OwnersFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix the syntax; it must hold ${SHAPE}.`);
  }
  const parsed = ownersFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
    throw new Error(`${file} is not a valid owners file:\n  ${problems.join('\n  ')}\nFix these; the file must hold ${SHAPE}.`);
  }
  const { owners, users } = parsed.data;
  const problems = [...repeats(owners.map((o) => o.id), 'owner id', 'owners'), ...repeats(owners.map((o) => String(o.userId)), 'userId', 'owners'), ...repeats(users.map((u) => u.id), 'user record id', 'users')];
  if (problems.length > 0) throw new Error(`${file} is not a valid owners file:\n  ${problems.join('\n  ')}\nEach owner and user record must appear once.`);
  return { owners, users };
}

function repeats(values: readonly string[], what: string, list: string): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else problems.push(`${list}.${index}: ${what} ${value} is already used by ${list}.${first}`);
  });
  return problems;
}
