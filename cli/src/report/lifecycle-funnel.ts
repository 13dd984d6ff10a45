import type { DecisionTally } from './decision-tally';
import type { ReportStage } from './report-settings';

export interface FunnelStage {
  readonly stageId: string;
  readonly label: string;
  /** Contacts at this stage at the end of the simulation. */
  readonly count: number;
  readonly percentOfContacts: number;
}

/** HubSpot's own stage order, used when the caller cannot pass the config's: a sensible default, not the truth. */
const HUBSPOT_STAGE_ORDER: readonly string[] = ['subscriber', 'lead', 'mql', 'marketingqualifiedlead', 'sql', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other'];

/**
 * Contacts per lifecycle stage, in the config's order when given (every configured stage, zero or not),
 * else in HubSpot's order; stages outside that order follow in order of first appearance.
 */
export function lifecycleFunnelTally(stages: readonly ReportStage[] | undefined): DecisionTally<FunnelStage[]> {
  const counts = new Map<string, { label: string; count: number }>();
  let contacts = 0;
  return {
    add(decision) {
      contacts += 1;
      const entry = counts.get(decision.lifecycle.stageId);
      if (entry === undefined) counts.set(decision.lifecycle.stageId, { label: decision.lifecycle.stageLabel, count: 1 });
      else entry.count += 1;
    },
    result() {
      const ordered: ReportStage[] = stages
        ? [...stages]
        : HUBSPOT_STAGE_ORDER.filter((id) => counts.has(id)).map((id) => ({ id, label: counts.get(id)?.label ?? id }));
      const listed = new Set(ordered.map((stage) => stage.id));
      for (const [id, { label }] of counts) if (!listed.has(id)) ordered.push({ id, label });
      return ordered.map((stage) => {
        const count = counts.get(stage.id)?.count ?? 0;
        return { stageId: stage.id, label: stage.label, count, percentOfContacts: contacts === 0 ? 0 : (count / contacts) * 100 };
      });
    },
  };
}
