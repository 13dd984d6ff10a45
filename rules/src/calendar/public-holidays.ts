import Holidays from 'date-holidays';
import { DAY_MS } from '../shared/time';

interface HolidaySource {
  readonly holidays: Holidays;
  readonly loadedYears: Set<number>;
  /** Local dates "YYYY-MM-DD" that are public holidays, for every loaded year. */
  readonly dates: Set<string>;
}

// Shared by every calendar of a country/region: many reps' calendars use the same holidays, and
// date-holidays takes about a millisecond per country-year.
const sources = new Map<string, HolidaySource>();
let countryNames: Record<string, string> | undefined;

/**
 * Why date-holidays cannot serve `country`/`region`, as a sentence ending in the fix; null when it can.
 * date-holidays silently falls back to the whole country for an unknown region, so this checks first.
 */
export function holidayDataProblem(country: string, region: string | undefined): string | null {
  countryNames ??= new Holidays().getCountries();
  if (!Object.hasOwn(countryNames, country)) return `"${country}" has no public-holiday data. Use an ISO 3166 country code such as "US", or remove "holidays".`;
  if (region === undefined) return null;
  const regions = new Holidays().getStates(country) ?? {};
  if (Object.hasOwn(regions, region)) return null;
  const known = Object.keys(regions);
  return `"${region}" is not a region of ${country}. Use one of: ${known.length > 0 ? known.join(', ') : '(none: remove "region")'}.`;
}

/**
 * A lookup telling whether a local date ("YYYY-MM-DD") is a public holiday (date-holidays type
 * "public", substitute days included) in `country`/`region`. Years are loaded on first use.
 */
export function publicHolidayLookup(country: string, region: string | undefined): (isoDate: string) => boolean {
  const key = `${country}/${region ?? ''}`;
  let source = sources.get(key);
  if (!source) {
    source = { holidays: region === undefined ? new Holidays(country) : new Holidays(country, region), loadedYears: new Set(), dates: new Set() };
    sources.set(key, source);
  }
  const found = source;
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    // A year's list can hold a date of the neighbouring year (US: New Year's Day 2022 observed on
    // 2021-12-31 is listed under 2021, but the rule is 2022's), so neighbours are loaded too.
    for (let y = year - 1; y <= year + 1; y += 1) loadYear(found, y);
    return found.dates.has(isoDate);
  };
}

function loadYear(source: HolidaySource, year: number): void {
  if (source.loadedYears.has(year)) return;
  source.loadedYears.add(year);
  for (const holiday of source.holidays.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    // `date` names only the first day; some holidays last several (AE: Eid al-Fitr, 3 days).
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
    const first = Date.parse(`${holiday.date.slice(0, 10)}T00:00:00Z`);
    for (let k = 0; k < days; k += 1) source.dates.add(new Date(first + k * DAY_MS).toISOString().slice(0, 10));
  }
}
