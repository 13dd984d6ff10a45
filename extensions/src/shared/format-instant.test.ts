import { formatInstant } from './format-instant';

describe('formatInstant', () => {
  it("names the zone it shows the time in, for ISO text and epoch milliseconds alike", () => {
    // 2026-03-02 15:30 UTC, a Monday: 10:30 in New York (EST, before the DST change on 8 March)
    expect(formatInstant('2026-03-02T15:30:00.000Z', 'America/New_York')).toBe('2 Mar 2026, 10:30 (America/New_York)');
    expect(formatInstant(Date.UTC(2026, 2, 2, 15, 30), 'UTC')).toBe('2 Mar 2026, 15:30 (UTC)');
  });

  it('falls back to UTC, labelled, for a zone name the browser does not know', () => {
    expect(formatInstant('2026-03-02T15:30:00.000Z', 'Mars/Olympus_Mons')).toBe('2 Mar 2026, 15:30 (UTC)');
  });

  it('shows text that is not an instant as it came, and says when there is none', () => {
    expect(formatInstant('yesterday', 'UTC')).toBe('yesterday');
    expect(formatInstant('', 'UTC')).toBe('unknown');
  });
});
