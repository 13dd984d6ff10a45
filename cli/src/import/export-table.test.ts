import { cellValue, skipRow } from './cell-reading';
import { readExportTable, type ExportTableSpec } from './export-table';

const spec: ExportTableSpec = {
  file: 'things.csv',
  description: 'a list of things (Thing ID, Name, Size)',
  uniqueKey: 'id',
  columns: [
    { key: 'id', labels: ['Thing ID'], required: true },
    { key: 'name', labels: ['Name'] },
    { key: 'size', labels: ['Size'], read: (raw) => (/^\d+$/.test(raw.trim()) ? cellValue(raw.trim()) : skipRow(`"${raw}" is not a size`)) },
  ],
};

describe('readExportTable', () => {
  it('matches header labels without case or extra spaces and keeps values by key', () => {
    const table = readExportTable(' thing  id ,NAME,size\n1, Ana ,3\n', spec);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([{ line: 2, values: new Map([['id', '1'], ['name', ' Ana '], ['size', '3']]) }]);
  });

  it('leaves empty and blank cells out of the values', () => {
    const table = readExportTable('Thing ID,Name,Size\n1,  ,\n', spec);
    expect(table.rows[0]?.values).toEqual(new Map([['id', '1']]));
  });

  it('ignores a second column for the same field, saying so once', () => {
    const table = readExportTable('Thing ID,Name,name\n1,Ana,Bob\n', spec);
    expect(table.issues).toEqual([{ file: 'things.csv', line: null, column: 'name', message: expect.stringContaining('same field as column "Name"'), effect: 'value-dropped' }]);
    expect(table.rows[0]?.values.get('name')).toBe('Ana');
  });

  it('names an unnamed column by its position', () => {
    expect(readExportTable('Thing ID,,Name\n1,x,Ana\n', spec).issues[0]?.message).toContain('(unnamed column 2)');
  });

  it('reports every skipping cell of a row, and no dropped values of a skipped row', () => {
    const table = readExportTable('Thing ID,Name,Size\n,Ana,big\n2,Bob,4\n', spec);
    expect(table.issues.map((i) => [i.line, i.column, i.effect])).toEqual([[2, 'Thing ID', 'skipped'], [2, 'Size', 'skipped']]);
    expect(table.rows.map((r) => r.line)).toEqual([3]);
  });

  it('reports CSV problems and row problems together in line order', () => {
    const table = readExportTable('Thing ID,Name,Size\n1,Ana,x\n2,"Bob,4\n3,Cy,5\n4,Di\n', spec);
    expect(table.issues.map((i) => [i.line, i.column])).toEqual([[2, 'Size'], [3, 'Name'], [5, 'Size']]);
    expect(table.rows.map((r) => r.line)).toEqual([4]);
  });

  it('throws for an empty file, naming what it must hold', () => {
    expect(() => readExportTable('\r\n\r\n', spec)).toThrow('things.csv is empty. It must hold a list of things (Thing ID, Name, Size)');
  });

  it('throws when the header row itself is broken', () => {
    expect(() => readExportTable('"Thing ID,Name,Size\n1,Ana,3\n', spec)).toThrow(/things\.csv line 1: the header row cannot be read/);
  });

  it('throws when a required column is missing', () => {
    expect(() => readExportTable('Name,Size\nAna,3\n', spec)).toThrow(/things\.csv has no "Thing ID" column/);
  });
});
