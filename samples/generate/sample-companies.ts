import { VIP_DOMAIN } from './sample-config';
import { personNamed, type SamplePerson } from './sample-owners';
import { SAMPLE_REGIONS, type SampleRegion } from './sample-regions';
import type { SeededRandom } from './seeded-random';

export interface SampleCompany {
  readonly id: string;
  readonly name: string;
  /** The name without its legal form, as people often type it: "Northwind" for "Northwind, Inc.". */
  readonly shortName: string;
  readonly domain: string;
  readonly region: SampleRegion;
  readonly countryCell: string;
  readonly employees: number;
  readonly industry: string;
  /** The account owner, or null for an unowned company. */
  readonly owner: SamplePerson | null;
  /** A company that has signed: its new contacts arrive as customers, owned by the account owner. */
  readonly customer: boolean;
  /** How many contacts it tends to have, relative to the others. */
  readonly popularity: number;
}

export const COMPANY_COUNT = 300;

const STEMS = ['North', 'Blue', 'Bright', 'Silver', 'Iron', 'Oak', 'Cedar', 'Summit', 'Harbor', 'Quantum', 'Vector', 'Lumen', 'Nimbus', 'Atlas', 'Orbit', 'Pioneer', 'Crest', 'Falcon', 'Maple', 'River', 'Stone', 'Sky', 'Nova', 'Zenith', 'Apex', 'Beacon', 'Cobalt', 'Ember', 'Fjord', 'Granite', 'Helix', 'Juniper', 'Kestrel', 'Lattice', 'Meridian', 'Onyx', 'Prism', 'Quill', 'Redwood', 'Sable', 'Tundra', 'Vertex', 'Willow', 'Copper', 'Lark'];
const ENDINGS = ['wind', 'field', 'stone', 'bridge', 'works', 'point', 'line', 'path', 'gate', 'forge', 'mark', 'wave', 'leaf', 'light', 'ridge', 'scale', 'stack', 'grid', 'loop', 'way'];
const SECTORS = ['Analytics', 'Logistics', 'Software', 'Health', 'Systems', 'Robotics', 'Capital', 'Media', 'Foods', 'Energy', 'Retail', 'Consulting', 'Insurance', 'Learning', 'Security', 'Cloud', 'Labs', 'Group', 'Technologies', 'Partners'];
/** Local flavour: names people in these countries would recognise as local firms. */
const LOCAL_STEMS: Readonly<Record<string, readonly string[]>> = {
  DE: ['Bergmann', 'Hartmann', 'Sonnenberg', 'Rheinwerk', 'Köhler', 'Brückner', 'Weißdorn', 'Elbtal'],
  AT: ['Donautal', 'Alpenblick'],
  CH: ['Zürcher', 'Matterhorn'],
  FR: ['Lumière', 'Étoile', 'Beaulieu', 'Rivière'],
  ES: ['Ibérica', 'Sierra Nevada', 'Alhambra', 'Mediterránea'],
  IN: ['Sahyadri', 'Vistaar', 'Ganga', 'Navya', 'Kaveri'],
  JP: ['Sakura', 'Fujimoto', 'Hikari'],
  BR: ['Paulista', 'Ipanema'],
  NL: ['Grachten', 'Polder'],
};
const INDUSTRIES = ['Computer Software', 'Information Technology and Services', 'Marketing and Advertising', 'Financial Services', 'Hospital & Health Care', 'Logistics and Supply Chain', 'Retail', 'Education Management', 'Telecommunications', 'Management Consulting', 'Insurance', 'Internet', 'Real Estate', 'Machinery'];
const SIZES: readonly (readonly [readonly [number, number], number])[] = [[[2, 9], 10], [[10, 49], 24], [[50, 199], 26], [[200, 999], 20], [[1000, 4999], 12], [[5000, 40000], 8]];

/** Account owners by region: who owns the companies there. */
function accountOwnerFor(region: SampleRegion, employees: number, random: SeededRandom): SamplePerson {
  if (employees >= 1000 && region.country === 'US') return personNamed('Priya');
  switch (region.country) {
    case 'US': case 'CA': case 'MX': case 'BR': return personNamed(random.pick(['Ana', 'Emily', 'Ana']));
    case 'DE': case 'AT': case 'CH': return personNamed(random.pick(['Lukas', 'Lena']));
    case 'IN': return personNamed('Arjun');
    case 'AU': case 'NZ': case 'SG': case 'JP': return personNamed('Jack');
    default: return personNamed(random.pick(['Oliver', 'Oliver', 'Sophie']));
  }
}

/** "Lumière Conseil" → "lumiere-conseil": what a company's domain is made of. */
export function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/&/g, 'and').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function companyName(region: SampleRegion, random: SeededRandom): { base: string; name: string } {
  const local = LOCAL_STEMS[region.country];
  const stem = local && random.chance(0.6) ? random.pick(local) : `${random.pick(STEMS)}${random.pick(ENDINGS)}`;
  const base = random.chance(0.55) ? `${stem} ${random.pick(SECTORS)}` : stem;
  const form = random.pick(region.legalForms);
  if (form === '') return { base, name: base };
  // US-style "Northwind, Inc." puts a comma in the name, so the export quotes it.
  const comma = (form === 'Inc.' || form === 'LLC') && random.chance(0.3) ? ',' : '';
  return { base, name: `${base}${comma} ${form}` };
}

/**
 * The sample portal's companies: sizes from 2 to 40,000 people, domains under `.example`, about a
 * fifth owned by the rep who covers their region (lead-to-account routing sends their new contacts
 * there), a few customers, and Initech, the strategic account the config names.
 */
export function generateCompanies(random: SeededRandom): SampleCompany[] {
  const companies: SampleCompany[] = [];
  const domains = new Set<string>();
  const regionWeights = SAMPLE_REGIONS.map((r) => [r, r.weight] as const);
  for (let i = 0; companies.length < COMPANY_COUNT; i += 1) {
    const isVip = i === 7;
    const region = isVip ? (SAMPLE_REGIONS[0] as SampleRegion) : random.weighted(regionWeights);
    const { base, name } = isVip ? { base: 'Initech', name: 'Initech, Inc.' } : companyName(region, random);
    let domain = isVip ? VIP_DOMAIN : `${slug(base)}.example`;
    if (domains.has(domain)) domain = `${slug(base)}-${region.country.toLowerCase()}.example`;
    if (domains.has(domain)) continue;
    domains.add(domain);
    const [min, max] = random.weighted(SIZES);
    const employees = isVip ? 2400 : random.int(min, max);
    const owned = !isVip && random.chance(0.22);
    const owner = owned ? accountOwnerFor(region, employees, random) : null;
    companies.push({
      id: String(38_000_101 + companies.length * 7),
      name,
      shortName: base,
      domain,
      region,
      countryCell: random.chance(0.85) ? (region.spellings[0]?.[0] ?? region.country) : random.weighted(region.spellings),
      employees,
      industry: random.pick(INDUSTRIES),
      owner,
      customer: owned && random.chance(0.25),
      // Zipf-like: a few companies have many contacts, most a handful, some none.
      popularity: isVip ? 0.3 : 1 / Math.sqrt(companies.length + 1),
    });
  }
  return companies;
}
