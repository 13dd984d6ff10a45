import { cleanContact, scoreLead, type Contact, type LeadOpsConfig } from '@leadops/rules';
import { batchUpdateObjects, searchAllObjects, type ObjectUpdate } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import type { HubSpotObject } from '../hubspot/hubspot-responses';
import { ACTIVITY_PROPERTIES, activitiesFromProperties } from './activities-from-properties';
import { writeAuditNotes, type AuditNote } from './audit-note';

/** Contact properties scoring reads: fit rules' inputs and what cleaning uses. */
export const SCORING_INPUT_PROPERTIES = [
  'email', 'firstname', 'lastname', 'jobtitle', 'company', 'phone', 'mobilephone', 'country', 'state', 'numemployees', 'annualrevenue',
  'industry', 'lifecyclestage', 'hs_lead_status', 'hs_analytics_num_page_views', 'num_conversion_events', 'hs_email_last_click_date',
  'hs_email_optout', 'hubspot_owner_id', 'leadops_score', 'leadops_fit_score', 'leadops_engagement_score', 'leadops_is_mql',
  ...ACTIVITY_PROPERTIES,
] as const;

export interface RescoreProgress {
  readonly read: number;
  readonly written: number;
  readonly unchanged: number;
  /** The last contact id fully handled: pass it back as `resumeAfter` to continue after a failure. */
  readonly checkpoint: string | undefined;
}

export interface RescoreOptions {
  readonly now: number;
  readonly resumeAfter?: string;
  readonly onProgress?: (progress: RescoreProgress) => void;
}

export interface RescoreResult extends RescoreProgress {
  readonly hubspotCalls: number;
  readonly retries: number;
}

/** The score as HubSpot stores it, compared as strings so unchanged contacts are not rewritten. */
export function scoreProperties(contact: Contact, config: LeadOpsConfig, now: number): Record<string, string> {
  return scoreDecision(contact, config, now).properties;
}

/** The score properties and the reasons the audit note lists. */
function scoreDecision(contact: Contact, config: LeadOpsConfig, now: number): { properties: Record<string, string>; reasons: string[] } {
  const cleaned = cleanContact(contact, config);
  const score = scoreLead(cleaned.contact, config, now, { forecast: false });
  const properties = {
    leadops_score: String(score.total),
    leadops_fit_score: String(score.fit),
    leadops_engagement_score: String(score.engagement),
    leadops_is_mql: String(score.mql.qualifies),
  };
  return { properties, reasons: [score.mql.reason.text, ...score.contributions.map((c) => c.text), ...score.adjustments.map((a) => a.text)] };
}

function changed(object: HubSpotObject, next: Record<string, string>): boolean {
  return Object.entries(next).some(([name, value]) => (object.properties[name] ?? '') !== value);
}

/**
 * Rescores every contact: search pages of 200 → rules → batch updates of 100, only for contacts whose
 * score changed, each with an audit note of its reasons (notes created 100 per call). A page is written before the checkpoint moves past it, so a run that fails can resume
 * from the last checkpoint without skipping or rewriting anyone. Engagement comes from the latest activity
 * of each kind that HubSpot keeps on the contact (see activities-from-properties.ts).
 */
export async function rescoreAll(gateway: HubSpotGateway, config: LeadOpsConfig, options: RescoreOptions): Promise<RescoreResult> {
  const before = gateway.stats();
  let read = 0;
  let written = 0;
  let unchanged = 0;
  let checkpoint = options.resumeAfter;
  for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', { properties: [...SCORING_INPUT_PROPERTIES], ...(options.resumeAfter !== undefined ? { afterObjectId: options.resumeAfter } : {}) })) {
    read += page.length;
    const updates: ObjectUpdate[] = [];
    const notes: AuditNote[] = [];
    for (const object of page) {
      const next = scoreDecision({ id: object.id, properties: object.properties, activities: activitiesFromProperties(object.properties) }, config, options.now);
      if (changed(object, next.properties)) {
        updates.push({ id: object.id, properties: { ...next.properties, leadops_score_updated_at: String(options.now) } });
        notes.push({ contactId: object.id, title: `score ${next.properties['leadops_score']}`, lines: next.reasons });
      } else {
        unchanged += 1;
      }
    }
    await batchUpdateObjects(gateway, 'contacts.batchUpdate', 'contacts', updates);
    // The notes follow the writes they explain; a failure here leaves scores written and is reported.
    await writeAuditNotes(gateway, notes, options.now);
    written += updates.length;
    checkpoint = page[page.length - 1]?.id ?? checkpoint;
    options.onProgress?.({ read, written, unchanged, checkpoint });
  }
  const after = gateway.stats();
  return { read, written, unchanged, checkpoint, hubspotCalls: after.calls - before.calls + (after.retries - before.retries), retries: after.retries - before.retries };
}
