import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatConfigProblem, parseConfig, type LeadOpsConfig } from '@leadops/rules';
import type { ImportIssue } from '../import/import-issue';
import { loadPortalFiles } from '../import/load-portal-files';
import type { PortalData } from '../portal/portal-data';
import type { ApiUsage, SimulationResult } from '../simulate/simulation-result';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';

export interface SimulateCommandOptions {
  readonly input: string;
  readonly portal?: boolean;
  readonly days?: number;
  readonly baseConfig?: string;
  readonly config?: string;
  readonly throughApi?: boolean;
  readonly out: string;
  readonly seed: number;
  readonly until?: string;
  readonly routeFromStage?: string;
  readonly strict?: boolean;
}

/** Reads and validates a config file; every problem is listed and nothing runs when it is invalid. */
export function readConfigFile(file: string, io: CliIo): LeadOpsConfig {
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new CommandError(EXIT.usage, `Cannot read the config ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path.`);
  }
  return checkedConfig(text, file);
}

function checkedConfig(value: unknown, where: string): LeadOpsConfig {
  const parsed = parseConfig(value);
  if (parsed.ok) return parsed.config;
  throw new CommandError(EXIT.problems, [`The config ${where} has ${parsed.problems.length} problem(s); nothing was simulated:`, ...parsed.problems.map((p) => `  ${formatConfigProblem(p)}`), `Fix them (npx leadops validate-config ${where} checks a file) and run again.`].join('\n'));
}

export function parseUntil(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (!Number.isFinite(at)) throw new CommandError(EXIT.usage, `--until "${raw}" is not a date: use YYYY-MM-DD or an ISO date-time.`);
  return at;
}

export interface LoadedInput {
  readonly portal: PortalData;
  readonly config: LeadOpsConfig;
  readonly issues: readonly ImportIssue[];
  readonly source: SimulationResult['meta']['source'];
  readonly api: ApiUsage | null;
}

export function loadFiles(options: SimulateCommandOptions, io: CliIo): LoadedInput {
  const dir = path.resolve(io.cwd, options.input);
  if (!existsSync(dir)) throw new CommandError(EXIT.usage, `The input folder ${options.input} does not exist: pass --input <dir> with contacts.csv, companies.csv, activities.csv, owners.json and leadops-config.json (samples/ has an example), or --portal to read a HubSpot portal.`);
  let loaded: ReturnType<typeof loadPortalFiles>;
  try {
    loaded = loadPortalFiles(dir);
  } catch (error) {
    throw new CommandError(EXIT.usage, error instanceof Error ? error.message : String(error));
  }
  const config = options.baseConfig ? readConfigFile(options.baseConfig, io) : checkedConfig(loaded.config, path.join(options.input, 'leadops-config.json'));
  const isSamples = path.basename(dir) === 'samples';
  return { portal: loaded.portal, config, issues: loaded.issues, source: isSamples ? 'samples' : 'file', api: null };
}

