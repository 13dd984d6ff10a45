const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a rep in `timeZone` reads it, with the zone's abbreviation: "Mon Nov 2 13:50 EST".
 * Formatters are cached per zone: building one costs more than formatting a thousand dates.
 */
export function formatInZone(at: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    formats.set(timeZone, format);
  }
  return format.format(at).replaceAll(',', '');
}
