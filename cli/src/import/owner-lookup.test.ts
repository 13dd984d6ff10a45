import type { PortalOwner } from '../portal/portal-data';
import { ownerReader } from './owner-lookup';

const owners: PortalOwner[] = [
  { id: '71000101', userId: 1, email: 'ana.ruiz@leadops.example', firstName: 'Ana', lastName: 'Ruiz' },
  // "Zoë" written with a combining diaeresis (NFD), as some systems export it.
  { id: '71000102', userId: 2, email: 'zoe.weiss@leadops.example', firstName: 'Zoe\u0308', lastName: 'Weiß' },
];
const read = ownerReader(owners);

describe('ownerReader', () => {
  it.each([
    ['Ana Ruiz', '71000101'],
    ['  ana   RUIZ ', '71000101'],
    ['Ana.Ruiz@LeadOps.example', '71000101'],
    ['71000101', '71000101'],
    ['Zoë Weiß', '71000102'],
  ])('reads %j as owner %s', (raw, id) => {
    expect(read(raw)).toEqual({ kind: 'value', value: id });
  });

  it('drops an owner it cannot find, telling where to add it', () => {
    expect(read('Ana R.')).toEqual({ kind: 'drop', message: expect.stringContaining('"Ana R." is not in owners.json') });
  });
});
