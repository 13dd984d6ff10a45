import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatConfigProblem, parseConfig, REFERENCES_CHECKED_LATER, type LeadOpsConfig } from '@leadops/rules';
import type { ImportIssue } from '../import/import-issue';
import { loadPortalFiles } from '../import/load-portal-files';
import type { PortalData } from '../portal/portal-data';
import type { ApiUsage, SimulationResult } from '../simulate/simulation-result';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';
import { readConfigText } from './read-config-text';

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
  return checkedConfig(readConfigText(file, io, 'the config'), file);
}

function checkedConfig(value: unknown, where: string): LeadOpsConfig {
  const parsed = parseConfig(value);
  if (parsed.ok) return parsed.config;
  throw new CommandError(
    EXIT.problems,
    [`The config ${where} has ${parsed.problems.length} problem(s); nothing was simulated:`, ...parsed.problems.map((p) => `  ${formatConfigProblem(p)}`), ...(parsed.referencesChecked ? [] : [REFERENCES_CHECKED_LATER]), `Fix them (npx leadops validate-config ${where} checks a file) and run again.`].join('\n'),
  );
}

/** YYYY-MM-DD, optionally THH:mm, :ss, fractions and an offset (Z or ±HH:MM). */
const UNTIL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The end of simulated time. A date or a time without an offset is UTC, as the importer reads the
 * files' dates, so the same command gives the same run on every machine; anything else, a date that
 * does not exist (2026-02-30) included, is refused rather than guessed.
 */
export function parseUntil(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const refuse = (why: string) => new CommandError(EXIT.usage, `--until "${raw}" ${why}: use YYYY-MM-DD (midnight UTC) or an ISO date-time such as 2026-10-20T14:00 (UTC) or 2026-10-20T14:00+02:00.`);
  const parts = UNTIL.exec(raw.trim());
  if (!parts) throw refuse('is not a date');
  const [, year, month, day, hour, minute, , offset] = parts;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) throw refuse('is not a day of the calendar');
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) throw refuse('is not a time of day');
  const at = Date.parse(hour === undefined ? `${raw.trim()}T00:00:00Z` : offset === undefined ? `${raw.trim()}Z` : raw.trim());
  if (!Number.isFinite(at)) throw refuse('is not a date');
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

