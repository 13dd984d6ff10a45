import type { LeadOpsConfig } from '@leadops/rules';
import { z } from 'zod';
import { FunctionFailure } from '../functions/function-runtime';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';

export interface EnrollmentOutcome {
  readonly trackId: string;
  readonly via: 'sequence' | 'list' | 'property';
  readonly text: string;
  readonly noteId: string;
}

/**
 * Enrolls a contact in a nurture track from the config: a HubSpot sequence (sent by `senderUserId`),
 * a list membership, or a property value a HubSpot workflow reacts to. The contact's
 * `leadops_nurture_track` records the enrollment in every case.
 */
export async function enrollNurture(gateway: HubSpotGateway, config: LeadOpsConfig, contactId: string, trackId: string, senderUserId: string, now: number): Promise<EnrollmentOutcome> {
  const track = config.nurture.tracks.find((t) => t.id === trackId);
  if (!track) throw new FunctionFailure({ code: 'UNKNOWN_TRACK', message: `There is no nurture track "${trackId}".`, fix: `Choose one of: ${config.nurture.tracks.map((t) => t.label).join(', ') || '(none: add tracks on the settings page)'}.` });
  const via = track.via;
  if (via.kind === 'sequence') {
    await gateway.call('sequences.enroll', { query: { userId: senderUserId }, body: { contactId, sequenceId: via.sequenceId, senderEmail: via.senderEmail } }, z.unknown());
  } else if (via.kind === 'list') {
    await gateway.call('lists.addMembers', { path: { listId: via.listId }, body: [contactId] }, z.unknown());
  }
  const properties: Record<string, string> = { leadops_nurture_track: track.id };
  if (via.kind === 'property') properties[via.property] = via.value;
  await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties } }, simpleObjectSchema);
  const text = via.kind === 'sequence' ? `Enrolled in the "${track.label}" sequence, sent by ${via.senderEmail}` : via.kind === 'list' ? `Added to the "${track.label}" list` : `Set to the "${track.label}" track (${via.property} = ${via.value}); the workflow takes it from here`;
  const noteId = await writeAuditNote(gateway, contactId, `nurture: ${track.label}`, [text], now);
  return { trackId: track.id, via: via.kind, text, noteId };
}
