import fc from 'fast-check';
import type { Condition, LeafCondition, PropertyValues } from './condition';
import { compileCondition, type CompiledCondition, type ConditionContext } from './compile-condition';
import type { PropertyDefinition } from './property-type';
import { DAY_MS } from '../shared/time';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const PROPERTIES: PropertyDefinition[] = [
  { name: 'jobtitle', label: 'Job title', type: 'string' },
  { name: 'email', label: 'Email', type: 'string' },
  { name: 'numemployees', label: 'Number of employees', type: 'number' },
  { name: 'hs_email_optout', label: 'Unsubscribed', type: 'bool' },
  { name: 'lastclick', label: 'Last email click', type: 'datetime' },
  { name: 'industries', label: 'Industries', type: 'enumeration' },
];
const CONTEXT: ConditionContext = {
  properties: new Map(PROPERTIES.map((p) => [p.name, p])),
  lists: { competitors: ['rival.example', 'other-rival.example'], customers: ['@Initech.example', ' globex.example. ', 'xn--bcher-kva.de', 'пример.рф'] },
  freeMailDomains: new Set(['gmail.com', 'yahoo.com']),
};

function compile(condition: Condition): CompiledCondition {
  const result = compileCondition(condition, CONTEXT);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.condition;
}

describe('compileCondition: operators on HubSpot string values', () => {
  const cases: [string, LeafCondition, PropertyValues, boolean][] = [
    ['eq ignores case and surrounding space', { property: 'jobtitle', op: 'eq', value: 'VP Sales' }, { jobtitle: '  vp sales ' }, true],
    ['eq on a number reads the string as a number', { property: 'numemployees', op: 'eq', value: 50 }, { numemployees: '50.0' }, true],
    ['neq needs a known value', { property: 'jobtitle', op: 'neq', value: 'CEO' }, {}, false],
    ['neq matches a different value', { property: 'jobtitle', op: 'neq', value: 'CEO' }, { jobtitle: 'CTO' }, true],
    ['in matches any listed value', { property: 'jobtitle', op: 'in', value: ['CEO', 'CTO'] }, { jobtitle: 'cto' }, true],
    ['not_in rejects a listed value', { property: 'jobtitle', op: 'not_in', value: ['CEO', 'CTO'] }, { jobtitle: 'CEO' }, false],
    ['contains is case-insensitive', { property: 'jobtitle', op: 'contains', value: 'VP' }, { jobtitle: 'Senior vp, Growth' }, true],
    ['not_contains on an unknown value is false', { property: 'jobtitle', op: 'not_contains', value: 'VP' }, { jobtitle: '' }, false],
    ['starts_with', { property: 'jobtitle', op: 'starts_with', value: 'head' }, { jobtitle: 'Head of Sales' }, true],
    ['ends_with', { property: 'email', op: 'ends_with', value: '.de' }, { email: 'a@b.de' }, true],
    ['gt compares numbers, not strings', { property: 'numemployees', op: 'gt', value: 9 }, { numemployees: '10' }, true],
    ['gte at the bound', { property: 'numemployees', op: 'gte', value: 10 }, { numemployees: '10' }, true],
    ['lt with thousands separators', { property: 'numemployees', op: 'lt', value: 2000 }, { numemployees: '1,500' }, true],
    ['lte above the bound', { property: 'numemployees', op: 'lte', value: 10 }, { numemployees: '11' }, false],
    ['between is inclusive', { property: 'numemployees', op: 'between', value: [50, 5000] }, { numemployees: '5000' }, true],
    ['a non-numeric number is unknown', { property: 'numemployees', op: 'known' }, { numemployees: 'lots' }, false],
    ['known on an empty string is false', { property: 'jobtitle', op: 'known' }, { jobtitle: '' }, false],
    ['known on nothing but spaces (any Unicode space) is false', { property: 'jobtitle', op: 'known' }, { jobtitle: ' \u00a0\u3000\t' }, false],
    ['known after leading Unicode spaces is true', { property: 'jobtitle', op: 'known' }, { jobtitle: '\u3000CTO' }, true],
    ['a multi-select of separators only is unknown', { property: 'industries', op: 'known' }, { industries: ' ; ;' }, false],
    ['a multi-select whose first choice is empty is known', { property: 'industries', op: 'known' }, { industries: ';SaaS' }, true],
    ['unknown on a missing property is true', { property: 'jobtitle', op: 'unknown' }, {}, true],
    ['bool reads "true"', { property: 'hs_email_optout', op: 'eq', value: true }, { hs_email_optout: 'true' }, true],
    ['bool reads "false"', { property: 'hs_email_optout', op: 'eq', value: true }, { hs_email_optout: 'false' }, false],
    ['datetime from epoch milliseconds', { property: 'lastclick', op: 'within_last_days', value: 30 }, { lastclick: String(NOW - 10 * DAY_MS) }, true],
    ['datetime from ISO text', { property: 'lastclick', op: 'within_last_days', value: 30 }, { lastclick: '2026-10-01T00:00:00Z' }, false],
    ['more_than_days_ago', { property: 'lastclick', op: 'more_than_days_ago', value: 30 }, { lastclick: '2026-10-01T00:00:00Z' }, true],
    ['a future date is not within the last days', { property: 'lastclick', op: 'within_last_days', value: 30 }, { lastclick: String(NOW + DAY_MS) }, false],
    ['datetime after an ISO date', { property: 'lastclick', op: 'gt', value: '2026-11-01' }, { lastclick: '2026-11-02T10:00:00Z' }, true],
    ['lte a date includes that whole (UTC) day', { property: 'lastclick', op: 'lte', value: '2026-11-10' }, { lastclick: '2026-11-10T15:00:00Z' }, true],
    ['gt a date is after that whole day', { property: 'lastclick', op: 'gt', value: '2026-11-10' }, { lastclick: '2026-11-10T15:00:00Z' }, false],
    ['lt a date is before that day begins', { property: 'lastclick', op: 'lt', value: '2026-11-10' }, { lastclick: '2026-11-10T00:00:00Z' }, false],
    ['between dates includes the whole last day', { property: 'lastclick', op: 'between', value: ['2026-11-01', '2026-11-10'] }, { lastclick: '2026-11-10T23:59:00Z' }, true],
    ['lte an exact instant stays exact', { property: 'lastclick', op: 'lte', value: '2026-11-10T12:00:00Z' }, { lastclick: '2026-11-10T15:00:00Z' }, false],
    ['multi-select eq matches one of the values', { property: 'industries', op: 'eq', value: 'SaaS' }, { industries: 'Fintech;saas;Retail' }, true],
    ['multi-select in', { property: 'industries', op: 'in', value: ['Retail', 'Health'] }, { industries: 'Fintech;Retail' }, true],
    ['multi-select not_in', { property: 'industries', op: 'not_in', value: ['Retail'] }, { industries: 'Fintech;Retail' }, false],
    ['free-mail domain', { property: 'email', op: 'email_domain_free_mail' }, { email: 'Someone@GMAIL.com' }, true],
    ['business domain is not free-mail', { property: 'email', op: 'email_domain_free_mail' }, { email: 'someone@acme.example' }, false],
    ['competitor list', { property: 'email', op: 'email_domain_in_list', value: 'competitors' }, { email: 'spy@rival.example' }, true],
    ['a list entry typed with @ and capitals', { property: 'email', op: 'email_domain_in_list', value: 'customers' }, { email: 'ada@initech.example' }, true],
    ['a list entry with spaces and a trailing dot', { property: 'email', op: 'email_domain_in_list', value: 'customers' }, { email: 'Ada@Globex.example' }, true],
    ['a list entry in ASCII form, the address as people write it', { property: 'email', op: 'email_domain_in_list', value: 'customers' }, { email: 'anna@Bücher.de' }, true],
    ['a list entry as people write it, the address in ASCII form', { property: 'email', op: 'email_domain_in_list', value: 'customers' }, { email: 'ivan@xn--e1afmkfd.xn--p1ai' }, true],
  ];

  it.each(cases)('%s', (_name, condition, values, expected) => {
    expect(compile(condition).test(values, NOW)).toBe(expected);
  });
});

describe('compileCondition: sentences', () => {
  it('writes a sentence a rep can read, and its negation when unmet', () => {
    const compiled = compile({ property: 'jobtitle', op: 'contains', value: 'VP' });
    expect(compiled.evaluate({ jobtitle: 'VP Sales' }, NOW)).toEqual({ matched: true, criterion: "Job title contains 'VP'", sentence: "Job title contains 'VP'" });
    expect(compiled.evaluate({ jobtitle: 'Engineer' }, NOW)).toEqual({ matched: false, criterion: "Job title contains 'VP'", sentence: "Job title does not contain 'VP'" });
  });

  it('says a value is unknown instead of negating a criterion it would otherwise seem to fail', () => {
    expect(compile({ property: 'numemployees', op: 'gte', value: 1000 }).evaluate({}, NOW).sentence).toBe('Number of employees is unknown');
    expect(compile({ property: 'jobtitle', op: 'neq', value: 'Intern' }).evaluate({ jobtitle: '' }, NOW).sentence).toBe('Job title is unknown');
    expect(compile({ property: 'numemployees', op: 'gte', value: 1000 }).evaluate({ numemployees: '40' }, NOW).sentence).toBe('Number of employees is below 1000');
  });

  it('joins nested conditions with and/or and honours a label', () => {
    const compiled = compile({ all: [{ property: 'numemployees', op: 'between', value: [50, 500] }, { any: [{ property: 'jobtitle', op: 'contains', value: 'VP' }, { property: 'jobtitle', op: 'contains', value: 'Chief' }] }] });
    expect(compiled.text).toBe("Number of employees is between 50 and 500 and (Job title contains 'VP' or Job title contains 'Chief')");
    expect(compile({ not: { property: 'email', op: 'email_domain_free_mail' }, label: 'Uses a work email' }).text).toBe('Uses a work email');
  });

  it('keeps a negated group in brackets, so the sentence does not say the opposite of what is true', () => {
    const compiled = compile({ all: [{ property: 'email', op: 'known' }, { not: { all: [{ property: 'jobtitle', op: 'contains', value: 'VP' }, { property: 'numemployees', op: 'lt', value: 50 }] } }] });
    expect(compiled.text).toMatch(/^Email is known and \(Job title does not contain 'VP' or Number of employees is .+\)$/);
    expect(compiled.evaluate({ email: 'a@b.example', jobtitle: 'VP Sales', numemployees: '20' }, NOW).sentence).toMatch(/^Email is unknown or \(Job title contains 'VP' and Number of employees is .+\)$/);
  });

  it('lists the properties a condition reads', () => {
    expect(compile({ any: [{ property: 'jobtitle', op: 'known' }, { not: { property: 'numemployees', op: 'gt', value: 5 } }] }).properties).toEqual(['jobtitle', 'numemployees']);
  });
});

describe('compileCondition: problems', () => {
  it.each<[string, Condition, string]>([
    ['unknown property with a suggestion', { property: 'jobtitel', op: 'known' }, 'unknown property "jobtitel"'],
    ['operator that does not fit the type', { property: 'numemployees', op: 'contains', value: 'x' }, 'does not apply to number property'],
    ['text where a number is needed', { property: 'numemployees', op: 'gt', value: 'ten' }, 'expected a number'],
    ['between with one bound', { property: 'numemployees', op: 'between', value: [5] }, 'exactly 2 values'],
    ['reversed between', { property: 'numemployees', op: 'between', value: [10, 5] }, 'reversed'],
    ['missing list', { property: 'email', op: 'email_domain_in_list', value: 'partners' }, 'does not exist'],
    ['non-positive days', { property: 'lastclick', op: 'within_last_days', value: 0 }, 'positive number of days'],
  ])('reports %s', (_name, condition, message) => {
    const result = compileCondition(condition, CONTEXT);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.map((p) => p.message).join()).toContain(message);
  });

  it('gives the path of a problem inside a nested condition', () => {
    const result = compileCondition({ all: [{ property: 'jobtitle', op: 'known' }, { not: { property: 'nope', op: 'known' } }] }, CONTEXT);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([['all', 1, 'not']]);
  });
});

// ---- An independent interpreter, written here from the documented semantics, as the oracle. ----

function oracleValue(raw: string | null | undefined, type: PropertyDefinition['type']): unknown {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const t = raw.trim();
  if (type === 'number') {
    const n = Number(t.split(',').join(''));
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'bool') return ['true', 'yes', '1', 'y'].includes(t.toLowerCase()) ? true : ['false', 'no', '0', 'n'].includes(t.toLowerCase()) ? false : undefined;
  if (type === 'datetime') {
    if (/^-?\d+$/.test(t)) return Number(t);
    const d = new Date(t).getTime();
    return Number.isNaN(d) ? undefined : d;
  }
  if (type === 'enumeration') {
    const parts = t.toLowerCase().split(';').map((s) => s.trim()).filter(Boolean);
    return parts.length ? parts : undefined;
  }
  return t.toLowerCase();
}

function oracle(condition: Condition, values: PropertyValues): boolean {
  if ('all' in condition) return condition.all.every((c) => oracle(c, values));
  if ('any' in condition) return condition.any.some((c) => oracle(c, values));
  if ('not' in condition) return !oracle(condition.not, values);
  const type = PROPERTIES.find((p) => p.name === condition.property)?.type ?? 'string';
  const v = oracleValue(values[condition.property], type);
  const known = v !== undefined;
  const same = (x: unknown) => (Array.isArray(v) ? v.includes(String(x).toLowerCase()) : typeof v === 'string' ? v === String(x).toLowerCase() : v === x);
  switch (condition.op) {
    case 'known': return known;
    case 'unknown': return !known;
    case 'eq': return known && same(condition.value);
    case 'neq': return known && !same(condition.value);
    case 'in': return known && (condition.value as unknown[]).some(same);
    case 'not_in': return known && !(condition.value as unknown[]).some(same);
    case 'contains': return known && (Array.isArray(v) ? v.some((x: string) => x.includes(String(condition.value).toLowerCase())) : String(v).includes(String(condition.value).toLowerCase()));
    case 'gt': return known && (v as number) > (condition.value as number);
    case 'lt': return known && (v as number) < (condition.value as number);
    case 'between': {
      const [lo, hi] = condition.value as number[];
      return known && (v as number) >= (lo as number) && (v as number) <= (hi as number);
    }
    case 'within_last_days': return known && (v as number) <= NOW && NOW - (v as number) <= (condition.value as number) * DAY_MS;
    default: throw new Error(`oracle does not model ${condition.op}`);
  }
}

const titleValue = fc.constantFrom('VP Sales', 'vp marketing', 'Engineer', '', 'Chief Executive', '  cto ', '   ', '\u00a0\u3000', '\u3000vp');
const numberValue = fc.oneof(fc.integer({ min: -5, max: 6000 }).map(String), fc.constantFrom('', 'n/a', '1,200', '50.5'));
const boolValue = fc.constantFrom('true', 'false', 'yes', 'no', '', 'maybe');
const dateValue = fc.oneof(fc.integer({ min: -90, max: 10 }).map((d) => String(NOW - d * DAY_MS)), fc.constantFrom('', '2026-11-20T10:00:00Z', 'not a date'));
const enumValue = fc.oneof(fc.subarray(['SaaS', 'Retail', 'Fintech', 'health']).map((xs) => xs.join(';')), fc.constantFrom(' ; ;', ';SaaS', '\u3000', ' retail'));

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ property: fc.constant('jobtitle'), op: fc.constantFrom('eq', 'neq', 'contains', 'known', 'unknown'), value: fc.constantFrom('VP', 'vp sales', 'cto', 'Chief') }),
  fc.record({ property: fc.constant('jobtitle'), op: fc.constantFrom('in', 'not_in'), value: fc.constant(['VP Sales', 'CTO']) }),
  fc.record({ property: fc.constant('numemployees'), op: fc.constantFrom('gt', 'lt', 'eq', 'neq'), value: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ property: fc.constant('numemployees'), op: fc.constant('between'), value: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 100, max: 5000 })) }),
  fc.record({ property: fc.constant('hs_email_optout'), op: fc.constantFrom('eq', 'neq'), value: fc.boolean() }),
  fc.record({ property: fc.constant('lastclick'), op: fc.constant('within_last_days'), value: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ property: fc.constant('industries'), op: fc.constantFrom('eq', 'contains', 'known', 'unknown'), value: fc.constantFrom('saas', 'Retail', 'fin') }),
) as fc.Arbitrary<Condition>;

const tree: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const contactValues = fc.record({ jobtitle: titleValue, numemployees: numberValue, hs_email_optout: boolValue, lastclick: dateValue, industries: enumValue });

describe('compileCondition agrees with a tree interpreter', () => {
  it('on random condition trees and random HubSpot values', () => {
    fc.assert(
      fc.property(tree, fc.array(contactValues, { minLength: 1, maxLength: 8 }), (condition, contacts) => {
        const compiled = compile(condition);
        for (const values of contacts) expect(compiled.test(values, NOW)).toBe(oracle(condition, values));
      }),
      { numRuns: 500 },
    );
  });
});
