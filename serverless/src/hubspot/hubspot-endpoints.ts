/**
 * Every HubSpot endpoint the gateway is allowed to call, with the scopes LeadOps asks for to call it.
 *
 * This is the single source of the app's `requiredScopes`: `src/app/app-hsmeta.json` must list exactly
 * the scopes named here (checked by `npm run validate` and by the contract tests, which also check each
 * scope against the `security` section of HubSpot's OpenAPI document named in `spec`).
 */
export interface HubSpotEndpoint {
  /** Stable name the gateway uses to refer to the endpoint. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template exactly as in HubSpot's OpenAPI document. */
  readonly path: string;
  /** OpenAPI document under `../shared/hubspot-api/<apiVersion>/` that describes the endpoint. */
  readonly spec: string;
  readonly apiVersion: '2026-09' | '2026-03';
  /**
   * The private-app scopes LeadOps requests for this endpoint, all of which it needs (HubSpot's spec asks
   * for crm.lists.read and crm.lists.write together to add list members), or `null` when the endpoint is
   * not authorised by the app's token at all (HubSpot's action-definition API takes a developer API key).
   */
  readonly scopes: readonly string[] | null;
  readonly purpose: string;
  /**
   * Each successful request creates something a duplicate of which does harm (a second task for a rep, a
   * second enrollment, two config versions): the gateway never repeats one whose outcome is unknown.
   * Audit notes are left out on purpose: a rare duplicate note is better than a bulk job stopped by a 500.
   */
  readonly createsRecords?: true;
}

const objects = '/crm/objects/2026-09/{objectType}';

export const HUBSPOT_ENDPOINTS = [
  { id: 'contacts.get', method: 'GET', path: `${objects}/{objectId}`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.read'], purpose: 'Read one contact for a card.' },
  { id: 'contacts.batchRead', method: 'POST', path: `${objects}/batch/read`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.read'], purpose: 'Read contacts in batches of 100.' },
  { id: 'contacts.search', method: 'POST', path: `${objects}/search`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.read'], purpose: 'Page through contacts to rescore or sweep SLAs.' },
  { id: 'contacts.update', method: 'PATCH', path: `${objects}/{objectId}`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Write one decision back to a contact.' },
  { id: 'contacts.batchUpdate', method: 'POST', path: `${objects}/batch/update`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Write scores and owners in batches of 100.' },
  { id: 'contacts.batchUpsert', method: 'POST', path: `${objects}/batch/upsert`, spec: 'contacts.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Create or update contacts by email (imports, the simulator).' },
  { id: 'companies.batchRead', method: 'POST', path: `${objects}/batch/read`, spec: 'companies.json', apiVersion: '2026-09', scopes: ['crm.objects.companies.read'], purpose: 'Read the account owner for lead-to-account routing.' },
  { id: 'companies.search', method: 'POST', path: `${objects}/search`, spec: 'companies.json', apiVersion: '2026-09', scopes: ['crm.objects.companies.read'], purpose: 'Find a company by email domain.' },
  { id: 'owners.list', method: 'GET', path: '/crm/owners/2026-09', spec: 'crmOwners.json', apiVersion: '2026-09', scopes: ['crm.objects.owners.read'], purpose: 'List the reps who can own leads.' },
  { id: 'users.search', method: 'POST', path: `${objects}/search`, spec: 'users.json', apiVersion: '2026-09', scopes: ['crm.objects.users.read'], purpose: "Read reps' working hours, time zone and out-of-office." },
  { id: 'properties.list', method: 'GET', path: '/crm/properties/2026-09/{objectType}', spec: 'properties.json', apiVersion: '2026-09', scopes: ['crm.schemas.contacts.read'], purpose: 'Check which LeadOps properties exist.' },
  { id: 'properties.batchCreate', method: 'POST', path: '/crm/properties/2026-09/{objectType}/batch/create', spec: 'properties.json', apiVersion: '2026-09', scopes: ['crm.schemas.contacts.write'], purpose: 'Create the LeadOps contact properties on install.', createsRecords: true },
  { id: 'properties.update', method: 'PATCH', path: '/crm/properties/2026-09/{objectType}/{propertyName}', spec: 'properties.json', apiVersion: '2026-09', scopes: ['crm.schemas.contacts.write'], purpose: 'Add the options a newer LeadOps needs to its existing enumeration properties on install.' },
  { id: 'properties.createGroup', method: 'POST', path: '/crm/properties/2026-09/{objectType}/groups', spec: 'properties.json', apiVersion: '2026-09', scopes: ['crm.schemas.contacts.write'], purpose: 'Create the LeadOps property group on install.', createsRecords: true },
  { id: 'schemas.list', method: 'GET', path: '/crm-object-schemas/2026-09/schemas', spec: 'schemas.json', apiVersion: '2026-09', scopes: ['crm.schemas.custom.read'], purpose: 'Find the config-store custom object.' },
  { id: 'schemas.create', method: 'POST', path: '/crm-object-schemas/2026-09/schemas', spec: 'schemas.json', apiVersion: '2026-09', scopes: ['crm.schemas.custom.write'], purpose: 'Create the config-store custom object on install.', createsRecords: true },
  { id: 'configStore.create', method: 'POST', path: objects, spec: 'objects.json', apiVersion: '2026-09', scopes: ['crm.objects.custom.write'], purpose: 'Save a new config version.', createsRecords: true },
  { id: 'configStore.search', method: 'POST', path: `${objects}/search`, spec: 'objects.json', apiVersion: '2026-09', scopes: ['crm.objects.custom.read'], purpose: 'Read config versions, newest first.' },
  { id: 'stateStore.update', method: 'PATCH', path: `${objects}/{objectId}`, spec: 'objects.json', apiVersion: '2026-09', scopes: ['crm.objects.custom.write'], purpose: 'Save the routing state (round-robin positions, counters).' },
  { id: 'associations.batchRead', method: 'POST', path: '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read', spec: 'associations.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.read'], purpose: "Find each contact's company, and a contact's tasks." },
  { id: 'notes.create', method: 'POST', path: objects, spec: 'notes.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Write the audit note of a decision on the contact.' },
  { id: 'notes.batchCreate', method: 'POST', path: `${objects}/batch/create`, spec: 'notes.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Write the audit notes of a bulk rescore, 100 at a time.' },
  { id: 'tasks.create', method: 'POST', path: objects, spec: 'tasks.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.write'], purpose: 'Create an escalation task for the owner.', createsRecords: true },
  { id: 'tasks.batchRead', method: 'POST', path: `${objects}/batch/read`, spec: 'tasks.json', apiVersion: '2026-09', scopes: ['crm.objects.contacts.read'], purpose: 'Find an escalation task an earlier check created when HubSpot lost its answer, before creating it again.' },
  { id: 'sequences.list', method: 'GET', path: '/automation/sequences/2026-09', spec: 'sequences.json', apiVersion: '2026-09', scopes: ['automation.sequences.read'], purpose: 'Offer sequences as nurture tracks.' },
  { id: 'sequences.enroll', method: 'POST', path: '/automation/sequences/2026-09/enrollments', spec: 'sequences.json', apiVersion: '2026-09', scopes: ['automation.sequences.enrollments.write'], purpose: 'Enroll a contact in a nurture sequence.', createsRecords: true },
  { id: 'sequences.enrollmentOfContact', method: 'GET', path: '/automation/sequences/2026-09/enrollments/contact/{contactId}', spec: 'sequences.json', apiVersion: '2026-09', scopes: ['automation.sequences.read'], purpose: 'See whether an enrollment HubSpot did not confirm happened, before saying to enroll again.' },
  { id: 'lists.addMembers', method: 'PUT', path: '/crm/lists/2026-09/{listId}/memberships/add', spec: 'lists.json', apiVersion: '2026-09', scopes: ['crm.lists.read', 'crm.lists.write'], purpose: 'Enroll a contact in a list-based nurture track.' },
  { id: 'callbacks.complete', method: 'POST', path: '/automation/actions/callbacks/2026-09/{callbackId}/complete', spec: 'actionsV4.json', apiVersion: '2026-09', scopes: ['automation'], purpose: 'Complete a blocked workflow action.' },
  { id: 'actions.list', method: 'GET', path: '/automation/actions/2026-09/{appId}', spec: 'actionsV4.json', apiVersion: '2026-09', scopes: null, purpose: 'Find the workflow actions the project upload created (developer API key).' },
  { id: 'actions.update', method: 'PATCH', path: '/automation/actions/2026-09/{appId}/{definitionId}', spec: 'actionsV4.json', apiVersion: '2026-09', scopes: null, purpose: 'Declare output fields of the workflow actions on install (developer API key).' },
  // HubSpot publishes the settings users API only in 2026-03; it is the one place where an admin flag can be read server-side.
  { id: 'settingsUsers.get', method: 'GET', path: '/settings/users/2026-03/{userId}', spec: 'userProvisioning.json', apiVersion: '2026-03', scopes: ['settings.users.read'], purpose: 'Check that a user may change settings or re-route.' },
] as const satisfies readonly HubSpotEndpoint[];

export type HubSpotEndpointId = (typeof HUBSPOT_ENDPOINTS)[number]['id'];
