import Holidays from 'date-holidays';

const holidays = new Holidays();
const regionCache = new Map<string, ReadonlyMap<string, string>>();

/** Region names and codes of a country (date-holidays' data), lowercased → ISO 3166-2 suffix. */
function regionsOf(country: string): ReadonlyMap<string, string> {
  let regions = regionCache.get(country);
  if (!regions) {
    const lookup = new Map<string, string>();
    for (const [code, name] of Object.entries(holidays.getStates(country) ?? {})) {
      lookup.set(code.toLowerCase(), code);
      lookup.set(String(name).toLowerCase(), code);
      // "Bayern (Bavaria)"-style names: accept each part.
      for (const part of String(name).split(/[()/,]/)) if (part.trim()) lookup.set(part.trim().toLowerCase(), code);
    }
    regions = lookup;
    regionCache.set(country, regions);
  }
  return regions;
}

/** "California" or "CA" in the US → "US-CA" (ISO 3166-2); `undefined` when unknown. */
export function normalizeRegion(raw: string, country: string): string | undefined {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
  if (text === '') return undefined;
  const withoutPrefix = text.startsWith(`${country.toLowerCase()}-`) ? text.slice(country.length + 1) : text;
  const code = regionsOf(country).get(withoutPrefix);
  return code ? `${country}-${code}` : undefined;
}
