import { cleanContact, contactPropertiesReadBy, scoreLead, type Contact, type LeadOpsConfig } from '@leadops/rules';
import { batchUpdateObjects, chunk, searchAllObjects, type ObjectUpdate } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import type { HubSpotObject } from '../hubspot/hubspot-responses';
import { BATCH_SIZE } from '../hubspot/rate-limits';
import { ACTIVITY_PROPERTIES, activitiesFromProperties } from './activities-from-properties';
import { writeAuditNotes, type AuditNote } from './audit-note';
import { OperationError } from './operation-error';
import { scoreReasonsValue } from './score-reasons-value';

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
  /** Contacts deleted or merged in HubSpot between being read and being written. */
  readonly gone: number;
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
 * Rescores every contact: search pages of 200 → rules → for each batch of 100 contacts whose score
 * changed, the batch update and then the audit notes of what it wrote (notes created 100 per call).
 * Batches run one after another and the checkpoint moves past each batch once its notes are written, so
 * a run that fails can resume from the last checkpoint without skipping or rewriting anyone, and nothing
 * is written after the error. Contacts deleted since they were read are counted as `gone`. Engagement
 * comes from the latest activity of each kind that HubSpot keeps on the contact (see activities-from-properties.ts).
 */
export async function rescoreAll(gateway: HubSpotGateway, config: LeadOpsConfig, options: RescoreOptions): Promise<RescoreResult> {
  const before = gateway.stats();
  let read = 0;
  let written = 0;
  let unchanged = 0;
  let gone = 0;
  let checkpoint = options.resumeAfter;
  const progress = () => options.onProgress?.({ read, written, unchanged, gone, checkpoint });
  for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', { properties: [...new Set([...SCORING_INPUT_PROPERTIES, ...contactPropertiesReadBy(config)])], ...(options.resumeAfter !== undefined ? { afterObjectId: options.resumeAfter } : {}) })) {
    // `read` counts contacts handled up to the checkpoint, so a resumed run reads exactly the rest.
    const readBefore = read;
    const unchangedBefore = unchanged;
    const changes: { update: ObjectUpdate; note: AuditNote; position: number }[] = [];
    page.forEach((object, position) => {
      const next = scoreDecision({ id: object.id, properties: object.properties, activities: activitiesFromProperties(object.properties) }, config, options.now);
      if (changed(object, next.properties)) changes.push({ update: { id: object.id, properties: { ...next.properties, leadops_score_updated_at: String(options.now), leadops_score_reasons: scoreReasonsValue(next.reasons) } }, note: { contactId: object.id, title: `score ${next.properties['leadops_score']}`, lines: next.reasons }, position });
    });
    const unchangedUpTo = (position: number) => position + 1 - changes.filter((change) => change.position <= position).length;
    for (const batch of chunk(changes, BATCH_SIZE)) {
      const result = await batchUpdateObjects(gateway, 'contacts.batchUpdate', 'contacts', batch.map((change) => change.update));
      const missing = new Set(result.missingIds);
      const notes = batch.filter((change) => !missing.has(change.update.id)).map((change) => change.note);
      try {
        await writeAuditNotes(gateway, notes, options.now);
      } catch (error) {
        const ids = notes.map((note) => note.contactId);
        throw new OperationError('RESCORE_INCOMPLETE', `Rescoring stopped: the scores of ${ids.length} contacts (ids ${ids[0]}–${ids[ids.length - 1]}) were written with their reasons (LeadOps score reasons), but their timeline notes could not be (${error instanceof Error ? error.message : String(error)}). ${written} contacts before them are complete.`, `Nothing is lost but the notes; resume with \`leadops rescore --resume-after ${ids[ids.length - 1]}\` to go on after them.`);
      }
      written += notes.length;
      gone += missing.size;
      const last = batch[batch.length - 1];
      if (last) {
        checkpoint = last.update.id;
        read = readBefore + last.position + 1;
        unchanged = unchangedBefore + unchangedUpTo(last.position);
      }
      progress();
    }
    checkpoint = page[page.length - 1]?.id ?? checkpoint;
    read = readBefore + page.length;
    unchanged = unchangedBefore + unchangedUpTo(page.length - 1);
    progress();
  }
  const after = gateway.stats();
  return { read, written, unchanged, gone, checkpoint, hubspotCalls: after.calls - before.calls + (after.retries - before.retries), retries: after.retries - before.retries };
}
