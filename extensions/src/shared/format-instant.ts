/**
 * "24 Nov 2026, 10:30 (America/New_York)" for an epoch-ms or ISO instant; the zone is named so the
 * reader knows whose clock it is. Text that is not an instant is shown as it came.
 */
export function formatInstant(instant: number | string, timeZone?: string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return String(instant) || 'unknown';
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  try {
    const text = new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(ms);
    return timeZone ? `${text} (${timeZone})` : text;
  } catch {
    // An unknown zone name from the portal settings: UTC, labelled, beats no time at all.
    return `${new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(ms)} (UTC)`;
  }
}
