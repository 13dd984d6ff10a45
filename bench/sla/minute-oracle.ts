import type { CalendarDefinition, Weekday } from '@leadops/rules';

const WEEKDAY_BY_SHORT: Record<string, Weekday> = { Mon: 'monday', Tue: 'tuesday', Wed: 'wednesday', Thu: 'thursday', Fri: 'friday', Sat: 'saturday', Sun: 'sunday' };
const MINUTE = 60_000;

/**
 * A deliberately naive reference: is each real minute working? It reads the wall clock with Intl (not
 * luxon, which LeadOps uses) and steps one minute at a time. Slow, and independent of both engines.
 */
export function oracleAddWorkingMinutes(definition: CalendarDefinition, from: number, minutes: number, limitMinutes = 60 * 24 * 30): number | null {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: definition.timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const holidays = new Set(definition.extraHolidays ?? []);
  const isWorking = (at: number): boolean => {
    const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    if (holidays.has(`${parts['year']}-${parts['month']}-${parts['day']}`)) return false;
    const day = WEEKDAY_BY_SHORT[parts['weekday'] ?? ''] as Weekday;
    const clock = `${parts['hour']}:${parts['minute']}`;
    return definition.week[day].some(([start, end]) => clock >= start && clock < end);
  };
  let t = Math.ceil(from / MINUTE) * MINUTE;
  let left = minutes;
  for (let step = 0; step < limitMinutes; step += 1) {
    if (isWorking(t)) {
      left -= 1;
      if (left === 0) return t + MINUTE;
    }
    t += MINUTE;
  }
  return null;
}
