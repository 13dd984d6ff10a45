import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFunctionEntries } from '../../build/function-entries';
import type { ComponentManifest } from '../component-manifest';
import type { ProjectFiles } from '../project-files';
import type { ProjectProblem } from '../project-problem';

/** Each `serverless/src/functions/*.function.ts` is built for a reason: some hsmeta must point at its bundle. */
export function checkFunctionManifests(project: ProjectFiles, manifests: readonly ComponentManifest[]): ProjectProblem[] {
  if (!existsSync(path.join(project.projectDir, 'serverless', 'src', 'functions'))) return [];
  const declared = new Set(manifests.filter((m) => m.type === 'app-function').map((m) => m.config['entrypoint']));
  return listFunctionEntries(project.projectDir)
    .filter((entry) => !declared.has(entry.entrypoint))
    .map((entry) => ({
      file: `serverless/src/functions/${entry.name}.function.ts`,
      rule: 'function-has-manifest' as const,
      message: `no app-function hsmeta points at "${entry.entrypoint}": add src/app/functions/${entry.name}-hsmeta.json with that entrypoint, or delete the source.`,
    }));
}
