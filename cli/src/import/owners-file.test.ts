import { readOwnersFile } from './owners-file';

const owner = { id: '71000101', userId: 9100101, email: 'ana.ruiz@leadops.example', firstName: 'Ana', lastName: 'Ruiz' };
const user = { id: '501', properties: { hs_internal_user_id: '9100101', hs_email: 'ana.ruiz@leadops.example', hs_working_hours: '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]', hs_standard_time_zone: 'America/New_York', hs_availability_status: 'available', hs_out_of_office_hours: null } };

describe('readOwnersFile', () => {
  it('reads owners and their user records', () => {
    expect(readOwnersFile(JSON.stringify({ owners: [owner], users: [user] }), 'owners.json')).toEqual({ owners: [owner], users: [user] });
  });

  it('names the file and what to fix when the JSON does not parse', () => {
    expect(() => readOwnersFile('{ "owners": [', 'samples/owners.json')).toThrow(/^samples\/owners\.json is not valid JSON .*it must hold \{ "owners"/s);
  });

  it('lists every wrong field with its path', () => {
    const text = JSON.stringify({ owners: [{ ...owner, id: 'ana', email: 'not-an-email' }], users: [{ id: '501', properties: { hs_email: 'x' } }] });
    expect(() => readOwnersFile(text, 'owners.json')).toThrow(/owners\.0\.id: must be digits only[\s\S]*owners\.0\.email:[\s\S]*users\.0\.properties: needs "hs_internal_user_id"/);
  });

  it('rejects a field it does not know, so a typo is not silently ignored', () => {
    expect(() => readOwnersFile(JSON.stringify({ owners: [{ ...owner, fistName: 'Ana' }] }), 'owners.json')).toThrow(/fistName/);
  });

  it('rejects an owner id used twice', () => {
    expect(() => readOwnersFile(JSON.stringify({ owners: [owner, { ...owner, userId: 2 }] }), 'owners.json')).toThrow('owners.1: owner id 71000101 is already used by owners.0');
  });
});
