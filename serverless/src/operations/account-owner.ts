import { accountDomain, accountLookupOrder, domainSpellings, type AccountOwner, type Contact, type LeadOpsConfig } from '@leadops/rules';
import { batchReadObjects } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { searchPageSchema } from '../hubspot/hubspot-responses';

const COMPANY_PROPERTIES = ['name', 'domain', 'hubspot_owner_id'];

/**
 * The contact's account owner as routing needs it (see accountLookupOrder): the owner of the associated
 * company, then of the company whose domain is the contact's email domain, in the config's order.
 * Reads only; undefined when routing has no use for an account or none has an owner.
 */
export async function findAccountOwner(gateway: HubSpotGateway, config: LeadOpsConfig, contact: Contact, companyIds: readonly string[]): Promise<AccountOwner | undefined> {
  for (const via of accountLookupOrder(config)) {
    if (via === 'association') {
      if (companyIds.length === 0) continue;
      const [company] = await batchReadObjects(gateway, 'companies.batchRead', 'companies', companyIds.slice(0, 1), COMPANY_PROPERTIES);
      const ownerId = company?.properties['hubspot_owner_id'];
      if (company && ownerId) return { ownerId, companyName: company.properties['name'] ?? company.id, via };
    } else {
      const domain = accountDomain(contact, config);
      if (domain === null) continue;
      // One filter group per spelling (groups are ORed): a company may hold bücher.de or xn--bcher-kva.de.
      const filterGroups = domainSpellings(domain).map((value) => ({ filters: [{ propertyName: 'domain', operator: 'EQ', value }] }));
      const page = await gateway.call('companies.search', { path: { objectType: 'companies' }, body: { filterGroups, sorts: ['hs_object_id'], properties: COMPANY_PROPERTIES, limit: 1, after: '0' } }, searchPageSchema);
      const [company] = page.results;
      const ownerId = company?.properties['hubspot_owner_id'];
      if (company && ownerId) return { ownerId, companyName: company.properties['name'] ?? company.id, via };
    }
  }
  return undefined;
}
