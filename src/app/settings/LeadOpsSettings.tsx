import { hubspot } from '@hubspot/ui-extensions';
// Not from the package index: the page carries the config schema (zod), which every card would then bundle.
import { SettingsPage } from '@leadops/extensions/src/settings/SettingsPage';

hubspot.extend<'settings'>(({ context, actions }) => <SettingsPage userId={String(context.user.id)} addAlert={actions.addAlert} timeZone={context.portal.timezone} />);
