import { useState } from 'react';
import { Alert, Button, DescriptionList, DescriptionListItem, Text } from '@hubspot/ui-extensions';
import { callAction } from '../../shared/call-action';
import { CardStatus } from '../../shared/CardStatus';
import { formatInstant } from '../../shared/format-instant';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';
import { useSingleFlight } from '../../shared/use-single-flight';

export const ROUTE_FUNCTION = 'route_contact';

export interface RoutingCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
  readonly onRouted?: () => void;
  /** Zone the routing time is shown in: the viewing rep's (the browser's) unless a test says otherwise. */
  readonly viewerTimeZone?: string;
}

/** HubSpot answers datetimes as ISO text; LeadOps once wrote epoch milliseconds: both shown in the rep's zone. */
function routedAtText(value: string, timeZone: string): string {
  return formatInstant(/^\d+$/.test(value) ? Number(value) : value, timeZone);
}

interface RouteAnswer {
  readonly result: { readonly outcome: string; readonly decision?: { readonly explanation: string }; readonly message?: string };
}

/** Who owns the lead and by which rule; a Re-route action the server allows only for permitted users. */
export function RoutingCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord, onRouted, viewerTimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone }: RoutingCardProps) {
  const { state, reload, refresh } = useCardData(runFunction, contactId, userId, watchRecord);
  const [message, setMessage] = useState<{ readonly variant: 'success' | 'warning' | 'danger' | 'info'; readonly title: string; readonly text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const once = useSingleFlight();
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading the routing…" />;
  if (state.kind !== 'ready') return status;
  const { contact, routing } = state.data;

  const reroute = () =>
    once(async () => {
      setBusy(true);
      const outcome = await callAction<RouteAnswer>(runFunction, ROUTE_FUNCTION, { contactId, userId, reroute: true });
      setBusy(false);
      if (!outcome.ok) {
        // NOTE_NOT_WRITTEN: the lead has its new owner, only the note with the reasons is missing.
        const movedAnyway = outcome.failure.code === 'NOTE_NOT_WRITTEN';
        setMessage({ variant: movedAnyway ? 'warning' : 'danger', title: movedAnyway ? 'Re-routed, without its note' : 'Not re-routed', text: `${outcome.failure.message} ${outcome.failure.fix}` });
        if (!movedAnyway) return;
      } else {
        const { result } = outcome.value;
        setMessage({ variant: result.outcome === 'busy' ? 'info' : 'success', title: 'Routing', text: result.message ?? result.decision?.explanation ?? result.outcome });
      }
      onRouted?.();
      refresh();
    });

  return (
    <>
      {status}
      <DescriptionList direction="column">
        <DescriptionListItem label="Owner">{contact.ownerId ? (contact.ownerName ?? `Owner ${contact.ownerId}`) : 'Nobody yet'}</DescriptionListItem>
        <DescriptionListItem label="Routing rule">{routing.rule ?? 'Not routed by LeadOps'}</DescriptionListItem>
        <DescriptionListItem label="Routed at">{routing.routedAt === null ? '—' : routedAtText(routing.routedAt, viewerTimeZone)}</DescriptionListItem>
      </DescriptionList>
      <Text variant="microcopy">The full reasons (rules tried, reps skipped and why) are in the LeadOps note on the timeline.</Text>
      {message ? <Alert title={message.title} variant={message.variant}>{message.text}</Alert> : null}
      <Button variant="secondary" disabled={busy} onClick={() => void reroute()}>Re-route</Button>
    </>
  );
}
