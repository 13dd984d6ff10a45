import type { LeadOpsConfig } from '@leadops/rules';
import { z } from 'zod';
import { FunctionFailure } from '../functions/function-runtime';
import { searchAllObjects } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { HubSpotError } from '../hubspot/hubspot-error';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { OperationError } from './operation-error';

export interface EnrollmentOutcome {
  readonly trackId: string;
  readonly via: 'sequence' | 'list' | 'property';
  readonly text: string;
  readonly noteId: string;
}

/**
 * The HubSpot user whose inbox `senderEmail` is: the sequences API enrolls on behalf of a user id and
 * sends from that user's connected inbox, so the two must be the same person.
 */
async function senderUserId(gateway: HubSpotGateway, senderEmail: string): Promise<string | null> {
  for await (const page of searchAllObjects(gateway, 'users.search', 'users', { filters: [{ propertyName: 'hs_email', operator: 'EQ', value: senderEmail }], properties: ['hs_email', 'hs_internal_user_id'] })) {
    const user = page.find((u) => (u.properties['hs_email'] ?? '').toLowerCase() === senderEmail.toLowerCase() && u.properties['hs_internal_user_id']);
    if (user) return user.properties['hs_internal_user_id'] ?? null;
  }
  return null;
}

const enrollmentSchema = z.object({ sequenceId: z.string() });

/**
 * After an enrollment HubSpot did not confirm: returns when the contact is in the track's sequence (the
 * enrollment happened), and otherwise throws an error that says whether enrolling again is safe.
 */
async function confirmEnrollment(gateway: HubSpotGateway, contactId: string, sequenceId: string, trackLabel: string, unconfirmed: HubSpotError): Promise<void> {
  let inSequence: string | null;
  try {
    inSequence = (await gateway.call('sequences.enrollmentOfContact', { path: { contactId } }, enrollmentSchema)).sequenceId;
  } catch (error) {
    if (!(error instanceof HubSpotError)) throw error;
    if (error.code !== 'NOT_FOUND') throw new OperationError('ENROLLMENT_UNCONFIRMED', `HubSpot did not confirm enrolling the contact in the "${trackLabel}" sequence (${unconfirmed.message}), and reading its sequence enrollment failed too (${error.message}).`, "Open the contact's sequences in HubSpot: enroll again only if it is in none.");
    inSequence = null;
  }
  if (inSequence === sequenceId) return;
  const failed = `HubSpot answered "${unconfirmed.details.hubspotMessage ?? unconfirmed.code}" to enrolling the contact in the "${trackLabel}" sequence and shows it ${inSequence === null ? 'in no sequence' : `in another sequence (${inSequence})`}: it was not enrolled.`;
  if (inSequence !== null) throw new OperationError('NOT_ENROLLED', failed, 'A contact can be in one sequence at a time: unenroll it from the other sequence in HubSpot first, or choose a list or property track.');
  // Still HubSpot's outage, not bad data: a workflow action is retried, and a second try cannot enroll twice (one sequence a contact).
  const { outcomeUnknown: _known, ...details } = unconfirmed.details;
  throw new HubSpotError(unconfirmed.code, failed, 'Enroll again in a minute.', details);
}

/**
 * Enrolls a contact in a nurture track from the config: a HubSpot sequence (sent by the user whose inbox
 * is the track's `senderEmail`, whoever asked), a list membership, or a property value a HubSpot workflow
 * reacts to. The contact's `leadops_nurture_track` records the enrollment in every case.
 */
export async function enrollNurture(gateway: HubSpotGateway, config: LeadOpsConfig, contactId: string, trackId: string, now: number): Promise<EnrollmentOutcome> {
  const track = config.nurture.tracks.find((t) => t.id === trackId);
  if (!track) throw new FunctionFailure({ code: 'UNKNOWN_TRACK', message: `There is no nurture track "${trackId}".`, fix: `Choose one of: ${config.nurture.tracks.map((t) => t.label).join(', ') || '(none: add tracks on the settings page)'}.` });
  const via = track.via;
  if (via.kind === 'sequence') {
    const userId = await senderUserId(gateway, via.senderEmail);
    if (userId === null) throw new OperationError('NOT_ENROLLED', `The "${track.label}" track sends from ${via.senderEmail}, which is not the email of a user in this HubSpot account, so HubSpot cannot enroll on its behalf.`, `On the settings page, set the track's sender to the email of a HubSpot user who has connected that inbox (Settings → General → Email), then enroll again.`);
    try {
      await gateway.call('sequences.enroll', { query: { userId }, body: { contactId, sequenceId: via.sequenceId, senderEmail: via.senderEmail } }, z.unknown());
    } catch (error) {
      // HubSpot allows one active sequence per contact, and says no with a 400: not a missing property.
      if (error instanceof HubSpotError && error.code === 'VALIDATION') throw new OperationError('NOT_ENROLLED', `HubSpot did not enroll the contact in the "${track.label}" sequence: ${error.details.hubspotMessage ?? error.message}`, 'A contact can be in one sequence at a time: if it already is, unenroll it in HubSpot first or choose a list or property track; if it has no email address, add one.');
      // A 500 or a timeout may hide an enrollment that happened: HubSpot says which sequence the contact is in.
      if (error instanceof HubSpotError && error.details.outcomeUnknown === true) await confirmEnrollment(gateway, contactId, via.sequenceId, track.label, error);
      else throw error;
    }
  } else if (via.kind === 'list') {
    await gateway.call('lists.addMembers', { path: { listId: via.listId }, body: [contactId] }, z.unknown());
  }
  const properties: Record<string, string> = { leadops_nurture_track: track.id };
  if (via.kind === 'property') properties[via.property] = via.value;
  const text = via.kind === 'sequence' ? `Enrolled in the "${track.label}" sequence, sent by ${via.senderEmail}` : via.kind === 'list' ? `Added to the "${track.label}" list` : `Set to the "${track.label}" track (${via.property} = ${via.value}); the workflow takes it from here`;
  try {
    await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties } }, simpleObjectSchema);
  } catch (error) {
    if (via.kind === 'property') throw error;
    // The enrollment happened; only its record on the contact is missing. Enrolling again would fail (sequences) or do nothing (lists).
    throw new OperationError('ENROLLED_NOT_RECORDED', `${text}, but recording it in leadops_nurture_track failed (${error instanceof Error ? error.message : String(error)}).`, `Do not enroll again: set the contact's "LeadOps nurture track" to "${track.id}" in HubSpot, or run \`leadops install\` if the property is missing.`);
  }
  let noteId: string;
  try {
    noteId = await writeAuditNote(gateway, contactId, `nurture: ${track.label}`, [text], now);
  } catch (error) {
    throw new OperationError('NOTE_NOT_WRITTEN', `${text} and recorded on the contact, but the audit note could not be written (${error instanceof Error ? error.message : String(error)}).`, 'Nothing to redo: do not enroll again.');
  }
  return { trackId: track.id, via: via.kind, text, noteId };
}
