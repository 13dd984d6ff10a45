import { hubspot } from '@hubspot/ui-extensions';
import { NurtureCard, watchRecordWith } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <NurtureCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} watchRecord={watchRecordWith(actions)} addAlert={(alert) => actions.addAlert({ type: alert.type, message: alert.message, ...(alert.title ? { title: alert.title } : {}) })} onEnrolled={() => actions.refreshObjectProperties()} />
));
