import type { LeadOpsConfig } from '../config/leadops-config.schema';

/**
 * How adapters should look for a contact's account owner, in order; empty when routing has no use for
 * one. Lead-to-account routing needs it, and so does any routing rule that targets the account owner,
 * whether or not lead-to-account routing (which runs before the rules) is switched on: without it such a
 * rule could never see the account it names.
 */
export function accountLookupOrder(config: Pick<LeadOpsConfig, 'routing'>): readonly ('association' | 'email_domain')[] {
  const { leadToAccount, rules } = config.routing;
  const needed = leadToAccount.enabled || rules.some((rule) => rule.target.type === 'account_owner');
  return needed ? leadToAccount.matchBy : [];
}
