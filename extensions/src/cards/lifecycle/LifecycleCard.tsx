import { Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { CriterionCheck } from '@leadops/rules';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';

export interface LifecycleCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
}

function criterionLine(check: CriterionCheck): string {
  return `${check.met ? '✓ Meets' : '✗ Missing'}: ${check.criterion}`;
}

/** The shared lifecycle definition on the record: where the contact stands, what the stage means, what the next one needs. */
export function LifecycleCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord }: LifecycleCardProps) {
  const { state, reload } = useCardData(runFunction, contactId, userId, watchRecord);
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Reading the lifecycle stage…" />;
  if (state.kind !== 'ready') return status;
  const { lifecycle, stages } = state.data;
  const currentIndex = lifecycle.current ? stages.findIndex((s) => s.id === lifecycle.current?.id) : -1;
  return (
    <>
      {status}
      {stages.map((stage, index) => (
        <Tag key={stage.id} variant={index === currentIndex ? 'success' : index < currentIndex ? 'default' : 'warning'}>{stage.label}</Tag>
      ))}
      <Heading>{lifecycle.current ? lifecycle.current.label : 'No lifecycle stage yet'}</Heading>
      {lifecycle.current ? <Text>{lifecycle.current.definition}</Text> : null}
      {lifecycle.recommended.id !== lifecycle.current?.id ? <Text format={{ fontWeight: 'demibold' }}>{`LeadOps moves it to ${lifecycle.recommended.label}.`}</Text> : null}
      {lifecycle.next ? (
        <>
          <Heading>{`Next: ${lifecycle.next.label}`}</Heading>
          <Text>{lifecycle.next.definition}</Text>
          {lifecycle.next.criteria.length === 0 ? <Text>Set by hand or by a handoff.</Text> : lifecycle.next.criteria.map((check) => <Text key={check.criterion}>{criterionLine(check)}</Text>)}
        </>
      ) : (
        <Text>This is the last stage.</Text>
      )}
    </>
  );
}
