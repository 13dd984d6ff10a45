import path from 'node:path';
import { writeSamples } from './write-samples';

// `npm run samples` (tsx samples/generate/generate-samples.ts [folder]): regenerates the sample portal,
// by default into samples/ next to this folder.
const dir = process.argv[2] ?? path.resolve(__dirname, '..');
const { summary, brokenRows } = writeSamples(dir);
console.log(`Wrote the samples into ${dir}: ${summary.contacts} contacts, ${summary.companies} companies, ${summary.activities} activities.`);
console.log(`MQLs at the window end: ${summary.mqls} of ${summary.contacts} (${((summary.mqls / summary.contacts) * 100).toFixed(1)}%).`);
console.log(`Broken rows in contacts.csv: ${brokenRows.map((r) => `line ${r.line} ${r.kind}`).join(', ')}.`);
