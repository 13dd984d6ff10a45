import { allCountries } from 'country-region-data';
import Holidays from 'date-holidays';
import { REGION_ALIASES } from './region-aliases';

const holidays = new Holidays();
const regionCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * Lower case without accents or dots, hyphens and commas as spaces, single spaces: "Québec" and "quebec",
 * "N.Y." and "NY", "Baden-Württemberg" and "Baden Wurttemberg" are one key each.
 */
export function regionKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.\u2019']/g, '').replace(/[-_,\s]+/g, ' ').trim().toLowerCase();
}

/**
 * How some countries' regions are written around their name: Japanese prefectures with their suffix
 * ("Tōkyō-to", "Osaka-fu", "Kanagawa Prefecture"), Irish counties ("Co. Dublin"), Swiss cantons
 * ("Kanton Zürich", "Canton of Geneva"). Tried only when the text as typed names no region.
 */
const AFFIXES: Readonly<Record<string, RegExp>> = {
  JP: / (?:to|fu|ken|do|prefecture)$/,
  IE: /^(?:co|county) /,
  CH: /^(?:canton of|canton de|canton|kanton) /,
};

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
    for (const [alias, code] of Object.entries(REGION_ALIASES[country] ?? {})) add(alias, code);
    regions = lookup;
    regionCache.set(country, regions);
  }
  return regions;
}

/** "California" or "CA" in the US → "US-CA" (ISO 3166-2); `undefined` when unknown. */
export function normalizeRegion(raw: string, country: string): string | undefined {
  const text = regionKey(raw);
  if (text === '') return undefined;
  // "US-NY" reads as "us ny".
  const withoutPrefix = text.startsWith(`${country.toLowerCase()} `) ? text.slice(country.length + 1) : text;
  const regions = regionsOf(country);
  const affix = AFFIXES[country];
  const code = regions.get(withoutPrefix) ?? (affix ? regions.get(withoutPrefix.replace(affix, '')) : undefined);
  return code ? `${country}-${code}` : undefined;
}
