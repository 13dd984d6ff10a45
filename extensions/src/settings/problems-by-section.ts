import type { ConfigProblem } from '@leadops/rules';
import { parsePath } from './json-path';

/** Where each problem of the draft is shown on the page. */
export interface PlacedProblems {
  /** At a form field, by the field's path text. */
  readonly atField: ReadonlyMap<string, readonly ConfigProblem[]>;
  /** At a section's JSON box: problems of the section that no field shows (rules, conditions, unknown keys…). */
  readonly atSection: ReadonlyMap<string, readonly ConfigProblem[]>;
  /** Outside the sections: the document itself, its name, lists, calendars, properties, permissions. */
  readonly atDocument: readonly ConfigProblem[];
}

/** Whether the field at `fieldPath` concerns `problemPath`: the field itself, or something inside it (a list's item). */
function concerns(fieldPath: string, problemPath: string): boolean {
  return problemPath === fieldPath || problemPath.startsWith(`${fieldPath}.`) || problemPath.startsWith(`${fieldPath}[`);
}

function add(map: Map<string, ConfigProblem[]>, key: string, problem: ConfigProblem): void {
  const list = map.get(key);
  if (list) list.push(problem);
  else map.set(key, [problem]);
}

/**
 * Sends each problem to the form field it concerns (the most specific one when fields nest), else to its
 * section's JSON box, else to the whole-document box, so an admin sees every problem where it can be fixed.
 *
 * @example
 * placeProblems([{ path: 'scoring.mql.threshold', … }, { path: 'scoring.rules[2].when', … }], ['scoring'], ['scoring.mql.threshold'])
 * //=> atField: { 'scoring.mql.threshold' → [first] }, atSection: { scoring → [second] }, atDocument: []
 */
export function placeProblems(problems: readonly ConfigProblem[], sectionKeys: readonly string[], fieldPaths: readonly string[]): PlacedProblems {
  const atField = new Map<string, ConfigProblem[]>();
  const atSection = new Map<string, ConfigProblem[]>();
  const atDocument: ConfigProblem[] = [];
  for (const problem of problems) {
    const field = fieldPaths.filter((path) => concerns(path, problem.path)).sort((a, b) => b.length - a.length)[0];
    if (field !== undefined) {
      add(atField, field, problem);
      continue;
    }
    const section = parsePath(problem.path)[0];
    if (typeof section === 'string' && sectionKeys.includes(section)) add(atSection, section, problem);
    else atDocument.push(problem);
  }
  return { atField, atSection, atDocument };
}
