import { hubspot } from '@hubspot/ui-extensions';
import { RoutingCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <RoutingCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} onRouted={() => actions.refreshObjectProperties()} />
));
