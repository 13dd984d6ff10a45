import { hubspot } from '@hubspot/ui-extensions';
import { SlaCountdownCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => <SlaCountdownCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} />);
