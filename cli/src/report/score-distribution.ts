import type { DecisionTally } from './decision-tally';

/** Contacts whose total score is in [from, to); `to` null for the open top bucket. */
export interface ScoreBucket {
  readonly label: string;
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
  /** Of which MQLs: the MQL verdict also needs enough fit, so a bucket above the line can hold non-MQLs. */
  readonly mqls: number;
}

export interface ScoreDistribution {
  readonly buckets: readonly ScoreBucket[];
  readonly mqlThreshold: number | null;
  readonly mqls: number;
}

const BUCKET_WIDTH = 10;
/** Totals are capped at 100 by default; a bucket "100+" also holds configs with a higher cap. */
const TOP_BUCKET_FROM = 100;

export function scoreDistributionTally(mqlThreshold: number | null): DecisionTally<ScoreDistribution> {
  const bucketCount = TOP_BUCKET_FROM / BUCKET_WIDTH + 1;
  const counts = Array.from({ length: bucketCount }, () => ({ count: 0, mqls: 0 }));
  let mqls = 0;
  return {
    add(decision) {
      const index = Math.min(bucketCount - 1, Math.max(0, Math.floor(decision.score.total / BUCKET_WIDTH)));
      const bucket = counts[index] as { count: number; mqls: number };
      bucket.count += 1;
      if (decision.score.mql) {
        bucket.mqls += 1;
        mqls += 1;
      }
    },
    result() {
      const buckets = counts.map(({ count, mqls: bucketMqls }, index) => {
        const from = index * BUCKET_WIDTH;
        const to = from >= TOP_BUCKET_FROM ? null : from + BUCKET_WIDTH;
        return { label: to === null ? `${from}+` : `${from}–${to - 1}`, from, to, count, mqls: bucketMqls };
      });
      return { buckets, mqlThreshold, mqls };
    },
  };
}
