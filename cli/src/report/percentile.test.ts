import { percentile } from './percentile';

describe('percentile', () => {
  it('gives the middle value of an odd count as the median', () => {
    expect(percentile([5, 12, 25, 100, 290], 50)).toBe(25);
  });

  it('averages the two middle values of an even count', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
  });

  it('interpolates between the ranks around p90', () => {
    // rank (5 − 1) × 0.9 = 3.6: 100 + 0.6 × (290 − 100)
    expect(percentile([5, 12, 25, 100, 290], 90)).toBeCloseTo(214, 6);
  });

  it('is null without values, so "no touches" never reads as zero minutes', () => {
    expect(percentile([], 50)).toBeNull();
  });

  it('is the single value when there is one', () => {
    expect(percentile([7], 90)).toBe(7);
  });
});
