import { keyedTurns } from './keyed-turns';

describe('keyedTurns', () => {
  it('runs work on one key one after another, work on other keys alongside, and goes on after a failure', async () => {
    const turns = keyedTurns();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = turns('a', async () => {
      events.push('a1 start');
      await gate;
      events.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = turns('a', async () => {
      events.push('a2');
      return 2;
    });
    const other = turns('b', async () => {
      events.push('b1');
      return 'b';
    });
    await expect(other).resolves.toBe('b');
    // b ran while a1 was still waiting; a2 has not started.
    expect(events).toEqual(['a1 start', 'b1']);
    release();
    await expect(first).rejects.toThrow('a1 failed');
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });
});
