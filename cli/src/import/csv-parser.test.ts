import { parseCsv } from './csv-parser';

const cellsOf = (text: string) => parseCsv(text).records.map((r) => r.cells);
const linesOf = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('parseCsv', () => {
  it('reads records with the line each starts on', () => {
    const parsed = parseCsv('a,b,c\n1,2,3\n4,5,6\n');
    expect(parsed.records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '5', '6'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('drops a UTF-8 byte order mark so the first header is not "\\uFEFFRecord ID"', () => {
    expect(cellsOf('\uFEFFRecord ID,Email\r\n1,a@b.example\r\n')[0]).toEqual(['Record ID', 'Email']);
  });

  it('counts CRLF, LF and lone CR as one line break each, mixed in one file', () => {
    const text = 'h1,h2\r\na,1\nb,2\rc,3\r\nd,4';
    expect(cellsOf(text)).toEqual([['h1', 'h2'], ['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]);
    expect(linesOf(text)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the same records with or without a final line break', () => {
    expect(cellsOf('a,b\n1,2')).toEqual(cellsOf('a,b\n1,2\n'));
    expect(cellsOf('a,b\r\n1,2')).toEqual(cellsOf('a,b\r\n1,2\r\n'));
  });

  it('skips empty lines but keeps counting them', () => {
    const text = 'a,b\n\n1,2\r\n\r\n\r\n3,4\n\n';
    expect(cellsOf(text)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(linesOf(text)).toEqual([1, 3, 6]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const text = 'name,note\n"Smith, Jones & Co","She said ""hi"""\n"Acme","two\r\nlines"\nnext,row\n';
    const parsed = parseCsv(text);
    expect(parsed.records.map((r) => r.cells)).toEqual([['name', 'note'], ['Smith, Jones & Co', 'She said "hi"'], ['Acme', 'two\r\nlines'], ['next', 'row']]);
    // The quoted line break makes "Acme" take lines 3-4, so the next record starts on line 5.
    expect(parsed.records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('round-trips accents, non-Latin scripts and emoji', () => {
    const values = ['José Müller-Lüdenscheidt', '王伟', '佐藤 美咲', 'Дмитрий', 'محمد', 'देवेंद्र', 'Zoë 🚀', 'Ñandú, "el rápido"'];
    const quoted = values.map((v) => `"${v.replaceAll('"', '""')}"`).join(',');
    expect(cellsOf(`${quoted}\r\n`)).toEqual([values]);
    expect(cellsOf(`\uFEFF${values.slice(0, 7).join(',')}`)).toEqual([values.slice(0, 7)]);
  });

  it('reads empty cells, an empty quoted cell and a trailing comma as empty strings', () => {
    expect(cellsOf('a,,"",c,\n')).toEqual([['a', '', '', 'c', '']]);
  });

  it('keeps a quote inside an unquoted cell as a character', () => {
    expect(cellsOf('height,5\'10"\n')).toEqual([['height', '5\'10"']]);
  });

  it('ignores spaces between a closing quote and the comma', () => {
    expect(cellsOf('"a"  ,"b"\t\n')).toEqual([['a', 'b']]);
  });

  it('reports a quote left open at the end of the file and keeps every record before it', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(parsed.problems).toEqual([{ line: 3, cellIndex: 1, message: expect.stringContaining('never closed') }]);
    // Resync at the next line: the line the open quote swallowed is read again as a record.
    expect(parsed.records.map((r) => [r.line, r.cells])).toEqual([[1, ['a', 'b']], [2, ['1', '2']], [4, ['4', '5']]]);
  });

  it('reports an unbalanced quote that a later quoted cell would close, and does not swallow the rows between', () => {
    const text = ['id,company,city', '1,"Acme, Inc,Berlin', '2,Globex,Paris', '3,Initech,Austin', '4,"Umbrella, Ltd",London', ''].join('\r\n');
    const parsed = parseCsv(text);
    expect(parsed.problems).toEqual([{ line: 2, cellIndex: 1, message: expect.stringContaining('not closed on this line') }]);
    expect(parsed.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['id', 'company', 'city']],
      [3, ['2', 'Globex', 'Paris']],
      [4, ['3', 'Initech', 'Austin']],
      [5, ['4', 'Umbrella, Ltd', 'London']],
    ]);
  });

  it('reports text after a closing quote on the same line', () => {
    const parsed = parseCsv('a,b\n"x"y,2\n3,4\n');
    expect(parsed.problems).toEqual([{ line: 2, cellIndex: 0, message: expect.stringContaining('text follows the closing quote') }]);
    expect(parsed.records.map((r) => r.line)).toEqual([1, 3]);
  });

  // Its speed is a benchmark's to check (bench/simulate reads 100,000 contacts and their activities).
  it('parses 100,000 rows of 25 columns, quoted cells with commas included', () => {
    const row = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? `"quoted, cell ${i}"` : `value${i}`)).join(',');
    const text = `${Array.from({ length: 25 }, (_, i) => `h${i}`).join(',')}\r\n${`${row}\r\n`.repeat(100_000)}`;
    const parsed = parseCsv(text);
    expect(parsed.records).toHaveLength(100_001);
    expect(parsed.records[100_000]?.cells[5]).toBe('quoted, cell 5');
  });
});
