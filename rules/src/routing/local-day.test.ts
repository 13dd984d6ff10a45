import { DateTime } from 'luxon';
import { localDay } from './local-day';

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('localDay', () => {
  it.each(['America/Havana', 'America/Santiago', 'Africa/Cairo', 'Europe/Berlin'])('gives the next day its own date after a question about the day before, in %s', (zone) => {
    // Havana skips 00:00–01:00 on 8 March 2026; Santiago and Cairo skip or repeat a midnight in their year too.
    for (const day of ['2026-03-07', '2026-03-08', '2026-04-04', '2026-04-24', '2026-09-05', '2026-10-31', '2026-11-01']) {
      const next = DateTime.fromISO(DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? '', { zone });
      expect([localDay(at(`${day}T23:50`, zone), zone), localDay(next.plus({ minutes: 30 }).toMillis(), zone)]).toEqual([day, next.toISODate()]);
    }
  });
});
