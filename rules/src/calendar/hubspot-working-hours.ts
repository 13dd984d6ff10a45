import { WEEKDAYS, type Weekday, type WeeklyHours } from './working-calendar';

/** The `days` values of HubSpot's working-hour blocks, and the weekdays each one covers. */
const DAYS_VALUES: Readonly<Record<string, readonly Weekday[]>> = {
  MONDAY_TO_FRIDAY: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  SATURDAY_SUNDAY: ['saturday', 'sunday'],
  EVERY_DAY: WEEKDAYS,
  ...Object.fromEntries(WEEKDAYS.map((day) => [day.toUpperCase(), [day]])),
};

const MINUTES_PER_DAY = 24 * 60;

/** The outcome of reading `hs_working_hours`: a week, or why it cannot be used (the caller falls back to the team calendar). */
export type HubSpotWorkingHoursResult = { readonly ok: true; readonly week: WeeklyHours } | { readonly ok: false; readonly reason: string };

/**
 * Reads HubSpot's user property `hs_working_hours`, a JSON string such as
 * `[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]` (minutes after local midnight,
 * 0 to 1440), into weekly hours. Blocks that overlap on a day are joined. Never throws: an empty,
 * malformed or out-of-range value gives `ok: false` with a readable reason.
 */
export function parseHubSpotWorkingHours(raw: string | null | undefined): HubSpotWorkingHoursResult {
  if (raw === null || raw === undefined || raw.trim() === '') return { ok: false, reason: 'hs_working_hours is empty' };
  let blocks: unknown;
  try {
    blocks = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'hs_working_hours is not JSON' };
  }
  if (!Array.isArray(blocks)) return { ok: false, reason: 'hs_working_hours is not a list of working-hour blocks' };
  if (blocks.length === 0) return { ok: false, reason: 'hs_working_hours has no working hours' };

  const minutesByDay = new Map<Weekday, [number, number][]>(WEEKDAYS.map((day) => [day, []]));
  for (const [index, block] of blocks.entries()) {
    const where = `block ${index + 1}`;
    if (typeof block !== 'object' || block === null || Array.isArray(block)) return { ok: false, reason: `${where} is not an object with days, startMinute and endMinute` };
    const { days, startMinute, endMinute } = block as Record<string, unknown>;
    if (typeof days !== 'string') return { ok: false, reason: `${where} has no days value` };
    const weekdays = DAYS_VALUES[days.trim().toUpperCase()];
    if (weekdays === undefined) return { ok: false, reason: `unknown days value ${JSON.stringify(days)}` };
    if (!isMinuteOfDay(startMinute)) return { ok: false, reason: `${where} (${days}) has startMinute ${JSON.stringify(startMinute)}, not a whole number from 0 to 1440` };
    if (!isMinuteOfDay(endMinute)) return { ok: false, reason: `${where} (${days}) has endMinute ${JSON.stringify(endMinute)}, not a whole number from 0 to 1440` };
    if (endMinute <= startMinute) return { ok: false, reason: `${where} (${days}) ends at minute ${endMinute}, not after it starts at minute ${startMinute}` };
    for (const day of weekdays) minutesByDay.get(day)?.push([startMinute, endMinute]);
  }

  const hours = (day: Weekday): readonly (readonly [string, string])[] => joinOverlaps(minutesByDay.get(day) ?? []).map(([start, end]) => [clockTime(start), clockTime(end)] as const);
  const week: WeeklyHours = { monday: hours('monday'), tuesday: hours('tuesday'), wednesday: hours('wednesday'), thursday: hours('thursday'), friday: hours('friday'), saturday: hours('saturday'), sunday: hours('sunday') };
  return { ok: true, week };
}

function isMinuteOfDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
}

/** Sorted ranges with overlapping or touching ones joined, as the config's calendars expect. */
function joinOverlaps(ranges: readonly [number, number][]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = joined[joined.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** "HH:MM" of a minute of the day; 1440 is "24:00". */
function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
