import { hubspot } from '@hubspot/ui-extensions';
import { LifecycleCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(({ context }) => <LifecycleCard contactId={String(context.crm.objectId)} userId={String(context.user.id)} />);
