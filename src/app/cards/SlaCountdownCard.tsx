import { hubspot } from '@hubspot/ui-extensions';
import { SlaCountdownCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context }) => <SlaCountdownCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} />);
