import { Engine, type RuleProperties } from 'json-rules-engine';
import { coerceValue, type Contact, type PropertyType } from '@leadops/rules';
import { COMPARISON_RULES } from './synthetic-scoring';

const TYPES: Record<string, PropertyType> = {
  numemployees: 'number', annualrevenue: 'number', hs_analytics_num_page_views: 'number', num_conversion_events: 'number',
  hs_email_optout: 'bool', hs_persona: 'enumeration',
};

const OPERATORS: Record<string, string> = { eq: 'equal', gt: 'greaterThan', gte: 'greaterThanInclusive', lt: 'lessThan', contains: 'textContains', ends_with: 'textEndsWith' };

/** The comparison rules as json-rules-engine rules: one rule per scoring rule, an event carrying its points. */
export function jsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('textContains', (fact: unknown, value: unknown) => typeof fact === 'string' && fact.toLowerCase().includes(String(value).toLowerCase()));
  engine.addOperator('textEndsWith', (fact: unknown, value: unknown) => typeof fact === 'string' && fact.toLowerCase().endsWith(String(value).toLowerCase()));
  engine.addOperator('enumHas', (fact: unknown, value: unknown) => Array.isArray(fact) && fact.includes(String(value).toLowerCase()));
  for (const rule of COMPARISON_RULES) {
    const leaf = rule.when as { property: string; op: string; value: unknown };
    const isEnum = TYPES[leaf.property] === 'enumeration';
    const value = typeof leaf.value === 'string' && !isEnum ? leaf.value.toLowerCase() : leaf.value;
    const properties: RuleProperties = {
      name: rule.id,
      conditions: { all: [{ fact: leaf.property, operator: isEnum ? 'enumHas' : (OPERATORS[leaf.op] ?? leaf.op), value: value as string }] },
      event: { type: 'points', params: { points: rule.points, label: rule.label } },
    };
    engine.addRule(properties);
  }
  return engine;
}

/** HubSpot strings read by type up front (json-rules-engine compares typed facts), then the engine run. */
export async function scoreWithJsonRulesEngine(engine: Engine, contact: Contact): Promise<number> {
  const facts: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(contact.properties)) facts[name] = coerceValue(raw, TYPES[name] ?? 'string');
  const { events } = await engine.run(facts);
  let total = 0;
  for (const event of events) total += Number(event.params?.['points'] ?? 0);
  return total;
}
