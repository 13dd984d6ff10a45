import { compileCondition } from '../conditions/compile-condition';
import type { Condition } from '../conditions/condition';
import { DERIVED_PROPERTY_SOURCES } from '../data-quality/derived-properties';
import { contactConditionContext } from './condition-context';
import type { LeadOpsConfig } from './leadops-config.schema';

const cache = new WeakMap<LeadOpsConfig, readonly string[]>();

/**
 * The HubSpot contact properties a config's rules read: every property its lifecycle criteria, fit
 * rules, routing rules and SLA policies test (a derived value's source instead of the value), its
 * first-touch properties and its open-lead property. A read of a contact from HubSpot must ask for all
 * of them: HubSpot returns only the properties named, and a criterion on a property that was not read
 * sees it empty ("Customer: has a closed deal" never met).
 */
export function contactPropertiesReadBy(config: LeadOpsConfig): readonly string[] {
  const known = cache.get(config);
  if (known) return known;
  const context = contactConditionContext(config);
  const names = new Set<string>();
  const add = (condition: Condition) => {
    const compiled = compileCondition(condition, context);
    // A condition that does not compile is reported by parseConfig; it reads nothing here.
    if (compiled.ok) for (const name of compiled.condition.properties) names.add(DERIVED_PROPERTY_SOURCES[name] ?? name);
  };
  for (const stage of config.lifecycle.stages) stage.entry.forEach(add);
  for (const rule of config.scoring.rules) if (rule.kind === 'fit') add(rule.when);
  for (const rule of config.routing.rules) add(rule.when);
  for (const policy of config.sla.policies) add(policy.when);
  for (const name of config.sla.firstTouchProperties) names.add(name);
  names.add(config.routing.openLeads.property);
  const result = [...names].sort();
  cache.set(config, result);
  return result;
}
