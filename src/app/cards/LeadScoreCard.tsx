import { hubspot } from '@hubspot/ui-extensions';
import { LeadScoreCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => <LeadScoreCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} />);
