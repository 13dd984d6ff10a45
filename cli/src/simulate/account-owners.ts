import { accountDomain, accountLookupOrder, comparableDomain, type AccountOwner, type Contact, type LeadOpsConfig } from '@leadops/rules';
import type { PortalData } from '../portal/portal-data';

/** Finds a contact's account owner the way the live adapter does: the associated company first, then the email domain. */
export type AccountOwnerLookup = (contact: Contact) => AccountOwner | undefined;

function domainOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const domain = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0];
  // Keyed in the form accountDomain gives, so a company at xn--bcher-kva.de is found for anna@bücher.de.
  return domain ? comparableDomain(domain) : null;
}

export function accountOwnerLookup(portal: PortalData, config: LeadOpsConfig): AccountOwnerLookup {
  const order = accountLookupOrder(config);
  const byId = new Map(portal.companies.map((c) => [c.id, c]));
  const byDomain = new Map<string, PortalData['companies'][number]>();
  for (const company of portal.companies) {
    const domain = domainOf(company.properties['domain']);
    if (domain && !byDomain.has(domain)) byDomain.set(domain, company);
  }
  return (contact) => {
    for (const via of order) {
      const domain = via === 'email_domain' ? accountDomain(contact, config) : null;
      const company = via === 'association' ? byId.get(portal.contactCompanies[contact.id]?.[0] ?? '') : domain === null ? undefined : byDomain.get(domain);
      const ownerId = company?.properties['hubspot_owner_id'];
      if (company && ownerId) return { ownerId, companyName: company.properties['name'] ?? company.id, via };
    }
    return undefined;
  };
}
