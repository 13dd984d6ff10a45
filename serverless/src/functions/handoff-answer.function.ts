import { z } from 'zod';
import { answerHandoff, type HandoffOutcome } from '../operations/handoff.operation';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { gatewayFromEnvironment, runFunction } from './function-runtime';
import { loadSetup } from './setup-cache';

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id (digits)');
export const handoffAnswerParameters = z.discriminatedUnion('answer', [
  z.strictObject({ answer: z.literal('accept'), contactId: hubspotId, userId: hubspotId }),
  z.strictObject({ answer: z.literal('reject'), contactId: hubspotId, userId: hubspotId, reasonCode: z.string().min(1).max(100), comment: z.string().max(2000).optional() }),
]);

/** The Handoff card's Accept and Reject buttons. */
export async function main(context: FunctionContext): Promise<FunctionResult<{ readonly handoff: HandoffOutcome }>> {
  return runFunction(context, handoffAnswerParameters, async (parameters) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const setup = await loadSetup(gateway, now);
    const response = parameters.answer === 'accept' ? { kind: 'accept' as const, at: now } : { kind: 'reject' as const, at: now, reasonCode: parameters.reasonCode, ...(parameters.comment ? { comment: parameters.comment } : {}) };
    return { handoff: await answerHandoff(gateway, setup.config, setup.reps, parameters.contactId, response, now) };
  });
}
