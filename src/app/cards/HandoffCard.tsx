import { hubspot } from '@hubspot/ui-extensions';
import { HandoffCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <HandoffCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} onAnswered={() => actions.refreshObjectProperties()} />
));
