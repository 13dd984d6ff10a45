import { buildContact } from '../../test-support/build-contact';
import { findDuplicates } from './find-duplicates';

const person = (id: string, properties: Record<string, string>) => buildContact({ id, properties: { email: '', phone: '', firstname: '', lastname: '', ...properties } });

describe('findDuplicates', () => {
  it('groups by normalised email, business domain + name, and phone + name, saying why', () => {
    const groups = findDuplicates([
      person('1', { email: 'Dana.Lee@northwind.example', firstname: 'Dana', lastname: 'Lee' }),
      person('2', { email: ' dana.lee@NORTHWIND.example' }),
      person('3', { email: 'dlee@northwind.example', firstname: 'Dána', lastname: 'Lee' }),
      person('4', { email: 'sam@acme.example', phone: '+14155550132', firstname: 'Sam', lastname: 'Park' }),
      person('5', { email: 'sam.personal@gmail.com', phone: '+1 415 555 0132', firstname: 'Sam', lastname: 'Park' }),
      // A colleague on the same switchboard number is someone else.
      person('8', { email: 'jo@acme.example', phone: '+14155550132', firstname: 'Jo', lastname: 'Bell' }),
      person('6', { email: 'alex@gmail.com', firstname: 'Alex', lastname: 'Kim' }),
      person('7', { email: 'other@gmail.com', firstname: 'Alex', lastname: 'Kim' }),
    ]);
    const byFirst = new Map(groups.map((g) => [[...g.contactIds].sort()[0], g]));
    expect([...(byFirst.get('1')?.contactIds ?? [])].sort()).toEqual(['1', '2', '3']);
    expect([...(byFirst.get('1')?.reasons ?? [])].sort()).toEqual(['same email dana.lee@northwind.example', 'same name "dana lee" at northwind.example']);
    expect([...(byFirst.get('4')?.contactIds ?? [])].sort()).toEqual(['4', '5']);
    expect(byFirst.get('4')?.reasons).toEqual(['same phone +14155550132 and name "sam park"']);
    // Same name at a free-mail provider is not evidence of the same person.
    expect(groups.some((g) => g.contactIds.includes('6'))).toBe(false);
    expect(groups.some((g) => g.contactIds.includes('8'))).toBe(false);
  });

  it('knows one international address typed as people write it and in its ASCII form, and says so readably', () => {
    const groups = findDuplicates([
      person('1', { email: 'anna@bücher.de', firstname: 'Anna', lastname: 'Roth' }),
      person('2', { email: 'anna@xn--bcher-kva.de' }),
      person('3', { email: 'a.roth@XN--BCHER-KVA.de', firstname: 'Anna', lastname: 'Roth' }),
    ]);
    expect(groups.map((g) => [...g.contactIds].sort())).toEqual([['1', '2', '3']]);
    expect([...(groups[0]?.reasons ?? [])].sort()).toEqual(['same email anna@bücher.de', 'same name "anna roth" at bücher.de']);
  });

  it('returns no groups when nobody shares a key', () => {
    expect(findDuplicates([person('1', { email: 'a@x.example' }), person('2', { email: 'b@x.example' })])).toEqual([]);
  });

  it('handles 100,000 contacts by blocking, not by comparing pairs', () => {
    const contacts = Array.from({ length: 100_000 }, (_, i) => person(String(i), { email: `user${i % 90_000}@company${i % 500}.example` }));
    const groups = findDuplicates(contacts);
    expect(groups).toHaveLength(10_000);
    expect(groups.every((g) => g.contactIds.length === 2)).toBe(true);
  });
});
