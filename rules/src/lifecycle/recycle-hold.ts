import type { Activity, StageTransition } from '../shared/contact';
import type { Instant } from '../shared/time';

/** The latest recycle on record and the first activity after it, if there is one by `now`. */
export interface RecycleHold {
  readonly recycle: StageTransition;
  /** The earliest activity after the recycle (and not after `now`): with one, the contact may move forward again. */
  readonly reengagedBy: Activity | null;
}

/**
 * A recycle (a rejected handoff, or a deliberate move back) must stick: the score that made the contact
 * an MQL usually still stands a minute later, and evaluation alone would promote it straight back to the
 * rep who just turned it down. Promotion past the recycled stage waits for something new: an activity
 * after the recycle.
 */
export function recycleHold(history: readonly StageTransition[] | undefined, activities: readonly Activity[] | undefined, now: Instant): RecycleHold | null {
  let recycle: StageTransition | null = null;
  for (const transition of history ?? []) {
    if (transition.kind === 'recycle' && transition.at <= now && (recycle === null || transition.at >= recycle.at)) recycle = transition;
  }
  if (recycle === null) return null;
  let reengagedBy: Activity | null = null;
  for (const activity of activities ?? []) {
    if (activity.at > recycle.at && activity.at <= now && (reengagedBy === null || activity.at < reengagedBy.at)) reengagedBy = activity;
  }
  return { recycle, reengagedBy };
}
