/** HubSpot users of the settings tests: a super admin, an ops user holding role 42, and a rep. */
export const ADMIN = '1001';
export const OPS = '1002';
export const REP = '1003';

export const SETTINGS_USERS = [
  { id: ADMIN, email: 'avery.admin@leadops.example', superAdmin: true },
  { id: OPS, email: 'riley.ops@leadops.example', superAdmin: false, roleIds: ['42'] },
  { id: REP, email: 'sam.rep@leadops.example', superAdmin: false, roleIds: ['7'] },
] as const;
