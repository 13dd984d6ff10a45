import { asciiDomain, comparableDomain, domainSpellings, unicodeDomain } from './international-domain';

describe('international domains', () => {
  it.each([
    ['bücher.de', 'bücher.de'],
    ['xn--bcher-kva.de', 'bücher.de'],
    ['xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['пример.xn--p1ai', 'пример.рф'],
    // The URL parser maps what IDNA maps: full-width letters and a decomposed ü are the same domain.
    ['ｂücher.de', 'bücher.de'],
    ['bu\u0308cher.de', 'bücher.de'],
    ['acme.example', 'acme.example'],
  ])('compares %j as %j', (domain, comparable) => {
    expect(comparableDomain(domain)).toBe(comparable);
  });

  it('keeps a label that is not valid Punycode, and a domain the URL parser refuses, as they are', () => {
    expect(unicodeDomain('xn--bcher-kv.de')).toBe('xn--bcher-kv.de');
    expect(comparableDomain('bü cher.de')).toBe('bü cher.de');
    expect(asciiDomain('bü cher.de')).toBeNull();
  });

  it('gives both spellings of an international domain to search by, and one of any other', () => {
    expect(domainSpellings('xn--bcher-kva.de')).toEqual(['bücher.de', 'xn--bcher-kva.de']);
    expect(domainSpellings('bücher.de')).toEqual(['bücher.de', 'xn--bcher-kva.de']);
    expect(domainSpellings('acme.example')).toEqual(['acme.example']);
  });
});
