import type { ConfigProblem } from './config-problem';
import { checkConfigReferences } from './check-config-references';
import { formatZodIssues } from './format-zod-issues';
import { leadOpsConfigSchema, type LeadOpsConfig } from './leadops-config.schema';

export type ParseConfigResult =
  | { readonly ok: true; readonly config: LeadOpsConfig }
  | {
      readonly ok: false;
      readonly problems: readonly ConfigProblem[];
      /**
       * False when the document's shape is wrong: references between sections need every section read,
       * so they are checked only once the listed problems are fixed, and more may follow (see
       * REFERENCES_CHECKED_LATER).
       */
      readonly referencesChecked: boolean;
    };

/** What to tell someone whose config failed before its references could be checked. */
export const REFERENCES_CHECKED_LATER = 'References between sections (stage, scoring group, calendar, rep, team, pool and nurture track ids, and the properties conditions read) are checked once these are fixed, so more problems may follow.';

/**
 * Reads a LeadOps config document (JSON text or an already parsed value) and returns the typed config,
 * or every problem with its path and a fix. Unknown keys are errors; references between sections and
 * conditions are checked too.
 *
 * @example
 * parseConfig('{"schemaVersion":1, …, "scoring":{"rules":[{ …, "halfLifeDays": -2 }]}}')
 * //=> { ok: false, problems: [{ path: 'scoring.rules[0].halfLifeDays', message: 'expected a positive number, got -2', fix: 'Use a number above 0.' }] }
 */
export function parseConfig(input: unknown): ParseConfigResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      return { ok: false, referencesChecked: false, problems: [{ path: '', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, fix: 'Fix the JSON syntax; an editor using rules/schema/leadops-config.schema.json points at it.' }] };
    }
  }
  const parsed = leadOpsConfigSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: formatZodIssues(parsed.error.issues), referencesChecked: false };
  const problems = checkConfigReferences(parsed.data);
  return problems.length > 0 ? { ok: false, problems, referencesChecked: true } : { ok: true, config: parsed.data };
}
