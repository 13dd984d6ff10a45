import type { EngagementRule } from '../config/leadops-config.schema';
import { DAY_MS } from '../shared/time';

export type DecaySettings = Pick<EngagementRule, 'decay' | 'halfLifeDays' | 'lifetimeDays' | 'stepDays' | 'stepPercent' | 'floorPoints'>;

/**
 * Points an activity still gives `ageMs` after it happened. Decay only shrinks the magnitude: positive
 * points stay positive, negative ones stay negative, and neither passes below `floorPoints`.
 *
 * - exponential: halves every `halfLifeDays`
 * - linear: falls in a straight line to the floor over `lifetimeDays` (a common port of spreadsheet models)
 * - step: HubSpot's style, "reduce by `stepPercent`% every `stepDays` days"
 *
 * @example
 * decayedPoints(10, 14 * DAY_MS, { decay: 'exponential', halfLifeDays: 14 }) //=> 5
 */
export function decayedPoints(points: number, ageMs: number, settings: DecaySettings): number {
  return decayFunction(points, settings)(ageMs);
}

/**
 * The same decay, prepared once per rule: the scorer evaluates it many times per contact while it
 * looks for the next drop, so the constants are computed here and not on every call.
 */
export function decayFunction(points: number, settings: DecaySettings): (ageMs: number) => number {
  const magnitude = Math.abs(points);
  const sign = points < 0 ? -1 : 1;
  const floor = Math.min(settings.floorPoints ?? 0, magnitude);
  const clamp = (value: number) => sign * (value > floor ? value : floor);
  switch (settings.decay) {
    case 'none':
      return () => points;
    case 'exponential': {
      const rate = Math.LN2 / ((settings.halfLifeDays ?? Infinity) * DAY_MS);
      return (ageMs) => clamp(magnitude * Math.exp(-rate * (ageMs < 0 ? 0 : ageMs)));
    }
    case 'linear': {
      const lifetime = (settings.lifetimeDays ?? Infinity) * DAY_MS;
      // A straight line from the full points to the floor, reached at the end of the lifetime.
      return (ageMs) => clamp(floor + (magnitude - floor) * Math.max(0, 1 - (ageMs < 0 ? 0 : ageMs) / lifetime));
    }
    case 'step': {
      const keep = 1 - (settings.stepPercent ?? 0) / 100;
      const step = (settings.stepDays ?? Infinity) * DAY_MS;
      return (ageMs) => clamp(magnitude * Math.pow(keep, Math.floor((ageMs < 0 ? 0 : ageMs) / step)));
    }
  }
}

/** How the decay reads in an explanation: "half-life 14 days". */
export function describeDecay(settings: DecaySettings): string {
  const floor = settings.floorPoints ? `, never below ${settings.floorPoints}` : '';
  switch (settings.decay) {
    case 'none':
      return 'no decay';
    case 'exponential':
      return `half-life ${settings.halfLifeDays} days${floor}`;
    case 'linear':
      return `fades over ${settings.lifetimeDays} days${floor}`;
    case 'step':
      return `-${settings.stepPercent}% every ${settings.stepDays} days${floor}`;
  }
}
