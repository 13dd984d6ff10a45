import { existsSync, mkdirSync, statSync } from 'node:fs';
import type { LeadOpsConfig } from '@leadops/rules';
import path from 'node:path';
import { formatImportIssue } from '../import/import-issue';
import type { ReportSummary } from '../report/report-builder';
import { firstArrival } from '../simulate/lead-arrival';
import { streamSimulation } from '../simulate/simulate-portal';
import { simulateThroughApi } from '../simulate/simulate-through-api';
import type { ApiUsage } from '../simulate/simulation-result';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT, type ExitCode } from './exit-codes';
import { limitHeapGrowth } from './limit-heap-growth';
import { progressBar } from './progress-bar';
import { readPortalInput } from './read-portal-input';
import { writeSimulationResult } from './simulation-output-files';
import { loadFiles, parseUntil, readConfigFile, type SimulateCommandOptions } from './simulation-input';
import { simulationSummary } from './simulation-summary';
import { threadedOutputFiles } from './threaded-output-files';

/** Creates the --out folder if needed; one that cannot be made is the user's to fix (exit 2). */
function createOutputFolder(out: string, given: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CommandError(EXIT.usage, `Could not create the output folder ${given} (${code}: ${error instanceof Error ? error.message : String(error)}): give a folder you can write to with --out.`);
  }
}

/** --route-from-stage names a stage id of the config; an unknown one would silently route every lead. */
function checkRouteFromStage(stage: string | undefined, config: LeadOpsConfig): void {
  if (stage === undefined || config.lifecycle.stages.some((s) => s.id === stage)) return;
  throw new CommandError(EXIT.usage, `--route-from-stage "${stage}" is not a lifecycle stage id of the config "${config.name}": use one of ${config.lifecycle.stages.map((s) => s.id).join(', ')}.`);
}

/**
 * `leadops simulate`: the lead flow on sample files (default) or a real portal read-only, written to
 * `<out>/report.html` and `<out>/decisions.json`, with a one-screen summary. On the rules path each
 * contact's decisions are written out as its story ends, so memory does not grow with the run.
 */
export async function simulateCommand(options: SimulateCommandOptions, io: CliIo): Promise<ExitCode> {
  limitHeapGrowth();
  const until = parseUntil(options.until);
  const out = path.resolve(io.cwd, options.out);
  // Checked before the input is read, so a wrong --out costs no import; created only once the input is good.
  if (existsSync(out) && statSync(out).isFile()) throw new CommandError(EXIT.usage, `--out ${options.out} is a file, not a folder: give a folder (it is created if missing) for report.html and decisions.json.`);
  // Both files are written under temporary names and then renamed: a folder in the way of either would
  // fail the second rename after the first had replaced its file, leaving a new and an old file together.
  for (const name of ['report.html', 'decisions.json', 'report.html.partial', 'decisions.json.partial']) {
    const target = path.join(out, name);
    if (existsSync(target) && statSync(target).isDirectory()) throw new CommandError(EXIT.usage, `${target} is a folder, in the way of the file LeadOps writes there: move or remove it, or give another --out.`);
  }
  const compareWith = options.config ? readConfigFile(options.config, io) : undefined;
  const input = options.portal ? await readPortalInput(options, io, compareWith ? [compareWith] : []) : loadFiles(options, io);
  for (const config of [input.config, ...(compareWith ? [compareWith] : [])]) checkRouteFromStage(options.routeFromStage, config);
  if (input.portal.contacts.length === 0) {
    // A report of nothing dated 1970 helps nobody: say why there is nothing, and write nothing.
    for (const issue of input.issues.slice(0, 10)) io.err(`input: ${formatImportIssue(issue)}`);
    throw new CommandError(EXIT.problems, options.portal ? 'Nothing to simulate: the portal has no contacts created in the window read; widen it with --days.' : 'Nothing to simulate: no contact row could be read (the problems above say why); fix the rows and run again.');
  }
  const first = firstArrival(input.portal.contacts);
  if (first === null) throw new CommandError(EXIT.problems, 'Nothing to simulate: no contact has a create date, and a lead arrives in the simulation at its create date. Give the contacts their "Create Date" and run again.');
  if (until !== undefined && first > until) throw new CommandError(EXIT.problems, `Nothing to simulate: the first lead arrives at ${new Date(first).toISOString()}, after --until ${options.until}. Give a later --until, or leave it out.`);
  const startedAt = Date.now();

  createOutputFolder(out, options.out);
  const files = { report: path.join(out, 'report.html'), decisions: path.join(out, 'decisions.json') };
  const simulateOptions = { seed: options.seed, ...(until !== undefined ? { until } : {}), ...(options.routeFromStage ? { routeFromStage: options.routeFromStage } : {}) };
  const simulateInput = { portal: input.portal, config: input.config, ...(compareWith ? { compareWith } : {}), source: input.source, importIssues: input.issues };

  let report: ReportSummary;
  let api: ApiUsage | null;
  let warnings: readonly string[];
  if (options.throughApi) {
    const run = await simulateThroughApi(simulateInput, simulateOptions, io);
    report = writeSimulationResult(files, run.result);
    api = run.result.api;
    warnings = run.warnings;
  } else {
    const outputs = threadedOutputFiles(files, { api: input.api, compare: compareWith !== undefined });
    const bar = progressBar(io, 'Simulating leads');
    try {
      warnings = streamSimulation({ ...simulateInput, api: input.api }, { ...simulateOptions, onProgress: (done, total) => bar.update(done, total) }, outputs);
      bar.finish();
      report = await outputs.finish();
    } catch (error) {
      bar.finish();
      // The output thread's own error says more than "it failed" on this side.
      throw (await outputs.discard()) ?? error;
    }
    api = input.api;
  }

  for (const warning of warnings) io.err(`warning: ${warning}`);
  const shown = input.issues.slice(0, 10);
  for (const issue of shown) io.err(`input: ${formatImportIssue(issue)}`);
  if (input.issues.length > shown.length) io.err(`… and ${input.issues.length - shown.length} more input problems: see "Import issues" in the report; decisions.json lists every one under "importIssues".`);
  for (const line of simulationSummary({ meta: report.meta, figures: report.figures, comparison: report.comparison, api }, { seconds: (Date.now() - startedAt) / 1000, reportFile: path.relative(io.cwd, files.report) || files.report, decisionsFile: path.relative(io.cwd, files.decisions) || files.decisions })) io.out(line);
  return options.strict && input.issues.some((i) => i.effect === 'skipped') ? EXIT.problems : EXIT.ok;
}
