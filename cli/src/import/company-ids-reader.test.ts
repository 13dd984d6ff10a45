import { companyIdsReader } from './company-ids-reader';

describe('companyIdsReader', () => {
  const read = companyIdsReader(new Set(['5001', '5002']));

  it('reads ids separated by ";" or ",", keeping their order', () => {
    expect(read('5002; 5001')).toEqual({ kind: 'value', value: '5002;5001' });
    expect(read('5001,5002')).toEqual({ kind: 'value', value: '5001;5002' });
  });

  it('keeps the known ids and says which unknown ones were left out', () => {
    expect(read('5001;7777;8888')).toEqual({ kind: 'value', value: '5001', dropped: expect.stringContaining('company ids 7777, 8888 are not among the imported companies') });
    expect(read('7777')).toEqual({ kind: 'drop', message: expect.stringContaining('company id 7777 is not') });
  });

  it('skips the row when a value is not an id at all', () => {
    expect(read('5001;Northwind')).toEqual({ kind: 'skip', message: expect.stringContaining('"Northwind" is not a company record id') });
  });

  it('leaves the cell empty, saying so, when it holds only separators', () => {
    for (const reader of [read, companyIdsReader(undefined)]) expect(reader(' ; ')).toEqual({ kind: 'drop', message: expect.stringContaining('";" names no company id') });
  });

  it('keeps every id when no companies were read to check against', () => {
    expect(companyIdsReader(undefined)('1;2')).toEqual({ kind: 'value', value: '1;2' });
  });
});
