import { cleanContact, evaluateLifecycle, scoreLead, type LeadOpsConfig, type LifecycleEvaluation, type ScoreResult } from '@leadops/rules';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { contactFromProperties } from './contact-from-properties';
import { scoreReasonsValue } from './score-reasons-value';
import { contactPropertiesToRead } from './contact-properties-to-read';

export interface ScoreContactResult {
  readonly score: ScoreResult;
  readonly lifecycle: LifecycleEvaluation;
  /** Properties written (empty when nothing changed: no write, no note). */
  readonly written: Readonly<Record<string, string>>;
  readonly noteId: string | null;
}

/**
 * Cleans, scores and stages one contact, and writes what changed: the score, the MQL flag, the
 * recommended (forward-only) stage and the cleaned values, with an audit note listing the reasons.
 */
export async function scoreContact(gateway: HubSpotGateway, config: LeadOpsConfig, contactId: string, now: number): Promise<ScoreContactResult> {
  const object = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: contactPropertiesToRead([config]).join(',') } }, simpleObjectSchema);
  const p = object.properties;
  const cleaned = cleanContact(contactFromProperties(object.id, p, config), config);
  const score = scoreLead(cleaned.contact, config, now, { forecast: false });
  const lifecycle = evaluateLifecycle(cleaned.contact, config, now, score);
  const next: Record<string, string> = {
    leadops_score: String(score.total),
    leadops_fit_score: String(score.fit),
    leadops_engagement_score: String(score.engagement),
    leadops_is_mql: String(score.mql.qualifies),
  };
  for (const fix of cleaned.fixes) next[fix.property] = fix.to;
  if (lifecycle.transition) next['lifecyclestage'] = lifecycle.recommended.hubspotValue;
  // The handoff to sales starts now, not when the contact was routed (it may have been a lead for days).
  if (lifecycle.transition && lifecycle.transition.to === config.handoff?.fromStage) next['leadops_handoff_offered_at'] = String(now);
  const written = Object.fromEntries(Object.entries(next).filter(([name, value]) => (p[name] ?? '') !== value));
  if (Object.keys(written).length === 0) return { score, lifecycle, written, noteId: null };
  const scoreLines = [score.mql.reason.text, ...score.contributions.map((c) => c.text), ...score.adjustments.map((a) => a.text)];
  await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { ...written, leadops_score_updated_at: String(now), leadops_score_reasons: scoreReasonsValue(scoreLines) } } }, simpleObjectSchema);
  const lines = [...scoreLines, ...lifecycle.reasons.map((r) => r.text), ...cleaned.fixes.map((f) => `Fixed ${f.property}: "${f.from}" → "${f.to}" (${f.reason})`)];
  const noteId = await writeAuditNote(gateway, contactId, `score ${score.total}`, lines, now);
  return { score, lifecycle, written, noteId };
}
