import { contactPropertiesReadBy, DAY_MS, type LeadOpsConfig } from '@leadops/rules';
import { activitiesFromProperties, batchReadObjects, chunk, listOwners, readContactCompanies, searchAllObjects, USER_PROPERTIES, type HubSpotGateway } from '@leadops/serverless';
import type { PortalData, PortalRecord } from './portal-data';

/** What the simulation reads of each contact: profile, lifecycle, owner, and the latest activity of each kind. */
export const PORTAL_CONTACT_PROPERTIES = [
  'email', 'firstname', 'lastname', 'jobtitle', 'company', 'country', 'state', 'city', 'phone', 'mobilephone', 'numemployees', 'industry', 'annualrevenue',
  'lifecyclestage', 'hs_lead_status', 'hubspot_owner_id', 'createdate', 'hs_analytics_source', 'num_associated_deals', 'recent_deal_close_date',
  'hs_analytics_last_visit_timestamp', 'hs_analytics_last_url', 'recent_conversion_date', 'recent_conversion_event_name', 'hs_email_last_click_date', 'hs_email_last_open_date', 'hs_latest_meeting_activity',
] as const;

export interface ReadPortalOptions {
  readonly now: number;
  /** Contacts created in the last `days` days. */
  readonly days: number;
  /** The configs to simulate: their rules' properties are read too (a custom property, a deal count). */
  readonly configs: readonly LeadOpsConfig[];
  readonly onProgress?: (contactsRead: number) => void;
}

/**
 * Reads what the simulation needs from a real portal: the contacts created in the window (with the
 * latest activity of each kind HubSpot keeps on the contact), their companies, owners and user records.
 * Only reading endpoints are used; pass a `readOnlyGateway` to make that a guarantee.
 */
export async function readPortal(gateway: HubSpotGateway, options: ReadPortalOptions): Promise<PortalData> {
  const since = options.now - options.days * DAY_MS;
  const contacts: PortalData['contacts'][number][] = [];
  for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', { filters: [{ propertyName: 'createdate', operator: 'GTE', value: String(since) }], properties: [...new Set([...PORTAL_CONTACT_PROPERTIES, ...options.configs.flatMap((config) => contactPropertiesReadBy(config))])] })) {
    for (const object of page) contacts.push({ id: object.id, properties: object.properties, activities: activitiesFromProperties(object.properties) });
    options.onProgress?.(contacts.length);
  }
  const links = await readContactCompanies(gateway, contacts.map((c) => c.id));
  const companyIds = [...new Set([...links.values()].flat())];
  const companies: PortalRecord[] = [];
  for (const ids of chunk(companyIds, 100)) {
    for (const company of await batchReadObjects(gateway, 'companies.batchRead', 'companies', ids, ['name', 'domain', 'hubspot_owner_id', 'numemployees', 'industry', 'country'])) companies.push({ id: company.id, properties: company.properties });
  }
  const owners = (await listOwners(gateway)).map((o) => ({ id: o.id, userId: o.userId ?? 0, email: o.email ?? '', firstName: o.firstName ?? '', lastName: o.lastName ?? '' }));
  const users: PortalRecord[] = [];
  for await (const page of searchAllObjects(gateway, 'users.search', 'users', { properties: [...USER_PROPERTIES] })) for (const user of page) users.push({ id: user.id, properties: user.properties });
  return { contacts, companies, contactCompanies: Object.fromEntries(links), owners, users };
}
