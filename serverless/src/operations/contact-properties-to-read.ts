import { contactPropertiesReadBy, type LeadOpsConfig } from '@leadops/rules';
import { ACTIVITY_PROPERTIES } from './activities-from-properties';
import { RECYCLE_PROPERTIES } from './contact-from-properties';
import { SCORING_INPUT_PROPERTIES } from './rescore-all.operation';

/** What the cards and the operations on one contact use, whatever the config. */
const CARD_PROPERTIES = [...SCORING_INPUT_PROPERTIES, ...ACTIVITY_PROPERTIES, 'hubspot_owner_id', 'leadops_routed_at', 'leadops_routing_rule', 'leadops_sla_due_at', 'leadops_sla_policy', 'leadops_sla_status', 'leadops_handoff_status', ...RECYCLE_PROPERTIES, 'leadops_nurture_track', 'hs_sa_first_engagement_date', 'hs_first_outreach_date'];

/**
 * What a read of a contact asks HubSpot for: the properties every card and operation uses, every
 * property the configs' rules test (a deal count, a custom property, a first-touch property), and the
 * caller's own. HubSpot returns only the properties named, so one left out reads as empty.
 */
export function contactPropertiesToRead(configs: readonly LeadOpsConfig[], extra: readonly string[] = []): string[] {
  return [...new Set([...CARD_PROPERTIES, ...configs.flatMap((config) => contactPropertiesReadBy(config)), ...extra])];
}
