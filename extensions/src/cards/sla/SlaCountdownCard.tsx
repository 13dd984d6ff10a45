import { useEffect, useState } from 'react';
import { DescriptionList, DescriptionListItem, Tag, Text } from '@hubspot/ui-extensions';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';
import { nextWorkingStart, workingMinutesIn } from './working-time';

export interface SlaCountdownCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
  /**
   * The viewer's time zone; the browser's when absent. HubSpot's card context names only the portal's zone,
   * which is not the rep's when they work elsewhere, so the entry passes nothing.
   */
  readonly viewerTimeZone?: string;
  /** How often the countdown ticks a minute off (a minute; tests shorten it). */
  readonly tickMs?: number;
}

const MINUTE_MS = 60_000;

const STATUS = {
  on_track: { label: 'On track', variant: 'success' },
  at_risk: { label: 'At risk', variant: 'warning' },
  breached: { label: 'Breached', variant: 'error' },
  met: { label: 'Met', variant: 'success' },
  no_policy: { label: 'No SLA', variant: 'default' },
} as const;

/** "Tue 24 Nov, 10:30 (America/New_York)": the zone's name says whose clock it is. */
function at(instant: number, timeZone: string | undefined): string {
  const text = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(instant);
  return timeZone ? `${text} (${timeZone})` : text;
}

function minutesText(minutes: number): string {
  const whole = Math.max(0, Math.round(Math.abs(minutes)));
  return whole >= 60 ? `${Math.floor(whole / 60)} h ${whole % 60} min` : `${whole} min`;
}

/**
 * The lead-response SLA: owner, due time in the owner's and the viewer's zone, working time left
 * (counting down each minute while the card is open, re-read from LeadOps every five), status and the
 * escalation steps reached and next.
 */
/** The line under the tag: what the rep must know, in the words of the status (no countdown without a clock). */
function headline(status: keyof typeof STATUS, remaining: number): string {
  if (status === 'met') return 'First touch made in time.';
  if (status === 'no_policy') return 'No SLA policy applies to this contact: no first-touch deadline.';
  if (status === 'breached') return remaining < 0 ? `Breached: ${minutesText(remaining)} past due` : 'Breached: the first touch is past due.';
  return remaining >= 0 ? `${minutesText(remaining)} of working time left` : `${minutesText(remaining)} past due`;
}

export function SlaCountdownCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord, viewerTimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone, tickMs = 60_000 }: SlaCountdownCardProps) {
  const { state, reload, refresh } = useCardData(runFunction, contactId, userId, watchRecord);
  const [ticks, setTicks] = useState(0);
  const ready = state.kind === 'ready' ? state.data : null;
  // A clock with no first touch runs on, past due included: the minutes past due keep growing.
  const live = ready?.sla?.status === 'on_track' || ready?.sla?.status === 'at_risk' || (ready?.sla?.status === 'breached' && ready.sla.metAt === null);
  useEffect(() => {
    setTicks(0);
    if (!live) return undefined;
    // The server counts working time; between re-reads each tick is a minute, counted only inside the owner's working time.
    const timer = setInterval(() => setTicks((t) => t + 1), tickMs);
    return () => clearInterval(timer);
  }, [live, ready, tickMs]);
  useEffect(() => {
    // Behind the countdown: the card keeps counting until LeadOps answers.
    if (ticks === 5) refresh();
  }, [ticks, refresh]);
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading the SLA…" />;
  if (!ready) return status;
  const { sla, slaOwner } = ready;
  if (!sla || !slaOwner) return <Text>No SLA is running: LeadOps has not routed this contact to an owner yet.</Text>;
  const shownAt = slaOwner.readAt + ticks * MINUTE_MS;
  const remaining = live ? sla.remainingWorkingMinutes - workingMinutesIn(slaOwner.workingSpans, slaOwner.readAt, shownAt) : sla.remainingWorkingMinutes;
  // A clock that ran out while the card was open is breached, whatever the last re-read said.
  const shown = live && remaining < 0 ? 'breached' : sla.status;
  const look = STATUS[shown];
  // Outside the owner's working hours nothing counts down: say so, and when the clock runs again.
  const resumesAt = live ? nextWorkingStart(slaOwner.workingSpans, shownAt) : null;
  const paused = live && resumesAt !== shownAt;
  return (
    <>
      {status}
      <Tag variant={look.variant}>{look.label}</Tag>
      <Text format={{ fontWeight: 'demibold' }}>{headline(shown, remaining)}</Text>
      {paused ? <Text variant="microcopy">{`The clock is paused outside ${slaOwner.name}'s working hours${resumesAt === null ? '' : `; it runs again ${at(resumesAt, slaOwner.timeZone)}`}.`}</Text> : null}
      <DescriptionList direction="column">
        <DescriptionListItem label="Owner">{slaOwner.name}</DescriptionListItem>
        <DescriptionListItem label="Policy">{sla.policy?.label ?? '—'}</DescriptionListItem>
        <DescriptionListItem label={`Due (${slaOwner.name}'s time)`}>{sla.dueAt === null ? '—' : at(sla.dueAt, slaOwner.timeZone)}</DescriptionListItem>
        <DescriptionListItem label="Due (your time)">{sla.dueAt === null ? '—' : at(sla.dueAt, viewerTimeZone)}</DescriptionListItem>
      </DescriptionList>
      {sla.escalationsDue.map((step) => <Text key={step.stepId}>{`Escalation reached: ${step.text}`}</Text>)}
      {sla.nextEscalation ? <Text variant="microcopy">{`Next: ${sla.nextEscalation.text}, at ${at(sla.nextEscalation.at, slaOwner.timeZone)}`}</Text> : null}
    </>
  );
}
