import { parseExportDate, readAmount, readCount, readDate, readRecordId } from './export-cell-values';

describe('parseExportDate', () => {
  it.each([
    ['2026-10-21', Date.UTC(2026, 9, 21)],
    ['2026-10-21 14:05', Date.UTC(2026, 9, 21, 14, 5)],
    ['2026-10-21 14:05:09', Date.UTC(2026, 9, 21, 14, 5, 9)],
    ['2026-10-21T14:05:09.250Z', Date.UTC(2026, 9, 21, 14, 5, 9, 250)],
    ['2026-10-21T14:05:00', Date.UTC(2026, 9, 21, 14, 5)],
    ['2026-10-21T16:05:00+02:00', Date.UTC(2026, 9, 21, 14, 5)],
    ['2026-10-21T09:05:00-0500', Date.UTC(2026, 9, 21, 14, 5)],
    [' 2026-10-21 14:05 ', Date.UTC(2026, 9, 21, 14, 5)],
  ])('%j → %d (UTC unless an offset is given)', (raw, instant) => {
    expect(parseExportDate(raw)).toBe(instant);
  });

  it.each(['31/10/2026', '10/31/2026', '2026-02-31', '2026-13-01', '2026-10-21 24:00', '2026-10-21 14:5', 'yesterday', '1761055500000', '0026-10-21', '1899-12-31', '2026-10-21T14:05:00+25:99', '2026-10-21T14:05:00+02:75'])('rejects %j', (raw) => {
    expect(parseExportDate(raw)).toBeUndefined();
  });
});

describe('typed cell readers', () => {
  it('gives dates as epoch milliseconds strings and skips the row for a bad one', () => {
    expect(readDate('2026-10-21')).toEqual({ kind: 'value', value: String(Date.UTC(2026, 9, 21)) });
    expect(readDate('21.10.2026')).toEqual({ kind: 'skip', message: expect.stringContaining('bad date "21.10.2026"') });
  });

  it('reads counts as whole numbers only', () => {
    expect(readCount(' 0250 ')).toEqual({ kind: 'value', value: '250' });
    for (const raw of ['50-200', '1,200', '-3', '2.5', 'ten']) expect(readCount(raw).kind).toBe('skip');
    expect(readCount('9007199254740991')).toEqual({ kind: 'value', value: '9007199254740991' });
    expect(readCount('99999999999999999999999')).toEqual({ kind: 'skip', message: expect.stringContaining('too large to be a count') });
  });

  it('reads amounts as plain decimals', () => {
    expect(readAmount('1250000.50')).toEqual({ kind: 'value', value: '1250000.50' });
    for (const raw of ['$1M', '1 250 000', '1e6']) expect(readAmount(raw).kind).toBe('skip');
  });

  it('reads record ids as digits only', () => {
    expect(readRecordId(' 1001 ')).toEqual({ kind: 'value', value: '1001' });
    expect(readRecordId('C-1001').kind).toBe('skip');
  });
});
