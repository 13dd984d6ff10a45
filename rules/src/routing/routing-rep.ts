import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Instant } from '../shared/time';

/** A rep as routing sees one: the config's rep joined with HubSpot's user record by the adapter. */
export interface RoutingRep {
  readonly ownerId: string;
  readonly name: string;
  /** The rep's calendar (HubSpot working hours, or the team's calendar as a fallback). */
  readonly calendar: WorkingCalendar;
  /** HubSpot's `hs_availability_status`: "away" reps get no leads. */
  readonly availability: 'available' | 'away';
  /** End of a current out-of-office period (HubSpot's `hs_out_of_office_hours`): skipped until then. */
  readonly outOfOfficeUntil?: Instant;
}
