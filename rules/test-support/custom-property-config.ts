import type { LeadOpsConfig } from '../src/config/leadops-config.schema';
import { parseConfig } from '../src/config/parse-config';
import { defaultConfigJsonCopy } from './default-config';

/** The default config plus a fit rule (+10) on a portal's own property, `preferred_plan` = "enterprise", which no built-in list names. */
export function configWithCustomProperty(): LeadOpsConfig {
  const json = defaultConfigJsonCopy();
  json['properties'] = [{ name: 'preferred_plan', label: 'Preferred plan', type: 'string' }];
  const scoring = json['scoring'] as { rules: Record<string, unknown>[] };
  const fitGroup = (scoring.rules.find((rule) => rule['kind'] === 'fit') as { group: string }).group;
  scoring.rules.push({ id: 'enterprise-plan', label: 'Asked for the enterprise plan', kind: 'fit', group: fitGroup, points: 10, when: { property: 'preferred_plan', op: 'eq', value: 'enterprise' } });
  const parsed = parseConfig(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}
