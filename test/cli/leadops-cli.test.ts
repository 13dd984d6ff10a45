import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REFERENCES_CHECKED_LATER } from '@leadops/rules';
import { install, saveConfig, startHubSpotEmulator, type HubSpotEmulator } from '@leadops/serverless';
import { loadPortalFiles } from '../../cli/src/import/load-portal-files';
import { portalSeed } from '../../cli/src/portal/portal-seed';
import type { SimulationResult } from '../../cli/src/simulate/simulation-result';
import { gatewayFor, TEST_TOKEN } from '../support/emulator-gateway';
import { PROJECT_ROOT, runLeadops, type ScriptRun } from '../support/run-tsx';

/** Like runLeadops, without blocking this process: the emulator it talks to runs here. */
function runLeadopsAsync(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'cli', 'bin', 'leadops.cjs'), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('leadops command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadops-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains every subcommand and the exit codes in --help', () => {
    const run = runLeadops(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['simulate', 'validate-config', 'install', 'rescore', 'route', 'emulator', 'serve']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('3  HubSpot error');
  });

  it('will not serve without the client secret that proves requests come from HubSpot (exit 2)', () => {
    const run = runLeadops(['serve', '--public-url', 'https://leadops.example.com'], { env: { PRIVATE_APP_ACCESS_TOKEN: 'pat-x', LEADOPS_CLIENT_SECRET: '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('set LEADOPS_CLIENT_SECRET');
  });

  it('installs on the emulator and declares the output fields of the three workflow actions the upload created', () => {
    const run = runLeadops(['install', '--emulator'], { timeoutMs: 120_000 });
    expect(run.stderr).toContain('local emulator');
    expect(run.status).toBe(0);
    for (const kind of ['score-and-route', 'check-sla', 'enroll-nurture']) expect(run.stdout).toMatch(new RegExp(`Workflow action ${kind} \\(definition \\d+\\): output fields declared`));
    expect(run.stdout).toContain('leadops_sla_status');
  }, 130_000);

  it('stops before writing when an app id is given without the developer API key (exit 2)', () => {
    const run = runLeadops(['install', '--app-id', '4207'], { env: { PRIVATE_APP_ACCESS_TOKEN: 'pat-x', HUBSPOT_DEVELOPER_API_KEY: '', LEADOPS_HUBSPOT_BASE_URL: 'http://127.0.0.1:9' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('HUBSPOT_DEVELOPER_API_KEY is not set');
  });

  it('exits 2 for a --resume-after that is no record id and a --port out of range, before touching HubSpot', () => {
    const env = { PRIVATE_APP_ACCESS_TOKEN: 'pat-x', LEADOPS_HUBSPOT_BASE_URL: 'http://127.0.0.1:9' };
    const resume = runLeadops(['rescore', '--resume-after', 'abc'], { env });
    expect(resume.status).toBe(2);
    expect(resume.stderr).toContain('--resume-after must be a HubSpot record id');
    const port = runLeadops(['serve', '--port', '70000'], { env });
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port must be a whole number from 0 to 65535');
  });

  it('exits 2 for an unknown option or an input folder that is not there, writing nothing', () => {
    expect(runLeadops(['simulate', '--frobnicate']).status).toBe(2);
    const out = path.join(dir, 'never');
    const run = runLeadops(['simulate', '--input', path.join(dir, 'missing'), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/input folder .*missing does not exist/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with what to fix for an --out that is a file or cannot be made, and for an unknown --route-from-stage', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const onFile = runLeadops(['simulate', '--out', file]);
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toContain(`--out ${file} is a file, not a folder`);
    const underFile = runLeadops(['simulate', '--out', path.join(file, 'out')]);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toMatch(/Could not create the output folder .*a-file\/out \(ENOTDIR/);
    const blocked = path.join(dir, 'blocked-out');
    mkdirSync(path.join(blocked, 'report.html'), { recursive: true });
    writeFileSync(path.join(blocked, 'decisions.json'), 'the last run');
    const inTheWay = runLeadops(['simulate', '--out', blocked]);
    expect(inTheWay.status).toBe(2);
    expect(inTheWay.stderr).toContain(`${path.join(blocked, 'report.html')} is a folder, in the way of the file LeadOps writes there`);
    expect(readFileSync(path.join(blocked, 'decisions.json'), 'utf8')).toBe('the last run');
    const out = path.join(dir, 'stage-out');
    const stage = runLeadops(['simulate', '--route-from-stage', 'MQL', '--out', out]);
    expect(stage.status).toBe(2);
    expect(stage.stderr).toContain('--route-from-stage "MQL" is not a lifecycle stage id of the config "Fernhill Software – sample portal": use one of subscriber, lead, mql,');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 and writes nothing when no contact row can be read, instead of a report of nothing', () => {
    const input = path.join(dir, 'no-contacts');
    cpSync(path.join(PROJECT_ROOT, 'samples'), input, { recursive: true });
    const header = readFileSync(path.join(input, 'contacts.csv'), 'utf8').split('\n')[0] ?? '';
    writeFileSync(path.join(input, 'contacts.csv'), `${header}\n12,"not closed\n`);
    const out = path.join(dir, 'no-contacts-out');
    const run = runLeadops(['simulate', '--input', input, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing to simulate: no contact row could be read');
    expect(run.stderr).toMatch(/input: .*contacts\.csv line 2/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 and writes nothing when every lead arrives after --until, instead of a report of nothing', () => {
    const out = path.join(dir, 'until-out');
    const run = runLeadops(['simulate', '--until', '2026-10-01', '--strict', '--out', out]);
    expect(run.status).toBe(1);
    const first = Math.min(...loadPortalFiles(path.join(PROJECT_ROOT, 'samples')).portal.contacts.map((c) => Number(c.properties['createdate'])));
    expect(run.stderr).toContain(`Nothing to simulate: the first lead arrives at ${new Date(first).toISOString()}, after --until 2026-10-01. Give a later --until, or leave it out.`);
    expect(existsSync(out)).toBe(false);
  });

  it('prints the first ten input problems and says where all of them are', () => {
    const input = path.join(dir, 'many-problems');
    cpSync(path.join(PROJECT_ROOT, 'samples'), input, { recursive: true });
    const lines = readFileSync(path.join(input, 'contacts.csv'), 'utf8').split('\n');
    const shortRows = Array.from({ length: 12 }, (_, i) => `${990001 + i},Ana`);
    writeFileSync(path.join(input, 'contacts.csv'), [...lines.slice(0, 21), ...shortRows, ''].join('\n'));
    const out = path.join(dir, 'many-problems-out');
    const run = runLeadops(['simulate', '--input', input, '--out', out]);
    expect(run.status).toBe(0);
    const decisions = JSON.parse(readFileSync(path.join(out, 'decisions.json'), 'utf8')) as SimulationResult;
    expect(decisions.importIssues.filter((issue) => issue.effect === 'skipped' && issue.file.endsWith('contacts.csv'))).toHaveLength(12);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('input: '))).toHaveLength(10);
    expect(run.stderr).toContain(`… and ${decisions.importIssues.length - 10} more input problems: see "Import issues" in the report; decisions.json lists every one under "importIssues".`);
  });

  it('refuses an invalid config with every problem and simulates nothing (exit 1)', () => {
    const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'samples', 'leadops-config.json'), 'utf8')) as { scoring: { mql: { threshold: number } } };
    config.scoring.mql.threshold = -1;
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(config));
    const out = path.join(dir, 'bad-out');
    const run = runLeadops(['simulate', '--config', file, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('scoring.mql.threshold: expected a positive number, got -1');
    expect(run.stderr).toContain(REFERENCES_CHECKED_LATER);
    expect(existsSync(out)).toBe(false);
  });

  it('compares a second config on the same leads: the comparison is in decisions.json and the report', () => {
    const out = path.join(dir, 'compare');
    const run = runLeadops(['simulate', '--config', 'samples/what-if-config.json', '--out', out], { timeoutMs: 180_000 });
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(path.join(out, 'decisions.json'), 'utf8')) as SimulationResult;
    expect(result.comparison?.configName).toBe('What if: skip reps who are off, MQL at 50');
    // Each run writes a contact when its story ends, so the two lists hold the same contacts in their own orders.
    expect(result.comparison?.decisions.map((d) => d.contactId).sort()).toEqual(result.decisions.map((d) => d.contactId).sort());
    expect(new Set(result.decisions.map((d) => d.contactId)).size).toBe(result.decisions.length);
    const queuedBefore = result.decisions.filter((d) => d.route?.outcome === 'queued').length;
    const queuedAfter = result.comparison?.decisions.filter((d) => d.route?.outcome === 'queued').length ?? 0;
    // Skipping reps who are off leaves night arrivals in the queue.
    expect(queuedAfter).toBeGreaterThan(queuedBefore);
    expect(run.stdout).toContain(`queued ${queuedBefore} → ${queuedAfter}`);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('id="comparison"');
  }, 200_000);

  describe('simulate --portal', () => {
    let emulator: HubSpotEmulator;
    beforeAll(async () => {
      const samples = loadPortalFiles(path.join(PROJECT_ROOT, 'samples'));
      // The portal as HubSpot holds it: the sample contacts created over the last days before "now".
      const now = Date.now();
      const recent = samples.portal.contacts.slice(0, 300).map((c, i) => ({ ...c, properties: { ...c.properties, createdate: String(now - (i + 1) * 3_600_000) } }));
      emulator = await startHubSpotEmulator({ seed: portalSeed({ ...samples.portal, contacts: recent }), accessToken: TEST_TOKEN, rateLimit: false });
      const gateway = gatewayFor(emulator);
      await install(gateway);
      const saved = await saveConfig(gateway, samples.config, 'admin@example.com', now);
      if (!saved.ok) throw new Error(saved.message);
      await gateway.stop();
      emulator.clearLog();
    });
    afterAll(() => emulator.close());

    it("simulates a real portal's recent contacts with its saved config, and writes nothing to it", async () => {
      const out = path.join(dir, 'portal');
      const run = await runLeadopsAsync(['simulate', '--portal', '--days', '30', '--out', out], { PRIVATE_APP_ACCESS_TOKEN: TEST_TOKEN, LEADOPS_HUBSPOT_BASE_URL: emulator.url });
      expect(run.stderr).toContain('nothing was written');
      expect(run.status).toBe(0);
      const result = JSON.parse(readFileSync(path.join(out, 'decisions.json'), 'utf8')) as SimulationResult;
      expect(result.meta.source).toBe('portal');
      expect(result.decisions).toHaveLength(300);
      expect(emulator.log.length).toBeGreaterThan(0);
      expect(emulator.log.filter((e) => e.method !== 'GET' && !/\/(search|batch\/read)$/.test(e.path))).toEqual([]);
      expect(emulator.writes()).toEqual([]);
    }, 120_000);

    it('routes a contact, and the second time says when it was routed instead of routing it again (exit 0)', async () => {
      const env = { PRIVATE_APP_ACCESS_TOKEN: TEST_TOKEN, LEADOPS_HUBSPOT_BASE_URL: emulator.url };
      const contactId = emulator.portal.listObjects('contacts')[0]?.id ?? '';
      expect((await runLeadopsAsync(['route', contactId], env)).status).toBe(0);
      const again = await runLeadopsAsync(['route', contactId], env);
      expect(again.stderr).not.toContain('unexpectedly');
      expect(again.status).toBe(0);
      const routedAt = emulator.portal.getObject('contacts', contactId)?.properties['leadops_routed_at'] ?? '';
      expect(again.stdout).toContain(`was already routed to owner ${emulator.portal.getObject('contacts', contactId)?.properties['hubspot_owner_id'] ?? '?'} at ${new Date(Date.parse(routedAt)).toISOString()}; pass --reroute`);
    }, 60_000);

    it('says how to get a token when none is set (exit 2)', async () => {
      const run = await runLeadopsAsync(['simulate', '--portal'], { PRIVATE_APP_ACCESS_TOKEN: '' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('set PRIVATE_APP_ACCESS_TOKEN');
    });
  });
});
