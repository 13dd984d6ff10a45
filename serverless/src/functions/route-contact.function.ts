import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { assertMayReroute } from '../operations/permissions';
import { routeContact, type RouteContactResult } from '../operations/route-contact.operation';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { gatewayFromEnvironment, runFunction } from './function-runtime';
import { loadSetup } from './setup-cache';

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id (digits)');
export const routeContactParameters = z.strictObject({ contactId: hubspotId, userId: hubspotId, reroute: z.boolean().optional() });

/** Routes the contact now, or re-routes it away from its owner (permitted users only, checked in HubSpot). */
export async function main(context: FunctionContext): Promise<FunctionResult<{ readonly result: RouteContactResult }>> {
  return runFunction(context, routeContactParameters, async ({ contactId, userId, reroute }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const setup = await loadSetup(gateway, now);
    const mayReroute = () => assertMayReroute(gateway, setup.config, userId);
    if (reroute) await mayReroute();
    // Routing a contact someone already owns moves it away from them, with or without the flag.
    const result = await routeContact(gateway, setup.config, contactId, { now, reps: setup.reps, claimId: randomUUID(), reroute: reroute ?? false, beforeMovingOwner: mayReroute });
    return { result };
  });
}
