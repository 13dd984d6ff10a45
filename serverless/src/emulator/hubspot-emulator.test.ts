import { HUBSPOT_ENDPOINTS } from '../hubspot/hubspot-endpoints';
import { matchRoute } from './emulator-routes';
import type { EmulatorOptions, PortalSeed } from './emulator-types';
import type { HubSpotEmulator } from './hubspot-emulator';
import { startHubSpotEmulator } from './hubspot-emulator';

const TOKEN = 'pat-na1-test-token';
const OBJECTS = '/crm/objects/2026-09';

const SEED: PortalSeed = {
  contacts: [
    { id: '1', properties: { email: 'ada@acme.example', firstname: 'Ada', lastname: 'Lovelace', jobtitle: 'VP Engineering', numemployees: '250', country: 'US', hubspot_owner_id: '11' } },
    { id: '2', properties: { email: 'bob@globex.example', firstname: 'Bob', numemployees: '40', country: 'DE' } },
    { id: '3', properties: { email: 'cy@acme.example', firstname: 'Cy', numemployees: '9', country: 'US', lifecyclestage: 'lead' } },
  ],
  companies: [{ id: '50', properties: { name: 'Acme', domain: 'acme.example', hubspot_owner_id: '11' } }],
  contactCompanies: { '1': ['50'] },
  owners: [
    { id: '11', userId: 111, email: 'rep.one@leadops.example', firstName: 'Rep', lastName: 'One' },
    { id: '12', userId: 112, email: 'rep.two@leadops.example', firstName: 'Rep', lastName: 'Two' },
    { id: '13', userId: 113, email: 'gone@leadops.example', firstName: 'Gone', lastName: 'Rep', archived: true },
  ],
  users: [{ id: '900', properties: { hs_email: 'rep.one@leadops.example', hs_standard_time_zone: 'America/New_York', hs_working_hours: '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]', hs_availability_status: 'available' } }],
  settingsUsers: [{ id: '111', email: 'rep.one@leadops.example', superAdmin: true, roleIds: ['42'], primaryTeamId: '7' }],
  sequences: [{ id: '5001', name: 'Nurture: developers' }],
  lists: [{ listId: '88', name: 'Nurture track' }],
  workflowActions: [{ appId: '1234', id: 'route-lead', actionUrl: 'https://leadops.example/actions/score-and-route' }],
};

interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/** A small client for the emulator: JSON in, JSON out, bearer token unless told otherwise. */
function client(emulator: HubSpotEmulator) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): Promise<Reply> => {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
  };
}

/** Narrows a JSON reply for assertions. */
function json(reply: Reply): Record<string, unknown> & { results: Record<string, unknown>[] } {
  return reply.body as Record<string, unknown> & { results: Record<string, unknown>[] };
}

async function withEmulator(options: EmulatorOptions, run: (emulator: HubSpotEmulator, call: ReturnType<typeof client>) => Promise<void>): Promise<void> {
  const emulator = await startHubSpotEmulator({ rateLimit: false, ...options });
  try {
    await run(emulator, client(emulator));
  } finally {
    await emulator.close();
  }
}

describe('the HubSpot emulator', () => {
  let emulator: HubSpotEmulator;
  let call: ReturnType<typeof client>;

  beforeEach(async () => {
    emulator = await startHubSpotEmulator({ seed: SEED, rateLimit: false, accessToken: TOKEN });
    call = client(emulator);
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('serves every endpoint the gateway declares', () => {
    for (const endpoint of HUBSPOT_ENDPOINTS) {
      const concrete = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'objectType' || name.endsWith('ObjectType') ? 'contacts' : '123'));
      expect({ id: endpoint.id, routed: matchRoute(endpoint.method, concrete) !== undefined }).toEqual({ id: endpoint.id, routed: true });
    }
  });

  it('listens on 127.0.0.1', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('reads a seeded contact with only the requested properties, every value a string, unset ones null', async () => {
    const reply = await call('GET', `${OBJECTS}/contacts/1?properties=email,numemployees,hs_lead_status,not_a_property`);
    expect(reply.status).toBe(200);
    const contact = json(reply);
    expect(contact).toMatchObject({ id: '1', archived: false });
    expect(contact['properties']).toEqual({
      email: 'ada@acme.example',
      numemployees: '250',
      hs_lead_status: null,
      hs_object_id: '1',
      createdate: expect.any(String),
      lastmodifieddate: expect.any(String),
    });
    expect(new Date(String(contact['createdAt'])).toISOString()).toBe(contact['createdAt']);
  });

  it('returns HubSpot’s default properties when a read names none', async () => {
    const contact = json(await call('GET', `${OBJECTS}/contacts/2`));
    expect(Object.keys(contact['properties'] as object).sort()).toEqual(['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname']);
  });

  it('answers 404 with HubSpot’s error body for a contact that does not exist', async () => {
    const reply = await call('GET', `${OBJECTS}/contacts/999`);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/), message: expect.any(String) });
  });

  it('applies a batch update that a batch read then returns, with datetimes normalised to ISO strings', async () => {
    const update = await call('POST', `${OBJECTS}/contacts/batch/update`, {
      inputs: [
        { id: '1', properties: { hs_lead_status: 'IN_PROGRESS', hs_sa_first_engagement_date: '1767225600000' } },
        { id: '2', properties: { hubspot_owner_id: '12', annualrevenue: 1200000 } },
      ],
    });
    expect(update.status).toBe(200);
    expect(json(update)).toMatchObject({ status: 'COMPLETE', startedAt: expect.any(String), completedAt: expect.any(String) });
    expect(json(update).results).toHaveLength(2);

    const read = await call('POST', `${OBJECTS}/contacts/batch/read`, { inputs: [{ id: '1' }, { id: '2' }], properties: ['hs_lead_status', 'hs_sa_first_engagement_date', 'hubspot_owner_id', 'annualrevenue'] });
    const byId = Object.fromEntries(json(read).results.map((record) => [record['id'], record['properties']]));
    expect(byId['1']).toMatchObject({ hs_lead_status: 'IN_PROGRESS', hs_sa_first_engagement_date: '2026-01-01T00:00:00.000Z' });
    expect(byId['2']).toMatchObject({ hubspot_owner_id: '12', annualrevenue: '1200000' });
    expect(emulator.writes().map((entry) => entry.path)).toEqual([`${OBJECTS}/contacts/batch/update`]);
  });

  it('reports missing ids of a batch read as errors beside the records it found', async () => {
    const reply = await call('POST', `${OBJECTS}/contacts/batch/read`, { inputs: [{ id: '1' }, { id: '404' }], properties: ['email'] });
    expect(reply.status).toBe(200);
    expect(json(reply).results.map((record) => record['id'])).toEqual(['1']);
    expect(json(reply)).toMatchObject({ numErrors: 1, errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', context: { ids: ['404'] } }] });
  });

  it('rejects a write with an unknown property the way HubSpot does, and writes nothing of the batch', async () => {
    const before = emulator.portal.snapshot();
    const reply = await call('POST', `${OBJECTS}/contacts/batch/update`, {
      inputs: [
        { id: '1', properties: { jobtitle: 'CTO' } },
        { id: '2', properties: { foo: 'bar' } },
      ],
    });
    expect(reply.status).toBe(400);
    const body = json(reply);
    expect(body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    expect(body['message']).toContain('Property values were not valid: [{"isValid":false,"message":"Property \\"foo\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"foo"');
    expect(emulator.portal.snapshot()).toEqual(before);
    expect(emulator.writes()).toEqual([]);
    expect(emulator.log.at(-1)).toMatchObject({ write: true, status: 400 });
  });

  it('rejects values HubSpot would reject: bad options, unknown owners, read-only properties', async () => {
    const reply = await call('PATCH', `${OBJECTS}/contacts/3`, { properties: { lifecyclestage: 'mql', hubspot_owner_id: '999', hs_object_id: '5' } });
    expect(reply.status).toBe(400);
    const message = String(json(reply)['message']);
    expect(message).toContain('"error":"INVALID_OPTION"');
    expect(message).toContain('"error":"INVALID_OWNER_ID"');
    expect(message).toContain('"error":"READ_ONLY_VALUE"');
    expect(emulator.portal.getObject('contacts', '3')?.properties['lifecyclestage']).toBe('lead');
  });

  it('keeps a string value of 65,536 characters and rejects a longer one', async () => {
    const longest = 'x'.repeat(65_536);
    expect((await call('PATCH', `${OBJECTS}/contacts/3`, { properties: { jobtitle: longest } })).status).toBe(200);
    expect(emulator.portal.getObject('contacts', '3')?.properties['jobtitle']).toBe(longest);
    const reply = await call('PATCH', `${OBJECTS}/contacts/3`, { properties: { jobtitle: `${longest}x` } });
    expect(reply.status).toBe(400);
    expect(String(json(reply)['message'])).toContain('"error":"INVALID_STRING"');
    expect(emulator.portal.getObject('contacts', '3')?.properties['jobtitle']).toBe(longest);
  });

  it('rejects a batch of 101 inputs with HubSpot’s error body and applies none of it', async () => {
    const inputs = Array.from({ length: 101 }, (_, index) => ({ id: String(index + 1), properties: { jobtitle: 'x' } }));
    const reply = await call('POST', `${OBJECTS}/contacts/batch/update`, { inputs });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', message: expect.stringContaining('100') });
    expect(emulator.portal.getObject('contacts', '1')?.properties['jobtitle']).toBe('VP Engineering');
  });

  it('searches with OR-of-AND filter groups, sorts and pages with an after cursor', async () => {
    const request = {
      filterGroups: [
        { filters: [{ propertyName: 'country', operator: 'EQ', value: 'US' }, { propertyName: 'numemployees', operator: 'GTE', value: '10' }] },
        { filters: [{ propertyName: 'email', operator: 'CONTAINS_TOKEN', value: '*@globex.example' }] },
      ],
      sorts: [{ propertyName: 'numemployees', direction: 'DESCENDING' }],
      properties: ['email', 'numemployees'],
      limit: 1,
    };
    const first = json(await call('POST', `${OBJECTS}/contacts/search`, request));
    expect(first['total']).toBe(2);
    expect(first.results.map((record) => record['id'])).toEqual(['1']);
    expect(first['paging']).toEqual({ next: { after: '1' } });
    const second = json(await call('POST', `${OBJECTS}/contacts/search`, { ...request, after: '1' }));
    expect(second.results.map((record) => record['id'])).toEqual(['2']);
    expect(second['paging']).toBeUndefined();
    // Numbers compare as numbers: '9' < '40' < '250'.
    const ascending = json(await call('POST', `${OBJECTS}/contacts/search`, { sorts: [{ propertyName: 'numemployees', direction: 'ASCENDING' }], properties: ['numemployees'] }));
    expect(ascending.results.map((record) => record['id'])).toEqual(['3', '2', '1']);
    expect(emulator.writes()).toEqual([]);
  });

  it('supports the rest of the filter operators', async () => {
    const ids = async (filters: Record<string, unknown>[]) => json(await call('POST', `${OBJECTS}/contacts/search`, { filterGroups: [{ filters }] })).results.map((record) => record['id']);
    expect(await ids([{ propertyName: 'lifecyclestage', operator: 'HAS_PROPERTY' }])).toEqual(['3']);
    expect(await ids([{ propertyName: 'lifecyclestage', operator: 'NOT_HAS_PROPERTY' }])).toEqual(['1', '2']);
    expect(await ids([{ propertyName: 'country', operator: 'NEQ', value: 'US' }])).toEqual(['2']);
    expect(await ids([{ propertyName: 'country', operator: 'IN', values: ['de', 'fr'] }])).toEqual(['2']);
    expect(await ids([{ propertyName: 'country', operator: 'NOT_IN', values: ['DE'] }])).toEqual(['1', '3']);
    expect(await ids([{ propertyName: 'numemployees', operator: 'BETWEEN', value: '9', highValue: '40' }])).toEqual(['2', '3']);
    expect(await ids([{ propertyName: 'numemployees', operator: 'LT', value: '40' }])).toEqual(['3']);
    expect(await ids([{ propertyName: 'hs_object_id', operator: 'GT', value: '1' }])).toEqual(['2', '3']);
    expect(await ids([{ propertyName: 'jobtitle', operator: 'CONTAINS_TOKEN', value: 'engineering' }])).toEqual(['1']);
    expect(await ids([{ propertyName: 'email', operator: 'NOT_CONTAINS_TOKEN', value: '*@acme.example' }])).toEqual(['2']);
  });

  it('rejects a search limit above 200', async () => {
    const reply = await call('POST', `${OBJECTS}/contacts/search`, { limit: 201 });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ category: 'VALIDATION_ERROR', message: expect.stringContaining('200') });
  });

  it('refuses to page a search past 10,000 results by default', async () => {
    const reply = await call('POST', `${OBJECTS}/contacts/search`, { after: '10000' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', message: expect.stringContaining('10,000') });
  });

  it('lists active owners a page at a time, and archived ones only when asked', async () => {
    const first = json(await call('GET', '/crm/owners/2026-09?limit=1'));
    expect(first.results).toEqual([
      { id: '11', email: 'rep.one@leadops.example', firstName: 'Rep', lastName: 'One', userId: 111, userIdIncludingInactive: 111, type: 'PERSON', teams: [], createdAt: expect.any(String), updatedAt: expect.any(String), archived: false },
    ]);
    const second = json(await call('GET', `/crm/owners/2026-09?limit=1&after=${String((first['paging'] as { next: { after: string } }).next.after)}`));
    expect(second.results.map((owner) => owner['id'])).toEqual(['12']);
    expect(second['paging']).toBeUndefined();
    const archived = json(await call('GET', '/crm/owners/2026-09?archived=true'));
    expect(archived.results.map((owner) => owner['id'])).toEqual(['13']);
  });

  it('searches users (0-115) for working hours and time zones', async () => {
    const reply = json(await call('POST', `${OBJECTS}/users/search`, { properties: ['hs_working_hours', 'hs_standard_time_zone', 'hs_availability_status'], filterGroups: [{ filters: [{ propertyName: 'hs_email', operator: 'EQ', value: 'rep.one@leadops.example' }] }] }));
    expect(reply.results[0]?.['properties']).toMatchObject({ hs_standard_time_zone: 'America/New_York', hs_availability_status: 'available' });
    expect(json(await call('POST', `${OBJECTS}/0-115/search`, {}))['total']).toBe(1);
  });

  it('creates a custom object schema, then records of it that search finds newest first', async () => {
    const schema = await call('POST', '/crm-object-schemas/2026-09/schemas', {
      name: 'leadops_config',
      labels: { singular: 'LeadOps config', plural: 'LeadOps configs' },
      primaryDisplayProperty: 'version',
      requiredProperties: ['version'],
      searchableProperties: ['version'],
      secondaryDisplayProperties: [],
      associatedObjects: [],
      properties: [
        { name: 'version', label: 'Version', type: 'number', fieldType: 'number' },
        { name: 'config_json', label: 'Config', type: 'string', fieldType: 'textarea' },
      ],
    });
    expect(schema.status).toBe(201);
    const created = json(schema);
    expect(created).toMatchObject({ name: 'leadops_config', fullyQualifiedName: 'p_leadops_config', objectTypeId: expect.stringMatching(/^2-\d+$/) });
    expect((await call('POST', '/crm-object-schemas/2026-09/schemas', { name: 'leadops_config', labels: {}, properties: [] })).status).toBe(409);
    expect(json(await call('GET', '/crm-object-schemas/2026-09/schemas')).results.map((s) => s['name'])).toEqual(['leadops_config']);

    for (const version of ['1', '2']) {
      const record = await call('POST', `${OBJECTS}/p_leadops_config`, { properties: { version, config_json: `{"v":${version}}` } });
      expect(record.status).toBe(201);
    }
    const missingRequired = await call('POST', `${OBJECTS}/p_leadops_config`, { properties: { config_json: '{}' } });
    expect(missingRequired.status).toBe(400);

    const search = json(await call('POST', `${OBJECTS}/${String(created['objectTypeId'])}/search`, { sorts: [{ propertyName: 'version', direction: 'DESCENDING' }], properties: ['version', 'config_json'], limit: 1 }));
    expect(search['total']).toBe(2);
    expect(search.results[0]?.['properties']).toMatchObject({ version: '2', config_json: '{"v":2}' });
  });

  it('reads associations in batch, including notes and tasks created with associations', async () => {
    const note = await call('POST', `${OBJECTS}/notes`, {
      properties: { hs_timestamp: '2026-01-01T09:00:00Z', hs_note_body: 'Scored 72: +20 VP title' },
      associations: [{ to: { id: '1' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }] }],
    });
    expect(note.status).toBe(201);
    const task = await call('POST', `${OBJECTS}/tasks`, {
      properties: { hs_timestamp: '1767258000000', hs_task_subject: 'First touch overdue', hs_task_status: 'NOT_STARTED', hubspot_owner_id: '11' },
      associations: [{ to: { id: '1' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }] }],
    });
    expect(task.status).toBe(201);

    const companies = json(await call('POST', '/crm/associations/2026-09/contacts/companies/batch/read', { inputs: [{ id: '1' }, { id: '2' }] }));
    expect(companies.results).toEqual([
      {
        from: { id: '1' },
        to: [
          {
            toObjectId: '50',
            associationTypes: [
              { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
              { category: 'HUBSPOT_DEFINED', typeId: 279 },
            ],
          },
        ],
      },
    ]);
    expect(companies['errors']).toEqual([expect.objectContaining({ category: 'OBJECT_NOT_FOUND', context: { fromObjectId: ['2'] } })]);

    const notes = json(await call('POST', '/crm/associations/2026-09/contacts/notes/batch/read', { inputs: [{ id: '1' }] }));
    expect(notes.results[0]).toEqual({ from: { id: '1' }, to: [{ toObjectId: String(json(note)['id']), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 201 }] }] });
    const tasks = json(await call('POST', '/crm/associations/2026-09/0-1/tasks/batch/read', { inputs: [{ id: '1' }] }));
    expect(tasks.results[0]?.['to']).toEqual([{ toObjectId: String(json(task)['id']), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 203 }] }]);
  });

  it('pages a long list of associations: paging.next.after only while more follow, sent back with the id', async () => {
    await withEmulator({ seed: SEED, associationPageSize: 2 }, async (_emulator, call) => {
      const created: string[] = [];
      for (let i = 0; i < 5; i++) {
        const task = await call('POST', `${OBJECTS}/tasks`, { properties: { hs_timestamp: '2026-01-01T09:00:00Z', hs_task_subject: `Task ${i}` }, associations: [{ to: { id: '1' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }] }] });
        created.push(String(json(task)['id']));
      }
      const seen: string[] = [];
      const afters: (string | undefined)[] = [];
      let after: string | undefined;
      do {
        const page = json(await call('POST', '/crm/associations/2026-09/contacts/tasks/batch/read', { inputs: [after === undefined ? { id: '1' } : { id: '1', after }] }));
        const result = page.results[0] as { to: { toObjectId: string }[]; paging?: { next: { after: string } } };
        expect(result.to.length).toBeLessThanOrEqual(2);
        seen.push(...result.to.map((t) => t.toObjectId));
        after = result.paging?.next.after;
        afters.push(after);
      } while (after !== undefined);
      expect(seen).toEqual(created);
      expect(afters).toHaveLength(3);
      expect(afters.at(-1)).toBeUndefined();
      expect((await call('POST', '/crm/associations/2026-09/contacts/tasks/batch/read', { inputs: [{ id: '1', after: 'not-a-token' }] })).status).toBe(400);
    });
  });

  it('refuses to create a note without hs_timestamp or associated with a record that does not exist', async () => {
    expect((await call('POST', `${OBJECTS}/notes`, { properties: { hs_note_body: 'x' } })).status).toBe(400);
    const dangling = await call('POST', `${OBJECTS}/notes`, { properties: { hs_timestamp: '2026-01-01T00:00:00Z' }, associations: [{ to: { id: '999' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }] }] });
    expect(dangling.status).toBe(400);
    expect(emulator.portal.countObjects('notes')).toBe(0);
  });

  it('creates properties and groups idempotently: taken names are reported, not duplicated', async () => {
    const group = await call('POST', '/crm/properties/2026-09/contacts/groups', { name: 'leadops', label: 'LeadOps' });
    expect(group.body).toEqual({ name: 'leadops', label: 'LeadOps', displayOrder: -1, archived: false });
    const again = await call('POST', '/crm/properties/2026-09/contacts/groups', { name: 'leadops', label: 'LeadOps' });
    expect(again.status).toBe(409);
    const inputs = [
      { name: 'leadops_score', label: 'LeadOps score', type: 'number', fieldType: 'number', groupName: 'leadops' },
      { name: 'leadops_seniority', label: 'Seniority', type: 'enumeration', fieldType: 'select', groupName: 'leadops', options: [{ label: 'VP', value: 'vp', displayOrder: 0, hidden: false }] },
    ];
    const first = json(await call('POST', '/crm/properties/2026-09/contacts/batch/create', { inputs }));
    expect(first.results.map((property) => property['name'])).toEqual(['leadops_score', 'leadops_seniority']);
    const second = json(await call('POST', '/crm/properties/2026-09/contacts/batch/create', { inputs }));
    expect(second.results).toEqual([]);
    expect(second['errors']).toEqual([expect.objectContaining({ category: 'OBJECT_ALREADY_EXISTS' }), expect.objectContaining({ category: 'OBJECT_ALREADY_EXISTS' })]);

    const listed = json(await call('GET', '/crm/properties/2026-09/contacts?properties=leadops_score,email'));
    expect(listed.results.map((property) => property['name']).sort()).toEqual(['email', 'leadops_score']);
    expect((await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { leadops_score: '72', leadops_seniority: 'vp' } })).status).toBe(200);
    expect((await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { leadops_seniority: 'intern' } })).status).toBe(400);
  });

  it('lists sequences and enrolls a contact once', async () => {
    const sequences = json(await call('GET', '/automation/sequences/2026-09?userId=111'));
    expect(sequences).toMatchObject({ total: 1, results: [{ id: '5001', name: 'Nurture: developers', userId: '111' }] });
    const enrolled = await call('POST', '/automation/sequences/2026-09/enrollments?userId=111', { contactId: '2', sequenceId: '5001', senderEmail: 'rep.one@leadops.example' });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body).toEqual({ id: expect.any(String), toEmail: 'bob@globex.example', enrolledAt: expect.any(String), updatedAt: expect.any(String) });
    expect(emulator.portal.enrollments).toEqual([expect.objectContaining({ contactId: '2', sequenceId: '5001', senderEmail: 'rep.one@leadops.example', userId: '111' })]);
    expect((await call('POST', '/automation/sequences/2026-09/enrollments?userId=111', { contactId: '2', sequenceId: '5001', senderEmail: 'rep.one@leadops.example' })).status).toBe(400);
    expect((await call('POST', '/automation/sequences/2026-09/enrollments?userId=111', { contactId: '1', sequenceId: '404', senderEmail: 'rep.one@leadops.example' })).status).toBe(404);
  });

  it('adds existing contacts to a list and reports the missing ones', async () => {
    const reply = await call('PUT', '/crm/lists/2026-09/88/memberships/add', ['1', '3', '999']);
    expect(reply.body).toEqual({ recordsIdsAdded: ['1', '3'], recordIdsMissing: ['999'], recordIdsRemoved: [] });
    expect(emulator.portal.listMembers('88')).toEqual(['1', '3']);
    expect((await call('PUT', '/crm/lists/2026-09/404/memberships/add', ['1'])).status).toBe(404);
  });

  it('completes a workflow callback with 204 and records its outputs', async () => {
    const reply = await call('POST', '/automation/actions/callbacks/2026-09/cb-123/complete', { outputFields: { leadops_score: '72', hs_execution_state: 'SUCCESS' }, typedOutputs: {} });
    expect(reply.status).toBe(204);
    expect(reply.body).toBeUndefined();
    expect(emulator.portal.completedCallbacks).toEqual([{ callbackId: 'cb-123', outputFields: { leadops_score: '72', hs_execution_state: 'SUCCESS' }, typedOutputs: {}, completedAt: expect.any(Number) }]);
  });

  it('stores action definition patches sent with a developer API key', async () => {
    const reply = await call('PATCH', '/automation/actions/2026-09/1234/route-lead?hapikey=dev-key', { outputFields: [{ typeDefinition: { name: 'owner_id', type: 'string' } }] }, {});
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ id: 'route-lead', revisionId: '2', actionUrl: 'https://leadops.example/actions/score-and-route', outputFields: [{ typeDefinition: { name: 'owner_id', type: 'string', options: [] } }] });
    expect(emulator.portal.getActionDefinition('1234', 'route-lead')).toMatchObject({ revisionId: '2' });
    expect(emulator.log.at(-1)?.query).toEqual({ hapikey: 'dev-key' });
  });

  it('lists the app\'s action definitions and answers 404 for a patch of one that does not exist', async () => {
    const listed = json(await call('GET', '/automation/actions/2026-09/1234?hapikey=dev-key', undefined, {}));
    expect(listed).toMatchObject({ results: [{ id: 'route-lead', actionUrl: 'https://leadops.example/actions/score-and-route' }] });
    expect(json(await call('GET', '/automation/actions/2026-09/999?hapikey=dev-key', undefined, {}))).toEqual({ results: [] });
    expect((await call('PATCH', '/automation/actions/2026-09/1234/nope?hapikey=dev-key', { outputFields: [] }, {})).status).toBe(404);
  });

  it('refuses the app token on the definitions API, which takes the developer API key', async () => {
    const reply = await call('GET', '/automation/actions/2026-09/1234');
    expect(reply.status).toBe(401);
    expect(json(reply)['category']).toBe('INVALID_AUTHENTICATION');
  });

  it('reads a settings user, by id or by email, and answers 404 for an unknown one', async () => {
    expect((await call('GET', '/settings/users/2026-03/111')).body).toEqual({ id: '111', email: 'rep.one@leadops.example', roleIds: ['42'], roleId: '42', primaryTeamId: '7', secondaryTeamIds: [], superAdmin: true });
    expect(json(await call('GET', '/settings/users/2026-03/rep.one%40leadops.example?idProperty=EMAIL'))['id']).toBe('111');
    expect((await call('GET', '/settings/users/2026-03/999')).status).toBe(404);
  });

  it('answers 401 with INVALID_AUTHENTICATION without a token or with the wrong one', async () => {
    const missing = await call('GET', `${OBJECTS}/contacts/1`, undefined, {});
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', correlationId: expect.any(String), message: expect.any(String) });
    const wrong = await call('GET', `${OBJECTS}/contacts/1`, undefined, { authorization: 'Bearer someone-else' });
    expect(wrong.status).toBe(401);
    expect(emulator.log.map((entry) => entry.requestHeaders['authorization'])).toEqual([undefined, 'Bearer someone-else']);
  });

  it('answers unknown routes with 404 and malformed JSON with 400', async () => {
    const unknown = await call('GET', '/crm/v3/objects/contacts');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 'error', correlationId: expect.any(String) });
    const malformed = await call('POST', `${OBJECTS}/contacts/search`, '{"filterGroups": [');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ category: 'VALIDATION_ERROR', message: expect.stringContaining('Invalid input JSON') });
  });

  it('logs every exchange in order, marks writes, and counts calls', async () => {
    await call('POST', `${OBJECTS}/contacts/search`, {});
    await call('POST', `${OBJECTS}/contacts/batch/read`, { inputs: [{ id: '1' }] });
    await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { jobtitle: 'CTO' } });
    await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { nope: 'x' } });
    expect(emulator.log.map((entry) => [entry.method, entry.status, entry.write])).toEqual([
      ['POST', 200, false],
      ['POST', 200, false],
      ['PATCH', 200, true],
      ['PATCH', 400, true],
    ]);
    expect(emulator.writes()).toHaveLength(1);
    expect(emulator.writes()[0]?.requestBody).toEqual({ properties: { jobtitle: 'CTO' } });
    expect(emulator.callCount({ method: 'patch' })).toBe(2);
    expect(emulator.callCount({ pathPrefix: `${OBJECTS}/contacts/search` })).toBe(1);
    emulator.clearLog();
    expect(emulator.log).toHaveLength(0);
  });
});

describe('the HubSpot emulator under load and faults', () => {
  it('caps search paging at the configured result cap', async () => {
    const contacts = Array.from({ length: 30 }, (_, index) => ({ id: String(index + 1), properties: { email: `lead${index + 1}@example.com` } }));
    await withEmulator({ seed: { contacts }, searchResultCap: 20 }, async (_emulator, call) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = json(await call('POST', `${OBJECTS}/contacts/search`, { limit: 8, sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], ...(after ? { after } : {}) }));
        expect(page['total']).toBe(30);
        seen.push(...page.results.map((record) => String(record['id'])));
        after = (page['paging'] as { next?: { after: string } } | undefined)?.next?.after;
        if (after === undefined || Number(after) >= 20) break;
      }
      expect(seen).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1)));
      expect(after).toBe('20');
      const beyond = await call('POST', `${OBJECTS}/contacts/search`, { limit: 8, after });
      expect(beyond.status).toBe(400);
      expect(beyond.body).toMatchObject({ category: 'VALIDATION_ERROR', message: expect.stringContaining('20') });
    });
  });

  it('answers 429 with HubSpot’s body and headers once the ten-second limit is spent, until the window rolls on', async () => {
    let clock = 1_800_000_000_000;
    await withEmulator({ seed: SEED, rateLimit: { tenSecondLimit: 3, searchPerSecond: 10 }, now: () => clock }, async (emulator, call) => {
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const ok = await call('GET', `${OBJECTS}/contacts/1`);
        expect(ok.status).toBe(200);
        remaining.push(ok.headers.get('x-hubspot-ratelimit-remaining'));
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const limited = await call('GET', `${OBJECTS}/contacts/1`);
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({
        status: 'error',
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        policyName: 'TEN_SECONDLY_ROLLING',
        category: 'RATE_LIMITS',
      });
      expect(limited.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
      expect(limited.headers.get('x-hubspot-ratelimit-max')).toBe('3');
      expect(limited.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('retry-after')).toBeNull();
      expect(emulator.log.at(-1)).toMatchObject({ status: 429 });
      expect(emulator.log.at(-1)?.injected).toBeUndefined();
      clock += 10_000;
      expect((await call('GET', `${OBJECTS}/contacts/1`)).status).toBe(200);
    });
  });

  it('limits searches per second under their own policy, and can send Retry-After when asked', async () => {
    let clock = 1_800_000_000_000;
    await withEmulator({ seed: SEED, rateLimit: { tenSecondLimit: 100, searchPerSecond: 2 }, retryAfter: true, now: () => clock }, async (emulator, call) => {
      expect((await call('POST', `${OBJECTS}/contacts/search`, {})).status).toBe(200);
      expect((await call('POST', `${OBJECTS}/contacts/search`, {})).status).toBe(200);
      const limited = await call('POST', `${OBJECTS}/contacts/search`, {});
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'SECONDLY', message: 'You have reached your secondly limit.' });
      expect(limited.headers.get('retry-after')).toBe('1');
      expect((await call('GET', `${OBJECTS}/contacts/1`)).status).toBe(200);
      clock += 1_000;
      expect((await call('POST', `${OBJECTS}/contacts/search`, {})).status).toBe(200);
      emulator.setRateLimit(false);
      for (let i = 0; i < 5; i++) expect((await call('POST', `${OBJECTS}/contacts/search`, {})).status).toBe(200);
    });
  });

  it('leaves the portal unchanged when it injects a 500 into a write', async () => {
    await withEmulator({ seed: SEED, faults: { rate500: 1 } }, async (emulator, call) => {
      const before = emulator.portal.snapshot();
      const reply = await call('POST', `${OBJECTS}/contacts/batch/update`, { inputs: [{ id: '1', properties: { jobtitle: 'CTO' } }] });
      expect(reply.status).toBe(500);
      expect(reply.body).toEqual({ status: 'error', message: 'internal error', correlationId: expect.any(String), category: 'INTERNAL_ERROR' });
      const created = await call('POST', `${OBJECTS}/notes`, { properties: { hs_timestamp: '2026-01-01T00:00:00Z' } });
      expect(created.status).toBe(500);
      expect(emulator.portal.snapshot()).toEqual(before);
      expect(emulator.writes()).toEqual([]);
      expect(emulator.log.map((entry) => entry.injected)).toEqual(['500', '500']);
      emulator.setFaults(undefined);
      expect((await call('POST', `${OBJECTS}/contacts/batch/update`, { inputs: [{ id: '1', properties: { jobtitle: 'CTO' } }] })).status).toBe(200);
    });
  });

  it('applies a write and then answers 500 when told to, as when HubSpot stores a record but its answer is lost', async () => {
    await withEmulator({ seed: SEED, faults: { rate500Applied: 1 } }, async (emulator, call) => {
      const reply = await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { jobtitle: 'CTO' } });
      expect(reply.status).toBe(500);
      expect(reply.body).toMatchObject({ status: 'error', category: 'INTERNAL_ERROR' });
      expect(emulator.portal.getObject('contacts', '1')?.properties['jobtitle']).toBe('CTO');
      expect(emulator.log.map((entry) => entry.injected)).toEqual(['500-applied']);
      expect(emulator.writes()).toHaveLength(1);
      // A request the endpoint refuses is not applied, and keeps its own answer.
      expect((await call('PATCH', `${OBJECTS}/contacts/404`, { properties: { jobtitle: 'CTO' } })).status).toBe(404);
      expect(emulator.writes()).toHaveLength(1);
    });
  });

  it('injects the same faults on every run, and only into writes when told to', async () => {
    const statuses = async (): Promise<number[]> => {
      const seen: number[] = [];
      await withEmulator({ seed: SEED, faults: { rate429: 0.3, rate500: 0.2, only: 'writes' } }, async (_emulator, call) => {
        for (let i = 0; i < 12; i++) seen.push((await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { jobtitle: `T${i}` } })).status);
        for (let i = 0; i < 5; i++) seen.push((await call('GET', `${OBJECTS}/contacts/1`)).status);
      });
      return seen;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(first.slice(0, 12)).toEqual(expect.arrayContaining([200, 429, 500]));
    expect(first.slice(12)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers an injected 429 like a spent ten-second window, headers included, and writes nothing', async () => {
    await withEmulator({ seed: SEED, faults: { rate429: 1 } }, async (emulator, call) => {
      const reply = await call('PATCH', `${OBJECTS}/contacts/1`, { properties: { jobtitle: 'CTO' } });
      expect(reply.status).toBe(429);
      expect(reply.body).toMatchObject({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING', message: 'You have reached your ten_secondly_rolling limit.' });
      expect(reply.headers.get('x-hubspot-ratelimit-max')).toBe('190');
      expect(reply.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
      expect(emulator.log[0]?.injected).toBe('429');
      expect(emulator.portal.getObject('contacts', '1')?.properties['jobtitle']).toBe('VP Engineering');
    });
  });

  it('delays answers by the planned latency', async () => {
    await withEmulator({ seed: SEED, faults: { latencyMs: 60 } }, async (_emulator, call) => {
      const started = Date.now();
      expect((await call('GET', `${OBJECTS}/contacts/1`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    });
  });
});

describe('the HubSpot emulator options', () => {
  it('answers partial batches 207 Multi-Status when configured like production HubSpot', async () => {
    await withEmulator({ seed: SEED, batchErrorStatus: 207 }, async (_emulator, call) => {
      expect((await call('POST', `${OBJECTS}/contacts/batch/read`, { inputs: [{ id: '1' }, { id: '404' }] })).status).toBe(207);
      expect((await call('POST', `${OBJECTS}/contacts/batch/read`, { inputs: [{ id: '1' }] })).status).toBe(200);
    });
  });

  it('redacts credentials in the log when asked', async () => {
    await withEmulator({ seed: SEED, redactCredentials: true }, async (emulator, call) => {
      await call('GET', `${OBJECTS}/contacts/1`);
      await call('PATCH', '/automation/actions/2026-09/1234/route-lead?hapikey=dev-key', {}, {});
      expect(emulator.log.map((entry) => [entry.requestHeaders['authorization'], entry.query['hapikey']])).toEqual([
        ['Bearer [redacted]', undefined],
        [undefined, '[redacted]'],
      ]);
    });
  });

  it('keeps only the newest exchanges when the log is bounded', async () => {
    await withEmulator({ seed: SEED, maxLogEntries: 2 }, async (emulator, call) => {
      for (const id of ['1', '2', '3']) await call('GET', `${OBJECTS}/contacts/${id}`);
      expect(emulator.log.map((entry) => entry.path)).toEqual([`${OBJECTS}/contacts/2`, `${OBJECTS}/contacts/3`]);
    });
  });

  it('names custom objects after the portal id when one is given', async () => {
    await withEmulator({ portalId: 4242 }, async (_emulator, call) => {
      const created = json(await call('POST', '/crm-object-schemas/2026-09/schemas', { name: 'leadops_config', labels: {}, properties: [{ name: 'version', label: 'Version', type: 'number', fieldType: 'number' }] }));
      expect(created['fullyQualifiedName']).toBe('p4242_leadops_config');
      expect((await call('POST', `${OBJECTS}/p4242_leadops_config`, { properties: { version: '1' } })).status).toBe(201);
      expect((await call('POST', `${OBJECTS}/p_leadops_config/search`, {})).status).toBe(200);
    });
  });
});
