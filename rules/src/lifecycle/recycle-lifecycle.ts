import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact, StageTransition } from '../shared/contact';
import type { Instant } from '../shared/time';

export type RecycleResult =
  | { readonly ok: true; readonly transition: StageTransition; readonly history: readonly StageTransition[]; readonly text: string }
  | { readonly ok: false; readonly code: 'unknown-stage' | 'unknown-reason' | 'not-backward'; readonly message: string; readonly fix: string };

/**
 * An explicit move back (demotion or recycle): it needs a reason code from the config, and it is kept in
 * the returned history so the next evaluation knows it was deliberate.
 */
export function recycleLifecycle(contact: Contact, config: LeadOpsConfig, request: { readonly to: string; readonly reasonCode: string; readonly note?: string }, now: Instant): RecycleResult {
  const stages = config.lifecycle.stages;
  const target = stages.findIndex((s) => s.id === request.to);
  if (target < 0) return { ok: false, code: 'unknown-stage', message: `There is no lifecycle stage "${request.to}".`, fix: `Use one of: ${stages.map((s) => s.id).join(', ')}.` };
  const reasons = [...config.lifecycle.recycleReasons, ...(config.handoff?.rejectReasons ?? [])];
  const reason = reasons.find((r) => r.code === request.reasonCode);
  if (!reason) return { ok: false, code: 'unknown-reason', message: `"${request.reasonCode}" is not a recycle reason in the config.`, fix: `Use one of: ${reasons.map((r) => r.code).join(', ') || '(none: add lifecycle.recycleReasons)'}.` };
  const currentValue = (contact.properties['lifecyclestage'] ?? '').trim().toLowerCase();
  const current = stages.findIndex((s) => s.hubspotValue.toLowerCase() === currentValue);
  if (current >= 0 && target >= current) return { ok: false, code: 'not-backward', message: `${stages[target]?.label} is not before the current stage ${stages[current]?.label}.`, fix: 'A recycle moves back; forward moves happen by evaluation.' };
  const transition: StageTransition = { from: current >= 0 ? (stages[current]?.id ?? null) : null, to: request.to, at: now, kind: 'recycle', reasonCode: reason.code, ...(request.note ? { note: request.note } : {}) };
  return { ok: true, transition, history: [...(contact.lifecycleHistory ?? []), transition], text: `Recycled to ${stages[target]?.label}: ${reason.label}` };
}
