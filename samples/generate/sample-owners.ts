import type { PortalOwner, PortalRecord } from '@leadops/cli/src/portal/portal-data';

/** Which routing team a person belongs to in the sample config. */
export type SampleTeam = 'na' | 'enterprise' | 'emea-uk' | 'emea-dach' | 'apac' | 'india';

/** A HubSpot working-hours block: days and minutes after local midnight, as hs_working_hours holds them. */
interface WorkingBlock {
  readonly days: string;
  readonly startMinute: number;
  readonly endMinute: number;
}

/** A rep or manager of the sample portal, with what their HubSpot user record says about them. */
export interface SamplePerson {
  readonly ownerId: string;
  readonly userId: number;
  /** The user record's id (object 0-115). */
  readonly userRecordId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: 'rep' | 'manager';
  readonly team: SampleTeam;
  readonly timeZone: string;
  /** null: no working hours set in HubSpot (routing falls back to the team calendar). */
  readonly hours: readonly WorkingBlock[] | null;
  readonly away?: boolean;
  readonly outOfOffice?: { readonly start: string; readonly end: string };
  /** Routing caps set in the config for this rep. */
  readonly leadsPerDay?: number;
}

const weekdays = (start: number, end: number): WorkingBlock => ({ days: 'MONDAY_TO_FRIDAY', startMinute: start, endMinute: end });
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  { ownerId: '71000101', userId: 9100101, userRecordId: '601', firstName: 'Ana', lastName: 'Ruiz', role: 'rep', team: 'na', timeZone: 'America/New_York', hours: [weekdays(h(9), h(17))] },
  // Set to "away" in HubSpot for the whole window (parental leave): routing skips him.
  { ownerId: '71000102', userId: 9100102, userRecordId: '602', firstName: 'Marcus', lastName: 'Johnson', role: 'rep', team: 'na', timeZone: 'America/New_York', hours: [weekdays(h(8), h(16))], away: true },
  { ownerId: '71000103', userId: 9100103, userRecordId: '603', firstName: 'Emily', lastName: 'Chen', role: 'rep', team: 'na', timeZone: 'America/Los_Angeles', hours: [weekdays(h(9), h(17, 30))] },
  // No working hours in HubSpot: routing falls back to the enterprise team's calendar (us-west).
  { ownerId: '71000104', userId: 9100104, userRecordId: '604', firstName: 'Priya', lastName: 'Raman', role: 'rep', team: 'enterprise', timeZone: 'America/Los_Angeles', hours: null },
  { ownerId: '71000105', userId: 9100105, userRecordId: '605', firstName: 'Oliver', lastName: 'Bennett', role: 'rep', team: 'emea-uk', timeZone: 'Europe/London', hours: [weekdays(h(9), h(17, 30))] },
  // Part-time, Monday to Wednesday mornings and early afternoons, with a daily lead cap in the config.
  {
    ownerId: '71000106', userId: 9100106, userRecordId: '606', firstName: 'Sophie', lastName: 'Wright', role: 'rep', team: 'emea-uk', timeZone: 'Europe/London',
    hours: [{ days: 'MONDAY', startMinute: h(9), endMinute: h(15) }, { days: 'TUESDAY', startMinute: h(9), endMinute: h(15) }, { days: 'WEDNESDAY', startMinute: h(9), endMinute: h(15) }], leadsPerDay: 6,
  },
  // Split shift: mornings and late afternoons, with a long break between.
  { ownerId: '71000107', userId: 9100107, userRecordId: '607', firstName: 'Lukas', lastName: 'Schneider', role: 'rep', team: 'emea-dach', timeZone: 'Europe/Berlin', hours: [weekdays(h(8), h(12)), weekdays(h(15), h(19))] },
  // Out of office for the week of 2 Nov 2026 (Berlin midnight to midnight), inside the sample window.
  {
    ownerId: '71000108', userId: 9100108, userRecordId: '608', firstName: 'Lena', lastName: 'Hoffmann', role: 'rep', team: 'emea-dach', timeZone: 'Europe/Berlin', hours: [weekdays(h(8, 30), h(17))],
    outOfOffice: { start: '2026-11-01T23:00:00.000Z', end: '2026-11-08T23:00:00.000Z' },
  },
  { ownerId: '71000109', userId: 9100109, userRecordId: '609', firstName: 'Jack', lastName: 'Thompson', role: 'rep', team: 'apac', timeZone: 'Australia/Sydney', hours: [weekdays(h(8, 30), h(17))] },
  { ownerId: '71000110', userId: 9100110, userRecordId: '610', firstName: 'Arjun', lastName: 'Mehta', role: 'rep', team: 'india', timeZone: 'Asia/Kolkata', hours: [weekdays(h(10), h(19))] },
  { ownerId: '71000201', userId: 9100201, userRecordId: '621', firstName: 'Rachel', lastName: 'Adams', role: 'manager', team: 'na', timeZone: 'America/New_York', hours: [weekdays(h(8, 30), h(17, 30))] },
  { ownerId: '71000202', userId: 9100202, userRecordId: '622', firstName: 'Henrik', lastName: 'Larsen', role: 'manager', team: 'emea-uk', timeZone: 'Europe/London', hours: [weekdays(h(8, 30), h(17, 30))] },
];

export const SAMPLE_REPS = SAMPLE_PEOPLE.filter((p) => p.role === 'rep');

export function personNamed(firstName: string): SamplePerson {
  const person = SAMPLE_PEOPLE.find((p) => p.firstName === firstName);
  if (!person) throw new Error(`No sample rep or manager is called ${firstName}: use one of ${SAMPLE_PEOPLE.map((p) => p.firstName).join(', ')}.`);
  return person;
}

export const fullName = (person: SamplePerson) => `${person.firstName} ${person.lastName}`;
export const workEmail = (person: SamplePerson) => `${person.firstName}.${person.lastName}@fernhill.example`.toLowerCase();

/** owners.json: the owners, and their HubSpot user records as the users API returns them. */
export function ownersFileJson(): { owners: PortalOwner[]; users: PortalRecord[] } {
  return {
    owners: SAMPLE_PEOPLE.map((p) => ({ id: p.ownerId, userId: p.userId, email: workEmail(p), firstName: p.firstName, lastName: p.lastName })),
    users: SAMPLE_PEOPLE.map((p) => ({
      id: p.userRecordId,
      properties: {
        hs_internal_user_id: String(p.userId),
        hs_email: workEmail(p),
        hs_working_hours: p.hours === null ? null : JSON.stringify(p.hours),
        hs_standard_time_zone: p.timeZone,
        hs_availability_status: p.away ? 'away' : 'available',
        hs_out_of_office_hours: p.outOfOffice ? JSON.stringify([p.outOfOffice]) : null,
      },
    })),
  };
}
