import { CallbackResults } from './callback-results';
import { succeeded } from './workflow-action-response';

describe('CallbackResults', () => {
  it('runs the work once for deliveries that arrive together, and gives each the same answer', async () => {
    const results = new CallbackResults();
    let runs = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const work = async () => {
      runs += 1;
      await gate;
      return succeeded({ leadops_owner_id: '11' });
    };
    const both = Promise.all([results.answer('cb', work), results.answer('cb', work)]);
    release();
    const [a, b] = await both;
    expect(runs).toBe(1);
    expect(a).toBe(b);
    expect(await results.answer('cb', work)).toBe(a);
    expect(runs).toBe(1);
  });

  it('forgets a failure, so the next delivery runs the work again', async () => {
    const results = new CallbackResults();
    await expect(results.answer('cb', async () => { throw new Error('429'); })).rejects.toThrow('429');
    await expect(results.answer('cb', async () => succeeded())).resolves.toEqual(succeeded());
  });

  it('keeps at most its capacity, dropping the oldest answers first', async () => {
    const results = new CallbackResults(3);
    for (const id of ['a', 'b', 'c', 'd']) await results.answer(id, async () => succeeded({ id }));
    expect(results.size).toBe(3);
    let reran = false;
    await results.answer('a', async () => { reran = true; return succeeded(); });
    expect(reran).toBe(true);
  });
});
