import type { LeadOpsConfig } from '@leadops/rules';
import type { z } from 'zod';
import { FunctionFailure } from '../functions/function-runtime';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { settingsUserSchema } from '../hubspot/hubspot-responses';

/** Who acted, as HubSpot knows them: the email goes into version history and audit notes. */
export interface PermittedUser {
  readonly email: string;
  readonly superAdmin: boolean;
}

interface Permission {
  /** What the user tried, for the message: "change LeadOps settings". */
  readonly action: string;
  /** The config key an admin edits to grant it, for the fix. */
  readonly configKey: 'permissions.settingsRoleIds' | 'permissions.rerouteRoleIds';
  readonly roleIds: readonly string[];
}

/**
 * Reads the user from HubSpot and lets them through when they are a super admin or hold one of the
 * permitted roles. The card's own idea of who may do what is never trusted: a card runs in the browser
 * and could send anything, so the answer comes from HubSpot on every call.
 */
async function assertPermitted(gateway: HubSpotGateway, userId: string, permission: Permission): Promise<PermittedUser> {
  const refusal = (why: string) => new FunctionFailure({
    code: 'FORBIDDEN',
    message: `Only super admins or users with a permitted role may ${permission.action}; ${why}.`,
    fix: `Ask a super admin to do it, or to add one of your HubSpot role ids to ${permission.configKey} in the LeadOps config.`,
  });
  // An id that is not digits cannot name a HubSpot user; refuse it before it reaches a URL.
  if (!/^\d{1,20}$/.test(userId)) throw refusal(`"${userId.slice(0, 40)}" is not a HubSpot user id`);
  let user: z.infer<typeof settingsUserSchema>;
  try {
    user = await gateway.call('settingsUsers.get', { path: { userId } }, settingsUserSchema);
  } catch (error) {
    // A user HubSpot does not know (deleted, or an id from another account) has no rights here.
    if (error instanceof HubSpotError && error.code === 'NOT_FOUND') throw refusal(`HubSpot has no user ${userId} in this account`);
    throw error;
  }
  const email = user.email ?? `user ${userId}`;
  if (user.superAdmin === true) return { email, superAdmin: true };
  const granted = new Set(permission.roleIds);
  if ((user.roleIds ?? []).some((roleId) => granted.has(roleId))) return { email, superAdmin: false };
  throw refusal(`${email} is neither`);
}

/**
 * Lets a user change LeadOps settings (save, roll back, dry-run): super admins always, others when they
 * hold a role in `permissions.settingsRoleIds` of `config`. Pass the config in force, never the one being
 * saved, or anyone could grant themselves a role; with no config yet (null) only super admins may.
 *
 * @throws FunctionFailure FORBIDDEN, also for a user HubSpot does not know.
 */
export async function assertMayChangeSettings(gateway: HubSpotGateway, config: LeadOpsConfig | null, userId: string): Promise<PermittedUser> {
  return assertPermitted(gateway, userId, { action: 'change LeadOps settings', configKey: 'permissions.settingsRoleIds', roleIds: config?.permissions.settingsRoleIds ?? [] });
}

/**
 * Lets a user re-route a lead away from its owner: super admins always, others when they hold a role in
 * `permissions.rerouteRoleIds` of `config` (null: super admins only).
 *
 * @throws FunctionFailure FORBIDDEN, also for a user HubSpot does not know.
 */
export async function assertMayReroute(gateway: HubSpotGateway, config: LeadOpsConfig | null, userId: string): Promise<PermittedUser> {
  return assertPermitted(gateway, userId, { action: 're-route leads', configKey: 'permissions.rerouteRoleIds', roleIds: config?.permissions.rerouteRoleIds ?? [] });
}
