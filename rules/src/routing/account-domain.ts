import type { LeadOpsConfig } from '../config/leadops-config.schema';
import { domainListEntry } from '../data-quality/domain-list-entry';
import { FREE_MAIL_DOMAINS } from '../data-quality/free-mail-domains';
import { normalizeEmail } from '../data-quality/normalize-email';
import type { Contact } from '../shared/contact';

/**
 * The domain the adapter looks companies up by for lead-to-account routing: the contact's normalised
 * email domain, in its comparable form (bücher.de, also for an address typed with xn--bcher-kva.de; see
 * domainSpellings for what to search), or null for free-mail and invalid addresses (gmail.com is nobody's account).
 */
export function accountDomain(contact: Contact, config: Pick<LeadOpsConfig, 'dataQuality'>): string | null {
  const raw = contact.properties['email'];
  if (!raw) return null;
  const email = normalizeEmail(raw);
  if (!email.valid) return null;
  const freeMail = FREE_MAIL_DOMAINS.includes(email.domain) || config.dataQuality.freeMailDomains.some((d) => domainListEntry(d) === email.domain);
  return freeMail ? null : email.domain;
}
