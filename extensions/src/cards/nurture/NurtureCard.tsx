import { useState } from 'react';
import { Button, Select, Text } from '@hubspot/ui-extensions';
import { callAction } from '../../shared/call-action';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type AddAlert, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';
import { useSingleFlight } from '../../shared/use-single-flight';

export const ENROLL_FUNCTION = 'enroll_nurture';

export interface NurtureCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
  readonly addAlert?: AddAlert;
  /** Tells HubSpot to refresh the record's properties (and so the other cards) after an enrollment. */
  readonly onEnrolled?: () => void;
}

/** Failures after which HubSpot has enrolled the contact all the same, with the alert's title for each. */
const ENROLLED_ANYWAY: Readonly<Record<string, string>> = {
  NOTE_NOT_WRITTEN: 'Enrolled, without its note',
  ENROLLED_NOT_RECORDED: 'Enrolled, not recorded on the contact',
};

/** For marketers: the config's nurture tracks, the current enrollment, and enrollment in one action. */
export function NurtureCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord, addAlert = () => undefined, onEnrolled }: NurtureCardProps) {
  const { state, reload, refresh } = useCardData(runFunction, contactId, userId, watchRecord);
  const [trackId, setTrackId] = useState('');
  const [busy, setBusy] = useState(false);
  const once = useSingleFlight();
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading nurture tracks…" />;
  if (state.kind !== 'ready') return status;
  const { nurture } = state.data;
  if (nurture.tracks.length === 0) return <Text>No nurture tracks are configured. An admin adds them on the LeadOps settings page.</Text>;
  const current = nurture.tracks.find((t) => t.id === nurture.current);
  const selected = nurture.tracks.find((t) => t.id === trackId);

  const enroll = () =>
    once(async () => {
      setBusy(true);
      const outcome = await callAction<{ enrollment: { text: string } }>(runFunction, ENROLL_FUNCTION, { contactId, userId, trackId });
      setBusy(false);
      if (outcome.ok) {
        addAlert({ type: 'success', title: 'Enrolled', message: outcome.value.enrollment.text });
      } else {
        const enrolledAnyway = ENROLLED_ANYWAY[outcome.failure.code];
        addAlert({ type: enrolledAnyway ? 'warning' : 'danger', title: enrolledAnyway ?? 'Not enrolled', message: `${outcome.failure.message} ${outcome.failure.fix}` });
        if (!enrolledAnyway) return;
      }
      // Enrolled: a second click would enroll the contact again, so the choice is cleared.
      setTrackId('');
      onEnrolled?.();
      refresh();
    });

  return (
    <>
      {status}
      <Text>{current ? `Enrolled in: ${current.label}` : nurture.current ? `Enrolled in "${nurture.current}", a track the settings no longer have. Enroll in another to move the contact.` : 'Not in a nurture track.'}</Text>
      <Select label="Nurture track" name="track" value={trackId} options={nurture.tracks.map((t) => ({ label: t.label, value: t.id, description: t.description }))} onChange={(value) => setTrackId(String(value ?? ''))} />
      {selected?.description ? <Text variant="microcopy">{selected.description}</Text> : null}
      <Button variant="primary" disabled={busy || trackId === ''} onClick={() => void enroll()}>Enroll</Button>
    </>
  );
}
