import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { PROJECT_ROOT } from '../support/run-tsx';

// HubSpot's CLI filters uploads with the `ignore` package and the nearest .hsignore, relative to its folder.
const hsignore = ignore().add(readFileSync(path.join(PROJECT_ROOT, '.hsignore'), 'utf8'));

describe('.hsignore', () => {
  it.each([
    'extensions/src/cards/app-status/AppStatusCard.test.tsx',
    'rules/src/scoring/score-lead.test.ts',
    'extensions/README.md',
    'src/app/cards/tsconfig.json',
    'serverless/src/functions/app-status.function.ts',
  ])('keeps %s out of the upload', (file) => {
    expect(hsignore.ignores(file)).toBe(true);
  });

  it.each([
    'src/app/app-hsmeta.json',
    'src/app/cards/leadops-status-card-hsmeta.json',
    'src/app/cards/LeadOpsStatusCard.tsx',
    'src/app/cards/package.json',
    'src/app/functions/dist/app-status.js',
    'src/app/functions/package.json',
    'extensions/src/cards/app-status/AppStatusCard.tsx',
    'rules/src/index.ts',
  ])('uploads %s, which HubSpot needs', (file) => {
    expect(hsignore.ignores(file)).toBe(false);
  });
});
