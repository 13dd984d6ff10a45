import type { ContactDecision } from '../simulate/simulation-result';

/** How the report names a contact: imported rows may lack a name, or even an email. */
export function contactDisplayName(decision: Pick<ContactDecision, 'name' | 'email' | 'contactId'>): string {
  const name = decision.name?.trim();
  if (name) return name;
  const email = decision.email?.trim();
  if (email) return email;
  return `Contact ${decision.contactId}`;
}
