import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatImportIssue } from '../import/import-issue';
import { renderReportHtml } from '../report/render-report-html';
import { simulatePortal } from '../simulate/simulate-portal';
import { simulateThroughApi } from '../simulate/simulate-through-api';
import type { SimulationResult } from '../simulate/simulation-result';
import { writeDecisionsJson } from '../simulate/write-decisions-json';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { progressBar } from './progress-bar';
import { readPortalInput } from './read-portal-input';
import { loadFiles, parseUntil, readConfigFile, type SimulateCommandOptions } from './simulation-input';
import { simulationSummary } from './simulation-summary';

/**
 * `leadops simulate`: the lead flow on sample files (default) or a real portal read-only, written to
 * `<out>/report.html` and `<out>/decisions.json`, with a one-screen summary.
 */
export async function simulateCommand(options: SimulateCommandOptions, io: CliIo): Promise<ExitCode> {
  const until = parseUntil(options.until);
  const compareWith = options.config ? readConfigFile(options.config, io) : undefined;
  const input = options.portal ? await readPortalInput(options, io) : loadFiles(options, io);
  const startedAt = Date.now();

  let result: SimulationResult;
  let warnings: readonly string[];
  if (options.throughApi) {
    const run = await simulateThroughApi({ portal: input.portal, config: input.config, ...(compareWith ? { compareWith } : {}), source: input.source, importIssues: input.issues }, { seed: options.seed, ...(until !== undefined ? { until } : {}), ...(options.routeFromStage ? { routeFromStage: options.routeFromStage } : {}) }, io);
    result = run.result;
    warnings = run.warnings;
  } else {
    const bar = progressBar(io, 'Simulating leads');
    const run = simulatePortal({ portal: input.portal, config: input.config, ...(compareWith ? { compareWith } : {}), source: input.source, importIssues: input.issues, api: input.api }, { seed: options.seed, ...(until !== undefined ? { until } : {}), ...(options.routeFromStage ? { routeFromStage: options.routeFromStage } : {}), onProgress: (done, total) => bar.update(done, total) });
    bar.finish();
    result = run.result;
    warnings = run.warnings;
  }

  const out = path.resolve(io.cwd, options.out);
  mkdirSync(out, { recursive: true });
  const reportFile = path.join(out, 'report.html');
  const decisionsFile = path.join(out, 'decisions.json');
  writeDecisionsJson(decisionsFile, result);
  writeFileSync(reportFile, renderReportHtml(result));

  for (const warning of warnings) io.err(`warning: ${warning}`);
  const shown = input.issues.slice(0, 10);
  for (const issue of shown) io.err(`input: ${formatImportIssue(issue)}`);
  if (input.issues.length > shown.length) io.err(`… and ${input.issues.length - shown.length} more input problems, listed in the report.`);
  for (const line of simulationSummary(result, { seconds: (Date.now() - startedAt) / 1000, reportFile: path.relative(io.cwd, reportFile) || reportFile, decisionsFile: path.relative(io.cwd, decisionsFile) || decisionsFile })) io.out(line);
  return options.strict && input.issues.some((i) => i.effect === 'skipped') ? EXIT.problems : EXIT.ok;
}
