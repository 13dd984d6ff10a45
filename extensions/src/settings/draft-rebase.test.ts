import { defaultConfigJsonCopy } from '../../../rules/test-support/default-config';
import { rebaseDraft, sameJson } from './draft-rebase';

interface Doc { name: string; scoring: { mql: { threshold: number } }; routing: unknown; sla: { policies: unknown[] }; dataQuality?: unknown }
const base = (): Doc => defaultConfigJsonCopy() as unknown as Doc;

describe('rebasing a draft onto a version saved meanwhile', () => {
  it('takes the parts only the newer version changed and keeps the parts only the editor changed', () => {
    const mine = base();
    mine.scoring.mql.threshold = 75;
    const theirs = base();
    theirs.name = 'Renamed by Ben';
    theirs.sla.policies = [];
    const rebased = rebaseDraft(base(), mine, theirs);
    expect(rebased.document).toMatchObject({ name: 'Renamed by Ben', scoring: { mql: { threshold: 75 } }, sla: { policies: [] } });
    expect(rebased.theirs).toEqual(['name', 'sla']);
    expect(rebased.mine).toEqual(['scoring']);
    expect(rebased.both).toEqual([]);
  });

  it("keeps the editor's value of a part both changed differently, and lists it", () => {
    const mine = base();
    mine.scoring.mql.threshold = 75;
    const theirs = base();
    theirs.scoring.mql.threshold = 40;
    const rebased = rebaseDraft(base(), mine, theirs);
    expect(rebased.document).toMatchObject({ scoring: { mql: { threshold: 75 } } });
    expect(rebased.both).toEqual(['scoring']);
    expect(rebased.theirs).toEqual([]);
  });

  it('does not list a part both changed the same way', () => {
    const mine = base();
    mine.scoring.mql.threshold = 75;
    const theirs = base();
    theirs.scoring.mql.threshold = 75;
    expect(rebaseDraft(base(), mine, theirs)).toMatchObject({ theirs: [], mine: [], both: [] });
  });

  it('removes a part the newer version removed, and keeps one the editor removed removed', () => {
    const theirs = base();
    delete theirs.dataQuality;
    expect(rebaseDraft(base(), base(), theirs).document).not.toHaveProperty('dataQuality');
    const mine = base();
    delete mine.dataQuality;
    const rebased = rebaseDraft(base(), mine, base());
    expect(rebased.document).not.toHaveProperty('dataQuality');
    expect(rebased.mine).toEqual(['dataQuality']);
  });

  it('keeps a draft that is not an object whole, saying both changed it when theirs differs', () => {
    expect(rebaseDraft(base(), 'not json yet', base())).toEqual({ document: 'not json yet', theirs: [], mine: [], both: [''] });
  });

  it('compares JSON values whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
