import { hubspot } from '@hubspot/ui-extensions';
import { HandoffCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <HandoffCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} onAnswered={() => actions.refreshObjectProperties()} />
));
