import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REFERENCES_CHECKED_LATER } from '@leadops/rules';
import { PROJECT_ROOT, runLeadops } from '../support/run-tsx';

describe('leadops validate-config', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'leadops-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the shipped default config', () => {
    const run = runLeadops(['validate-config', 'rules/config/default-config.json']);
    expect(run.stdout).toMatch(/^OK: rules\/config\/default-config\.json is a valid LeadOps config/);
    expect(run.status).toBe(0);
  });

  it('prints every problem with its path and fix, and exits 1', () => {
    const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as { scoring: { mql: Record<string, unknown> }; handoff: { toStage: string } };
    config.scoring.mql['threshold'] = -5;
    config.handoff.toStage = 'won';
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(config));
    const run = runLeadops(['validate-config', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('scoring.mql.threshold: expected a positive number, got -5. Use a number above 0.');
    // The stage "won" is a reference: it is checked once the shape is right, and the output says so.
    expect(run.stderr).not.toContain('handoff.toStage');
    expect(run.stderr).toContain(REFERENCES_CHECKED_LATER);
    config.scoring.mql['threshold'] = 60;
    writeFileSync(file, JSON.stringify(config));
    const again = runLeadops(['validate-config', file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('handoff.toStage: refers to');
    expect(again.stderr).not.toContain(REFERENCES_CHECKED_LATER);
  });

  it('says when the file cannot be read', () => {
    const run = runLeadops(['validate-config', path.join(dir, 'missing.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Cannot read .*missing\.json/);
  });
});
