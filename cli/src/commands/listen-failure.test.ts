import { createServer, type Server } from 'node:net';
import type { CliIo } from './cli-io';
import { emulatorCommand } from './emulator.command';
import { EXIT } from './exit-codes';
import { serveCommand } from './serve.command';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';

describe('serve and emulator on a port they cannot have', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  const io = (): CliIo => ({
    out: () => undefined,
    err: () => undefined,
    env: { PRIVATE_APP_ACCESS_TOKEN: 'pat-test', LEADOPS_CLIENT_SECRET: 'secret', LEADOPS_PUBLIC_URL: 'https://leadops.example.com', LEADOPS_HUBSPOT_BASE_URL: 'http://127.0.0.1:9' },
    cwd: PROJECT_ROOT,
    interactive: false,
    errRaw: () => undefined,
  });

  it('serve exits 2 saying the port is in use and what to do, not with a stack trace', async () => {
    const never = new Promise<void>(() => undefined);
    await expect(serveCommand({ port, host: '127.0.0.1', sweepEvery: 0 }, io(), never)).rejects.toMatchObject({ exitCode: EXIT.usage, message: `Cannot listen on 127.0.0.1:${port}: the port is in use by another program; pass another --port, or stop that program.` });
  });

  it('emulator exits 2 the same way', async () => {
    const never = new Promise<void>(() => undefined);
    await expect(emulatorCommand({ input: 'samples', port }, io(), never)).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringContaining('the port is in use by another program') });
  }, 60_000);
});
