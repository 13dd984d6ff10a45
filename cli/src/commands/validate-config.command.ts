import { formatConfigProblem, parseConfig } from '@leadops/rules';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT, type ExitCode } from './exit-codes';

/** `leadops validate-config <file>`: every problem with its path and fix; exit 1 when there is any. */
export function validateConfigCommand(file: string, io: CliIo): ExitCode {
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new CommandError(EXIT.usage, `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path.`);
  }
  const result = parseConfig(text);
  if (result.ok) {
    const c = result.config;
    io.out(`OK: ${file} is a valid LeadOps config "${c.name}" (${c.lifecycle.stages.length} stages, ${c.scoring.rules.length} scoring rules, ${c.routing.rules.length} routing rules, ${c.sla.policies.length} SLA policies).`);
    return EXIT.ok;
  }
  io.err(`${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) io.err(`  ${formatConfigProblem(problem)}`);
  return EXIT.problems;
}
