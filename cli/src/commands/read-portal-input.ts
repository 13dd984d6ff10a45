import type { LeadOpsConfig } from '@leadops/rules';
import { loadConfig, readOnlyGateway } from '@leadops/serverless';
import { readPortal } from '../portal/read-portal';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';
import { asCommandError, liveTarget } from './live-gateway';
import { progressBar } from './progress-bar';
import { readConfigFile, type LoadedInput, type SimulateCommandOptions } from './simulation-input';

/**
 * `simulate --portal`: the contacts created in the last `--days` days, their companies, owners and
 * users, read through a gateway that refuses every write; the config is the portal's saved one unless
 * `--base-config` names a file. Contacts are read with every property either config's rules test.
 */
export async function readPortalInput(options: SimulateCommandOptions, io: CliIo, otherConfigs: readonly LeadOpsConfig[]): Promise<LoadedInput> {
  const target = await liveTarget(io, {});
  const gateway = readOnlyGateway(target.gateway);
  io.err(`Reading ${target.label} (read-only).`);
  const bar = progressBar(io, 'Reading contacts');
  try {
    let config;
    if (options.baseConfig) config = readConfigFile(options.baseConfig, io);
    else {
      const stored = await loadConfig(gateway);
      if (!stored.ok) throw new CommandError(EXIT.problems, `${stored.message} ${stored.fix} Or pass --base-config <file> to simulate a config file on this portal's contacts.`);
      config = stored.config;
    }
    const portal = await readPortal(gateway, { now: Date.now(), days: options.days ?? 30, configs: [config, ...otherConfigs], onProgress: (read) => bar.update(read, Math.max(read, 1)) });
    bar.finish();
    io.err(`Read ${portal.contacts.length.toLocaleString('en-US')} contacts, ${portal.companies.length.toLocaleString('en-US')} companies and ${portal.owners.length} owners in ${gateway.stats().calls} HubSpot calls; nothing was written.`);
    return { portal, config, issues: [], source: 'portal', api: null };
  } catch (error) {
    bar.finish();
    throw asCommandError(error);
  } finally {
    await target.close();
  }
}
