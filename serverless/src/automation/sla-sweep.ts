import { loadSetup } from '../functions/setup-cache';
import { searchAllObjects } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { checkSla } from '../operations/check-sla.operation';

/** SLA statuses of clocks still running: `met` and `no_policy` need no more checks. */
const OPEN_STATUSES = ['on_track', 'at_risk', 'breached'] as const;

/** Contacts checked at once: the gateway's limiter paces the calls; this bounds memory and open sockets. */
const CONCURRENCY = 8;

export interface SlaSweepResult {
  readonly checked: number;
  /** Contacts where an escalation step ran, with the steps' labels. */
  readonly escalated: readonly { readonly contactId: string; readonly steps: readonly string[] }[];
  readonly failed: readonly { readonly contactId: string; readonly reason: string }[];
}

/**
 * One pass of the SLA sweep `leadops serve` runs every minute: every contact whose first-touch clock is
 * still open (LeadOps wrote on_track, at_risk or breached, and has not recorded the touch that stopped
 * the clock in `leadops_first_touch_at`) gets the check-SLA operation at `now`. That check runs the
 * escalation steps that are due and records them so a later pass never repeats them, and once the
 * owner has touched the lead it records the touch and the final status (met, or breached if late), so
 * the contact leaves the sweep. One contact's failure is reported and the pass goes on.
 */
export async function sweepSla(gateway: HubSpotGateway, now: number, claimPrefix: string): Promise<SlaSweepResult> {
  const setup = await loadSetup(gateway, now);
  const ids: string[] = [];
  for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', {
    filters: [
      { propertyName: 'leadops_sla_status', operator: 'IN', values: [...OPEN_STATUSES] },
      // Not "no first engagement date": a touch from before the current assignment does not stop its clock.
      { propertyName: 'leadops_first_touch_at', operator: 'NOT_HAS_PROPERTY' },
    ],
    properties: ['leadops_sla_status'],
  })) {
    for (const contact of page) ids.push(contact.id);
  }
  const escalated: { contactId: string; steps: string[] }[] = [];
  const failed: { contactId: string; reason: string }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const contactId = ids[next++] as string;
      try {
        const result = await checkSla(gateway, setup.config, setup.reps, contactId, now, `${claimPrefix}-${contactId}`);
        if (result.executed.length > 0) escalated.push({ contactId, steps: result.executed.map((e) => e.step.label) });
      } catch (error) {
        failed.push({ contactId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return { checked: ids.length, escalated, failed };
}
