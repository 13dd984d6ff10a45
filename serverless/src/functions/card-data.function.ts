import { z } from 'zod';
import type { CardDataView } from '@leadops/rules';
import { cardData } from '../operations/card-data.operation';
import type { FunctionContext } from './function-context';
import type { FunctionResult } from './function-result';
import { gatewayFromEnvironment, runFunction } from './function-runtime';
import { loadSetup } from './setup-cache';

const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id (digits)');

export const cardDataParameters = z.strictObject({
  contactId: hubspotId,
  userId: hubspotId.optional(),
});

export type CardDataResult = CardDataView;

/** Everything the contact cards show: score with reasons, stage, SLA, routing, handoff and nurture. */
export async function main(context: FunctionContext): Promise<FunctionResult<CardDataResult>> {
  return runFunction(context, cardDataParameters, async ({ contactId }) => {
    const gateway = gatewayFromEnvironment();
    const now = Date.now();
    const setup = await loadSetup(gateway, now);
    const data = await cardData(gateway, setup.config, setup.reps, contactId, now);
    return { ...data, configVersion: setup.version.version, configWarning: setup.configWarning };
  });
}
