import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { processIo, type CliIo } from './commands/cli-io';
import { CommandError } from './commands/command-error';
import { emulatorCommand } from './commands/emulator.command';
import { EXIT, EXIT_CODES_HELP, type ExitCode } from './commands/exit-codes';
import { installCommand, rescoreCommand, routeCommand } from './commands/live-operations.command';
import { serveCommand } from './commands/serve.command';
import { simulateCommand } from './commands/simulate.command';
import { validateConfigCommand } from './commands/validate-config.command';

function integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (raw: string) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < min || value > max) throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `${name} must be a whole number of at least ${min}.` : `${name} must be a whole number from ${min} to ${max}.`);
    return value;
  };
}

/** A HubSpot record id, as `leadops route` takes one. */
function recordId(name: string) {
  return (raw: string) => {
    if (!/^\d+$/.test(raw)) throw new InvalidArgumentError(`${name} must be a HubSpot record id (digits), such as the one a stopped run printed.`);
    return raw;
  };
}

/** The `leadops` program; each action stores its exit code in `result`. */
function buildProgram(io: CliIo, result: { code: ExitCode }): Command {
  const program = new Command('leadops')
    .description('LeadOps: explainable lead scoring, routing, SLAs and handoffs for HubSpot.')
    .addHelpText('after', `\n${EXIT_CODES_HELP}`)
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride()
    .showHelpAfterError('(run with --help for the options)');
  const emulatorOption = () => new Option('--emulator', 'work on a local HubSpot emulator seeded with the samples instead of PRIVATE_APP_ACCESS_TOKEN\'s portal');

  program.command('simulate')
    .description('Run the whole lead flow on sample data (or a real portal, read-only) over simulated time and write report.html and decisions.json.')
    .option('--input <dir>', 'folder with contacts.csv, companies.csv, activities.csv, owners.json and leadops-config.json', 'samples')
    .option('--portal', 'read the contacts, owners and activities of the portal of PRIVATE_APP_ACCESS_TOKEN (read-only: nothing is written)')
    .option('--days <n>', 'with --portal: contacts created in the last n days', integer('--days', 1), 30)
    .option('--base-config <file>', 'the config to simulate (default: the input folder\'s leadops-config.json, or the portal\'s saved config)')
    .option('--config <file>', 'a second config to compare on the same leads: changed owners, shares per rep, SLA breaches, MQLs')
    .option('--through-api', 'run the production operations through the HubSpot gateway against the local emulator and report the HubSpot calls')
    .option('--out <dir>', 'where report.html and decisions.json go', 'out')
    .option('--seed <n>', 'seed of the simulated reps\' behaviour', integer('--seed', 0), 1)
    .option('--until <date>', 'end of simulated time (default: two days after the last lead arrives)')
    .option('--route-from-stage <stage>', 'lifecycle stage id from which leads are routed (like a workflow\'s enrollment trigger); default: lead')
    .option('--strict', 'exit 1 when input rows were skipped')
    .action(async (options: { input: string; portal?: boolean; days: number; baseConfig?: string; config?: string; throughApi?: boolean; out: string; seed: number; until?: string; routeFromStage?: string; strict?: boolean }) => {
      result.code = await simulateCommand(options, io);
    });

  program.command('validate-config <file>')
    .description('Check a LeadOps config file: every problem with its path and the fix.')
    .action((file: string) => {
      result.code = validateConfigCommand(file, io);
    });

  program.command('install')
    .description('Create the LeadOps properties and custom objects in the portal, and declare the workflow actions\' output fields (safe to run again).')
    .addOption(emulatorOption())
    .option('--app-id <id>', 'the LeadOps app\'s numeric id, to declare its workflow actions\' output fields (default: LEADOPS_APP_ID; needs HUBSPOT_DEVELOPER_API_KEY)')
    .action(async (options: { emulator?: boolean; appId?: string }) => {
      result.code = await installCommand(options, io);
    });

  program.command('rescore')
    .description('Score every contact with the saved config; unchanged scores are not rewritten.')
    .addOption(emulatorOption())
    .option('--resume-after <contactId>', 'continue after this contact (printed when a run stops)', recordId('--resume-after'))
    .action(async (options: { emulator?: boolean; resumeAfter?: string }) => {
      result.code = await rescoreCommand(options, io);
    });

  program.command('route <contactId>')
    .description('Route one contact now and print why it went where it went.')
    .addOption(emulatorOption())
    .option('--reroute', 'route it again, away from its current owner')
    .action(async (contactId: string, options: { emulator?: boolean; reroute?: boolean }) => {
      result.code = await routeCommand(contactId, options, io);
    });

  program.command('emulator')
    .description('Start the HubSpot emulator seeded with the samples and print its URL (Ctrl-C stops it).')
    .option('--input <dir>', 'portal folder to seed it with', 'samples')
    .option('--port <port>', 'port on 127.0.0.1 (default: a free one)', integer('--port', 0, 65535))
    .action(async (options: { input: string; port?: number }) => {
      result.code = await emulatorCommand(options, io);
    });
  program.command('serve')
    .description('Serve the LeadOps workflow actions (actionUrl) and run the SLA sweep, for portals without endpoint functions. Needs PRIVATE_APP_ACCESS_TOKEN and LEADOPS_CLIENT_SECRET.')
    .option('--port <port>', 'port to listen on', integer('--port', 0, 65535), 3000)
    .option('--host <host>', 'interface to listen on', '0.0.0.0')
    .option('--public-url <url>', 'the public base URL HubSpot calls (default: LEADOPS_PUBLIC_URL)')
    .option('--sweep-every <seconds>', 'seconds between SLA sweeps (0: no sweep)', integer('--sweep-every', 0), 60)
    .action(async (options: { port: number; host: string; publicUrl?: string; sweepEvery: number }) => {
      result.code = await serveCommand(options, io);
    });
  return program;
}

/** Runs `leadops` with `argv` (node, script, …args) and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  try {
    await buildProgram(io, result).parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CommandError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`leadops failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.problems;
  }
}
