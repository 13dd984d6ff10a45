import { readdirSync } from 'node:fs';
import path from 'node:path';

export const FUNCTION_SOURCE_SUFFIX = '.function.ts';

export interface FunctionEntry {
  /** Kebab-case function name, e.g. `app-status`. */
  readonly name: string;
  /** Absolute path of the TypeScript source in `serverless/src/functions/`. */
  readonly source: string;
  /** Absolute path of the CommonJS bundle HubSpot runs. */
  readonly output: string;
  /** The value an `app-function` hsmeta `entrypoint` must hold to run this bundle. */
  readonly entrypoint: string;
}

/** Every `*.function.ts` in the serverless workspace becomes one bundle in `src/app/functions/dist/`. */
export function listFunctionEntries(projectDir: string): FunctionEntry[] {
  const sourceDir = path.join(projectDir, 'serverless', 'src', 'functions');
  return readdirSync(sourceDir)
    .filter((file) => file.endsWith(FUNCTION_SOURCE_SUFFIX))
    .sort()
    .map((file) => {
      const name = file.slice(0, -FUNCTION_SOURCE_SUFFIX.length);
      return {
        name,
        source: path.join(sourceDir, file),
        output: path.join(projectDir, 'src', 'app', 'functions', 'dist', `${name}.js`),
        entrypoint: `/app/functions/dist/${name}.js`,
      };
    });
}
