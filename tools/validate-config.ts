import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatConfigProblem, parseConfig } from '@leadops/rules';

/** `npm run validate-config -- <file>`: every problem with its path and fix; exit 1 when there is any. */
function main(): number {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run validate-config -- <config.json>');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path.`);
    return 2;
  }
  const result = parseConfig(text);
  if (result.ok) {
    const c = result.config;
    console.log(`OK: ${file} is a valid LeadOps config "${c.name}" (${c.lifecycle.stages.length} stages, ${c.scoring.rules.length} scoring rules, ${c.routing.rules.length} routing rules, ${c.sla.policies.length} SLA policies).`);
    return 0;
  }
  console.error(`${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatConfigProblem(problem)}`);
  return 1;
}

process.exitCode = main();
