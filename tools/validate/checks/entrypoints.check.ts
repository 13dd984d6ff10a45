import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ComponentManifest } from '../component-manifest';
import type { ProjectFiles } from '../project-files';
import type { ProjectProblem } from '../project-problem';

const NEEDS_ENTRYPOINT = new Set(['card', 'settings', 'app-function']);
const UI_EXTENSIONS = ['.tsx', '.jsx', '.ts', '.js'];
const FUNCTION_EXTENSIONS = ['.js', '.cjs'];

function checkFunctionExportsMain(file: string, entryFile: string): ProjectProblem[] {
  try {
    const loaded: unknown = createRequire(__filename)(entryFile);
    const main = typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)['main'] : undefined;
    if (typeof main === 'function') return [];
    return [{ file, rule: 'function-exports-main', message: `entry ${path.basename(entryFile)} does not export a "main" function: write \`exports.main = async (context) => …\`.` }];
  } catch (error) {
    return [{ file, rule: 'function-exports-main', message: `entry ${path.basename(entryFile)} fails to load (${error instanceof Error ? error.message : String(error)}): fix it and run \`npm run build\`.` }];
  }
}

/** Every entrypoint names a file that exists (after `npm run build`) and exposes what HubSpot calls. */
export function checkEntrypoints(project: ProjectFiles, manifests: readonly ComponentManifest[]): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const manifest of manifests) {
    const { file } = manifest.source;
    if (typeof manifest.type !== 'string' || !NEEDS_ENTRYPOINT.has(manifest.type)) continue;
    const entrypoint = manifest.config['entrypoint'];
    if (typeof entrypoint !== 'string' || !entrypoint.startsWith('/')) {
      problems.push({ file, rule: 'entrypoint-exists', message: `config.entrypoint must be a path from srcDir starting with "/", e.g. "/app/cards/LeadScoreCard.tsx"; got ${JSON.stringify(entrypoint)}.` });
      continue;
    }
    const entryFile = path.join(project.srcDir, entrypoint);
    if (!existsSync(entryFile)) {
      const hint = manifest.type === 'app-function' ? 'run `npm run build`, or fix the path' : 'create the file or fix the path';
      problems.push({ file, rule: 'entrypoint-exists', message: `entrypoint "${entrypoint}" does not exist: ${hint}.` });
      continue;
    }
    const extension = path.extname(entryFile);
    if (manifest.type === 'app-function') {
      if (!FUNCTION_EXTENSIONS.includes(extension)) {
        problems.push({ file, rule: 'function-exports-main', message: `entrypoint "${entrypoint}" must be a built JavaScript file (${FUNCTION_EXTENSIONS.join(', ')}): point it at src/app/functions/dist/<name>.js.` });
        continue;
      }
      problems.push(...checkFunctionExportsMain(file, entryFile));
      continue;
    }
    const folder = path.dirname(manifest.source.absolutePath);
    if (path.dirname(entryFile) !== folder) {
      problems.push({ file, rule: 'extension-entry', message: `entrypoint "${entrypoint}" must sit directly in ${path.basename(folder)}/ beside its hsmeta file; keep helpers nested, not the entry.` });
    }
    if (!UI_EXTENSIONS.includes(extension)) {
      problems.push({ file, rule: 'extension-entry', message: `entrypoint "${entrypoint}" must be a ${UI_EXTENSIONS.join('/')} file.` });
    } else if (!/hubspot\s*\.\s*extend\s*[<(]/.test(readFileSync(entryFile, 'utf8'))) {
      problems.push({ file, rule: 'extension-entry', message: `entrypoint "${entrypoint}" never calls hubspot.extend(...): render the component with \`hubspot.extend(() => <Card />)\`.` });
    }
  }
  return problems;
}
