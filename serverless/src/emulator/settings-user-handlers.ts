import { notFound, validationError } from './hubspot-errors';
import type { RouteHandler } from './route-handler';

/**
 * GET /settings/users/2026-03/{userId}: one user (`PublicUserMarch2026`): roles, primary team and whether
 * they are a super admin. `idProperty=EMAIL` looks the user up by email. Unknown user: 404.
 */
export const getSettingsUser: RouteHandler = ({ portal, params, query }) => {
  const idProperty = query.get('idProperty') ?? 'USER_ID';
  if (idProperty !== 'USER_ID' && idProperty !== 'EMAIL') throw validationError(`idProperty must be USER_ID or EMAIL, not ${idProperty}.`, { idProperty: [idProperty] });
  const key = params['userId'] ?? '';
  const user = portal.getSettingsUser(key, idProperty);
  if (!user) throw notFound(`User ${key} does not exist.`);
  const roleIds = [...(user.roleIds ?? [])];
  return {
    status: 200,
    body: {
      id: user.id,
      email: user.email,
      roleIds,
      ...(roleIds[0] === undefined ? {} : { roleId: roleIds[0] }),
      ...(user.primaryTeamId === undefined ? {} : { primaryTeamId: user.primaryTeamId }),
      secondaryTeamIds: [],
      superAdmin: user.superAdmin,
    },
  };
};
