import type { WorkflowActionKind } from './workflow-action-handler';

/** HubSpot's output-field types (`FieldTypeDefinition.type` in actionsV4.json) that LeadOps uses. */
export type OutputFieldType = 'string' | 'number' | 'bool' | 'datetime' | 'enumeration';

/** One output a workflow can branch on after a LeadOps action. */
export interface WorkflowOutputField {
  readonly name: string;
  readonly type: OutputFieldType;
  /** What the workflow editor shows; the project manifest repeats it in `labels.en.outputFieldLabels`. */
  readonly label: string;
  /** For enumerations: the values a branch can pick from. */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

const SLA_STATUSES = [
  { value: 'on_track', label: 'On track' },
  { value: 'at_risk', label: 'At risk' },
  { value: 'breached', label: 'Breached' },
  { value: 'met', label: 'Met' },
  { value: 'no_policy', label: 'No SLA policy' },
] as const;

/** Every action's: why it failed (FAIL_CONTINUE), empty when it succeeded, so a branch can test it. */
const ERROR_OUTPUT: WorkflowOutputField = { name: 'leadops_error', type: 'string', label: 'Why LeadOps could not do it (empty when it did)' };

/**
 * The outputs of each action: the single list the handler's answers, the project manifests and the
 * definitions `leadops install` pushes are all checked against.
 */
export const WORKFLOW_ACTION_OUTPUTS: Readonly<Record<WorkflowActionKind, readonly WorkflowOutputField[]>> = {
  'score-and-route': [
    { name: 'leadops_owner_id', type: 'string', label: 'Assigned owner (HubSpot owner id)' },
    { name: 'leadops_score', type: 'number', label: 'Lead score' },
    { name: 'leadops_is_mql', type: 'bool', label: 'Is a marketing qualified lead' },
    { name: 'leadops_routing_rule', type: 'string', label: 'Routing rule that matched' },
    { name: 'leadops_sla_due_at', type: 'datetime', label: 'First touch due by' },
    ERROR_OUTPUT,
  ],
  'check-sla': [
    { name: 'leadops_sla_status', type: 'enumeration', label: 'SLA status (on track, at risk, breached, met)', options: SLA_STATUSES },
    { name: 'leadops_escalations', type: 'string', label: 'Escalation steps taken now' },
    ERROR_OUTPUT,
  ],
  'enroll-nurture': [{ name: 'leadops_nurture_track', type: 'string', label: 'Track enrolled in' }, ERROR_OUTPUT],
};

/** HubSpot's value schema for each type (`FieldTypeDefinition.schema`). */
const VALUE_SCHEMAS: Readonly<Record<OutputFieldType, Readonly<Record<string, string>>>> = {
  string: { type: 'STRING' },
  number: { type: 'DOUBLE' },
  bool: { type: 'BOOLEAN' },
  datetime: { type: 'STRING', format: 'DATE_TIME' },
  enumeration: { type: 'STRING' },
};

/** An output field as the definitions API takes it (`OutputFieldDefinition`, every required key filled). */
export function outputFieldDefinition(field: WorkflowOutputField) {
  return {
    typeDefinition: {
      name: field.name,
      label: field.label,
      type: field.type,
      ...(field.type === 'enumeration' ? { fieldType: 'select' as const } : {}),
      options: (field.options ?? []).map((option, index) => ({ value: option.value, label: option.label, description: '', displayOrder: index, doubleData: 0, hidden: false, readOnly: false })),
      externalOptions: false,
      useChirp: false,
      schema: VALUE_SCHEMAS[field.type],
    },
  };
}
