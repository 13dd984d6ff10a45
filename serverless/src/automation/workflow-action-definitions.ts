import { z } from 'zod';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { WORKFLOW_ACTIONS, type WorkflowActionKind } from './workflow-action-handler';
import { outputFieldDefinition, WORKFLOW_ACTION_OUTPUTS, type WorkflowOutputField } from './workflow-action-outputs';

const outputFieldSchema = z.object({
  typeDefinition: z.object({
    name: z.string(),
    type: z.string(),
    options: z.array(z.object({ value: z.string() }).passthrough()).optional(),
  }).passthrough(),
}).passthrough();

const definitionSchema = z.object({
  id: z.string(),
  actionUrl: z.string(),
  outputFields: z.array(outputFieldSchema).optional(),
}).passthrough();

const definitionPageSchema = z.object({
  results: z.array(definitionSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

type ActionDefinition = z.infer<typeof definitionSchema>;

export interface ActionDefinitionSync {
  readonly kind: WorkflowActionKind;
  readonly definitionId: string;
  readonly outcome: 'updated' | 'unchanged';
  /** Output fields added or changed by this run, by name. */
  readonly changedFields: readonly string[];
}

/** The LeadOps action a definition runs, read from the end of its actionUrl (`…/actions/<kind>`). */
function kindOf(definition: ActionDefinition): WorkflowActionKind | undefined {
  let path: string;
  try {
    path = new URL(definition.actionUrl).pathname;
  } catch {
    // An actionUrl that is not a URL is not one of ours.
    return undefined;
  }
  const last = /\/actions\/([a-z-]+)\/?$/.exec(path)?.[1];
  return WORKFLOW_ACTIONS.find((kind) => kind === last);
}

/** The wanted fields that the definition lacks or declares differently (type or enumeration values). */
function changedFields(definition: ActionDefinition, wanted: readonly WorkflowOutputField[]): string[] {
  const current = new Map((definition.outputFields ?? []).map((field) => [field.typeDefinition.name, field.typeDefinition]));
  return wanted
    .filter((field) => {
      const declared = current.get(field.name);
      if (declared === undefined || declared.type !== field.type) return true;
      const values = (declared.options ?? []).map((option) => option.value);
      return values.join('\n') !== (field.options ?? []).map((option) => option.value).join('\n');
    })
    .map((field) => field.name);
}

async function listDefinitions(gateway: HubSpotGateway, appId: string): Promise<ActionDefinition[]> {
  const definitions: ActionDefinition[] = [];
  let after: string | undefined;
  do {
    const page = await gateway.call('actions.list', { path: { appId }, query: { limit: 50, ...(after === undefined ? {} : { after }) } }, definitionPageSchema);
    definitions.push(...page.results);
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return definitions;
}

/**
 * Declares the output fields of the LeadOps workflow actions on the definitions HubSpot created from the
 * project upload, through the definitions API (developer API key): output fields a workflow can branch
 * on, with the values of enumerations, which the project manifest cannot carry. Idempotent: a definition
 * that already declares them is left alone. Every action must exist before anything is written, so a
 * half-uploaded project changes nothing.
 */
export async function syncWorkflowActionOutputs(gateway: HubSpotGateway, appId: string): Promise<ActionDefinitionSync[]> {
  if (!/^\d+$/.test(appId)) throw new TypeError(`The app id must be HubSpot's numeric app id, not "${appId}": find it on the app's page in your developer account (Development > Apps).`);
  const definitions = await listDefinitions(gateway, appId);
  const byKind = new Map<WorkflowActionKind, ActionDefinition[]>();
  for (const definition of definitions) {
    const kind = kindOf(definition);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), definition]);
  }
  const missing = WORKFLOW_ACTIONS.filter((kind) => !byKind.has(kind));
  if (missing.length > 0) {
    throw new HubSpotError(
      'NOT_FOUND',
      `App ${appId} has no workflow action for ${missing.map((kind) => `"${kind}"`).join(', ')} (found ${definitions.length} definition${definitions.length === 1 ? '' : 's'}, none with an actionUrl ending in /actions/${missing[0] ?? ''}).`,
      'Upload the project first (`hs project upload --profile <name>`), with LEADOPS_ACTIONS_URL set in that profile, then run `leadops install` again. Nothing was changed.',
      { endpointId: 'actions.list' },
    );
  }
  const results: ActionDefinitionSync[] = [];
  for (const kind of WORKFLOW_ACTIONS) {
    const wanted = WORKFLOW_ACTION_OUTPUTS[kind];
    for (const definition of byKind.get(kind) ?? []) {
      const changed = changedFields(definition, wanted);
      if (changed.length > 0) {
        // Output fields of the definition that LeadOps does not know stay: an admin may have added them.
        const names = new Set(wanted.map((field) => field.name));
        const kept = (definition.outputFields ?? []).filter((field) => !names.has(field.typeDefinition.name));
        await gateway.call('actions.update', { path: { appId, definitionId: definition.id }, body: { outputFields: [...wanted.map(outputFieldDefinition), ...kept] } }, definitionSchema);
      }
      results.push({ kind, definitionId: definition.id, outcome: changed.length > 0 ? 'updated' : 'unchanged', changedFields: changed });
    }
  }
  return results;
}
