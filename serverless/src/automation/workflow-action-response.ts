/**
 * How a workflow-action execution ended, in `outputFields.hs_execution_state`:
 * `SUCCESS`, the workflow goes on; `FAIL_CONTINUE`, the action failed and the workflow goes on;
 * `BLOCK`, the workflow waits until we complete the callback (or the block expires).
 * Values from our platform notes (shared/notes/hubspot-platform.md), not re-confirmed against HubSpot's page.
 */
export const EXECUTION_STATES = ['SUCCESS', 'FAIL_CONTINUE', 'BLOCK'] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];

/** The states a completed callback can report: a blocked execution cannot be blocked again. */
export type CompletedExecutionState = Exclude<ExecutionState, 'BLOCK'>;

/**
 * The action's own outputs, by output field name. Strings, because HubSpot's callback spec
 * (`CallbackCompletionRequest.outputFields` in actionsV4.json, 2026-03 and 2026-09) types them as a string map.
 */
export type OutputFields = Readonly<Record<string, string>>;

/** Keys HubSpot reads as instructions rather than outputs; the builders set them, callers never do. */
const RESERVED_OUTPUT_FIELDS = ['hs_execution_state', 'hs_expiration_duration'] as const;

/** The synchronous 200 answer to HubSpot's POST to the actionUrl. */
export interface WorkflowActionAnswer {
  readonly outputFields: OutputFields & {
    readonly hs_execution_state: ExecutionState;
    /** ISO-8601 duration a `BLOCK` may last before HubSpot gives up on the callback. */
    readonly hs_expiration_duration?: string;
  };
}

/**
 * The body of `POST /automation/actions/callbacks/{version}/{callbackId}/complete`. HubSpot's spec requires both
 * `outputFields` and `typedOutputs`, even when `typedOutputs` is empty.
 */
export interface CallbackCompletion {
  readonly outputFields: OutputFields & { readonly hs_execution_state: CompletedExecutionState };
  readonly typedOutputs: Readonly<Record<string, string | number | boolean | null>>;
  /** Optional in the spec; a free string there, so LeadOps sets it only when HubSpot's values are known. */
  readonly failureReasonType?: string;
}

/**
 * The action did its work: the workflow goes on with these outputs.
 * @example succeeded({ leadops_owner_id: '118' }) //=> { outputFields: { leadops_owner_id: '118', hs_execution_state: 'SUCCESS' } }
 */
export function succeeded(outputs: OutputFields = {}): WorkflowActionAnswer {
  return { outputFields: { ...checkedOutputs(outputs), hs_execution_state: 'SUCCESS' } };
}

/**
 * The action failed, and the workflow should go on without it.
 * @example failedAndContinue() //=> { outputFields: { hs_execution_state: 'FAIL_CONTINUE' } }
 */
export function failedAndContinue(outputs: OutputFields = {}): WorkflowActionAnswer {
  return { outputFields: { ...checkedOutputs(outputs), hs_execution_state: 'FAIL_CONTINUE' } };
}

/**
 * The work goes on after this answer: the workflow waits until `callbackCompletion` is posted for the request's
 * callbackId, or until `expiresIn` (an ISO-8601 duration such as `PT2H` or `P1D`) has passed.
 * @throws {TypeError} when `expiresIn` is not an ISO-8601 duration.
 * @example blockedUntilCallback({ expiresIn: 'PT2H' }) //=> { outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: 'PT2H' } }
 */
export function blockedUntilCallback(options: { readonly expiresIn?: string } = {}): WorkflowActionAnswer {
  if (options.expiresIn === undefined) return { outputFields: { hs_execution_state: 'BLOCK' } };
  if (!isIsoDuration(options.expiresIn)) {
    throw new TypeError(`blockedUntilCallback: expiresIn must be an ISO-8601 duration such as PT2H or P1D; got "${options.expiresIn}".`);
  }
  return { outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: options.expiresIn } };
}

/**
 * The body that ends a blocked execution.
 * @example callbackCompletion('SUCCESS', { leadops_owner_id: '118' }) //=> { outputFields: { leadops_owner_id: '118', hs_execution_state: 'SUCCESS' }, typedOutputs: {} }
 */
export function callbackCompletion(state: CompletedExecutionState, outputs: OutputFields = {}, typedOutputs: CallbackCompletion['typedOutputs'] = {}): CallbackCompletion {
  return { outputFields: { ...checkedOutputs(outputs), hs_execution_state: state }, typedOutputs: { ...typedOutputs } };
}

/** Throws when an output would overwrite an instruction to HubSpot: that is a bug in the caller, not data. */
function checkedOutputs(outputs: OutputFields): OutputFields {
  const reserved = RESERVED_OUTPUT_FIELDS.filter((name) => Object.hasOwn(outputs, name));
  if (reserved.length > 0) {
    throw new TypeError(`Workflow-action outputs may not set ${reserved.join(', ')}: the answer builders set the execution state. Rename the output field.`);
  }
  return outputs;
}

/** ISO-8601 durations with at least one component (`P1D`, `PT2H`, `P1DT12H`, `P2W`); not `P`, `PT` or `P1DT`. */
function isIsoDuration(value: string): boolean {
  return /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/.test(value);
}
