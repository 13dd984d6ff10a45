import { hubspot } from '@hubspot/ui-extensions';
import { NurtureCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <NurtureCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} addAlert={(alert) => actions.addAlert({ type: alert.type, message: alert.message, ...(alert.title ? { title: alert.title } : {}) })} />
));
