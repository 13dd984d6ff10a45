import { buildContact } from '../../test-support/build-contact';
import { earlierRecordIndex } from './earlier-record-index';
import { duplicateKeys } from './find-duplicates';

const person = (id: string, properties: Record<string, string>) => buildContact({ id, properties: { email: '', phone: '', mobilephone: '', firstname: '', lastname: '', ...properties } });

describe('earlierRecordIndex', () => {
  it('matches each contact only with one that came before it, saying why', () => {
    const index = earlierRecordIndex<string>();
    const admitted = [
      person('1', { email: 'dana.lee@northwind.example', firstname: 'Dana', lastname: 'Lee' }),
      person('2', { email: 'sam@acme.example', phone: '+14155550132', firstname: 'Sam', lastname: 'Park' }),
      person('3', { email: 'Dana.Lee@Northwind.example', firstname: 'Dana', lastname: 'Lee' }),
      person('4', { email: 'sam.personal@gmail.com', mobilephone: '+1 415 555 0132', firstname: 'Sam', lastname: 'Park' }),
    ].map((contact) => index.admit(contact, contact.id));
    expect(admitted).toEqual([
      null,
      null,
      { earlier: '1', reasons: ['same email dana.lee@northwind.example', 'same name "dana lee" at northwind.example'] },
      { earlier: '2', reasons: ['same phone +14155550132 and name "sam park"'] },
    ]);
  });

  it('does not match a contact with itself when its phone and mobile are one number', () => {
    const index = earlierRecordIndex<string>();
    expect(index.admit(person('1', { email: 'ana@acme.example', phone: '+14155550132', mobilephone: '+14155550132', firstname: 'Ana', lastname: 'Ruiz' }), '1')).toBeNull();
    expect(index.admit(person('2', { email: 'ana.r@gmail.com', phone: '+14155550132', firstname: 'Ana', lastname: 'Ruiz' }), '2')).toEqual({ earlier: '1', reasons: ['same phone +14155550132 and name "ana ruiz"'] });
  });

  it('names the record holding the first shared key, and only the reasons that record shares', () => {
    const index = earlierRecordIndex<string>();
    index.admit(person('1', { email: 'kim@acme.example' }), '1');
    index.admit(person('2', { email: 'kim.p@gmail.com', phone: '+442071838750', firstname: 'Kim', lastname: 'Poole' }), '2');
    expect(index.admit(person('3', { email: 'kim@acme.example', phone: '+442071838750', firstname: 'Kim', lastname: 'Poole' }), '3')).toEqual({ earlier: '1', reasons: ['same email kim@acme.example'] });
  });

  it('flags exactly the contacts that share a key with some earlier contact, as comparing every pair would', () => {
    const contacts = Array.from({ length: 1_200 }, (_, i) =>
      person(String(i), { email: `user${i % 1_000}@company${i % 20}.example`, firstname: 'Pat', lastname: `Lane${i % 250}`, phone: i % 5 === 0 ? `+1415555${1000 + (i % 250)}` : '' }),
    );
    const keys = contacts.map((contact) => new Set(duplicateKeys(contact).map(([key, value]) => `${key}:${value}`)));
    const sharesWithEarlier = contacts.filter((_, i) => keys.slice(0, i).some((earlier) => [...(keys[i] ?? [])].some((key) => earlier.has(key))));
    const index = earlierRecordIndex<string>();
    const flagged = contacts.filter((contact) => index.admit(contact, contact.id) !== null);
    expect(sharesWithEarlier.length).toBeGreaterThan(300);
    expect(flagged.map((c) => c.id)).toEqual(sharesWithEarlier.map((c) => c.id));
  });
});
