const formats = new Map<string, Intl.DateTimeFormat>();
/** Offset (ms) and zone abbreviation per zone and UTC hour: Intl is slow, and a run formats many times an hour. */
const hours = new Map<string, { readonly offsetMs: number; readonly abbreviation: string }>();
const HOUR_MS = 3_600_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function zoneHour(at: number, timeZone: string): { readonly offsetMs: number; readonly abbreviation: string } {
  const hourStart = Math.floor(at / HOUR_MS) * HOUR_MS;
  const key = `${timeZone}|${hourStart}`;
  let found = hours.get(key);
  if (!found) {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZoneName: 'short' });
      formats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(hourStart).map((p) => [p.type, p.value]));
    const local = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
    found = { offsetMs: local - hourStart, abbreviation: parts['timeZoneName'] ?? timeZone };
    if (hours.size > 50_000) hours.clear();
    hours.set(key, found);
  }
  return found;
}

/**
 * An instant as a rep in `timeZone` reads it, with the zone's abbreviation: "Mon Nov 2 13:50 EST".
 * Zone offsets change only on the hour (every zone LeadOps meets), so each zone-hour asks Intl once.
 */
export function formatInZone(at: number, timeZone: string): string {
  const { offsetMs, abbreviation } = zoneHour(at, timeZone);
  const local = new Date(at + offsetMs);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[local.getUTCDay()]} ${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()} ${hh}:${mm} ${abbreviation}`;
}
