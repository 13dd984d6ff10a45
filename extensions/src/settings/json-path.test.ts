import { parsePath, pathText, readAt, writeAt } from './json-path';

describe('json-path', () => {
  it('reads back the paths config problems name, indexes included', () => {
    expect(parsePath('scoring.rules[3].when.all[0].value')).toEqual(['scoring', 'rules', 3, 'when', 'all', 0, 'value']);
    expect(pathText(parsePath('routing.pools[0].members[2].weight'))).toBe('routing.pools[0].members[2].weight');
    expect(parsePath('')).toEqual([]);
  });

  it('reads undefined where a step is missing or of the wrong kind', () => {
    const document = { scoring: { rules: [{ points: 5 }] } };
    expect(readAt(document, ['scoring', 'rules', 0, 'points'])).toBe(5);
    expect(readAt(document, ['scoring', 'rules', 4, 'points'])).toBeUndefined();
    expect(readAt(document, ['scoring', 0])).toBeUndefined();
    expect(readAt(document, ['scoring', 'toString'])).toBeUndefined();
  });

  it('writes a copy, creating the missing objects, and leaves the original as it was', () => {
    const document = { scoring: { mql: { threshold: 60 } }, sla: { policies: [{ id: 'a', minutes: 30 }] } };
    const snapshot = structuredClone(document);
    const next = writeAt(writeAt(document, ['scoring', 'caps', 'fit'], 40), ['sla', 'policies', 0, 'minutes'], 15);
    expect(next).toEqual({ scoring: { mql: { threshold: 60 }, caps: { fit: 40 } }, sla: { policies: [{ id: 'a', minutes: 15 }] } });
    expect(document).toEqual(snapshot);
  });

  it('removes a key written as undefined, so a cleared field falls back to its default', () => {
    expect(writeAt({ scoring: { caps: { fit: 40, total: 100 } } }, ['scoring', 'caps', 'fit'], undefined)).toEqual({ scoring: { caps: { total: 100 } } });
  });
});
