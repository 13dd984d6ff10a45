import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/run-tsx';

interface CruiseViolation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
  readonly cycle?: unknown;
}

/** Lays out a miniature repository (same folder names as ours) and runs dependency-cruiser on it with our config. */
function cruise(files: Record<string, string>): { status: number | null; violations: CruiseViolation[]; stderr: string } {
  const json = runCruiser(files, 'json');
  const output = JSON.parse(json.stdout) as { summary: { violations: CruiseViolation[] } };
  // The json reporter always exits 0; the default reporter's exit status is what `npm run lint` sees.
  const plain = runCruiser(files, 'err');
  return { status: plain.status, violations: output.summary.violations, stderr: json.stderr };
}

function runCruiser(files: Record<string, string>, outputType: 'json' | 'err'): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadops-arch-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    copyFileSync(path.join(PROJECT_ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), '--config', path.join(PROJECT_ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType, 'rules', 'serverless', 'extensions'],
      { cwd: dir, encoding: 'utf8', timeout: 120_000 },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lintAs(file: string, source: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', file], {
    cwd: PROJECT_ROOT,
    input: source,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('architecture rules (npm run lint)', () => {
  it('rejects axios, fs and our own packages inside rules/, extensions importing serverless, dist imports and cycles', () => {
    const { status, violations } = cruise({
      'rules/src/uses-axios.ts': "import axios from 'axios';\nexport const client = axios;\n",
      'rules/src/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'rules/src/reaches-out.ts': "import { gateway } from '../../serverless/src/gateway';\nexport const g = gateway;\n",
      'serverless/src/gateway.ts': "export const gateway = 1;\n",
      'serverless/src/uses-bundle.ts': "import { main } from '../../src/app/functions/dist/app-status.js';\nexport const m = main;\n",
      'src/app/functions/dist/app-status.js': 'exports.main = async () => ({});\n',
      'serverless/src/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
      'serverless/src/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
      'extensions/src/card.ts': "import { gateway } from '../../serverless/src/gateway';\nexport const card = gateway;\n",
    });
    const found = violations.map((v) => `${v.rule.name} ${v.from}`);
    expect(status).not.toBe(0);
    expect(found).toEqual(expect.arrayContaining([
      'rules-does-no-io rules/src/uses-axios.ts',
      'rules-does-no-io rules/src/reads-files.ts',
      'rules-imports-nothing-of-ours rules/src/reaches-out.ts',
      'extensions-never-import-serverless extensions/src/card.ts',
      'nothing-imports-function-bundles serverless/src/uses-bundle.ts',
      'no-cycles serverless/src/cycle-a.ts',
    ]));
  });

  it('accepts the allowed directions: serverless and extensions importing rules', () => {
    const { status, violations, stderr } = cruise({
      'rules/src/score.ts': 'export const score = (points: number): number => points * 2;\n',
      'serverless/src/operation.ts': "import { score } from '../../rules/src/score';\nexport const run = () => score(1);\n",
      'extensions/src/card.ts': "import { score } from '../../rules/src/score';\nexport const label = String(score(2));\n",
    });
    expect(stderr).toBe('');
    expect(violations).toEqual([]);
    expect(status).toBe(0);
  });

  it('has ESLint flag an axios import or a clock read typed into rules/', () => {
    const axios = lintAs('rules/src/probe.ts', "import axios from 'axios';\nexport const client = axios;\n");
    expect(axios.status).toBe(1);
    expect(axios.output).toContain('rules/ is pure');
    const clock = lintAs('rules/src/probe.ts', 'export const now = (): number => Date.now();\n');
    expect(clock.status).toBe(1);
    expect(clock.output).toContain('never reads the clock');
  });

  it('lets ESLint accept the same code outside rules/', () => {
    const result = lintAs('serverless/src/probe.ts', "import axios from 'axios';\nexport const client = axios;\n");
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
