import type { DecisionTally } from './decision-tally';
import { percentile } from './percentile';

/** Middle and slow end of a set of durations. */
export interface Spread {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/** Contacts whose first touch took from `fromMinutes` (inclusive) to `toMinutes` (exclusive; null: no upper end). */
export interface TouchBucket {
  readonly label: string;
  readonly fromMinutes: number;
  readonly toMinutes: number | null;
  readonly count: number;
}

export interface FirstTouchFigures {
  /** Working minutes from the SLA clock's start to the first touch (contacts with a policy and a touch). */
  readonly workingMinutes: Spread;
  /** Wall-clock hours from the contact's arrival to the first touch: the wait the lead lived through. */
  readonly wallClockHours: Spread;
  readonly buckets: readonly TouchBucket[];
  /** Assigned contacts nobody touched by the end of the simulation (open clocks included). */
  readonly neverTouched: number;
}

/** Bucket edges in working minutes: fine where an MQL's 30-minute SLA is decided, coarse past 4 hours. */
export const TOUCH_BUCKET_EDGES: readonly number[] = [0, 5, 15, 30, 60, 120, 240];

function spread(values: number[]): Spread {
  // A typed array sorts numbers natively, without a comparison callback per pair.
  const ascending = Float64Array.from(values).sort();
  return { count: ascending.length, median: percentile(ascending, 50), p90: percentile(ascending, 90) };
}

function bucketIndex(minutes: number): number {
  let index = 0;
  while (index + 1 < TOUCH_BUCKET_EDGES.length && minutes >= (TOUCH_BUCKET_EDGES[index + 1] as number)) index += 1;
  return index;
}

export function firstTouchTally(): DecisionTally<FirstTouchFigures> {
  const working: number[] = [];
  const wallClock: number[] = [];
  const counts = TOUCH_BUCKET_EDGES.map(() => 0);
  let neverTouched = 0;
  return {
    add(decision) {
      const sla = decision.sla;
      if (sla === null) return;
      if (sla.firstTouchAt === null) {
        neverTouched += 1;
        return;
      }
      wallClock.push((sla.firstTouchAt - decision.arrivedAt) / 3_600_000);
      if (sla.workingMinutesToTouch !== null) {
        working.push(sla.workingMinutesToTouch);
        const index = bucketIndex(sla.workingMinutesToTouch);
        counts[index] = (counts[index] ?? 0) + 1;
      }
    },
    result() {
      const buckets = TOUCH_BUCKET_EDGES.map((fromMinutes, index) => {
        const toMinutes = TOUCH_BUCKET_EDGES[index + 1] ?? null;
        return { label: toMinutes === null ? `${fromMinutes}+` : `${fromMinutes}–${toMinutes}`, fromMinutes, toMinutes, count: counts[index] ?? 0 };
      });
      return { workingMinutes: spread(working), wallClockHours: spread(wallClock), buckets, neverTouched };
    },
  };
}
