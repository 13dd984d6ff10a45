import { hubspot } from '@hubspot/ui-extensions';
import { AppStatusCard } from '@leadops/extensions';

hubspot.extend<'crm.record.sidebar'>(() => <AppStatusCard />);
