import { formatConfigProblem, parseConfig, REFERENCES_CHECKED_LATER } from '@leadops/rules';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { readConfigText } from './read-config-text';

/** `leadops validate-config <file>`: every problem with its path and fix; exit 1 when there is any. */
export function validateConfigCommand(file: string, io: CliIo): ExitCode {
  const result = parseConfig(readConfigText(file, io, 'the config'));
  if (result.ok) {
    const c = result.config;
    io.out(`OK: ${file} is a valid LeadOps config "${c.name}" (${c.lifecycle.stages.length} stages, ${c.scoring.rules.length} scoring rules, ${c.routing.rules.length} routing rules, ${c.sla.policies.length} SLA policies).`);
    return EXIT.ok;
  }
  io.err(`${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) io.err(`  ${formatConfigProblem(problem)}`);
  if (!result.referencesChecked) io.err(REFERENCES_CHECKED_LATER);
  return EXIT.problems;
}
