import { shownPoints } from './shown-points';

describe('shownPoints: reasons rounded together so they add up to the total shown', () => {
  it('gives the tenth lost in rounding to the value that lost most, not to each value on its own', () => {
    // Rounded one by one: 6.1 + 1.7 + 0 = 7.8 under a total of 7.9 (the exact sum is 7.905).
    expect(shownPoints([6.14, 1.72, 0.045], 7.9)).toEqual([6.1, 1.7, 0.1]);
  });

  it('keeps small decayed values that together make up a tenth of the total', () => {
    const shown = shownPoints([5, 0.04, 0.04, 0.04], 5.1);
    expect(shown.reduce((sum, v) => sum + v, 0)).toBeCloseTo(5.1, 9);
    expect(shown.filter((v) => v !== 0)).toHaveLength(2);
  });

  it('leaves whole points whole and takes the floor and caps, which are negative, as they are', () => {
    expect(shownPoints([20, 15, -5, 3.25], 33.3)).toEqual([20, 15, -5, 3.3]);
  });

  it('never moves a value by a tenth or more', () => {
    const exact = [12.349, 7.151, 0.099, 3.3333, -2.0501];
    const shown = shownPoints(exact, Math.round(exact.reduce((s, v) => s + v, 0) * 10) / 10);
    shown.forEach((v, i) => expect(Math.abs(v - (exact[i] as number))).toBeLessThan(0.1));
  });
});
