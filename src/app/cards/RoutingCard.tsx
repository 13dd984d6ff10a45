import { hubspot } from '@hubspot/ui-extensions';
import { RoutingCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <RoutingCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} onRouted={() => actions.refreshObjectProperties()} />
));
