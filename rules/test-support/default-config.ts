import defaultConfigJson from '../config/default-config.json';
import { parseConfig } from '../src/config/parse-config';
import { formatConfigProblem } from '../src/config/config-problem';
import type { LeadOpsConfig } from '../src/config/leadops-config.schema';

/** The shipped default config, parsed: the fixture rules tests run on. */
export function loadDefaultConfig(): LeadOpsConfig {
  const result = parseConfig(defaultConfigJson);
  if (!result.ok) throw new Error(`rules/config/default-config.json is invalid:\n${result.problems.map(formatConfigProblem).join('\n')}`);
  return result.config;
}

/** A copy of the default config's JSON to break or extend in a test. */
export function defaultConfigJsonCopy(): Record<string, unknown> {
  return structuredClone(defaultConfigJson) as Record<string, unknown>;
}
