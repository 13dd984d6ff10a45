import type { ConfigProblem } from '@leadops/rules';
import { parsePath, readAt } from './json-path';

/**
 * Problems settings_save or settings_dry_run found in the document they were sent: the page's own check
 * covers the schema, the server adds references between sections (a pool's members, a handoff's stages).
 */
export interface ServerProblems {
  readonly sent: unknown;
  readonly problems: readonly ConfigProblem[];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The server's problems still worth showing: those whose value the admin has not edited since. */
export function serverProblemsStanding(server: ServerProblems | null, document: unknown): readonly ConfigProblem[] {
  if (server === null) return [];
  return server.problems.filter((problem) => {
    const path = parsePath(problem.path);
    return sameJson(readAt(server.sent, path), readAt(document, path));
  });
}

/**
 * Whether the server's answer still forbids saving: only while the draft is exactly what it refused. A
 * reference can be fixed elsewhere (adding the missing pool), so after any edit the server judges again.
 */
export function serverRefusesDraft(server: ServerProblems | null, document: unknown): boolean {
  return server !== null && server.problems.length > 0 && sameJson(server.sent, document);
}
