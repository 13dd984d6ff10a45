import type { PortalOwner } from '../portal/portal-data';
import { readHubSpotCompaniesExport } from './hubspot-companies-export';

const owners: PortalOwner[] = [{ id: '71000101', userId: 9100101, email: 'ana.ruiz@leadops.example', firstName: 'Ana', lastName: 'Ruiz' }];
const HEADER = 'Record ID,Company name,Company Domain Name,Company owner,Number of Employees,Industry,Country/Region';
const read = (lines: readonly string[]) => readHubSpotCompaniesExport(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, { file: 'companies.csv', owners });

describe('readHubSpotCompaniesExport', () => {
  it('reads companies with internal property names, the owner as an owner id', () => {
    const result = read(['5001,"Northwind, Inc.",northwind.example,Ana Ruiz,1200,Computer Software,United States', '5002,Bergmann Logistik GmbH,bergmann-logistik.example,,85,Logistics,Deutschland']);
    expect(result.issues).toEqual([]);
    expect(result.companies).toEqual([
      { id: '5001', properties: { hs_object_id: '5001', name: 'Northwind, Inc.', domain: 'northwind.example', hubspot_owner_id: '71000101', numberofemployees: '1200', industry: 'Computer Software', country: 'United States' } },
      { id: '5002', properties: { hs_object_id: '5002', name: 'Bergmann Logistik GmbH', domain: 'bergmann-logistik.example', numberofemployees: '85', industry: 'Logistics', country: 'Deutschland' } },
    ]);
  });

  it('skips a row with a non-numeric size or a repeated Record ID and keeps the others', () => {
    const result = read(['5001,Northwind,northwind.example,,1200,,', '5002,Globex,globex.example,,"1,000+",,', '5001,Northwind again,northwind.example,,10,,', '5003,Initech,initech.example,,40,,']);
    expect(result.issues.map((i) => [i.line, i.column, i.effect])).toEqual([[3, 'Number of Employees', 'skipped'], [4, 'Record ID', 'skipped']]);
    expect(result.issues[1]?.message).toContain('repeats the one on line 2');
    expect(result.companies.map((c) => c.id)).toEqual(['5001', '5003']);
  });

  it('keeps a company whose owner is unknown, without an owner', () => {
    const result = read(['5001,Northwind,northwind.example,Someone Else,1200,,']);
    expect(result.issues).toEqual([{ file: 'companies.csv', line: 2, column: 'Company owner', message: expect.stringContaining('"Someone Else"'), effect: 'value-dropped' }]);
    expect(result.companies[0]?.properties).not.toHaveProperty('hubspot_owner_id');
  });
});
