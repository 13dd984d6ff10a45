import { parseCsv } from '@leadops/cli/src/import/csv-parser';
import { csvCell, csvLine, physicalLines } from './csv-writer';

describe('csv writer', () => {
  it('quotes only cells that need it', () => {
    expect(csvLine(['plain', 'Zoë Müller', 'a, b', 'say "hi"', 'two\nlines', ''])).toBe('plain,Zoë Müller,"a, b","say ""hi""","two\nlines",');
    expect(csvCell('5\'10')).toBe('5\'10');
  });

  it('writes what the importer reads back unchanged', () => {
    const cells = ['Director, Revenue Operations', '"Quoted"', '王伟', 'Head of Marketing\nEMEA', ' spaced '];
    expect(parseCsv(`${csvLine(cells)}\r\n`).records.map((r) => r.cells)).toEqual([cells]);
  });

  it('counts the physical lines a written line takes', () => {
    expect(physicalLines(csvLine(['a', 'b']))).toBe(1);
    expect(physicalLines(csvLine(['a\nb', 'c\r\nd']))).toBe(3);
  });
});
