import type { SampleCompany } from './sample-companies';
import { JOB_TITLES, MISSING_TITLE_SHARE, SENIORITY_WEIGHTS, type SampleSeniority } from './sample-job-titles';
import { SAMPLE_REPS, type SamplePerson } from './sample-owners';
import { SAMPLE_REGIONS, type SamplePlace, type SampleRegion } from './sample-regions';
import { DAY_MS, WINDOW_END, WINDOW_START } from './sample-window';
import type { SeededRandom } from './seeded-random';
import { zonedTimeToUtc } from './zoned-time';

/** How interested a contact is: it decides how much they browse, download, ask for a demo and meet. */
export type Intent = 'low' | 'medium' | 'high' | 'hot';
export type SampleEmailKind = 'business' | 'free' | 'role' | 'disposable' | 'competitor' | 'none';

/** One row of the contacts export before it is written, with what the generator knows about the person. */
export interface SampleContact {
  recordId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
  companyName: string;
  country: string;
  state: string;
  city: string;
  lifecycleStage: string;
  leadStatus: string;
  owner: SamplePerson | null;
  /** The export writes the owner's name; a few rows hold the email someone typed instead. */
  ownerAsEmail: boolean;
  createdAt: number;
  employees: string;
  industry: string;
  annualRevenue: string;
  source: string;
  /** The company the contact is associated with in HubSpot (null: no association). */
  associatedCompany: SampleCompany | null;
  marketingContact: boolean;
  intent: Intent;
  timeZone: string;
  emailKind: SampleEmailKind;
  /** The form whose submission created the contact. */
  firstForm: string;
  /** Set on the second record of a person who is in the export twice. */
  duplicateOf: SampleContact | null;
}

/** Contacts the export holds besides the deliberately broken rows. */
export const GOOD_CONTACT_COUNT = 2000;
/** About 3% of them are a second record of someone already there. */
export const DUPLICATE_COUNT = 60;

export const NEWSLETTER_FORM = 'Newsletter signup';
export const DEMO_FORM = 'Request a demo';
export const CONTENT_FORMS = ['Download: Lead Routing Playbook', 'Download: 2026 Speed-to-Lead Benchmark', 'Webinar registration: SLAs that respect working hours', 'Download: MQL definition worksheet', 'Contact us'];

const DISPOSABLE = ['mailinator.com', 'yopmail.com', '10minutemail.com', 'guerrillamail.com', 'sharklasers.com'];
const ROLE_PARTS = ['info', 'sales', 'hello', 'contact', 'marketing', 'office'];
const SOURCES: readonly (readonly [string, number])[] = [['Organic Search', 34], ['Paid Search', 14], ['Direct Traffic', 12], ['Organic Social', 6], ['Paid Social', 8], ['Referrals', 11], ['Email Marketing', 6], ['Offline Sources', 5], ['Other Campaigns', 4]];

/** Local hour weights for when people fill in forms: office hours, a lunch dip, a little evening. */
const HOUR_WEIGHTS = [0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.8, 1.4, 2.2, 2.4, 2.3, 1.5, 1.9, 2.2, 2.1, 1.8, 1.3, 0.8, 0.7, 0.7, 0.55, 0.4, 0.25].map((w, hour) => [hour, w] as const);
const WINDOW_DAYS = Math.round((WINDOW_END - WINDOW_START) / DAY_MS);
/** 5 Nov 2026: the webinar day, when sign-ups spike. */
const WEBINAR_DAY = Math.round((Date.UTC(2026, 10, 5) - WINDOW_START) / DAY_MS);

function dayWeight(dayIndex: number): number {
  const weekday = new Date(WINDOW_START + dayIndex * DAY_MS).getUTCDay();
  const base = weekday === 0 ? 0.25 : weekday === 6 ? 0.3 : 1;
  // Campaigns ramp up through the window; the webinar day doubles sign-ups.
  return base * (1 + dayIndex * 0.012) * (dayIndex === WEBINAR_DAY ? 2.2 : 1);
}
const DAY_WEIGHTS = Array.from({ length: WINDOW_DAYS }, (_, i) => [i, dayWeight(i)] as const);

/** When a contact in `timeZone` arrives: a weekday in office hours, mostly, inside the window in UTC. */
export function sampleArrival(random: SeededRandom, timeZone: string): number {
  for (;;) {
    const day = new Date(WINDOW_START + random.weighted(DAY_WEIGHTS) * DAY_MS);
    const instant = zonedTimeToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), random.weighted(HOUR_WEIGHTS), random.int(0, 59), timeZone) + random.int(0, 59) * 1000;
    if (instant >= WINDOW_START && instant < WINDOW_END) return instant;
  }
}

/** Latin letters only, for the local part of an email: "José Ó Briain" → "jose", "obriain". */
export function asciiName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ł/g, 'l').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const INTENT_BY_SENIORITY: Readonly<Record<SampleSeniority | 'none', readonly (readonly [Intent, number])[]>> = {
  c_level: [['hot', 8], ['high', 14], ['medium', 30], ['low', 48]],
  vp: [['hot', 8], ['high', 15], ['medium', 30], ['low', 47]],
  director: [['hot', 7], ['high', 14], ['medium', 30], ['low', 49]],
  manager: [['hot', 5], ['high', 12], ['medium', 30], ['low', 53]],
  individual: [['hot', 3], ['high', 8], ['medium', 26], ['low', 63]],
  student: [['hot', 1], ['high', 4], ['medium', 20], ['low', 75]],
  none: [['hot', 2], ['high', 6], ['medium', 22], ['low', 70]],
};

function firstFormFor(intent: Intent, random: SeededRandom): string {
  switch (intent) {
    case 'low': return random.chance(0.45) ? NEWSLETTER_FORM : random.pick(CONTENT_FORMS);
    case 'medium': return random.chance(0.15) ? NEWSLETTER_FORM : random.pick(CONTENT_FORMS);
    case 'high': return random.chance(0.25) ? DEMO_FORM : random.pick(CONTENT_FORMS);
    case 'hot': return random.chance(0.7) ? DEMO_FORM : random.pick(CONTENT_FORMS);
  }
}

/** The rep who covers a region, for contacts a rep already works (SQLs, opportunities). */
function regionalRep(country: string, random: SeededRandom): SamplePerson {
  const team = ['US', 'CA', 'MX', 'BR'].includes(country) ? 'na' : ['DE', 'AT', 'CH'].includes(country) ? 'emea-dach' : country === 'IN' ? 'india' : ['AU', 'NZ', 'SG', 'JP'].includes(country) ? 'apac' : 'emea-uk';
  return random.pick(SAMPLE_REPS.filter((r) => r.team === team && !r.away));
}

interface Identity {
  readonly firstName: string;
  readonly lastName: string;
  readonly latinFirst: string;
  readonly latinLast: string;
}

function identityIn(region: SampleRegion, random: SeededRandom): Identity {
  const native = region.nativeNames;
  if (native && random.chance(native.share)) {
    const name = random.pick(native.names);
    return { firstName: name.first, lastName: name.last, latinFirst: name.latinFirst, latinLast: name.latinLast };
  }
  const firstName = random.pick(region.firstNames);
  const lastName = random.pick(region.lastNames);
  return { firstName, lastName, latinFirst: firstName, latinLast: lastName };
}

class ContactFactory {
  private readonly usedEmails = new Set<string>();
  private readonly companyWeights: readonly (readonly [SampleCompany, number])[];
  private readonly regionWeights: readonly (readonly [SampleRegion, number])[];

  constructor(
    private readonly random: SeededRandom,
    companies: readonly SampleCompany[],
  ) {
    this.companyWeights = companies.map((c) => [c, c.popularity] as const);
    this.regionWeights = SAMPLE_REGIONS.map((r) => [r, r.weight] as const);
  }

  private localPart(identity: Identity): string {
    const first = asciiName(identity.latinFirst);
    const last = asciiName(identity.latinLast);
    return this.random.weighted<string>([[`${first}.${last}`, 50], [`${first[0] ?? ''}${last}`, 20], [first, 8], [`${first}${last}`, 10], [`${first}_${last}`, 5], [`${first}.${last[0] ?? ''}`, 7]]);
  }

  /** A unique address: free-mail users add digits, colleagues with the same name a middle initial. */
  private uniqueEmail(local: string, domain: string, numbered: boolean): string {
    let email = `${local}@${domain}`;
    for (let attempt = 0; this.usedEmails.has(email); attempt += 1) {
      email = numbered || attempt > 3 ? `${local}${this.random.int(1, 999)}@${domain}` : `${local}.${String.fromCharCode(97 + this.random.int(0, 25))}@${domain}`;
    }
    this.usedEmails.add(email);
    return email;
  }

  /** Some people type their address with capitals: "Ana.Lopez@Northwind.example". */
  private typed(email: string, identity: Identity): string {
    if (!this.random.chance(0.06) || identity.latinFirst !== identity.firstName) return email;
    return email.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.([a-z])/, (_, c: string) => `.${c.toUpperCase()}`).replace(/@([a-z])/, (_, c: string) => `@${c.toUpperCase()}`);
  }

  person(): SampleContact {
    const random = this.random;
    const emailKind = random.weighted<SampleEmailKind>([['business', 70], ['free', 19], ['role', 5], ['disposable', 1.5], ['competitor', 0.6], ['none', 0.4]]);
    const company = emailKind === 'business' || emailKind === 'role' ? random.weighted(this.companyWeights) : null;
    // Most people are where their company is; some work remotely from elsewhere.
    const region = company && random.chance(0.85) ? company.region : random.weighted(this.regionWeights);
    const place: SamplePlace = random.pick(region.places);
    const identity = identityIn(region, random);
    const seniority = random.chance(MISSING_TITLE_SHARE) ? null : random.weighted(SENIORITY_WEIGHTS);
    let intent = random.weighted(INTENT_BY_SENIORITY[seniority ?? 'none']);
    if ((emailKind === 'free' || emailKind === 'disposable') && (intent === 'hot' || intent === 'high') && random.chance(0.4)) intent = 'medium';
    if (emailKind === 'competitor') intent = random.pick<Intent>(['high', 'medium', 'hot']); // competitors study the pricing page

    let email = '';
    if (emailKind === 'business' && company) email = this.typed(this.uniqueEmail(this.localPart(identity), company.domain, false), identity);
    else if (emailKind === 'role' && company) email = this.uniqueEmail(random.pick(ROLE_PARTS), company.domain, true);
    else if (emailKind === 'free') email = this.typed(this.uniqueEmail(this.localPart(identity), random.pick(region.freeMail), true), identity);
    else if (emailKind === 'disposable') email = this.uniqueEmail(this.localPart(identity), random.pick(DISPOSABLE), true);
    else if (emailKind === 'competitor') email = this.uniqueEmail(this.localPart(identity), 'competitor.example', false);

    const typedCompany = company ? (random.chance(0.8) ? company.name : company.shortName) : emailKind === 'free' && random.chance(0.4) ? random.pick(['Freelance', 'Self-employed', 'Independent consultant', 'Stealth startup']) : '';
    const firstForm = firstFormFor(intent, random);
    const createdAt = sampleArrival(random, place.timeZone);
    const employees = company ? (random.chance(0.8) ? String(company.employees) : '') : random.chance(0.3) ? String(random.weighted<number>([[5, 3], [25, 3], [120, 2], [800, 1], [2500, 1]])) : '';

    return {
      recordId: '',
      firstName: emailKind === 'role' && random.chance(0.6) ? '' : identity.firstName,
      lastName: emailKind === 'role' && random.chance(0.7) ? '' : identity.lastName,
      email,
      phone: random.chance(0.65) ? region.phone(random, place) : '',
      jobTitle: seniority === null ? '' : random.pick(JOB_TITLES[seniority]),
      companyName: typedCompany,
      country: random.chance(0.06) ? '' : random.weighted(region.spellings),
      state: place.states.length === 0 || random.chance(0.15) ? '' : random.pick(place.states),
      city: random.chance(0.2) ? '' : place.city,
      lifecycleStage: firstForm === NEWSLETTER_FORM ? 'Subscriber' : 'Lead',
      leadStatus: random.chance(0.25) ? 'New' : '',
      owner: null,
      ownerAsEmail: false,
      createdAt,
      employees,
      industry: company && random.chance(0.7) ? company.industry : '',
      annualRevenue: company && random.chance(0.3) ? String(Math.round((company.employees * random.int(80, 250)) / 10) * 10_000) : '',
      source: random.weighted(SOURCES),
      associatedCompany: company && random.chance(0.85) ? company : null,
      marketingContact: random.chance(0.8),
      intent,
      timeZone: place.timeZone,
      emailKind,
      firstForm,
      duplicateOf: null,
    };
  }

  /**
   * A second record of someone already in the export: the same address typed with other capitals or
   * stray spaces, or the same person signing up again with a personal address.
   */
  duplicate(original: SampleContact): SampleContact {
    const random = this.random;
    const later = Math.min(original.createdAt + random.int(2 * 60, 10 * 24 * 60) * 60_000, WINDOW_END - random.int(1, 600) * 60_000);
    const variant = original.emailKind === 'business' || original.emailKind === 'free' ? random.weighted<'case' | 'spaces' | 'second-address'>([['case', 4], ['spaces', 3], ['second-address', 3]]) : 'case';
    let email = original.email;
    if (variant === 'case') email = original.email.toUpperCase() === original.email ? original.email.toLowerCase() : original.email.replace(/^[^@]+/, (local) => local.toUpperCase());
    if (variant === 'spaces') email = ` ${original.email} `;
    if (variant === 'second-address') email = this.uniqueEmail(`${asciiName(original.firstName) || 'contact'}${asciiName(original.lastName)}`, 'gmail.com', true);
    return {
      ...original,
      email,
      createdAt: Math.max(later, original.createdAt + 60_000),
      jobTitle: random.chance(0.3) ? '' : original.jobTitle,
      phone: random.chance(0.5) ? '' : original.phone,
      lifecycleStage: 'Lead',
      leadStatus: '',
      owner: null,
      intent: random.chance(0.8) ? 'low' : 'medium',
      firstForm: random.pick(CONTENT_FORMS),
      source: random.weighted(SOURCES),
      associatedCompany: variant === 'second-address' ? null : original.associatedCompany,
      duplicateOf: original,
    };
  }
}

/**
 * Where a contact stands when the export is taken: customers' new contacts belong to the account
 * owner, a few hot leads are already with a rep (SQL, opportunity), some were flagged MQL by an old
 * HubSpot score, and job seekers and press are "Other".
 */
function assignStage(contact: SampleContact, random: SeededRandom): void {
  const company = contact.associatedCompany;
  if (company?.customer && company.owner && contact.emailKind === 'business') {
    contact.lifecycleStage = 'Customer';
    contact.owner = company.owner;
    contact.leadStatus = random.pick(['Connected', 'In Progress']);
  } else if (contact.intent === 'hot' && contact.emailKind === 'business' && random.chance(0.2)) {
    contact.owner = company?.owner ?? regionalRep(companyCountry(contact), random);
    const opportunity = random.chance(0.3);
    contact.lifecycleStage = opportunity ? 'Opportunity' : 'Sales Qualified Lead';
    contact.leadStatus = opportunity ? 'Open Deal' : 'Connected';
  } else if ((contact.intent === 'hot' || contact.intent === 'high') && random.chance(0.08)) {
    contact.lifecycleStage = 'Marketing Qualified Lead';
  } else if (random.chance(0.02)) {
    contact.lifecycleStage = 'Other';
  }
  if (contact.owner) contact.ownerAsEmail = random.chance(0.15);
}

function companyCountry(contact: SampleContact): string {
  return contact.associatedCompany?.region.country ?? 'US';
}

/**
 * The people of the contacts export, oldest first, with HubSpot-style record ids: unique people, ~3%
 * second records of some of them, `extra` more people (the rows the generator then breaks on purpose),
 * and exactly one job title with a line break in it.
 */
export function generateContacts(random: SeededRandom, companies: readonly SampleCompany[], extra: number): SampleContact[] {
  const factory = new ContactFactory(random, companies);
  const people: SampleContact[] = [];
  for (let i = 0; i < GOOD_CONTACT_COUNT - DUPLICATE_COUNT + extra; i += 1) people.push(factory.person());
  for (const person of people) assignStage(person, random);
  const candidates = people.filter((p) => p.emailKind === 'business' || p.emailKind === 'free');
  const originals = new Set<SampleContact>();
  while (originals.size < DUPLICATE_COUNT) originals.add(random.pick(candidates));
  const duplicates = [...originals].map((original) => factory.duplicate(original));
  const all = [...people, ...duplicates].sort((a, b) => a.createdAt - b.createdAt);
  let id = 118_001;
  for (const contact of all) {
    contact.recordId = String(id);
    id += random.int(1, 4);
  }
  // One job title typed with a line break, as a pasted signature would: the export quotes it.
  const multiline = all.find((c, index) => index > 500 && c.jobTitle.startsWith('Head of Marketing') && c.duplicateOf === null && !originals.has(c));
  if (!multiline) throw new Error('No contact after row 500 has a "Head of Marketing" title to put a line break in: change the seed or the title list.');
  multiline.jobTitle = 'Head of Marketing\nEMEA & APAC';
  return all;
}
