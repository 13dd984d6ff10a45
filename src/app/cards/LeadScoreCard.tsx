import { hubspot } from '@hubspot/ui-extensions';
import { LeadScoreCard } from '@leadops/extensions';

hubspot.extend<'crm.record.tab'>(({ context }) => <LeadScoreCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} />);
