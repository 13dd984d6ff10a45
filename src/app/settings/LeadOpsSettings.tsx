import { hubspot } from '@hubspot/ui-extensions';
import { SettingsPage } from '@leadops/extensions';

hubspot.extend<'settings'>(() => <SettingsPage />);
