import type { Contact } from '@leadops/rules';

/** A HubSpot record as an export or the API gives it: id and string properties (internal names). */
export interface PortalRecord {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
}

/** A HubSpot owner (what `hubspot_owner_id` holds) with the login user behind it. */
export interface PortalOwner {
  readonly id: string;
  readonly userId: number;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
}

/**
 * A portal's lead-flow data, however it was read (sample files, a real portal, the emulator): contacts
 * with their activity history, companies and which contact belongs to which, owners, and HubSpot user
 * records (object 0-115: hs_working_hours, hs_standard_time_zone, hs_availability_status,
 * hs_out_of_office_hours) that give reps their calendars.
 */
export interface PortalData {
  /** Properties use HubSpot's internal names; `createdate` is epoch milliseconds as a string. */
  readonly contacts: readonly Contact[];
  readonly companies: readonly PortalRecord[];
  /** Contact id → associated company ids, primary first. */
  readonly contactCompanies: Readonly<Record<string, readonly string[]>>;
  readonly owners: readonly PortalOwner[];
  readonly users: readonly PortalRecord[];
}
