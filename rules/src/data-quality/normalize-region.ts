import { allCountries } from 'country-region-data';
import Holidays from 'date-holidays';

const holidays = new Holidays();
const regionCache = new Map<string, ReadonlyMap<string, string>>();

/** Lower case without accents and with single spaces, so "Québec" and "quebec" are one key. */
function regionKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Region names and codes of a country, as keys → ISO 3166-2 suffix. date-holidays comes first (its codes
 * are what calendars' holiday regions use), but it lists only regions with holidays of their own, so
 * France has none of its regions there and Germany lacks Hamburg; country-region-data, which lists every
 * first-level subdivision, fills in the names and codes it does not have.
 */
function regionsOf(country: string): ReadonlyMap<string, string> {
  let regions = regionCache.get(country);
  if (!regions) {
    const lookup = new Map<string, string>();
    const add = (name: string, code: string) => {
      const key = regionKey(name);
      if (key !== '' && !lookup.has(key)) lookup.set(key, code);
    };
    for (const [code, name] of Object.entries(holidays.getStates(country) ?? {})) {
      add(code, code);
      add(String(name), code);
      // "Bayern (Bavaria)"-style names: accept each part.
      for (const part of String(name).split(/[()/,]/)) add(part, code);
    }
    const subdivisions = allCountries.find(([, code]) => code === country)?.[2] ?? [];
    for (const [name, code] of subdivisions) {
      if (!code) continue;
      add(code, code);
      add(name, code);
      // "Araba/Álava": either name.
      for (const part of name.split(/[()/,]/)) add(part, code);
    }
    regions = lookup;
    regionCache.set(country, regions);
  }
  return regions;
}

/** "California" or "CA" in the US → "US-CA" (ISO 3166-2); `undefined` when unknown. */
export function normalizeRegion(raw: string, country: string): string | undefined {
  const text = regionKey(raw).replace(/\.$/, '');
  if (text === '') return undefined;
  const withoutPrefix = text.startsWith(`${country.toLowerCase()}-`) ? text.slice(country.length + 1) : text;
  const code = regionsOf(country).get(withoutPrefix);
  return code ? `${country}-${code}` : undefined;
}
