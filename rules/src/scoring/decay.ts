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
  const age = ageMs < 0 ? 0 : ageMs;
  const magnitude = Math.abs(points);
  let factor: number;
  switch (settings.decay) {
    case 'none':
      return points;
    case 'exponential':
      factor = Math.pow(0.5, age / ((settings.halfLifeDays ?? Infinity) * DAY_MS));
      break;
    case 'linear':
      factor = Math.max(0, 1 - age / ((settings.lifetimeDays ?? Infinity) * DAY_MS));
      break;
    case 'step':
      factor = Math.pow(1 - (settings.stepPercent ?? 0) / 100, Math.floor(age / ((settings.stepDays ?? Infinity) * DAY_MS)));
      break;
  }
  const floor = Math.min(settings.floorPoints ?? 0, magnitude);
  const value = Math.max(magnitude * factor, floor);
  return points < 0 ? -value : value;
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
