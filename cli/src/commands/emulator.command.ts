import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT, type ExitCode } from './exit-codes';
import { EMULATOR_APP_ID, EMULATOR_DEVELOPER_KEY, EMULATOR_TOKEN, startSampleEmulator } from './live-gateway';
import { listenFailure } from './serve.command';

/**
 * `leadops emulator`: the HubSpot emulator seeded with the samples, running until Ctrl-C, for trying
 * the app functions and the live commands by hand.
 */
export async function emulatorCommand(options: { readonly input: string; readonly port?: number }, io: CliIo, stopSignal: Promise<void> = onInterrupt()): Promise<ExitCode> {
  let emulator: Awaited<ReturnType<typeof startSampleEmulator>>;
  try {
    emulator = await startSampleEmulator(io, options.input, options.port !== undefined ? { port: options.port } : {});
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(EXIT.usage, `Cannot start the emulator on port ${options.port ?? '(any)'}: ${listenFailure(error)}`);
  }
  io.out(`HubSpot emulator listening on ${emulator.url} seeded from ${options.input}.`);
  io.out('Point LeadOps at it:');
  io.out(`  export LEADOPS_HUBSPOT_BASE_URL=${emulator.url}`);
  io.out(`  export PRIVATE_APP_ACCESS_TOKEN=${EMULATOR_TOKEN}`);
  io.out(`  export LEADOPS_APP_ID=${EMULATOR_APP_ID} HUBSPOT_DEVELOPER_API_KEY=${EMULATOR_DEVELOPER_KEY}`);
  io.out('  npx leadops install && npx leadops rescore');
  io.out('Press Ctrl-C to stop.');
  await stopSignal;
  await emulator.close();
  io.out(`Stopped after ${emulator.log.length} requests.`);
  return EXIT.ok;
}

function onInterrupt(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
