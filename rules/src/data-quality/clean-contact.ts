import type { PropertyValues } from '../conditions/condition';
import { compileCondition } from '../conditions/compile-condition';
import { contactConditionContext } from '../config/condition-context';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact } from '../shared/contact';
import { DERIVED_PROPERTY_SOURCES } from './derived-properties';
import { DISPOSABLE_DOMAINS } from './disposable-domains';
import { domainListEntry } from './domain-list-entry';
import { FREE_MAIL_DOMAINS } from './free-mail-domains';
import { classifyJobTitle } from './job-title-buckets';
import { normalizeCountry } from './normalize-country';
import { normalizeEmail } from './normalize-email';
import { normalizePhone } from './normalize-phone';
import { normalizeRegion } from './normalize-region';
import { ROLE_LOCAL_PARTS } from './role-addresses';

/** A value LeadOps changed, with the reason. */
export interface DataFix {
  readonly property: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export type DataFlagCode = 'invalid_email' | 'free_mail' | 'role_address' | 'disposable_domain' | 'missing_fit_field' | 'unrecognised_country' | 'unrecognised_region' | 'invalid_phone';

export interface DataFlag {
  readonly code: DataFlagCode;
  readonly property: string;
  readonly text: string;
}

export type EmailKind = 'business' | 'free_mail' | 'role' | 'disposable' | 'invalid' | 'missing';

export interface CleanedContact {
  readonly contact: Contact;
  readonly fixes: readonly DataFix[];
  readonly flags: readonly DataFlag[];
  readonly emailKind: EmailKind;
}

interface DataQualityModel {
  readonly freeMail: ReadonlySet<string>;
  readonly disposable: ReadonlySet<string>;
  readonly roleParts: ReadonlySet<string>;
  readonly defaultCountry: string | undefined;
  /** Properties the fit rules read, with their labels: a missing one makes the score less certain. */
  readonly fitProperties: readonly (readonly [string, string])[];
}

const models = new WeakMap<LeadOpsConfig, DataQualityModel>();

function modelFor(config: LeadOpsConfig): DataQualityModel {
  let model = models.get(config);
  if (model) return model;
  const context = contactConditionContext(config);
  const fitProperties = new Set<string>();
  for (const rule of config.scoring.rules) {
    if (rule.kind !== 'fit') continue;
    const compiled = compileCondition(rule.when, context);
    if (compiled.ok) for (const property of compiled.condition.properties) fitProperties.add(property);
  }
  // Derived values are filled in here; their sources are what a rep can fix.
  const sources = new Set([...fitProperties].map((p) => DERIVED_PROPERTY_SOURCES[p] ?? p));
  model = {
    freeMail: new Set([...FREE_MAIL_DOMAINS, ...config.dataQuality.freeMailDomains.map(domainListEntry)]),
    disposable: new Set([...DISPOSABLE_DOMAINS, ...config.dataQuality.disposableDomains.map(domainListEntry)]),
    roleParts: new Set([...ROLE_LOCAL_PARTS, ...config.dataQuality.roleAddresses.map((d) => d.trim().toLowerCase())]),
    defaultCountry: config.dataQuality.defaultCountry,
    fitProperties: [...sources].filter((p) => !p.startsWith('leadops_')).map((p) => [p, context.properties.get(p)?.label ?? p] as const),
  };
  models.set(config, model);
  return model;
}

/**
 * Normalises what HubSpot holds (email, country, region, phone), derives seniority, job function and
 * email kind from it, and flags what a rep should know. Runs before scoring and routing.
 *
 * @example
 * cleanContact({ id: '1', properties: { email: ' Ana@Example.COM ', country: 'Deutschland', jobtitle: 'VP Sales' } }, config)
 * //=> properties { email: 'ana@example.com', country: 'DE', leadops_seniority: 'vp', leadops_job_function: 'sales', … }, fixes [email, country]
 */
export function cleanContact(contact: Contact, config: LeadOpsConfig): CleanedContact {
  const model = modelFor(config);
  const properties: Record<string, string | null | undefined> = { ...contact.properties };
  const fixes: DataFix[] = [];
  const flags: DataFlag[] = [];
  const set = (property: string, to: string, reason: string) => {
    const from = properties[property] ?? '';
    if (from !== to) fixes.push({ property, from, to, reason });
    properties[property] = to;
  };

  let emailKind: EmailKind = 'missing';
  const rawEmail = properties['email'];
  if (rawEmail && rawEmail.trim() !== '') {
    const email = normalizeEmail(rawEmail);
    set('email', email.email, 'emails are stored trimmed and lowercase');
    if (!email.valid) {
      emailKind = 'invalid';
      flags.push({ code: 'invalid_email', property: 'email', text: `"${email.email}" is not a valid email address` });
    } else if (model.disposable.has(email.domain)) {
      emailKind = 'disposable';
      flags.push({ code: 'disposable_domain', property: 'email', text: `${email.domain} is a disposable-mail service` });
    } else if (model.roleParts.has(email.localPart)) {
      emailKind = 'role';
      flags.push({ code: 'role_address', property: 'email', text: `${email.localPart}@ is a shared mailbox, not a person` });
    } else if (model.freeMail.has(email.domain)) {
      emailKind = 'free_mail';
      flags.push({ code: 'free_mail', property: 'email', text: `${email.domain} is a free-mail provider: the company is unknown` });
    } else {
      emailKind = 'business';
    }
  }
  properties['leadops_email_kind'] = emailKind;

  let country: string | undefined;
  const rawCountry = properties['country'];
  if (rawCountry && rawCountry.trim() !== '') {
    country = normalizeCountry(rawCountry);
    if (country) set('country', country, `"${rawCountry.trim()}" is ISO country ${country}`);
    else flags.push({ code: 'unrecognised_country', property: 'country', text: `"${rawCountry.trim()}" is not a country LeadOps recognises` });
  }

  const rawRegion = properties['state'];
  if (country && rawRegion && rawRegion.trim() !== '') {
    const region = normalizeRegion(rawRegion, country);
    if (region) set('state', region, `"${rawRegion.trim()}" is ISO region ${region}`);
    else flags.push({ code: 'unrecognised_region', property: 'state', text: `"${rawRegion.trim()}" is not a region of ${country} that LeadOps recognises` });
  }

  for (const property of ['phone', 'mobilephone']) {
    const raw = properties[property];
    if (!raw || raw.trim() === '') continue;
    const phone = normalizePhone(raw, country ?? model.defaultCountry);
    if (phone) set(property, phone, phone.includes(' ext. ') ? 'phone numbers are stored in E.164, the extension after them' : 'phone numbers are stored in E.164');
    else flags.push({ code: 'invalid_phone', property, text: `"${raw.trim()}" is not a valid phone number${country ? ` in ${country}` : ''}` });
  }

  const title = properties['jobtitle'];
  const buckets = title ? classifyJobTitle(title) : undefined;
  if (buckets) {
    properties['leadops_seniority'] = buckets.seniority;
    properties['leadops_job_function'] = buckets.jobFunction;
  }

  for (const [property, label] of model.fitProperties) {
    const value = properties[property];
    if (value === undefined || value === null || value.trim() === '') {
      flags.push({ code: 'missing_fit_field', property, text: `${label} is empty, so fit rules that use it cannot score` });
    }
  }

  return { contact: { ...contact, properties: properties as PropertyValues }, fixes, flags, emailKind };
}
