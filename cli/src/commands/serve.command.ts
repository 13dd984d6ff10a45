import { createHubSpotGateway } from '@leadops/serverless';
import { createLeadOpsServer } from '../serve/leadops-server';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT, type ExitCode } from './exit-codes';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly publicUrl?: string;
  readonly sweepEvery: number;
}

/**
 * `leadops serve`: the workflow actions' endpoint and the SLA sweep, for portals that cannot host
 * endpoint app functions. Runs until SIGINT/SIGTERM, then finishes in-flight work before exiting.
 */
export async function serveCommand(options: ServeOptions, io: CliIo, stopSignal: Promise<void> = onStop()): Promise<ExitCode> {
  const token = io.env['PRIVATE_APP_ACCESS_TOKEN'];
  const clientSecret = io.env['LEADOPS_CLIENT_SECRET'];
  const publicUrl = options.publicUrl ?? io.env['LEADOPS_PUBLIC_URL'];
  if (!token) throw new CommandError(EXIT.usage, 'No HubSpot access token: set PRIVATE_APP_ACCESS_TOKEN to the app\'s static-auth token.');
  if (!clientSecret) throw new CommandError(EXIT.usage, 'No client secret: set LEADOPS_CLIENT_SECRET to the app\'s client secret (HubSpot → Development → the LeadOps app → Auth); it verifies that requests come from HubSpot.');
  if (!publicUrl || !/^https?:\/\//.test(publicUrl)) throw new CommandError(EXIT.usage, 'No public URL: pass --public-url https://leadops.example.com (or set LEADOPS_PUBLIC_URL) — the address HubSpot calls, which it signs.');
  const baseUrl = io.env['LEADOPS_HUBSPOT_BASE_URL'];
  const gateway = createHubSpotGateway({ accessToken: token, ...(baseUrl ? { baseUrl } : {}), retries: 5 });
  const server = createLeadOpsServer({ gateway, clientSecret, publicUrl, sweepEveryMs: options.sweepEvery * 1000, log: (line) => io.out(JSON.stringify(line)) });
  let address: string;
  try {
    address = await server.app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await server.close();
    await gateway.stop();
    throw new CommandError(EXIT.usage, `Cannot listen on ${options.host}:${options.port}: ${listenFailure(error)}`);
  }
  io.err(`LeadOps serve listening on ${address}; HubSpot calls ${publicUrl.replace(/\/+$/, '')}/actions/<score-and-route|check-sla|enroll-nurture>. SLA sweep every ${options.sweepEvery} s. Health: ${address}/health.`);
  await stopSignal;
  io.err('Stopping: finishing the actions in flight…');
  await server.close();
  await gateway.stop();
  io.err('Stopped.');
  return EXIT.ok;
}

/** Why a server could not listen, and what to do: the port is taken, or the host is not this machine's. */
export function listenFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE') return 'the port is in use by another program; pass another --port, or stop that program.';
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'that host is not an address of this machine; pass --host 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).';
  if (code === 'EACCES') return 'this user may not use that port (ports below 1024 need privileges); pass a --port from 1024 up.';
  return `${error instanceof Error ? error.message : String(error)}.`;
}

function onStop(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
