import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, runTsx } from '../support/run-tsx';

const BASELINE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'projects', 'minimal-valid');
const FIXTURE_SCOPES = 'oauth,crm.objects.contacts.read';

interface Report {
  readonly projectDir: string;
  readonly problems: { file: string; rule: string; message: string }[];
  readonly components: string[];
}

type Mutation = (dir: string) => void;

function editJson(dir: string, file: string, edit: (json: Record<string, unknown>) => void): void {
  const full = path.join(dir, file);
  const json = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(full, JSON.stringify(json, null, 2));
}

function editConfig(dir: string, file: string, edit: (config: Record<string, unknown>) => void): void {
  editJson(dir, file, (json) => edit(json['config'] as Record<string, unknown>));
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const CARD = 'src/app/cards/card-hsmeta.json';
const APP = 'src/app/app-hsmeta.json';

/** One broken project per rule: [rule, file the message must name, how to break the baseline]. */
const BROKEN: readonly (readonly [string, string, Mutation])[] = [
  ['project-config', 'hsproject.json', (d) => editJson(d, 'hsproject.json', (j) => { j['platformVersion'] = '2025.2'; })],
  ['hsmeta-json', CARD, (d) => write(d, CARD, '{ "uid": "fixture_card", ')],
  ['hsmeta-top-level', CARD, (d) => editJson(d, CARD, (j) => { j['name'] = 'misplaced'; })],
  ['hsmeta-uid', CARD, (d) => editJson(d, CARD, (j) => { j['uid'] = 'bad uid!'; })],
  ['hsmeta-uid-unique', 'src/app/functions/fn-hsmeta.json', (d) => editJson(d, 'src/app/functions/fn-hsmeta.json', (j) => { j['uid'] = 'fixture_card'; })],
  ['hsmeta-location', 'src/app/cards/nested/other-hsmeta.json', (d) => write(d, 'src/app/cards/nested/other-hsmeta.json', readFileSync(path.join(d, CARD), 'utf8').replace('fixture_card', 'nested_card'))],
  ['hsmeta-type', 'src/app/functions/card-hsmeta.json', (d) => write(d, 'src/app/functions/card-hsmeta.json', readFileSync(path.join(d, CARD), 'utf8').replace('fixture_card', 'second_card'))],
  ['component-count', 'src/app/settings/other-settings-hsmeta.json', (d) => write(d, 'src/app/settings/other-settings-hsmeta.json', '{ "uid": "second_settings", "type": "settings", "config": { "entrypoint": "/app/settings/Settings.tsx" } }')],
  ['entrypoint-exists', CARD, (d) => editConfig(d, CARD, (c) => { c['entrypoint'] = '/app/cards/Missing.tsx'; })],
  ['function-exports-main', 'src/app/functions/fn-hsmeta.json', (d) => write(d, 'src/app/functions/dist/fn.js', 'exports.handler = async () => ({});\n')],
  ['function-has-manifest', 'serverless/src/functions/orphan.function.ts', (d) => write(d, 'serverless/src/functions/orphan.function.ts', 'export async function main() { return {}; }\n')],
  ['extension-entry', CARD, (d) => write(d, 'src/app/cards/Card.tsx', 'export const Card = () => null;\n')],
  ['card-location', CARD, (d) => editConfig(d, CARD, (c) => { c['location'] = 'crm.record.middle'; })],
  ['card-object-types', CARD, (d) => editConfig(d, CARD, (c) => { c['objectTypes'] = ['leads']; })],
  ['app-auth', APP, (d) => editConfig(d, APP, (c) => { (c['auth'] as Record<string, unknown>)['type'] = 'oauth'; })],
  ['app-scopes', APP, (d) => editConfig(d, APP, (c) => { (c['auth'] as Record<string, unknown>)['requiredScopes'] = ['oauth', 'crm.objects.deals.read']; })],
];

describe('npm run validate', () => {
  let workDir: string;
  let reports: Map<string, Report>;
  let exitStatus: number | null;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'leadops-validate-'));
    const dirs = [path.join(workDir, 'baseline')];
    cpSync(BASELINE, dirs[0] as string, { recursive: true });
    for (const [rule, , mutate] of BROKEN) {
      const dir = path.join(workDir, rule);
      cpSync(BASELINE, dir, { recursive: true });
      mutate(dir);
      dirs.push(dir);
    }
    const run = runTsx('tools/validate/cli.ts', [...dirs, '--json', '--scopes', FIXTURE_SCOPES]);
    exitStatus = run.status;
    reports = new Map(run.stdout.trim().split('\n').map((line) => {
      const report = JSON.parse(line) as Report;
      return [path.basename(report.projectDir), report];
    }));
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('accepts the minimal valid fixture project', () => {
    expect(reports.get('baseline')?.problems).toEqual([]);
    expect(reports.get('baseline')?.components).toEqual(expect.arrayContaining(['fixture_app', 'fixture_card', 'fixture_settings', 'fixture_fn']));
  });

  it('exits non-zero when any project is broken', () => {
    expect(exitStatus).toBe(1);
  });

  it.each(BROKEN.map(([rule, file]) => [rule, file]))('reports a broken %s rule naming %s', (rule, file) => {
    const problems = reports.get(rule)?.problems ?? [];
    const match = problems.find((p) => p.rule === rule);
    expect(match).toBeDefined();
    expect(match?.file).toContain(file);
    expect(match?.message.length).toBeGreaterThan(20);
  });
});

describe('validating this repository', () => {
  it('prints OK for the real LeadOps project after a build', () => {
    const build = runTsx('tools/build/build-functions.ts', []);
    expect(build.status).toBe(0);
    const run = runTsx('tools/validate/cli.ts', []);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^OK: HubSpot project valid/);
    expect(run.status).toBe(0);
  });
});
