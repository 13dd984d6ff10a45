import { useState } from 'react';
import { Alert, Button, ButtonRow, Heading, Select, Text, TextArea } from '@hubspot/ui-extensions';
import { readFunctionFailure, type FunctionFailure } from '../../shared/function-failure';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';

export const HANDOFF_FUNCTION = 'handoff_answer';

export interface HandoffCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Tells HubSpot to refresh the record's properties (and so the other cards) after an answer. */
  readonly onAnswered?: () => void;
}

type Outcome = { readonly kind: 'done'; readonly text: string } | { readonly kind: 'failed'; readonly failure: FunctionFailure } | null;

/** For the receiving rep: accept the MQL, or reject it with a reason code from the config and a comment. */
export function HandoffCard({ contactId, userId, runFunction = runHubSpotFunction, onAnswered }: HandoffCardProps) {
  const { state, reload } = useCardData(runFunction, contactId, userId);
  const [reasonCode, setReasonCode] = useState<string>('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading the handoff…" />;
  if (state.kind !== 'ready') return status;
  const { handoff, lifecycle } = state.data;

  const answer = (parameters: Record<string, string>) => {
    setBusy(true);
    runFunction(HANDOFF_FUNCTION, { contactId, userId, ...parameters })
      .then((result) => {
        const failure = readFunctionFailure(result);
        if (failure) return setOutcome({ kind: 'failed', failure });
        const reasons = (result as { handoff: { reasons: string[] } }).handoff.reasons;
        setOutcome({ kind: 'done', text: reasons.join(' ') });
        onAnswered?.();
        reload();
      })
      .catch((error: unknown) => setOutcome({ kind: 'failed', failure: { code: 'FUNCTION_UNREACHABLE', message: `LeadOps could not be reached: ${error instanceof Error ? error.message : String(error)}`, fix: 'Try again.' } }))
      .finally(() => setBusy(false));
  };

  return (
    <>
      {status}
      <Heading>Handoff</Heading>
      <Text>{handoff.status ? `Status: ${handoff.status}${handoff.reason ? ` (${handoff.reason})` : ''}` : `Stage: ${lifecycle.current?.label ?? 'none'}`}</Text>
      {outcome?.kind === 'done' ? <Alert title="Recorded" variant="success">{outcome.text}</Alert> : null}
      {outcome?.kind === 'failed' ? <Alert title="Not recorded" variant="danger">{`${outcome.failure.message} ${outcome.failure.fix}`}</Alert> : null}
      <Select label="Reason (to reject)" name="reason" value={reasonCode} options={handoff.rejectReasons.map((r) => ({ label: r.label, value: r.code }))} onChange={(value) => setReasonCode(String(value ?? ''))} />
      <TextArea label="Comment" name="comment" value={comment} onChange={(value) => setComment(value)} />
      <ButtonRow>
        <Button variant="primary" disabled={busy} onClick={() => answer({ answer: 'accept' })}>Accept</Button>
        <Button variant="destructive" disabled={busy || reasonCode === ''} onClick={() => answer({ answer: 'reject', reasonCode, ...(comment.trim() ? { comment: comment.trim() } : {}) })}>Reject</Button>
      </ButtonRow>
    </>
  );
}
