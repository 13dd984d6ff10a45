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

  // Exports are wide: HubSpot's contacts export has over 20 columns.
  const wide: ExportTableSpec = { ...spec, columns: [...spec.columns, { key: 'colour', labels: ['Colour'] }, { key: 'shape', labels: ['Shape'] }] };

  it('reports a stray opening quote at its line and reads the rows it would have swallowed', () => {
    // The quote opened in Bob's name only "closes" at the inch mark on line 4, where a comma follows.
    const table = readExportTable('Thing ID,Name,Size,Colour,Shape\r\n1,"Bob,4\r\n2,Cy,5,red,round\r\n3,Monitor 27",6,blue,flat\r\n4,Di,7,grey,tall\r\n', wide);
    expect(table.issues.map((i) => [i.line, i.column, i.message])).toEqual([[2, 'Name', expect.stringContaining('is not closed on this line')]]);
    expect(table.rows.map((r) => [r.line, r.values.get('id'), r.values.get('name')])).toEqual([[3, '2', 'Cy'], [4, '3', 'Monitor 27"'], [5, '4', 'Di']]);
  });

  it('reports a stray quote that swallows a single row when its first line already makes a whole row', () => {
    const table = readExportTable('Thing ID,Name,Size,Colour,Shape\n1,"Bob,4,red,round\n2,Screen 24",5,blue,square\n', wide);
    expect(table.issues.map((i) => [i.line, i.column])).toEqual([[2, 'Name']]);
    expect(table.rows.map((r) => r.values.get('id'))).toEqual(['2']);
  });

  it('keeps a multi-line note near the end of a row whose first line has a comma, when no line of it starts like a row', () => {
    const table = readExportTable('Thing ID,Name,Size,Colour,Shape\n1,Bob,4,"red, mostly\nwith blue dots",round\n2,Cy,5,"green, faded\r\n3 stripes, thin",flat\n', wide);
    expect(table.issues).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.values.get('colour'), r.values.get('shape')])).toEqual([[2, 'red, mostly\nwith blue dots', 'round'], [4, 'green, faded\r\n3 stripes, thin', 'flat']]);
  });

  it('keeps a real multi-line value with a few commas in it as one cell', () => {
    const table = readExportTable('Thing ID,Name,Size,Colour,Shape\n1,"Bob\nFlat 2, Hill St, Leeds, UK\nEngland",4,red,round\n2,Cy,5,,\n', wide);
    expect(table.issues).toEqual([]);
    expect(table.rows.map((r) => r.values.get('name'))).toEqual(['Bob\nFlat 2, Hill St, Leeds, UK\nEngland', 'Cy']);
  });

  it('reads narrow files by the RFC: a multi-line cell may hold a line that looks like a row', () => {
    const table = readExportTable('Thing ID,Name,Size\n1,"Bob\nFlat 2, Hill St, Leeds",4\n', spec);
    expect(table.issues).toEqual([]);
    expect(table.rows.map((r) => r.values.get('name'))).toEqual(['Bob\nFlat 2, Hill St, Leeds']);
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

describe('an export separated by something other than commas', () => {
  it.each([[';', 'semicolons'], ['\t', 'tabs']])('says the cells are separated by %j rather than that a column is missing', (separator, named) => {
    expect(() => readExportTable(`Thing ID${separator}Name\n1${separator}Ana\n`, spec)).toThrow(new RegExp(`things\\.csv separates its cells with ${named}.*not commas`));
  });

  describe('a multi-line value in the last column of a wide file', () => {
    const wide: ExportTableSpec = {
      file: 'people.csv',
      description: 'people (ID, First, Last, Email, Phone, Notes)',
      uniqueKey: 'id',
      columns: [
        { key: 'id', labels: ['ID'], required: true }, { key: 'first', labels: ['First'] }, { key: 'last', labels: ['Last'] },
        { key: 'email', labels: ['Email'] }, { key: 'phone', labels: ['Phone'] }, { key: 'notes', labels: ['Notes'] },
      ],
    };
    const header = 'ID,First,Last,Email,Phone,Notes';

    it('is kept, commas on its first line included, and the rows after it are read', () => {
      const text = [header, '1,Ana,Ruiz,ana@x.example,555,"Demo, pricing', 'follow-up next week"', '2,Ben,Lee,ben@x.example,556,"Called twice', 'no answer"', '3,Cy,Ng,cy@x.example,557,none', ''].join('\n');
      const table = readExportTable(text, wide);
      expect(table.issues).toEqual([]);
      expect(table.rows.map((r) => [r.line, r.values.get('notes')])).toEqual([[2, 'Demo, pricing\nfollow-up next week'], [4, 'Called twice\nno answer'], [6, 'none']]);
    });

    it('is still reported when a stray quote there runs on through whole rows', () => {
      const text = [header, '1,Ana,Ruiz,ana@x.example,555,"oops', '2,Ben,Lee,ben@x.example,556,fine', '3,Cy,Ng,cy@x.example,557,"quoted"', ''].join('\n');
      const table = readExportTable(text, wide);
      expect(table.issues.map((i) => [i.line, i.column, i.effect])).toEqual([[2, 'Notes', 'skipped']]);
      expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
    });
  });
});
