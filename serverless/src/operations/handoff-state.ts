import type { CardDataView, LeadOpsConfig } from '@leadops/rules';

/**
 * Where a contact stands with the config's MQL handoff: `awaiting` at the handoff's from-stage, so its
 * owner may accept or reject; `interrupted` when a rejection's second write failed, leaving the stage empty
 * with the rejection recorded, so answering again finishes it; `none` otherwise (no handoff configured,
 * answered already, or never offered).
 */
export type HandoffState = CardDataView['handoff']['state'];

export function handoffStateOf(properties: Readonly<Record<string, string | null | undefined>>, config: LeadOpsConfig): HandoffState {
  const handoff = config.handoff;
  const from = handoff ? config.lifecycle.stages.find((stage) => stage.id === handoff.fromStage) : undefined;
  if (!from) return 'none';
  const current = properties['lifecyclestage'] ?? '';
  if (current === '' && properties['leadops_handoff_status'] === 'rejected' && Boolean(properties['leadops_recycled_at'])) return 'interrupted';
  // HubSpot keeps stage values in the case they were defined in; LeadOps compares them without it.
  return current.toLowerCase() === from.hubspotValue.toLowerCase() ? 'awaiting' : 'none';
}
