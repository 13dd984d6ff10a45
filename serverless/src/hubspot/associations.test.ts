import { STANDARD_ASSOCIATION_KINDS } from '../emulator/association-types';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { readAssociatedIds } from './associations';

describe("readAssociatedIds: every record associated with one record, across HubSpot's pages", () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    // Two associations a page, so five tasks take three pages.
    emulator = await startHubSpotEmulator({ rateLimit: false, associationPageSize: 2, seed: { contacts: [{ id: '1', properties: { email: 'ada@acme.example' } }, { id: '2', properties: { email: 'bob@globex.example' } }] } });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('follows paging.next.after until the last page, and finds nothing for a record without associations', async () => {
    const created = Array.from({ length: 5 }, (_, i) => emulator.portal.createObject('tasks', { hs_timestamp: '2026-11-24T09:00:00Z', hs_task_subject: `Task ${i}` }).id);
    const taskToContact = STANDARD_ASSOCIATION_KINDS.find((kind) => kind.name === 'task_to_contact');
    if (taskToContact === undefined) throw new Error('the emulator has no task_to_contact association');
    for (const id of created) emulator.portal.associate(taskToContact, id, '1');
    const gateway = gatewayFor(emulator);
    emulator.clearLog();
    expect(await readAssociatedIds(gateway, 'contacts', '1', 'tasks')).toEqual(created);
    expect(emulator.callCount({ pathPrefix: '/crm/associations/2026-09/contacts/tasks/batch/read' })).toBe(3);
    expect(await readAssociatedIds(gateway, 'contacts', '2', 'tasks')).toEqual([]);
  });
});
