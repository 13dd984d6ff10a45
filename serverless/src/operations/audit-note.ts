import { z } from 'zod';
import { chunk } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';

/** HubSpot's association type for note → contact. */
const NOTE_TO_CONTACT = 202;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function noteInput(contactId: string, title: string, lines: readonly string[], now: number) {
  const body = `<p><strong>LeadOps: ${escapeHtml(title)}</strong></p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  return { properties: { hs_timestamp: new Date(now).toISOString(), hs_note_body: body }, associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }] }] };
}

export interface AuditNote {
  readonly contactId: string;
  readonly title: string;
  readonly lines: readonly string[];
}

/** The notes of a bulk job, 100 per call. */
export async function writeAuditNotes(gateway: HubSpotGateway, notes: readonly AuditNote[], now: number): Promise<void> {
  await Promise.all(chunk(notes, 100).map((batch) => gateway.call('notes.batchCreate', { path: { objectType: 'notes' }, body: { inputs: batch.map((n) => noteInput(n.contactId, n.title, n.lines, now)) } }, z.unknown())));
}

/**
 * Writes the reasons of a decision as a note on the contact: the audit trail reps and admins read in
 * HubSpot's timeline.
 */
export async function writeAuditNote(gateway: HubSpotGateway, contactId: string, title: string, lines: readonly string[], now: number): Promise<string> {
  const note = await gateway.call('notes.create', { path: { objectType: 'notes' }, body: noteInput(contactId, title, lines, now) }, z.object({ id: z.string() }));
  return note.id;
}
