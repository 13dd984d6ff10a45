import type { PortalOwner } from '../portal/portal-data';
import { readHubSpotContactsExport, type ContactsExportContext } from './hubspot-contacts-export';

const owners: PortalOwner[] = [
  { id: '71000101', userId: 9100101, email: 'ana.ruiz@leadops.example', firstName: 'Ana', lastName: 'Ruiz' },
  { id: '71000102', userId: 9100102, email: 'jörg.weiß@leadops.example', firstName: 'Jörg', lastName: 'Weiß' },
];
const context: ContactsExportContext = { file: 'contacts.csv', owners, companyIds: new Set(['5001', '5002']) };

const HEADER = 'Record ID,First Name,Last Name,Email,Job Title,Lifecycle Stage,Lead Status,Contact owner,Create Date,Number of Employees,Number of Pageviews,Number of Form Submissions,Associated Company IDs';
const read = (lines: readonly string[], ctx: ContactsExportContext = context) => readHubSpotContactsExport(`${[HEADER, ...lines].join('\r\n')}\r\n`, ctx);
const good = (id: number) => `${id},Ana,Lopez,ana${id}@northwind.example,VP Sales,Lead,New,,2026-10-21 14:05,250,3,1,5001`;

describe('readHubSpotContactsExport', () => {
  it('maps export labels and values to internal names and values', () => {
    const result = read(['1001,José,Müller,jose@northwind.example,"Director, Revenue Operations",Marketing Qualified Lead,Attempted to Contact,Ana Ruiz,2026-10-21 14:05,250,12,2,5002;5001']);
    expect(result.issues).toEqual([]);
    expect(result.contacts).toEqual([
      {
        id: '1001',
        properties: {
          hs_object_id: '1001', firstname: 'José', lastname: 'Müller', email: 'jose@northwind.example', jobtitle: 'Director, Revenue Operations',
          lifecyclestage: 'marketingqualifiedlead', hs_lead_status: 'ATTEMPTED_TO_CONTACT', hubspot_owner_id: '71000101',
          createdate: String(Date.UTC(2026, 9, 21, 14, 5)), numemployees: '250', hs_analytics_num_page_views: '12', num_conversion_events: '2',
        },
      },
    ]);
    expect(result.contactCompanies).toEqual({ '1001': ['5002', '5001'] });
  });

  it('accepts internal property names as headers', () => {
    const result = readHubSpotContactsExport('hs_object_id,email,lifecyclestage,hubspot_owner_id,createdate\n7,a@b.example,salesqualifiedlead,71000102,2026-10-21T10:00:00+02:00\n', context);
    expect(result.issues).toEqual([]);
    expect(result.contacts[0]?.properties).toEqual({ hs_object_id: '7', email: 'a@b.example', lifecyclestage: 'salesqualifiedlead', hubspot_owner_id: '71000102', createdate: String(Date.UTC(2026, 9, 21, 8, 0)) });
  });

  it('finds the owner by name (any case, accents as written) or by email', () => {
    const result = read([good(1).replace(',New,,', ',New,jörg  weiß,'), good(2).replace(',New,,', ',New,Ana.Ruiz@LeadOps.example,')]);
    expect(result.contacts.map((c) => c.properties['hubspot_owner_id'])).toEqual(['71000102', '71000101']);
  });

  it('uses config stage labels and custom stages besides the standard ones', () => {
    const stages = [{ hubspotValue: 'marketingqualifiedlead', label: 'MQL (LeadOps)' }, { hubspotValue: '1234567', label: 'Nurturing' }];
    const result = read([good(1).replace(',Lead,', ',MQL (LeadOps),'), good(2).replace(',Lead,', ',nurturing,')], { ...context, stages });
    expect(result.contacts.map((c) => c.properties['lifecyclestage'])).toEqual(['marketingqualifiedlead', '1234567']);
  });

  it('lists unknown columns once, as a file-level issue, and ignores their values', () => {
    const result = readHubSpotContactsExport('Record ID,Email,Create Date,Marketing contact status,Favourite colour\n1,a@b.example,2026-10-21,Marketing contact,blue\n2,c@d.example,2026-10-22,,\n', context);
    expect(result.issues).toEqual([{ file: 'contacts.csv', line: null, column: null, message: expect.stringContaining('"Marketing contact status", "Favourite colour"'), effect: 'value-dropped' }]);
    expect(result.contacts.map((c) => Object.keys(c.properties))).toEqual([['hs_object_id', 'email', 'createdate'], ['hs_object_id', 'email', 'createdate']]);
  });

  it('throws naming the file when the Record ID column is missing', () => {
    expect(() => readHubSpotContactsExport('Email,First Name,Create Date\na@b.example,Ana,2026-10-21\n', context)).toThrow(/contacts\.csv has no "Record ID" column/);
  });

  it('needs a Create Date for every contact, since a lead arrives in the simulation at its create date', () => {
    expect(() => readHubSpotContactsExport('Record ID,Email\n1,a@b.example\n', context)).toThrow('contacts.csv has no "Create Date" column: it must be a HubSpot contacts export (Record ID, Email, …). Export it again with that column included.');
    const result = read([good(1), good(2).replace('2026-10-21 14:05', '')]);
    expect(result.contacts.map((c) => c.id)).toEqual(['1']);
    expect(result.issues).toEqual([{ file: 'contacts.csv', line: 3, column: 'Create Date', message: 'missing Create Date: every row needs one', effect: 'skipped' }]);
  });

  describe('broken rows are skipped with line and column, the rows around them kept', () => {
    const cases: readonly { readonly kind: string; readonly row: string; readonly column: string | null; readonly message: RegExp }[] = [
      { kind: 'unbalanced quote', row: '2,"Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,3,1,5001', column: 'First Name', message: /never closed|not closed on this line/ },
      { kind: 'short row', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead', column: 'Lead Status', message: /6 cells but the header has 13/ },
      { kind: 'long row', row: '2,Ana,Lopez,ana2@northwind.example,VP, Sales,Lead,New,,2026-10-21,250,3,1,5001', column: null, message: /14 cells but the header has 13/ },
      { kind: 'bad date', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,31/10/2026,250,3,1,5001', column: 'Create Date', message: /bad date "31\/10\/2026"/ },
      { kind: 'impossible date', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-02-31,250,3,1,5001', column: 'Create Date', message: /bad date "2026-02-31"/ },
      { kind: 'unknown stage', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Hot Lead,New,,2026-10-21,250,3,1,5001', column: 'Lifecycle Stage', message: /unknown lifecycle stage "Hot Lead"/ },
      { kind: 'non-numeric employees', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,50-200,3,1,5001', column: 'Number of Employees', message: /"50-200" is not a count/ },
      { kind: 'non-numeric page views', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,many,1,5001', column: 'Number of Pageviews', message: /"many" is not a count/ },
      { kind: 'non-numeric form submissions', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,3,1.5,5001', column: 'Number of Form Submissions', message: /"1.5" is not a count/ },
      { kind: 'missing Record ID', row: ',Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,3,1,5001', column: 'Record ID', message: /missing Record ID/ },
      { kind: 'Record ID not digits', row: 'C-2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,3,1,5001', column: 'Record ID', message: /"C-2" is not a HubSpot record id/ },
      { kind: 'company id not digits', row: '2,Ana,Lopez,ana2@northwind.example,VP Sales,Lead,New,,2026-10-21,250,3,1,Northwind', column: 'Associated Company IDs', message: /"Northwind" is not a company record id/ },
    ];

    it.each(cases)('$kind', ({ row, column, message }) => {
      const result = read([good(1), row, good(3)]);
      expect(result.issues).toEqual([{ file: 'contacts.csv', line: 3, column, message: expect.stringMatching(message), effect: 'skipped' }]);
      expect(result.contacts.map((c) => c.id)).toEqual(['1', '3']);
      expect(result.contacts[1]).toEqual({ id: '3', properties: expect.objectContaining({ email: 'ana3@northwind.example', createdate: String(Date.UTC(2026, 9, 21, 14, 5)), numemployees: '250' }) });
    });

    it('duplicate Record ID: the second row is skipped and the message names the first line', () => {
      const result = read([good(1), good(2), good(1).replace('ana1@', 'other@')]);
      expect(result.issues).toEqual([{ file: 'contacts.csv', line: 4, column: 'Record ID', message: expect.stringMatching(/Record ID 1 repeats the one on line 2/), effect: 'skipped' }]);
      expect(result.contacts.map((c) => [c.id, c.properties['email']])).toEqual([['1', 'ana1@northwind.example'], ['2', 'ana2@northwind.example']]);
    });

    it('a quoted line break shifts the lines of the rows after it', () => {
      const result = read([good(1).replace('VP Sales', '"VP Sales\nEMEA"'), good(2), ',no,id,,,,,,2026-10-21,,,,']);
      expect(result.contacts[0]?.properties['jobtitle']).toBe('VP Sales\nEMEA');
      expect(result.issues.map((i) => i.line)).toEqual([5]);
    });
  });

  describe('cells pointing at something unknown only lose their value', () => {
    it('an unknown owner leaves the contact unassigned', () => {
      const result = read([good(1).replace(',New,,', ',New,Nobody Known,')]);
      expect(result.issues).toEqual([{ file: 'contacts.csv', line: 2, column: 'Contact owner', message: expect.stringContaining('"Nobody Known" is not in owners.json'), effect: 'value-dropped' }]);
      expect(result.contacts[0]?.properties).not.toHaveProperty('hubspot_owner_id');
      expect(result.contacts[0]?.properties['email']).toBe('ana1@northwind.example');
    });

    it('an owner name two owners share is dropped, naming both', () => {
      const twins = [...owners, { id: '71000199', userId: 9100199, email: 'ana.ruiz2@leadops.example', firstName: 'Ana', lastName: 'Ruiz' }];
      const result = read([good(1).replace(',New,,', ',New,Ana Ruiz,')], { ...context, owners: twins });
      expect(result.issues[0]).toMatchObject({ line: 2, column: 'Contact owner', effect: 'value-dropped', message: expect.stringContaining('71000101 ana.ruiz@leadops.example, 71000199') });
      expect(result.contacts).toHaveLength(1);
    });

    it('an unknown company id is dropped and the known one kept', () => {
      const result = read([good(1).replace(/5001$/, '5001;9999')]);
      expect(result.issues).toEqual([{ file: 'contacts.csv', line: 2, column: 'Associated Company IDs', message: expect.stringContaining('company id 9999 is not among the imported companies'), effect: 'value-dropped' }]);
      expect(result.contactCompanies).toEqual({ '1': ['5001'] });
    });

    it('a lead status or source that is not a HubSpot default is kept as written', () => {
      const result = read([good(1).replace(',New,', ',Waiting on legal,')]);
      expect(result.issues).toEqual([]);
      expect(result.contacts[0]?.properties['hs_lead_status']).toBe('Waiting on legal');
    });
  });
});
