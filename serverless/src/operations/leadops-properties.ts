/** The contact properties LeadOps writes, in one HubSpot property group so admins find them together. */
export const LEADOPS_PROPERTY_GROUP = { name: 'leadops', label: 'LeadOps', displayOrder: -1 } as const;

export interface LeadOpsPropertyDefinition {
  readonly name: string;
  readonly label: string;
  readonly type: 'number' | 'string' | 'bool' | 'datetime' | 'enumeration';
  readonly fieldType: 'number' | 'text' | 'textarea' | 'booleancheckbox' | 'date' | 'select';
  readonly description: string;
  readonly options?: readonly { readonly label: string; readonly value: string }[];
}

const yesNo = [{ label: 'Yes', value: 'true' }, { label: 'No', value: 'false' }] as const;

export const LEADOPS_CONTACT_PROPERTIES: readonly LeadOpsPropertyDefinition[] = [
  { name: 'leadops_score', label: 'LeadOps score', type: 'number', fieldType: 'number', description: 'Fit plus decayed engagement, capped; see the Lead score card for the reasons.' },
  { name: 'leadops_fit_score', label: 'LeadOps fit score', type: 'number', fieldType: 'number', description: 'Points from profile (fit) rules.' },
  { name: 'leadops_engagement_score', label: 'LeadOps engagement score', type: 'number', fieldType: 'number', description: 'Points from recent activity, after decay.' },
  { name: 'leadops_is_mql', label: 'Meets the MQL definition', type: 'enumeration', fieldType: 'booleancheckbox', description: 'Score at or above the MQL threshold with enough fit.', options: yesNo },
  { name: 'leadops_score_updated_at', label: 'LeadOps score updated at', type: 'datetime', fieldType: 'date', description: 'When LeadOps last scored the contact.' },
  { name: 'leadops_score_reasons', label: 'LeadOps score reasons', type: 'string', fieldType: 'textarea', description: 'The rules behind the score, one per line.' },
  { name: 'leadops_routed_at', label: 'LeadOps routed at', type: 'datetime', fieldType: 'date', description: 'When LeadOps assigned the owner.' },
  { name: 'leadops_routing_rule', label: 'LeadOps routing rule', type: 'string', fieldType: 'text', description: 'The routing rule that chose the owner, or the queue.' },
  { name: 'leadops_sla_due_at', label: 'LeadOps SLA due at', type: 'datetime', fieldType: 'date', description: "First touch due, in the owner's working time." },
  { name: 'leadops_sla_status', label: 'LeadOps SLA status', type: 'enumeration', fieldType: 'select', description: 'On track, at risk, breached or met.', options: [{ label: 'On track', value: 'on_track' }, { label: 'At risk', value: 'at_risk' }, { label: 'Breached', value: 'breached' }, { label: 'Met', value: 'met' }, { label: 'No policy', value: 'no_policy' }] },
  { name: 'leadops_reroutes', label: 'LeadOps re-routes', type: 'number', fieldType: 'number', description: 'How many times the SLA ladder re-routed the contact to another rep (at most sla.maxReroutes).' },
  { name: 'leadops_rerouted_from', label: 'LeadOps re-routed from', type: 'string', fieldType: 'text', description: 'Owners the SLA ladder or a re-route already moved the lead away from (never given it again).' },
  { name: 'leadops_sla_policy', label: 'LeadOps SLA policy', type: 'string', fieldType: 'text', description: "The SLA policy of the current assignment's clock, chosen when the owner got the lead (a lead that becomes an MQL later keeps it)." },
  { name: 'leadops_first_touch_at', label: 'LeadOps first touch', type: 'datetime', fieldType: 'date', description: "The owner's first touch that stopped the SLA clock of the current assignment, on time or late; empty while the clock runs." },
  { name: 'leadops_sla_escalations', label: 'LeadOps SLA escalations done', type: 'string', fieldType: 'text', description: 'Escalation steps of the current owner\'s clock: done, or started and not yet confirmed when marked "?" (so none runs twice).' },
  { name: 'leadops_handoff_status', label: 'LeadOps handoff status', type: 'enumeration', fieldType: 'select', description: 'Pending, accepted, rejected or overdue.', options: [{ label: 'Pending', value: 'pending' }, { label: 'Accepted', value: 'accepted' }, { label: 'Rejected', value: 'rejected' }, { label: 'Overdue', value: 'overdue' }] },
  { name: 'leadops_handoff_offered_at', label: 'LeadOps handoff offered at', type: 'datetime', fieldType: 'date', description: 'When LeadOps moved the contact into the handoff stage (MQL): the handoff deadline counts from here, or from routing if later.' },
  { name: 'leadops_recycled_at', label: 'LeadOps recycled at', type: 'datetime', fieldType: 'date', description: 'When a rejected handoff recycled the contact: it moves forward again only after new activity.' },
  { name: 'leadops_handoff_reason', label: 'LeadOps handoff reason', type: 'string', fieldType: 'text', description: 'Why a handoff was rejected (a reason code from the config).' },
  { name: 'leadops_routing_claim', label: 'LeadOps routing claim', type: 'string', fieldType: 'text', description: 'Internal: which LeadOps run is routing the contact right now (prevents double assignment).' },
  { name: 'leadops_nurture_track', label: 'LeadOps nurture track', type: 'string', fieldType: 'text', description: 'The nurture track the contact is enrolled in (workflows can react to it).' },
];
