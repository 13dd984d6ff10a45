import type { Condition, LeafCondition, PropertyValues, ScalarValue } from './condition';
import { coerceBool, coerceEnumeration, coerceInstant, coerceNumber, coerceString, equalsIgnoringCase } from './coerce-value';
import type { PropertyDefinition, PropertyType } from './property-type';
import { domainListEntry } from '../data-quality/domain-list-entry';
import { comparableDomain } from '../data-quality/international-domain';
import { DAY_MS } from '../shared/time';

/** What a compiled condition needs to know: property types, named lists, and the free-mail domains. */
export interface ConditionContext {
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly freeMailDomains: ReadonlySet<string>;
  /** How to make an unknown property known here (the config's "properties" for contacts; activities have a fixed set). */
  readonly unknownPropertyFix?: string;
}

/** The outcome of one evaluation: whether it matched, the criterion, and the sentence that fits the outcome. */
export interface ConditionResult {
  readonly matched: boolean;
  /** The criterion as written: "Job title contains 'VP'". */
  readonly criterion: string;
  /** What is true of this contact: the criterion when matched, its negation when not. */
  readonly sentence: string;
}

export interface CompiledCondition {
  readonly text: string;
  readonly negatedText: string;
  /** Properties the condition reads (data quality reports missing ones). */
  readonly properties: readonly string[];
  readonly test: (values: PropertyValues, now: number) => boolean;
  readonly evaluate: (values: PropertyValues, now: number) => ConditionResult;
}

export interface ConditionProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly fix: string;
}

export type CompileResult = { readonly ok: true; readonly condition: CompiledCondition } | { readonly ok: false; readonly problems: readonly ConditionProblem[] };

type Test = (values: PropertyValues, now: number) => boolean;

interface Node {
  /** An and/or of several parts: parenthesised when nested in another. */
  readonly compound?: boolean;
  readonly text: string;
  readonly negatedText: string;
  readonly properties: readonly string[];
  readonly test: Test;
  /**
   * A single unlabelled leaf on a value: when the property has no (readable) value, "Number of employees
   * is unknown" is what is true, not the negation ("is below 1000"), which would claim a value.
   */
  readonly whenUnknown?: { readonly isKnown: Test; readonly text: string };
}

const OPERATORS_BY_TYPE: Record<PropertyType, readonly string[]> = {
  string: ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'starts_with', 'ends_with', 'known', 'unknown', 'email_domain_free_mail', 'email_domain_in_list'],
  number: ['eq', 'neq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'between', 'known', 'unknown'],
  bool: ['eq', 'neq', 'known', 'unknown'],
  datetime: ['gt', 'gte', 'lt', 'lte', 'between', 'within_last_days', 'more_than_days_ago', 'known', 'unknown'],
  enumeration: ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'known', 'unknown'],
};

function quote(value: ScalarValue): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

function joinOr(values: readonly ScalarValue[]): string {
  const quoted = values.map(quote);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function emailDomain(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const at = raw.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = raw.slice(at + 1).trim().toLowerCase();
  // In the form list entries are kept in, so "xn--bcher-kva.de" and "bücher.de" are one domain.
  return domain === '' ? undefined : comparableDomain(domain);
}

/** Levenshtein distance, only to suggest a property name for a typo. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestProperty(name: string, context: ConditionContext): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of context.properties.keys()) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= 3 ? `Did you mean "${best}"? ` : '';
}

class LeafCompiler {
  readonly problems: ConditionProblem[] = [];

  constructor(
    private readonly context: ConditionContext,
    private readonly path: readonly (string | number)[],
  ) {}

  private fail(message: string, fix: string): null {
    this.problems.push({ path: this.path, message, fix });
    return null;
  }

  compile(leaf: LeafCondition): Node | null {
    const definition = this.context.properties.get(leaf.property);
    if (!definition) {
      return this.fail(`unknown property "${leaf.property}"`, `${suggestProperty(leaf.property, this.context)}${this.context.unknownPropertyFix ?? 'Use a property from the catalogue or declare it under "properties" with its type.'}`);
    }
    const allowed = OPERATORS_BY_TYPE[definition.type];
    if (!allowed.includes(leaf.op)) {
      return this.fail(`operator "${leaf.op}" does not apply to ${definition.type} property "${leaf.property}"`, `Use one of: ${allowed.join(', ')}.`);
    }
    return this.compileOperator(leaf, definition);
  }

  private scalar(leaf: LeafCondition, definition: PropertyDefinition): ScalarValue | null {
    const { value } = leaf;
    if (value === undefined || Array.isArray(value)) return this.fail(`"${leaf.op}" needs a single value, got ${JSON.stringify(value)}`, 'Set "value" to one string, number or boolean.');
    return this.checkScalar(value as ScalarValue, definition);
  }

  private checkScalar(value: ScalarValue, definition: PropertyDefinition): ScalarValue | null {
    if (definition.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
      return this.fail(`expected a number for ${definition.type} property "${definition.name}", got ${JSON.stringify(value)}`, 'Write the value as a JSON number, e.g. 50.');
    }
    if (definition.type === 'bool' && typeof value !== 'boolean') {
      return this.fail(`expected true or false for "${definition.name}", got ${JSON.stringify(value)}`, 'Write the value as true or false.');
    }
    if (definition.type === 'datetime' && (typeof value === 'boolean' || (typeof value === 'string' && Number.isNaN(Date.parse(value))))) {
      return this.fail(`expected a date for "${definition.name}", got ${JSON.stringify(value)}`, 'Write an ISO date such as "2026-01-31" or epoch milliseconds.');
    }
    return value;
  }

  private list(leaf: LeafCondition, definition: PropertyDefinition, size?: number): readonly ScalarValue[] | null {
    const { value } = leaf;
    if (!Array.isArray(value) || value.length === 0 || (size !== undefined && value.length !== size)) {
      return this.fail(`"${leaf.op}" needs ${size === undefined ? 'a non-empty list' : `a list of exactly ${size} values`}, got ${JSON.stringify(value)}`, size === 2 ? 'Write "value": [min, max].' : 'Write "value": ["a", "b"].');
    }
    const checked: ScalarValue[] = [];
    for (const item of value as readonly ScalarValue[]) {
      const ok = this.checkScalar(item, definition);
      if (ok === null) return null;
      checked.push(ok);
    }
    return checked;
  }

  private days(leaf: LeafCondition): number | null {
    if (typeof leaf.value !== 'number' || !(leaf.value > 0)) {
      return this.fail(`"${leaf.op}" needs a positive number of days, got ${JSON.stringify(leaf.value)}`, 'Write "value": 30.');
    }
    return leaf.value;
  }

  private compileOperator(leaf: LeafCondition, definition: PropertyDefinition): Node | null {
    const name = leaf.property;
    const label = definition.label;
    const type = definition.type;
    const whenUnknown = leaf.label || leaf.op === 'known' || leaf.op === 'unknown' ? undefined : { isKnown: knownTest(name, type), text: `${label} is unknown` };
    const node = (text: string, negatedText: string, test: Test): Node => ({ text: leaf.label ?? `${label} ${text}`, negatedText: leaf.label ? `not: ${leaf.label}` : `${label} ${negatedText}`, properties: [name], test, ...(whenUnknown ? { whenUnknown } : {}) });

    switch (leaf.op) {
      case 'known':
      case 'unknown': {
        const isKnown = knownTest(name, type);
        return leaf.op === 'known' ? node('is known', 'is unknown', isKnown) : node('is unknown', 'is known', (v, n) => !isKnown(v, n));
      }
      case 'eq':
      case 'neq': {
        const value = this.scalar(leaf, definition);
        if (value === null) return null;
        const equals = equalsTest(name, type, value);
        const known = knownTest(name, type);
        return leaf.op === 'eq'
          ? node(`is ${quote(value)}`, `is not ${quote(value)}`, equals)
          : node(`is not ${quote(value)}`, `is ${quote(value)}`, (v, n) => known(v, n) && !equals(v, n));
      }
      case 'in':
      case 'not_in': {
        const values = this.list(leaf, definition);
        if (values === null) return null;
        const tests = values.map((value) => equalsTest(name, type, value));
        const anyEquals: Test = (v, n) => tests.some((t) => t(v, n));
        const known = knownTest(name, type);
        return leaf.op === 'in'
          ? node(`is ${joinOr(values)}`, `is none of ${values.map(quote).join(', ')}`, anyEquals)
          : node(`is none of ${values.map(quote).join(', ')}`, `is ${joinOr(values)}`, (v, n) => known(v, n) && !anyEquals(v, n));
      }
      case 'contains':
      case 'not_contains':
      case 'starts_with':
      case 'ends_with': {
        const value = this.scalar(leaf, definition);
        if (value === null) return null;
        const needle = String(value).toLowerCase();
        const match = textMatch(leaf.op === 'starts_with' ? 'start' : leaf.op === 'ends_with' ? 'end' : 'contains', needle);
        const test: Test = type === 'enumeration'
          ? (v) => {
              const values = v[name] ? coerceEnumeration(v[name] as string) : undefined;
              return values !== undefined && values.some(match);
            }
          : (v) => {
              const text = v[name] ? coerceString(v[name] as string) : undefined;
              return text !== undefined && match(text);
            };
        if (leaf.op === 'contains') return node(`contains ${quote(value)}`, `does not contain ${quote(value)}`, test);
        if (leaf.op === 'starts_with') return node(`starts with ${quote(value)}`, `does not start with ${quote(value)}`, test);
        if (leaf.op === 'ends_with') return node(`ends with ${quote(value)}`, `does not end with ${quote(value)}`, test);
        const known = knownTest(name, type);
        return node(`does not contain ${quote(value)}`, `contains ${quote(value)}`, (v, n) => known(v, n) && !test(v, n));
      }
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        const value = this.scalar(leaf, definition);
        if (value === null) return null;
        // A date-only bound names its whole UTC day: "lte 2026-11-10" includes that afternoon.
        const [first, last] = type === 'datetime' ? instantSpan(value) : [value as number, value as number];
        const read = numericReader(type);
        const shown = type === 'datetime' ? formatDate(first) : String(value);
        const compare = { gt: (x: number) => x > last, gte: (x: number) => x >= first, lt: (x: number) => x < first, lte: (x: number) => x <= last }[leaf.op];
        const test: Test = (v) => {
          const x = read(v[name]);
          return x !== undefined && compare(x);
        };
        const words = type === 'datetime'
          ? { gt: ['is after', 'is not after'], gte: ['is on or after', 'is before'], lt: ['is before', 'is not before'], lte: ['is on or before', 'is after'] }[leaf.op]
          : { gt: ['is greater than', 'is not greater than'], gte: ['is at least', 'is below'], lt: ['is less than', 'is not less than'], lte: ['is at most', 'is above'] }[leaf.op];
        return node(`${words[0]} ${shown}`, `${words[1]} ${shown}`, test);
      }
      case 'between': {
        const values = this.list(leaf, definition, 2);
        if (values === null) return null;
        const spans = values.map((x) => (type === 'datetime' ? instantSpan(x) : [x as number, x as number])) as [[number, number], [number, number]];
        const low = spans[0][0];
        const high = spans[1][1];
        if (low > high) return this.fail(`"between" bounds are reversed: ${JSON.stringify(leaf.value)}`, 'Write the smaller bound first: "value": [min, max].');
        const read = numericReader(type);
        const shown = type === 'datetime' ? [formatDate(low), formatDate(high)] : [String(low), String(high)];
        // Inclusive at both ends; a date-only upper bound includes its whole day.
        const test: Test = (v) => {
          const x = read(v[name]);
          return x !== undefined && x >= low && x <= high;
        };
        return node(`is between ${shown[0]} and ${shown[1]}`, `is not between ${shown[0]} and ${shown[1]}`, test);
      }
      case 'within_last_days':
      case 'more_than_days_ago': {
        const days = this.days(leaf);
        if (days === null) return null;
        const span = days * DAY_MS;
        const unit = days === 1 ? 'day' : 'days';
        const within: Test = (v, now) => {
          const at = v[name] ? coerceInstant(v[name] as string) : undefined;
          return at !== undefined && at <= now && now - at <= span;
        };
        const older: Test = (v, now) => {
          const at = v[name] ? coerceInstant(v[name] as string) : undefined;
          return at !== undefined && now - at > span;
        };
        return leaf.op === 'within_last_days'
          ? node(`is within the last ${days} ${unit}`, `is not within the last ${days} ${unit}`, within)
          : node(`is more than ${days} ${unit} ago`, `is not more than ${days} ${unit} ago`, older);
      }
      case 'email_domain_free_mail': {
        const domains = this.context.freeMailDomains;
        const test: Test = (v) => {
          const domain = emailDomain(v[name]);
          return domain !== undefined && domains.has(domain);
        };
        return node('is at a free-mail provider', 'is not at a free-mail provider', test);
      }
      case 'email_domain_in_list': {
        const listName = leaf.value;
        const list = typeof listName === 'string' ? this.context.lists[listName] : undefined;
        if (typeof listName !== 'string' || list === undefined) {
          const known = Object.keys(this.context.lists);
          return this.fail(`"email_domain_in_list" names list ${JSON.stringify(listName)}, which does not exist`, known.length > 0 ? `Use one of: ${known.join(', ')}, or add it under "lists".` : 'Add the list of domains under "lists".');
        }
        // Entries as admins type them ("@Initech.example", " initech.example. ") match the address's bare domain.
        const domains = new Set(list.map(domainListEntry));
        const test: Test = (v) => {
          const domain = emailDomain(v[name]);
          return domain !== undefined && domains.has(domain);
        };
        return node(`domain is on the '${listName}' list`, `domain is not on the '${listName}' list`, test);
      }
    }
  }
}

function reader(type: PropertyType): (raw: string | null | undefined) => unknown {
  switch (type) {
    case 'string':
      return (raw) => (raw ? coerceString(raw) : undefined);
    case 'number':
      return (raw) => (raw ? coerceNumber(raw) : undefined);
    case 'bool':
      return (raw) => (raw ? coerceBool(raw) : undefined);
    case 'datetime':
      return (raw) => (raw ? coerceInstant(raw) : undefined);
    case 'enumeration':
      return (raw) => (raw ? coerceEnumeration(raw) : undefined);
  }
}

function knownTest(name: string, type: PropertyType): Test {
  const read = reader(type);
  if (type !== 'string' && type !== 'enumeration') return (v) => read(v[name]) !== undefined;
  // Asked of every rule that does not match, to say when a value is missing: a value that starts with a
  // visible character is known, without the trimmed, lowercased (and split) copy reading it would make.
  return (v) => {
    const raw = v[name];
    if (!raw) return false;
    const first = raw.charCodeAt(0);
    if (first > 32 && first < 127 && first !== SEMICOLON) return true;
    return read(raw) !== undefined;
  };
}

const SEMICOLON = 59;

function numericReader(type: PropertyType): (raw: string | null | undefined) => number | undefined {
  return type === 'datetime' ? (raw) => (raw ? coerceInstant(raw) : undefined) : (raw) => (raw ? coerceNumber(raw) : undefined);
}

function toInstantValue(value: ScalarValue): number {
  return typeof value === 'number' ? value : Date.parse(String(value));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

/** First and last millisecond a condition value names: a whole UTC day for "YYYY-MM-DD", else one instant. */
function instantSpan(value: ScalarValue): [number, number] {
  const at = toInstantValue(value);
  return typeof value === 'string' && DATE_ONLY.test(value.trim()) ? [at, at + DAY - 1] : [at, at];
}

function formatDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

function textMatch(kind: 'contains' | 'start' | 'end', needle: string): (text: string) => boolean {
  if (kind === 'start') return (text) => text.startsWith(needle);
  if (kind === 'end') return (text) => text.endsWith(needle);
  return (text) => text.includes(needle);
}

function equalsTest(name: string, type: PropertyType, value: ScalarValue): Test {
  switch (type) {
    case 'number': {
      const target = value as number;
      return (v) => (v[name] ? coerceNumber(v[name] as string) === target : false);
    }
    case 'bool': {
      const target = value as boolean;
      return (v) => (v[name] ? coerceBool(v[name] as string) === target : false);
    }
    case 'datetime': {
      const target = toInstantValue(value);
      return (v) => (v[name] ? coerceInstant(v[name] as string) === target : false);
    }
    case 'enumeration': {
      const target = String(value).trim().toLowerCase();
      return (v) => {
        const raw = v[name];
        if (!raw) return false;
        // Most values are single choices; split only real multi-selects.
        if (!raw.includes(';')) return equalsIgnoringCase(raw, target);
        const values = coerceEnumeration(raw);
        return values !== undefined && values.includes(target);
      };
    }
    case 'string': {
      const target = String(value).trim().toLowerCase();
      return (v) => {
        const raw = v[name];
        return raw ? equalsIgnoringCase(raw, target) : false;
      };
    }
  }
}

function isLeaf(condition: Condition): condition is LeafCondition {
  return 'property' in condition;
}

function compileNode(condition: Condition, context: ConditionContext, path: readonly (string | number)[], problems: ConditionProblem[]): Node | null {
  if (isLeaf(condition)) {
    const compiler = new LeafCompiler(context, path);
    const node = compiler.compile(condition);
    problems.push(...compiler.problems);
    return node;
  }
  if ('not' in condition) {
    const inner = compileNode(condition.not, context, [...path, 'not'], problems);
    if (!inner) return null;
    const test = inner.test;
    // Negating a group keeps it a group: its text must stay in brackets inside an enclosing all/any.
    return { compound: !condition.label && inner.compound, text: condition.label ?? inner.negatedText, negatedText: condition.label ? `not: ${condition.label}` : inner.text, properties: inner.properties, test: (v, n) => !test(v, n) };
  }
  const isAll = 'all' in condition;
  const key = isAll ? 'all' : 'any';
  const items = isAll ? condition.all : condition.any;
  const children = items.map((child, index) => compileNode(child, context, [...path, key, index], problems));
  if (children.some((c) => c === null)) return null;
  const nodes = children as Node[];
  const tests = nodes.map((n) => n.test);
  const count = tests.length;
  const test: Test = isAll
    ? (v, n) => {
        for (let i = 0; i < count; i += 1) if (!(tests[i] as Test)(v, n)) return false;
        return true;
      }
    : (v, n) => {
        for (let i = 0; i < count; i += 1) if ((tests[i] as Test)(v, n)) return true;
        return false;
      };
  const wrap = (node: Node, text: string) => (node.compound && count > 1 ? `(${text})` : text);
  const text = nodes.map((n) => wrap(n, n.text)).join(isAll ? ' and ' : ' or ');
  const negatedText = nodes.map((n) => wrap(n, n.negatedText)).join(isAll ? ' or ' : ' and ');
  return { compound: count > 1 && !condition.label, text: condition.label ?? text, negatedText: condition.label ? `not: ${condition.label}` : negatedText, properties: [...new Set(nodes.flatMap((n) => n.properties))], test };
}

/**
 * Compiles a condition tree once into closures (no tree walking per contact), checking every property
 * and operator against the catalogue. Problems carry the path inside the condition.
 *
 * @example
 * const result = compileCondition({ property: 'jobtitle', op: 'contains', value: 'VP' }, context);
 * result.ok && result.condition.evaluate({ jobtitle: 'VP Sales' }, now);
 * //=> { matched: true, criterion: "Job title contains 'VP'", sentence: "Job title contains 'VP'" }
 */
export function compileCondition(condition: Condition, context: ConditionContext): CompileResult {
  const problems: ConditionProblem[] = [];
  const node = compileNode(condition, context, [], problems);
  if (!node || problems.length > 0) return { ok: false, problems };
  const { text, negatedText, test, whenUnknown } = node;
  // Frozen outcomes per condition: evaluating allocates nothing.
  const yes: ConditionResult = Object.freeze({ matched: true, criterion: text, sentence: text });
  const no: ConditionResult = Object.freeze({ matched: false, criterion: text, sentence: negatedText });
  if (whenUnknown) {
    const unknown: ConditionResult = Object.freeze({ matched: false, criterion: text, sentence: whenUnknown.text });
    const { isKnown } = whenUnknown;
    return { ok: true, condition: { text, negatedText, properties: node.properties, test, evaluate: (v, n) => (test(v, n) ? yes : isKnown(v, n) ? no : unknown) } };
  }
  return { ok: true, condition: { text, negatedText, properties: node.properties, test, evaluate: (v, n) => (test(v, n) ? yes : no) } };
}
