import { useState } from 'react';
import { Alert, Button, ButtonRow, Heading, Select, Text, TextArea } from '@hubspot/ui-extensions';
import { callAction } from '../../shared/call-action';
import type { FunctionFailure } from '../../shared/function-failure';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';
import { useSingleFlight } from '../../shared/use-single-flight';

export const HANDOFF_FUNCTION = 'handoff_answer';

export interface HandoffCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
  /** Tells HubSpot to refresh the record's properties (and so the other cards) after an answer. */
  readonly onAnswered?: () => void;
}

/**
 * Failures after which the card re-reads the contact: the answer is on it, whole or in part, or the
 * handoff was already answered (or the stage moved) since the card was read, so the card shows what is.
 */
const REREAD_AFTER: ReadonlySet<string> = new Set(['NOTE_NOT_WRITTEN', 'HANDOFF_INCOMPLETE', 'NOT_IN_HANDOFF']);

function failureTitle(code: string): string {
  if (code === 'NOTE_NOT_WRITTEN') return 'Recorded, without its note';
  if (code === 'HANDOFF_INCOMPLETE') return 'Partly recorded';
  if (code === 'NOT_IN_HANDOFF') return 'Nothing to answer any more';
  return 'Not recorded';
}

type Outcome = { readonly kind: 'done'; readonly text: string } | { readonly kind: 'failed'; readonly failure: FunctionFailure } | null;

/** For the receiving rep: accept the MQL, or reject it with a reason code from the config and a comment. */
export function HandoffCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord, onAnswered }: HandoffCardProps) {
  const { state, reload, refresh } = useCardData(runFunction, contactId, userId, watchRecord);
  const [reasonCode, setReasonCode] = useState<string>('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const once = useSingleFlight();
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading the handoff…" />;
  if (state.kind !== 'ready') return status;
  const { handoff, lifecycle } = state.data;

  const answer = (parameters: Record<string, string>) =>
    void once(async () => {
      setBusy(true);
      const outcome = await callAction<{ handoff: { reasons: string[] } }>(runFunction, HANDOFF_FUNCTION, { contactId, userId, ...parameters });
      setBusy(false);
      if (outcome.ok) {
        setOutcome({ kind: 'done', text: outcome.value.handoff.reasons.join(' ') });
      } else {
        setOutcome({ kind: 'failed', failure: outcome.failure });
        // Saved without its note, half saved (answering again finishes it), or answered elsewhere: show the contact as it now is.
        if (!REREAD_AFTER.has(outcome.failure.code)) return;
      }
      onAnswered?.();
      refresh();
    });

  // The reason as the config labels it; a code the config no longer has is shown as it was recorded.
  const reasonLabel = handoff.reason ? (handoff.rejectReasons.find((r) => r.code === handoff.reason)?.label ?? handoff.reason) : null;
  const lastAnswer = handoff.status === 'accepted' ? 'Accepted' : handoff.status === 'rejected' ? `Rejected${reasonLabel ? `: ${reasonLabel}` : ''}` : null;
  const stage = lifecycle.current?.label ?? 'no stage';
  // A rejection that stopped half-way is finished by rejecting again with its reason, and answered no other way.
  const interrupted = handoff.state === 'interrupted';
  const rejectCode = interrupted ? (handoff.reason ?? reasonCode) : reasonCode;
  const alerts = (
    <>
      {outcome?.kind === 'done' ? <Alert title="Recorded" variant="success">{outcome.text}</Alert> : null}
      {outcome?.kind === 'failed' ? <Alert title={failureTitle(outcome.failure.code)} variant={outcome.failure.code === 'NOTE_NOT_WRITTEN' || outcome.failure.code === 'NOT_IN_HANDOFF' ? 'warning' : 'danger'}>{`${outcome.failure.message} ${outcome.failure.fix}`}</Alert> : null}
    </>
  );
  if (handoff.state === 'none') {
    return (
      <>
        {status}
        <Heading>Handoff</Heading>
        <Text>{`No handoff to answer: the contact is at ${stage}.`}</Text>
        {lastAnswer ? <Text>{`Last answer: ${lastAnswer}`}</Text> : null}
        {alerts}
      </>
    );
  }

  return (
    <>
      {status}
      <Heading>Handoff</Heading>
      {handoff.state === 'interrupted' ? (
        <Text>{`The rejection${reasonLabel ? ` (${reasonLabel})` : ''} stopped half-way: the contact has no lifecycle stage. Reject again with the same reason to finish it.`}</Text>
      ) : (
        <Text>{`Stage: ${stage}. Accept the lead, or reject it with a reason.${lastAnswer ? ` Earlier answer: ${lastAnswer}.` : ''}`}</Text>
      )}
      {alerts}
      <Select label="Reason (to reject)" name="reason" value={rejectCode} readOnly={interrupted} options={handoff.rejectReasons.map((r) => ({ label: r.label, value: r.code }))} onChange={(value) => setReasonCode(String(value ?? ''))} />
      <TextArea label="Comment" name="comment" value={comment} onChange={(value) => setComment(value)} />
      <ButtonRow>
        {interrupted ? null : <Button variant="primary" disabled={busy} onClick={() => answer({ answer: 'accept' })}>Accept</Button>}
        <Button variant="destructive" disabled={busy || rejectCode === ''} onClick={() => answer({ answer: 'reject', reasonCode: rejectCode, ...(comment.trim() ? { comment: comment.trim() } : {}) })}>Reject</Button>
      </ButtonRow>
    </>
  );
}
