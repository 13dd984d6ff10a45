import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';

/** HubSpot's association type for note → contact. */
const NOTE_TO_CONTACT = 202;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes the reasons of a decision as a note on the contact: the audit trail reps and admins read in
 * HubSpot's timeline.
 */
export async function writeAuditNote(gateway: HubSpotGateway, contactId: string, title: string, lines: readonly string[], now: number): Promise<string> {
  const body = `<p><strong>LeadOps: ${escapeHtml(title)}</strong></p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  const note = await gateway.call('notes.create', {
    path: { objectType: 'notes' },
    body: { properties: { hs_timestamp: new Date(now).toISOString(), hs_note_body: body }, associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }] }] },
  }, z.object({ id: z.string() }));
  return note.id;
}
