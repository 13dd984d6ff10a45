import { formatJson } from './json-format';

describe('formatJson', () => {
  it('keeps short values on one line and spreads long ones, without changing the data', () => {
    const value = { name: 'a [ b, c ]', week: { monday: [['09:00', '17:00']] }, empty: {}, list: Array.from({ length: 40 }, (_, i) => `item-${i}`), none: null };
    const text = formatJson(value);
    expect(text).toContain('"week": { "monday": [["09:00", "17:00"]] }');
    expect(text).toContain('"list": [\n    "item-0",\n');
    expect(JSON.parse(text)).toEqual(value);
  });
});
