import { DAY_MS, type Activity, type Contact, type LeadOpsConfigInput } from '@leadops/rules';
import { pick, seededRandom } from '../seeded-random';

export const BENCH_NOW = Date.parse('2026-11-24T09:00:00Z');

const TITLES = ['VP Sales', 'Chief Revenue Officer', 'Director of Marketing', 'Sales Manager', 'Account Executive', 'Software Engineer', 'Student', 'Head of Growth', 'RevOps Lead', ''];
const SENIORITY = ['vp', 'c_level', 'director', 'manager', 'individual_contributor', 'individual_contributor', 'student', 'vp', 'manager', 'individual_contributor'];
const FUNCTIONS = ['sales', 'other', 'marketing', 'sales', 'sales', 'engineering', 'other', 'marketing', 'operations', 'other'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'BR', 'JP', 'CA', ''];
const INDUSTRIES = ['COMPUTER_SOFTWARE', 'FINANCIAL_SERVICES', 'RETAIL', 'HOSPITAL_HEALTH_CARE', 'MARKETING_AND_ADVERTISING', ''];
const SOURCES = ['ORGANIC_SEARCH', 'PAID_SEARCH', 'EMAIL_MARKETING', 'SOCIAL_MEDIA', 'REFERRALS', 'DIRECT_TRAFFIC'];
const DOMAINS = ['northwind.example', 'acme.example', 'gmail.com', 'globex.example', 'competitor.example', 'initech.example'];
const URLS = ['/pricing', '/blog/lead-scoring', '/features', '/pricing/enterprise', '/careers', '/docs'];

/** 100,000 contacts shaped like a HubSpot export: string properties, some empty, activities over 120 days. */
export function syntheticContacts(count: number, seed = 7): Contact[] {
  const random = seededRandom(seed);
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = Math.floor(random() * TITLES.length);
    const activities: Activity[] = [];
    const activityCount = Math.floor(random() * 9);
    for (let a = 0; a < activityCount; a += 1) {
      const kind = random();
      const at = BENCH_NOW - Math.floor(random() * 120 * DAY_MS);
      if (kind < 0.6) activities.push({ type: 'page_view', at, properties: { url: pick(random, URLS) } });
      else if (kind < 0.8) activities.push({ type: 'email_click', at, properties: { campaign: 'newsletter' } });
      else if (kind < 0.95) activities.push({ type: 'form_submission', at, properties: { form: random() < 0.3 ? 'Demo request' : 'Ebook' } });
      else activities.push({ type: 'meeting', at });
    }
    contacts.push({
      id: String(i + 1),
      properties: {
        email: `person${i}@${pick(random, DOMAINS)}`,
        jobtitle: TITLES[t] ?? '',
        leadops_seniority: SENIORITY[t] ?? '',
        leadops_job_function: FUNCTIONS[t] ?? '',
        numemployees: random() < 0.1 ? '' : String(Math.floor(random() * 20_000)),
        annualrevenue: String(Math.floor(random() * 500_000_000)),
        country: pick(random, COUNTRIES),
        industry: pick(random, INDUSTRIES),
        hs_analytics_source: pick(random, SOURCES),
        hs_analytics_num_page_views: String(Math.floor(random() * 60)),
        num_conversion_events: String(Math.floor(random() * 6)),
        hs_email_last_click_date: random() < 0.3 ? '' : String(BENCH_NOW - Math.floor(random() * 200 * DAY_MS)),
        hs_email_optout: random() < 0.05 ? 'true' : 'false',
        hs_persona: random() < 0.5 ? 'persona_1' : 'persona_2;persona_3',
      },
      activities,
    });
  }
  return contacts;
}

type FitRuleInput = { id: string; kind: 'fit'; label: string; points: number; when: NonNullable<LeadOpsConfigInput['scoring']['rules'][number]['when']> };

/** 30 profile rules every engine can express: the comparison set. */
export const COMPARISON_RULES: readonly FitRuleInput[] = [
  ['vp', 'leadops_seniority', 'eq', 'vp', 20], ['c-level', 'leadops_seniority', 'eq', 'c_level', 25], ['director', 'leadops_seniority', 'eq', 'director', 15],
  ['manager', 'leadops_seniority', 'eq', 'manager', 8], ['student', 'leadops_seniority', 'eq', 'student', -30], ['sales-fn', 'leadops_job_function', 'eq', 'sales', 10],
  ['marketing-fn', 'leadops_job_function', 'eq', 'marketing', 10], ['ops-fn', 'leadops_job_function', 'eq', 'operations', 12], ['mid-size', 'numemployees', 'gte', 50, 15],
  ['enterprise', 'numemployees', 'gte', 5000, 10], ['tiny', 'numemployees', 'lt', 10, -10], ['revenue', 'annualrevenue', 'gt', 10_000_000, 8],
  ['us', 'country', 'eq', 'US', 5], ['uk', 'country', 'eq', 'GB', 5], ['de', 'country', 'eq', 'DE', 4],
  ['software', 'industry', 'eq', 'COMPUTER_SOFTWARE', 10], ['finance', 'industry', 'eq', 'FINANCIAL_SERVICES', 6], ['retail', 'industry', 'eq', 'RETAIL', -5],
  ['organic', 'hs_analytics_source', 'eq', 'ORGANIC_SEARCH', 3], ['paid', 'hs_analytics_source', 'eq', 'PAID_SEARCH', 2], ['referral', 'hs_analytics_source', 'eq', 'REFERRALS', 6],
  ['views-10', 'hs_analytics_num_page_views', 'gt', 10, 5], ['views-40', 'hs_analytics_num_page_views', 'gt', 40, 5], ['forms-1', 'num_conversion_events', 'gte', 1, 5],
  ['forms-3', 'num_conversion_events', 'gte', 3, 5], ['optout', 'hs_email_optout', 'eq', true, -20], ['title-vp', 'jobtitle', 'contains', 'VP', 3],
  ['title-head', 'jobtitle', 'contains', 'Head', 3], ['persona-3', 'hs_persona', 'eq', 'persona_3', 4], ['gmail', 'email', 'ends_with', '@gmail.com', -10],
].map(([id, property, op, value, points]) => ({ id: String(id), kind: 'fit' as const, label: String(id), points: Number(points), when: { property: String(property), op, value } as FitRuleInput['when'] }));

/** A config that scores with exactly the comparison rules (no caps in the way: total cap far above any sum). */
export function comparisonConfig(base: LeadOpsConfigInput): LeadOpsConfigInput {
  return { ...base, scoring: { rules: [...COMPARISON_RULES], mql: { threshold: 60, minimumFit: 0 }, caps: { total: 1000 } } };
}

/** The default config's 18 rules plus 12 more engagement and fit rules: 30 rules with decay for the full-scoring figure. */
export function fullScoringConfig(base: LeadOpsConfigInput): LeadOpsConfigInput {
  const extra = COMPARISON_RULES.slice(0, 12).map((rule) => ({ ...rule, id: `extra-${rule.id}` }));
  return { ...base, scoring: { ...base.scoring, rules: [...base.scoring.rules, ...extra] } };
}
