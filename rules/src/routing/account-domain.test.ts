import { buildContact } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { routingConfig } from '../../test-support/routing-fixture';
import { accountDomain } from './account-domain';
import { accountLookupOrder } from './account-lookup-order';

const config = loadDefaultConfig();
const withEmail = (email: string) => buildContact({ properties: { email } });

describe('accountDomain', () => {
  it("gives a work address's domain and none for free mail, built-in or added", () => {
    expect(accountDomain(withEmail('Sam@Acme.example'), config)).toBe('acme.example');
    expect(accountDomain(withEmail('sam@gmail.com'), config)).toBeNull();
    expect(accountDomain(withEmail('sam@yahoo.es'), config)).toBeNull();
  });

  it('reads added free-mail domains the way an admin may type them: with "@", spaces, capitals or a final dot', () => {
    const added = { ...config, dataQuality: { ...config.dataQuality, freeMailDomains: ['@Fastmail.example', ' mymail.example. '] } };
    expect(accountDomain(withEmail('sam@fastmail.example'), added)).toBeNull();
    expect(accountDomain(withEmail('sam@mymail.example'), added)).toBeNull();
  });

  it('gives an international domain in one form whichever the address is typed in, and knows a free-mail one added in the other', () => {
    expect(accountDomain(withEmail('anna@xn--bcher-kva.de'), config)).toBe('bücher.de');
    expect(accountDomain(withEmail('anna@Bücher.de'), config)).toBe('bücher.de');
    const added = { ...config, dataQuality: { ...config.dataQuality, freeMailDomains: ['xn--e1afmkfd.xn--p1ai'] } };
    expect(accountDomain(withEmail('ivan@пример.рф'), added)).toBeNull();
  });
});

describe('accountLookupOrder', () => {
  it('looks for an account when a rule targets the account owner, even with lead-to-account routing off', () => {
    const ruleOnly = routingConfig((routing) => {
      routing['leadToAccount'] = { enabled: false, matchBy: ['association', 'email_domain'] };
      routing['rules'] = [{ id: 'accounts', label: 'Known accounts', when: { property: 'email', op: 'known' }, target: { type: 'account_owner' } }];
    });
    expect(accountLookupOrder(ruleOnly)).toEqual(['association', 'email_domain']);
  });

  it('looks for none when nothing in routing uses an account', () => {
    expect(accountLookupOrder(routingConfig((routing) => { routing['leadToAccount'] = { enabled: false, matchBy: ['association'] }; }))).toEqual([]);
  });
});
