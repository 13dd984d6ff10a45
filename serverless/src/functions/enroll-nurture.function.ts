import { z } from 'zod';
import { enrollNurture, type EnrollmentOutcome } from '../operations/nurture.operation';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { gatewayFromEnvironment, runFunction } from './function-runtime';
import { loadSetup } from './setup-cache';

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id (digits)');
export const enrollNurtureParameters = z.strictObject({ contactId: hubspotId, userId: hubspotId, trackId: z.string().min(1).max(100) });

/**
 * The Nurture card's Enroll action. `userId` is the marketer who asked, as every card sends it; a sequence
 * is sent by its track's sender, not by them (see enrollNurture).
 */
export async function main(context: FunctionContext): Promise<FunctionResult<{ readonly enrollment: EnrollmentOutcome }>> {
  return runFunction(context, enrollNurtureParameters, async ({ contactId, trackId }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const setup = await loadSetup(gateway, now);
    return { enrollment: await enrollNurture(gateway, setup.config, contactId, trackId, now) };
  });
}
