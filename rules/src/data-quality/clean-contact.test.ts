import { allCountries } from 'country-region-data';
import Holidays from 'date-holidays';
import { buildContact } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { cleanContact } from './clean-contact';
import { classifyJobTitle } from './job-title-buckets';
import { normalizeCountry } from './normalize-country';
import { normalizeEmail } from './normalize-email';
import { normalizePhone } from './normalize-phone';
import { normalizeRegion, regionKey } from './normalize-region';
import { REGION_ALIASES } from './region-aliases';

const config = loadDefaultConfig();

describe('normalizers', () => {
  it.each([
    [' Ana.Lopez@Example.COM ', 'ana.lopez@example.com', true],
    ['Ana <ana@example.com>', 'ana@example.com', true],
    ['mailto:ana@example.com', 'ana@example.com', true],
    ['<<ana@example.com>', 'ana@example.com', true],
    ['Ana <> <ana@example.com>', 'ana@example.com', true],
    ['Ana <ana@example.com', 'ana <ana@example.com', false],
    ['ana@example', 'ana@example', false],
    ['ana example.com', 'ana example.com', false],
    // International domains, as typed and in their ASCII form; a top-level domain of one letter or digits is none.
    ['Anna@Bücher.de', 'anna@bücher.de', true],
    ['ivan@пример.рф', 'ivan@пример.рф', true],
    ['ivan@example.xn--p1ai', 'ivan@example.xn--p1ai', true],
    ['ana@example.c', 'ana@example.c', false],
    ['ana@example.123', 'ana@example.123', false],
    // Only a domain is converted: a path or a space after the @ stays invalid.
    ['x@evil.example/ü.de', 'x@evil.example/ü.de', false],
    ['x@bü cher.de', 'x@bü cher.de', false],
    ['x@', 'x@', false],
  ])('email %j → %j (valid: %s)', (raw, email, valid) => {
    expect(normalizeEmail(raw)).toMatchObject({ email, valid });
  });

  it.each([
    ['Germany', 'DE'], ['Deutschland', 'DE'], ['Allemagne', 'DE'], ['Alemania', 'DE'], ['DEU', 'DE'], ['de', 'DE'],
    ['USA', 'US'], ['United States of America', 'US'], ['U.S.', 'US'], ['UK', 'GB'], ['England', 'GB'],
    ['Royaume-Uni', 'GB'], ['Holland', 'NL'], ['Japon', 'JP'], ['  india ', 'IN'],
  ])('country %j → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it('leaves a region unknown when no data names it, rather than guessing', () => {
    expect(normalizeRegion('Atlantis', 'FR')).toBeUndefined();
    expect(normalizeRegion('Texas', 'DE')).toBeUndefined();
  });

  it('has aliases only for regions the data names, each reaching its own region', () => {
    const holidays = new Holidays();
    const wrong = Object.entries(REGION_ALIASES).flatMap(([country, aliases]) => {
      const known = new Set([...Object.keys(holidays.getStates(country) ?? {}), ...(allCountries.find(([, code]) => code === country)?.[2] ?? []).map(([, code]) => code)]);
      return Object.entries(aliases).filter(([alias, code]) => !known.has(code) || normalizeRegion(alias, country) !== `${country}-${code}` || regionKey(alias) !== alias).map(([alias, code]) => `${country} ${alias} → ${code}`);
    });
    expect(wrong).toEqual([]);
  });

  it('does not read a prefecture suffix outside Japan or a county outside Ireland', () => {
    expect(normalizeRegion('Co. Dublin', 'GB')).toBeUndefined();
    expect(normalizeRegion('Texas-to', 'US')).toBeUndefined();
  });

  it('leaves an unknown country unknown', () => {
    expect(normalizeCountry('Atlantis')).toBeUndefined();
  });

  it.each([
    ['California', 'US', 'US-CA'], ['ca', 'US', 'US-CA'], ['US-NY', 'US', 'US-NY'], ['Ontario', 'CA', 'CA-ON'],
    ['New South Wales', 'AU', 'AU-NSW'], ['Karnataka', 'IN', 'IN-KA'], ['Bayern', 'DE', 'DE-BY'],
    // Regions without holidays of their own, which the public-holiday data does not list.
    ['Auvergne-Rhône-Alpes', 'FR', 'FR-ARA'], ['Île-de-France', 'FR', 'FR-IDF'], ['Hamburg', 'DE', 'DE-HH'], ['Zürich', 'CH', 'CH-ZH'],
    ['Tokyo', 'JP', 'JP-13'], ['Dubai', 'AE', 'AE-DU'],
    // Accents typed or left out, and both names of a bilingual one.
    ['Quebec', 'CA', 'CA-QC'], ['Québec', 'CA', 'CA-QC'], ['ile-de-france', 'FR', 'FR-IDF'], ['Álava', 'ES', 'ES-VI'], ['Araba', 'ES', 'ES-VI'],
    // The holiday data's code wins where both know a region, so calendars and contacts agree.
    ['Cataluña', 'ES', 'ES-CT'],
    // English names, abbreviations with or without dots, hyphens written as spaces.
    ['Bavaria', 'DE', 'DE-BY'], ['North Rhine-Westphalia', 'DE', 'DE-NW'], ['NRW', 'DE', 'DE-NW'], ['Baden Wurttemberg', 'DE', 'DE-BW'], ['Vienna', 'AT', 'AT-9'],
    ['Catalunya', 'ES', 'ES-CT'], ['Calif.', 'US', 'US-CA'], ['N.Y.', 'US', 'US-NY'], ['Washington, D.C.', 'US', 'US-DC'], ['US_NY', 'US', 'US-NY'], ['Que.', 'CA', 'CA-QC'],
    ['B.C.', 'CA', 'CA-BC'], ['NCT of Delhi', 'IN', 'IN-DL'], ['CDMX', 'MX', 'MX-CMX'], ['Valle d’Aosta', 'IT', 'IT-23'],
    // A country's usual affixes: prefectures' suffixes, Irish counties, Swiss cantons.
    ['Tōkyō-to', 'JP', 'JP-13'], ['Osaka-fu', 'JP', 'JP-27'], ['Kanagawa Prefecture', 'JP', 'JP-14'], ['Co. Dublin', 'IE', 'IE-D'], ['County Cork', 'IE', 'IE-CO'],
    ['Kanton Zürich', 'CH', 'CH-ZH'], ['Canton of Geneva', 'CH', 'CH-GE'],
  ])('region %j in %s → %s', (raw, country, code) => {
    expect(normalizeRegion(raw, country)).toBe(code);
  });

  it.each([
    ['(415) 555-0132', 'US', '+14155550132'],
    ['+44 20 7946 0958', undefined, '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['030 901820', 'DE', '+4930901820'],
    // The extension is kept: people behind one switchboard are not one number.
    ['+1 415 555 0132 ext. 123', undefined, '+14155550132 ext. 123'],
    ['(415) 555-0199 x7', 'US', '+14155550199 ext. 7'],
  ])('phone %j (country %s) → %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toBe(e164);
  });

  it('rejects a phone number that cannot exist', () => {
    expect(normalizePhone('12', 'US')).toBeUndefined();
  });

  it.each([
    ['VP Sales', 'vp', 'sales'], ['Chief Revenue Officer', 'c_level', 'sales'], ['Head of Marketing', 'vp', 'marketing'],
    ['Vice President of Sales', 'vp', 'sales'], ['Senior Vice-President, Marketing', 'vp', 'marketing'], ['President & CEO', 'c_level', 'executive'],
    ['Product Owner', 'individual_contributor', 'product'], ['Owner', 'c_level', 'executive'], ['Business Owner', 'c_level', 'executive'],
    ['Executive Assistant to the CEO', 'individual_contributor', 'executive'], ['CMO', 'c_level', 'marketing'], ['CTO', 'c_level', 'engineering'],
    ['Lead Generation Specialist', 'individual_contributor', 'marketing'], ['Geschäftsführerin', 'c_level', 'other'], ['Directrice commerciale', 'director', 'sales'],
    ['Director, Revenue Operations', 'director', 'operations'], ['Senior Software Engineer', 'individual_contributor', 'engineering'],
    ['Marketing Intern', 'student', 'marketing'], ['Sales Manager EMEA', 'manager', 'sales'], ['Co-Founder & CEO', 'c_level', 'executive'],
    // Staff who run student or intern programmes are not students; German feminine titles keep their seniority.
    ['Director of Student Services', 'director', 'other'], ['Head of Student Recruitment', 'vp', 'hr'], ['Internship Program Manager', 'manager', 'other'],
    ['Working Student Marketing', 'student', 'marketing'], ['Leiterin Vertrieb', 'director', 'sales'], ['Direktorin Marketing', 'director', 'marketing'],
  ])('job title %j → seniority %s, function %s', (title, seniority, jobFunction) => {
    expect(classifyJobTitle(title)).toMatchObject({ seniority, jobFunction });
  });
});

describe('cleanContact', () => {
  it('normalises values, derives buckets and records each fix with its reason', () => {
    const cleaned = cleanContact(buildContact({ properties: { email: ' Dana.Lee@Northwind.EXAMPLE ', country: 'Vereinigte Staaten', state: 'California', phone: '(415) 555-0132', jobtitle: 'Director of Marketing', leadops_seniority: undefined, leadops_job_function: undefined } }), config);
    expect(cleaned.contact.properties).toMatchObject({ email: 'dana.lee@northwind.example', country: 'US', state: 'US-CA', phone: '+14155550132', leadops_seniority: 'director', leadops_job_function: 'marketing', leadops_email_kind: 'business' });
    expect(cleaned.fixes.map((f) => [f.property, f.from, f.to])).toEqual([
      ['email', ' Dana.Lee@Northwind.EXAMPLE ', 'dana.lee@northwind.example'],
      ['country', 'Vereinigte Staaten', 'US'],
      ['state', 'California', 'US-CA'],
      ['phone', '(415) 555-0132', '+14155550132'],
    ]);
    expect(cleaned.flags).toEqual([]);
  });

  it.each([
    ['anna@gmail.com', 'free_mail'],
    ['info@northwind.example', 'role'],
    ['x@mailinator.com', 'disposable'],
    ['not-an-email', 'invalid'],
  ])('flags %s as %s', (email, kind) => {
    const cleaned = cleanContact(buildContact({ properties: { email } }), config);
    expect(cleaned.emailKind).toBe(kind);
    expect(cleaned.contact.properties['leadops_email_kind']).toBe(kind);
    expect(cleaned.flags.map((f) => f.code)).toContain(kind === 'free_mail' ? 'free_mail' : kind === 'role' ? 'role_address' : kind === 'disposable' ? 'disposable_domain' : 'invalid_email');
  });

  it('flags an international address as disposable or free mail whichever form the list and the address use', () => {
    const lists = { ...config, dataQuality: { ...config.dataQuality, disposableDomains: ['xn--wegwerf-pst-zfb.de'], freeMailDomains: ['пример.рф'] } };
    const flagsOf = (email: string) => cleanContact(buildContact({ properties: { email } }), lists).flags.map((f) => [f.code, f.text]);
    expect(flagsOf('x@wegwerf-pöst.de')).toContainEqual(['disposable_domain', 'wegwerf-pöst.de is a disposable-mail service']);
    expect(flagsOf('ivan@xn--e1afmkfd.xn--p1ai')).toContainEqual(['free_mail', 'пример.рф is a free-mail provider: the company is unknown']);
  });

  it('names the empty fields the fit rules need', () => {
    const cleaned = cleanContact(buildContact({ properties: { numemployees: '', country: undefined } }), config);
    expect(cleaned.flags.filter((f) => f.code === 'missing_fit_field').map((f) => f.property).sort()).toEqual(['country', 'numemployees']);
  });

  it('does not change the contact it was given', () => {
    const contact = buildContact({ properties: { email: ' X@Y.example ' } });
    cleanContact(contact, config);
    expect(contact.properties['email']).toBe(' X@Y.example ');
  });
});
