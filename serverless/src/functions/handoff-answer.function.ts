import { z } from 'zod';
import { answerHandoff, type HandoffOutcome } from '../operations/handoff.operation';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { FunctionFailure, gatewayFromEnvironment, runFunction } from './function-runtime';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { assertMayReroute } from '../operations/permissions';
import { loadSetup, type Setup } from './setup-cache';

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id (digits)');
export const handoffAnswerParameters = z.discriminatedUnion('answer', [
  z.strictObject({ answer: z.literal('accept'), contactId: hubspotId, userId: hubspotId }),
  z.strictObject({ answer: z.literal('reject'), contactId: hubspotId, userId: hubspotId, reasonCode: z.string().min(1).max(100), comment: z.string().max(2000).optional() }),
]);

/**
 * Only the rep who received the handoff answers it (checked against HubSpot's owner of the contact, not a
 * flag from the card); users who may re-route may answer on a rep's behalf.
 */
async function assertIsReceiver(gateway: HubSpotGateway, setup: Setup, contactId: string, userId: string): Promise<void> {
  const contact = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: 'hubspot_owner_id' } }, simpleObjectSchema);
  const ownerId = contact.properties['hubspot_owner_id'];
  const caller = setup.identities.find((i) => i.userId === userId);
  if (ownerId && caller?.ownerId === ownerId) return;
  try {
    await assertMayReroute(gateway, setup.config, userId);
  } catch (error) {
    if (!(error instanceof FunctionFailure && error.error.code === 'FORBIDDEN')) throw error;
    throw new FunctionFailure({ code: 'NOT_RECEIVER', message: 'Only the rep who received this lead can accept or reject the handoff.', fix: 'Ask the contact owner to answer, or have an admin re-route the lead.' });
  }
}

/** The Handoff card's Accept and Reject buttons. */
export async function main(context: FunctionContext): Promise<FunctionResult<{ readonly handoff: HandoffOutcome }>> {
  return runFunction(context, handoffAnswerParameters, async (parameters) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const setup = await loadSetup(gateway, now);
    await assertIsReceiver(gateway, setup, parameters.contactId, parameters.userId);
    const response = parameters.answer === 'accept' ? { kind: 'accept' as const, at: now } : { kind: 'reject' as const, at: now, reasonCode: parameters.reasonCode, ...(parameters.comment ? { comment: parameters.comment } : {}) };
    return { handoff: await answerHandoff(gateway, setup.config, setup.reps, parameters.contactId, response, now) };
  });
}
