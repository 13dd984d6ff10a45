import { randomUUID } from 'node:crypto';
import { install, loadConfig, loadReps, rescoreAll, routeContact, syncWorkflowActionOutputs } from '@leadops/serverless';
import { coerceValue, type LeadOpsConfig } from '@leadops/rules';
import type { HubSpotGateway } from '@leadops/serverless';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT, type ExitCode } from './exit-codes';
import { asCommandError, liveTarget, type LiveTarget } from './live-gateway';
import { progressBar } from './progress-bar';

export interface LiveOptions {
  readonly emulator?: boolean;
  readonly input?: string;
  readonly appId?: string;
}

async function withTarget(io: CliIo, options: LiveOptions, work: (target: LiveTarget) => Promise<ExitCode>): Promise<ExitCode> {
  const target = await liveTarget(io, options);
  io.err(`Working on ${target.label}.`);
  try {
    return await work(target);
  } catch (error) {
    throw asCommandError(error);
  } finally {
    await target.close();
  }
}

async function configInForce(gateway: HubSpotGateway): Promise<LeadOpsConfig> {
  const stored = await loadConfig(gateway);
  if (!stored.ok) throw new CommandError(EXIT.problems, `${stored.message} ${stored.fix}`);
  return stored.config;
}

/**
 * `leadops install`: the LeadOps properties, property group and custom objects, created if missing; with
 * an app id and developer API key, the output fields of the three workflow actions declared too.
 */
export function installCommand(options: LiveOptions, io: CliIo): Promise<ExitCode> {
  return withTarget(io, options, async ({ gateway, app }) => {
    const result = await install(gateway);
    const done = [
      ...(result.createdGroup ? ['property group'] : []),
      ...(result.createdProperties.length > 0 ? [`${result.createdProperties.length} contact properties`] : []),
      ...(result.createdConfigStore ? ['config store'] : []),
      ...(result.createdStateStore ? ['routing state store'] : []),
      ...(result.createdStateProperties.length > 0 ? [`${result.createdStateProperties.length} routing state properties`] : []),
      ...result.addedOptions.map((added) => `options ${added.values.join(', ')} on ${added.property}`),
    ];
    io.out(done.length === 0 ? 'LeadOps was already installed: nothing to create.' : `Installed: ${done.join(', ')}.`);
    if (app === null) {
      io.out('Workflow actions: output fields not declared (set LEADOPS_APP_ID and HUBSPOT_DEVELOPER_API_KEY to declare them; see docs/automation.md).');
    } else {
      let synced: Awaited<ReturnType<typeof syncWorkflowActionOutputs>>;
      try {
        synced = await syncWorkflowActionOutputs(gateway, app.appId);
      } catch (error) {
        io.err('The properties and objects above are installed; the workflow actions\' output fields are not.');
        throw error;
      }
      for (const action of synced) {
        io.out(`Workflow action ${action.kind} (definition ${action.definitionId}): ${action.outcome === 'updated' ? `output fields declared (${action.changedFields.join(', ')})` : 'output fields already declared'}.`);
      }
    }
    io.out('Next: open the LeadOps settings page in HubSpot and save a configuration.');
    return EXIT.ok;
  });
}

/** `leadops rescore`: every contact scored with the config in force, unchanged scores not rewritten. */
export function rescoreCommand(options: LiveOptions & { readonly resumeAfter?: string }, io: CliIo): Promise<ExitCode> {
  return withTarget(io, options, async ({ gateway }) => {
    const config = await configInForce(gateway);
    const bar = progressBar(io, 'Rescoring contacts');
    let checkpoint: string | undefined;
    try {
      const result = await rescoreAll(gateway, config, { now: Date.now(), ...(options.resumeAfter ? { resumeAfter: options.resumeAfter } : {}), onProgress: (p) => { checkpoint = p.checkpoint; bar.update(p.read, Math.max(p.read, 1)); } });
      bar.finish();
      io.out(`Rescored ${result.read.toLocaleString('en-US')} contacts: ${result.written.toLocaleString('en-US')} written, ${result.unchanged.toLocaleString('en-US')} unchanged${result.gone > 0 ? `, ${result.gone.toLocaleString('en-US')} deleted in HubSpot while the run went on` : ''}, ${result.hubspotCalls} HubSpot calls (${result.retries} retried).`);
      return EXIT.ok;
    } catch (error) {
      bar.finish();
      // Nothing done is lost: say where to pick up.
      if (checkpoint) io.err(`Stopped after contact ${checkpoint}. Run \`leadops rescore --resume-after ${checkpoint}\` to continue from there.`);
      throw error;
    }
  });
}

/** `leadops route <contactId>`: routes one contact now, as the Re-route button or the workflow action would. */
export function routeCommand(contactId: string, options: LiveOptions & { readonly reroute?: boolean }, io: CliIo): Promise<ExitCode> {
  if (!/^\d+$/.test(contactId)) return Promise.reject(new CommandError(EXIT.usage, `"${contactId}" is not a HubSpot record id: pass the contact's numeric Record ID.`));
  return withTarget(io, options, async ({ gateway }) => {
    const config = await configInForce(gateway);
    const now = Date.now();
    const { reps, warnings } = await loadReps(gateway, config, now);
    for (const warning of warnings) io.err(`warning: ${warning}`);
    const result = await routeContact(gateway, config, contactId, { now, reps, claimId: randomUUID(), ...(options.reroute ? { reroute: true } : {}) });
    if (result.outcome === 'already_routed') {
      // HubSpot answers datetimes as ISO text; LeadOps once wrote epoch milliseconds.
      const routedAt = coerceValue(result.routedAt, 'datetime');
      io.out(`Contact ${contactId} was already routed to owner ${result.ownerId}${typeof routedAt === 'number' ? ` at ${new Date(routedAt).toISOString()}` : ''}; pass --reroute to route it again.`);
      return EXIT.ok;
    }
    if (result.outcome === 'busy') {
      io.err(`${result.message} Try again in half a minute.`);
      return EXIT.problems;
    }
    io.out(result.decision.explanation);
    return EXIT.ok;
  });
}
