import type { ConfigProblem } from '@leadops/rules';
// Deep imports on purpose: the package index also exports parseConfig, whose reference checks load
// date-holidays (13 MB of holiday data), far too much for a settings page. The schema and the wording
// of its problems are pure and are exactly what the server reports.
import { formatZodIssues } from '@leadops/rules/src/config/format-zod-issues';
import { leadOpsConfigSchema } from '@leadops/rules/src/config/leadops-config.schema';

/**
 * Checks a draft document against the config schema the server uses, so each problem shows at its
 * field before anything is sent. References between sections (a pool's members, a handoff's stages,
 * holiday regions) are checked by the server only, when the draft is saved or dry-run.
 *
 * @example
 * validateDraft({ ...config, scoring: { ...config.scoring, mql: { threshold: -5 } } })
 * //=> [{ path: 'scoring.mql.threshold', message: 'expected a positive number, got -5', fix: 'Use a number above 0.' }]
 */
export function validateDraft(document: unknown): readonly ConfigProblem[] {
  const parsed = leadOpsConfigSchema.safeParse(document, { reportInput: true });
  return parsed.success ? [] : formatZodIssues(parsed.error.issues);
}
