import { Heading, Text } from '@hubspot/ui-extensions';
import { AppStatusCard, type AppStatusCardProps } from '../cards/app-status/AppStatusCard';

/** The app's settings page; the rule editors attach here. */
export function SettingsPage(props: AppStatusCardProps) {
  return (
    <>
      <Heading>LeadOps settings</Heading>
      <Text>Scoring, routing, SLA and lifecycle rules are one configuration document. Check a file with `npx leadops validate-config &lt;file&gt;`.</Text>
      <AppStatusCard {...props} />
    </>
  );
}
