import { signedPoints } from './signed-points';

describe('signedPoints', () => {
  it('shows points to one decimal with their sign', () => {
    expect([15, 6.14, -5, -0.26, 0.05, 100].map(signedPoints)).toEqual(['+15', '+6.1', '-5', '-0.3', '+0.1', '+100']);
  });

  it('gives the same text for a value however many other values came between', () => {
    const first = signedPoints(-12.3);
    for (let tenths = -5000; tenths <= 5000; tenths += 1) signedPoints(tenths / 10);
    expect(signedPoints(-12.3)).toBe(first);
    expect(signedPoints(499.9)).toBe('+499.9');
  });
});
