import type { Contact, LeadOpsConfig, StageTransition } from '@leadops/rules';
import { activitiesFromProperties } from './activities-from-properties';

/** Where HubSpot keeps the contact's last recycle: when (written by a rejected handoff) and why. */
export const RECYCLE_PROPERTIES = ['leadops_recycled_at', 'leadops_handoff_reason'] as const;

type StoredProperties = Readonly<Record<string, string | null | undefined>>;

function instant(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(value) ? value : null;
}

/**
 * The recycle HubSpot holds for the contact, as the lifecycle history the rules read, so a rejected
 * handoff is not undone by the next evaluation. The recycled stage comes from the reject reason in the
 * config (for a reason the config no longer has: the first reason's stage).
 */
export function lifecycleHistoryFromProperties(properties: StoredProperties, config: LeadOpsConfig): StageTransition[] {
  const at = instant(properties['leadops_recycled_at']);
  const handoff = config.handoff;
  if (at === null || !handoff) return [];
  const code = properties['leadops_handoff_reason'] || undefined;
  const reason = handoff.rejectReasons.find((r) => r.code === code) ?? handoff.rejectReasons[0];
  if (!reason) return [];
  return [{ from: handoff.fromStage, to: reason.recycleTo, at, kind: 'recycle', ...(code ? { reasonCode: code } : {}) }];
}

/** A contact read from HubSpot as the rules take it: its properties, latest activities and recorded recycle. */
export function contactFromProperties(id: string, properties: StoredProperties, config: LeadOpsConfig): Contact {
  return { id, properties, activities: activitiesFromProperties(properties), lifecycleHistory: lifecycleHistoryFromProperties(properties, config) };
}
