import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { listFunctionEntries } from './function-entries';

/**
 * Bundles each app function into one self-contained CommonJS file, so the HubSpot runtime needs no
 * install step and `src/app/functions/package.json` can stay free of dependencies.
 */
async function buildFunctions(projectDir: string): Promise<void> {
  const entries = listFunctionEntries(projectDir);
  rmSync(path.join(projectDir, 'src', 'app', 'functions', 'dist'), { recursive: true, force: true });
  for (const entry of entries) {
    await build({
      entryPoints: [entry.source],
      outfile: entry.output,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
  console.log(`Built ${entries.length} app function(s) into src/app/functions/dist/: ${entries.map((e) => e.name).join(', ')}`);
}

buildFunctions(path.resolve(__dirname, '..', '..')).catch((error: unknown) => {
  console.error('Building the app functions failed:', error instanceof Error ? error.message : error);
  console.error('Fix the TypeScript error above in serverless/src/functions, then run `npm run build` again.');
  process.exitCode = 1;
});
