import type { PropertyValues } from '../conditions/condition';
import type { ActivityType } from '../config/leadops-config.schema';
import type { Instant } from './time';

/** Something the contact did, with when; engagement rules score these. */
export interface Activity {
  readonly type: ActivityType;
  readonly at: Instant;
  readonly properties?: PropertyValues;
}

/** A recorded lifecycle move; demotions and recycles carry the reason code the config allows. */
export interface StageTransition {
  readonly from: string | null;
  readonly to: string;
  readonly at: Instant;
  readonly kind: 'promotion' | 'demotion' | 'recycle' | 'handoff_accepted';
  readonly reasonCode?: string;
  readonly note?: string;
}

/** A contact as the engine sees it: HubSpot's string properties, its activities and its stage history. */
export interface Contact {
  readonly id: string;
  readonly properties: PropertyValues;
  readonly activities?: readonly Activity[];
  readonly lifecycleHistory?: readonly StageTransition[];
}
