import type { ConditionContext } from '../conditions/compile-condition';
import { ACTIVITY_PROPERTIES, HUBSPOT_CONTACT_PROPERTIES } from '../conditions/hubspot-contact-properties';
import type { PropertyDefinition } from '../conditions/property-type';
import { domainListEntry } from '../data-quality/domain-list-entry';
import { FREE_MAIL_DOMAINS } from '../data-quality/free-mail-domains';
import type { LeadOpsConfig } from './leadops-config.schema';

type ContextSource = Pick<LeadOpsConfig, 'properties' | 'lists' | 'dataQuality'>;

function context(base: readonly PropertyDefinition[], config: ContextSource): ConditionContext {
  const properties = new Map<string, PropertyDefinition>();
  for (const definition of [...base, ...config.properties]) properties.set(definition.name, definition);
  return {
    properties,
    lists: config.lists,
    freeMailDomains: new Set([...FREE_MAIL_DOMAINS, ...config.dataQuality.freeMailDomains.map(domainListEntry)]),
  };
}

/** What contact conditions (lifecycle, fit, routing, SLA) may test. */
export function contactConditionContext(config: ContextSource): ConditionContext {
  return context(HUBSPOT_CONTACT_PROPERTIES, config);
}

/** What an engagement rule's condition on an activity may test: the activity's own fields, which the config cannot extend. */
export function activityConditionContext(config: ContextSource): ConditionContext {
  return { ...context(ACTIVITY_PROPERTIES, { ...config, properties: [] }), unknownPropertyFix: `An engagement rule's "when" tests the activity, not the contact: use one of ${ACTIVITY_PROPERTIES.map((p) => p.name).join(', ')}; to test a contact property, write a fit rule.` };
}
