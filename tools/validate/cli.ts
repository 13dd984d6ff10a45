import path from 'node:path';
import { REQUIRED_SCOPES } from '@leadops/serverless';
import { validateProject, type ValidationReport } from './validate-project';

const USAGE = `Usage: npm run validate -- [projectDir ...] [--scopes a,b,c] [--json]
  Checks a HubSpot 2026.03 project offline. Without a directory it checks this repository.
  --scopes  the exact requiredScopes to expect (default: the gateway's list in serverless/src/hubspot)
  --json    print one JSON report per directory instead of text`;

interface CliOptions {
  readonly projectDirs: string[];
  readonly scopes: readonly string[];
  readonly json: boolean;
}

function parseArgs(args: readonly string[]): CliOptions | string {
  const projectDirs: string[] = [];
  let scopes: readonly string[] = REQUIRED_SCOPES;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--scopes') {
      const value = args[i + 1];
      if (value === undefined) return '--scopes needs a comma-separated list of scopes.';
      scopes = value.split(',').map((s) => s.trim()).filter(Boolean);
      i += 1;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('-')) return `Unknown option ${arg}.\n${USAGE}`;
    else projectDirs.push(path.resolve(arg));
  }
  if (projectDirs.length === 0) projectDirs.push(path.resolve(__dirname, '..', '..'));
  return { projectDirs, scopes, json };
}

function printText(projectDir: string, report: ValidationReport): void {
  if (report.problems.length === 0) {
    console.log(`OK: HubSpot project valid (${report.components.length} components: ${report.components.join(', ')})`);
    return;
  }
  console.error(`The HubSpot project in ${projectDir} has ${report.problems.length} problem(s):`);
  for (const problem of report.problems) console.error(`  ${problem.file} [${problem.rule}] ${problem.message}`);
}

/** Prints OK, or every problem with its file, rule and fix; exits 1 when any project has a problem. */
async function run(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    return options === USAGE ? 0 : 2;
  }
  let failed = false;
  for (const projectDir of options.projectDirs) {
    const report = await validateProject(projectDir, { requiredScopes: options.scopes });
    failed ||= report.problems.length > 0;
    if (options.json) console.log(JSON.stringify({ projectDir, ...report }));
    else printText(projectDir, report);
  }
  return failed ? 1 : 0;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The project validator itself failed:', error instanceof Error ? error.stack : error);
    process.exitCode = 2;
  },
);
