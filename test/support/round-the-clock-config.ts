import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatConfigProblem, parseConfig, type LeadOpsConfig } from '@leadops/rules';
import { PROJECT_ROOT } from './run-tsx';

const ALL_DAY = [['00:00', '24:00']];
/** A calendar with every hour working, so operation tests do not depend on when they run. */
export const ROUND_THE_CLOCK = { id: 'always', label: 'Always', timeZone: 'UTC', week: { monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY, sunday: ALL_DAY } };

/** The default config with the round-the-clock calendar as its only one, and the given sections replaced; validated. */
export function roundTheClockConfig(sections: Record<string, unknown>): LeadOpsConfig {
  const base = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as Record<string, unknown>;
  const parsed = parseConfig({ ...base, calendars: [ROUND_THE_CLOCK], ...sections });
  if (!parsed.ok) throw new Error(parsed.problems.map(formatConfigProblem).join('\n'));
  return parsed.config;
}
