import { rateLimitedDurationMs } from './rate-limit-schedule';

const limits = { perTenSeconds: 190, searchPerSecond: 4 };
const isSearch = (id: string) => id.endsWith('.search');

describe('rateLimitedDurationMs', () => {
  it('lets a burst up to the 10-second limit start at once, and makes the next one wait for the window', () => {
    expect(rateLimitedDurationMs(Array(190).fill('contacts.get'), limits, isSearch)).toBe(0);
    expect(rateLimitedDurationMs(Array(191).fill('contacts.get'), limits, isSearch)).toBe(10_000);
    // 1,900 calls: ten full windows after the first.
    expect(rateLimitedDurationMs(Array(1900).fill('contacts.get'), limits, isSearch)).toBe(90_000);
  });

  it('spaces searches by the search limit even when the 10-second window has room', () => {
    expect(rateLimitedDurationMs(Array(9).fill('contacts.search'), limits, isSearch)).toBe(2000);
    expect(rateLimitedDurationMs(['contacts.search', 'contacts.get', 'contacts.search'], limits, isSearch)).toBe(250);
  });

  it('takes no time for no calls', () => {
    expect(rateLimitedDurationMs([], limits, isSearch)).toBe(0);
  });
});
