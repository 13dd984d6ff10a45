import { evaluateHandoff, type HandoffResponse, type LeadOpsConfig, type RoutingRep } from '@leadops/rules';
import { FunctionFailure } from '../functions/function-runtime';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { handoffStateOf } from './handoff-state';
import { OperationError } from './operation-error';

export interface HandoffOutcome {
  readonly status: 'accepted' | 'rejected';
  readonly stage: string;
  readonly nurtureSuggestion: { readonly trackId: string; readonly label: string } | null;
  readonly reasons: readonly string[];
  readonly noteId: string;
}

/**
 * Records the receiving rep's answer to an MQL handoff: accept moves the stage forward, reject (with a
 * reason code from the config) recycles it. The rules decide; this writes the stage, the handoff status
 * and reason, and an audit note.
 */
export async function answerHandoff(gateway: HubSpotGateway, config: LeadOpsConfig, reps: readonly RoutingRep[], contactId: string, response: HandoffResponse, now: number): Promise<HandoffOutcome> {
  const contact = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: 'lifecyclestage,hubspot_owner_id,leadops_routed_at,leadops_handoff_offered_at,leadops_handoff_status,leadops_handoff_reason,leadops_recycled_at' } }, simpleObjectSchema);
  const handoff = config.handoff;
  if (!handoff) throw new FunctionFailure({ code: 'NO_HANDOFF', message: 'This configuration defines no MQL handoff.', fix: 'Add a handoff section on the settings page.' });
  const from = config.lifecycle.stages.find((s) => s.id === handoff.fromStage);
  const current = contact.properties['lifecyclestage'] ?? '';
  const state = from ? handoffStateOf(contact.properties, config) : 'awaiting';
  if (from && state === 'none') {
    throw new FunctionFailure({ code: 'NOT_IN_HANDOFF', message: `This contact is "${current || 'without a stage'}", not "${from.label}": there is no handoff to answer.`, fix: 'Someone may have answered it already: check the contact\'s stage as it is now.' });
  }
  // A rejection whose second write failed (state `interrupted`) is finished by rejecting again with its
  // reason; any other answer would make one handoff answered twice.
  const recordedReason = contact.properties['leadops_handoff_reason'] ?? '';
  if (state === 'interrupted' && (response.kind !== 'reject' || (recordedReason !== '' && response.reasonCode !== recordedReason))) {
    const label = handoff.rejectReasons.find((r) => r.code === recordedReason)?.label ?? recordedReason;
    throw new FunctionFailure({ code: 'HANDOFF_INCOMPLETE', message: `This handoff was already rejected${label ? ` (${label})` : ''}, and the rejection stopped half-way: it cannot be answered ${response.kind === 'reject' ? 'with another reason' : 'with Accept'} now.`, fix: `Reject again${label ? ` with "${label}"` : ''} to finish it; after that, the lead can be moved forward by hand if the rejection was a mistake.` });
  }
  const owner = reps.find((r) => r.ownerId === contact.properties['hubspot_owner_id']);
  if (!owner) throw new FunctionFailure({ code: 'NO_RECEIVER', message: 'The contact has no owner LeadOps knows, so nobody can answer the handoff.', fix: 'Route the contact first (Routing card, Re-route).' });
  // HubSpot answers datetimes as ISO text; values written a moment ago may still read back as epoch digits.
  const instant = (raw: string | null | undefined) => (raw ? (/^\d+$/.test(raw) ? Number(raw) : Date.parse(raw)) || null : null);
  // The handoff began when the owner had the lead and it was an MQL: the later of routing and promotion.
  const routedAt = instant(contact.properties['leadops_routed_at']);
  const promotedAt = instant(contact.properties['leadops_handoff_offered_at']);
  const offeredAt = Math.max(routedAt ?? 0, promotedAt ?? 0) || now;
  const result = evaluateHandoff({ contact: { id: contact.id, properties: contact.properties }, receiverOwnerId: owner.ownerId, calendar: owner.calendar, offeredAt, response }, config, now);
  if (!result.ok) throw new FunctionFailure({ code: result.code.toUpperCase().replace(/-/g, '_'), message: result.message, fix: result.fix });
  if (result.stageChange === null || (result.status !== 'accepted' && result.status !== 'rejected')) throw new FunctionFailure({ code: 'NO_ANSWER', message: 'The answer was not recorded.', fix: 'Choose Accept, or Reject with a reason.' });
  const stage = result.stageChange;
  const update = (properties: Record<string, string>) => gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties } }, simpleObjectSchema);
  const answer = { leadops_handoff_status: result.status, leadops_handoff_reason: response.kind === 'reject' ? response.reasonCode : '' };
  if (result.status === 'rejected') {
    // HubSpot only moves lifecycle stages forward, so a recycle takes two writes: clear the stage, then
    // set the earlier one. The first also records the rejection and when, so that if the second fails
    // the contact is recognisably mid-rejection (and the next evaluation holds it back, not up to MQL).
    await update({ lifecyclestage: '', ...answer, leadops_recycled_at: String(now) });
    const label = config.lifecycle.stages.find((s) => s.id === stage.stageId)?.label ?? stage.stageId;
    try {
      await update({ lifecyclestage: stage.hubspotValue, ...(result.leadStatus ? { [result.leadStatus.property]: result.leadStatus.value } : {}) });
    } catch (error) {
      throw new OperationError('HANDOFF_INCOMPLETE', `The rejection is recorded and the stage was cleared, but setting it to ${label} failed (${error instanceof Error ? error.message : String(error)}): the contact has no lifecycle stage for now.`, 'Reject the handoff again with the same reason: LeadOps finishes it.');
    }
  } else {
    await update({ lifecyclestage: stage.hubspotValue, ...answer });
  }
  const reasons = result.reasons.map((r) => r.text);
  const comment = response.kind === 'reject' && response.comment ? [`Comment: ${response.comment}`] : [];
  let noteId: string;
  try {
    noteId = await writeAuditNote(gateway, contactId, `handoff ${result.status}`, [...reasons, ...comment], now);
  } catch (error) {
    throw new OperationError('NOTE_NOT_WRITTEN', `The handoff is ${result.status} and saved on the contact, but its audit note could not be written (${error instanceof Error ? error.message : String(error)}).`, 'Nothing needs answering again; add a note to the record by hand if you need the reasons there.');
  }
  return { status: result.status, stage: stage.stageId, nurtureSuggestion: result.nurtureSuggestion, reasons, noteId };
}
