import fc from 'fast-check';
import { DAY_MS } from '../shared/time';
import { decayedPoints, type DecaySettings } from './decay';

const settings: fc.Arbitrary<DecaySettings> = fc.oneof(
  fc.record({ decay: fc.constant('exponential' as const), halfLifeDays: fc.double({ min: 0.5, max: 365, noNaN: true }), floorPoints: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }) }),
  fc.record({ decay: fc.constant('linear' as const), lifetimeDays: fc.double({ min: 1, max: 365, noNaN: true }), floorPoints: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }) }),
  fc.record({ decay: fc.constant('step' as const), stepDays: fc.double({ min: 1, max: 120, noNaN: true }), stepPercent: fc.double({ min: 1, max: 100, noNaN: true }), floorPoints: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }) }),
);
const points = fc.double({ min: 0.5, max: 100, noNaN: true });
const age = fc.double({ min: 0, max: 2000 * DAY_MS, noNaN: true });

describe('decayedPoints', () => {
  it('never turns positive points negative, nor negative points positive', () => {
    fc.assert(fc.property(points, age, settings, (p, a, s) => {
      expect(decayedPoints(p, a, s)).toBeGreaterThanOrEqual(0);
      expect(decayedPoints(-p, a, s)).toBeLessThanOrEqual(0);
    }));
  });

  it('never grows as the activity gets older (monotone between events)', () => {
    fc.assert(fc.property(points, age, age, settings, (p, a, b, s) => {
      const [younger, older] = a <= b ? [a, b] : [b, a];
      expect(decayedPoints(p, older, s)).toBeLessThanOrEqual(decayedPoints(p, younger, s) + 1e-9);
    }));
  });

  it('halves the points every half-life while above the floor', () => {
    fc.assert(fc.property(points, fc.double({ min: 1, max: 90, noNaN: true }), fc.integer({ min: 0, max: 5 }), (p, halfLifeDays, n) => {
      const s: DecaySettings = { decay: 'exponential', halfLifeDays };
      const at = decayedPoints(p, n * halfLifeDays * DAY_MS, s);
      expect(decayedPoints(p, (n + 1) * halfLifeDays * DAY_MS, s)).toBeCloseTo(at / 2, 9);
    }));
  });

  it('stays at the floor once reached, and never above the original points', () => {
    fc.assert(fc.property(points, age, settings, (p, a, s) => {
      const value = decayedPoints(p, a, s);
      expect(value).toBeGreaterThanOrEqual(Math.min(s.floorPoints ?? 0, p) - 1e-12);
      expect(value).toBeLessThanOrEqual(p + 1e-12);
    }));
  });

  it('treats an activity in the future as brand new', () => {
    expect(decayedPoints(10, -5 * DAY_MS, { decay: 'exponential', halfLifeDays: 7 })).toBe(10);
  });

  it('cuts HubSpot-style step decay by the percentage at each step, not in between', () => {
    const s: DecaySettings = { decay: 'step', stepDays: 30, stepPercent: 50 };
    expect(decayedPoints(8, 29 * DAY_MS, s)).toBe(8);
    expect(decayedPoints(8, 30 * DAY_MS, s)).toBe(4);
    expect(decayedPoints(8, 61 * DAY_MS, s)).toBe(2);
  });

  it('fades linear decay to the floor at the end of the lifetime', () => {
    const s: DecaySettings = { decay: 'linear', lifetimeDays: 90, floorPoints: 5 };
    // Half way through the lifetime, half way from 25 down to the floor of 5.
    expect(decayedPoints(25, 45 * DAY_MS, s)).toBeCloseTo(15);
    expect(decayedPoints(25, 72 * DAY_MS, s)).toBeCloseTo(9);
    expect(decayedPoints(25, 200 * DAY_MS, s)).toBe(5);
  });
});
