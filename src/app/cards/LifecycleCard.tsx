import { hubspot } from '@hubspot/ui-extensions';
import { LifecycleCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => <LifecycleCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} />);
