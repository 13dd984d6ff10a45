import { buildContact } from '../../../rules/test-support/build-contact';
import { routingConfig } from '../../../rules/test-support/routing-fixture';
import type { PortalData } from '../portal/portal-data';
import { accountOwnerLookup } from './account-owners';

const byDomain = routingConfig((routing) => {
  routing['leadToAccount'] = { enabled: true, matchBy: ['association', 'email_domain'] };
});

function portalWith(companies: PortalData['companies']): PortalData {
  return { contacts: [], companies, contactCompanies: {}, owners: [], users: [] };
}

const withEmail = (email: string) => buildContact({ id: '1', properties: { email } });

describe('accountOwnerLookup', () => {
  it("finds a company by its website's domain, as typed in a companies export", () => {
    const lookup = accountOwnerLookup(portalWith([{ id: '9001', properties: { name: 'Acme', domain: 'https://www.Acme.example/about', hubspot_owner_id: '13' } }]), byDomain);
    expect(lookup(withEmail('sam@acme.example'))).toEqual({ ownerId: '13', companyName: 'Acme', via: 'email_domain' });
  });

  it('finds the company of an international domain whichever form the address and the company hold it in', () => {
    const lookup = accountOwnerLookup(
      portalWith([
        { id: '9002', properties: { name: 'Bücher GmbH', domain: 'xn--bcher-kva.de', hubspot_owner_id: '21' } },
        { id: '9003', properties: { name: 'Пример', domain: 'www.Пример.рф', hubspot_owner_id: '32' } },
      ]),
      byDomain,
    );
    expect(lookup(withEmail('anna@bücher.de'))?.ownerId).toBe('21');
    expect(lookup(withEmail('ivan@xn--e1afmkfd.xn--p1ai'))?.ownerId).toBe('32');
  });
});
