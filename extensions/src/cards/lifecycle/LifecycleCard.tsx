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
  // A HubSpot stage the config does not list (a custom one): LeadOps leaves it alone, so nothing is "next".
  const unmanaged = lifecycle.current === null ? lifecycle.reasons.find((reason) => reason.code === 'stage-unknown') : undefined;
  const movesTo = lifecycle.transition ? (stages.find((s) => s.id === lifecycle.transition?.to)?.label ?? lifecycle.transition.to) : null;
  return (
    <>
      {status}
      {stages.map((stage, index) => (
        <Tag key={stage.id} variant={unmanaged ? 'default' : index === currentIndex ? 'success' : index < currentIndex ? 'default' : 'warning'}>{stage.label}</Tag>
      ))}
      <Heading>{lifecycle.current ? lifecycle.current.label : unmanaged ? 'A stage LeadOps does not manage' : 'No lifecycle stage yet'}</Heading>
      {lifecycle.current ? <Text>{lifecycle.current.definition}</Text> : null}
      {unmanaged ? <Text>{`${unmanaged.text}.`}</Text> : null}
      {movesTo ? <Text format={{ fontWeight: 'demibold' }}>{`LeadOps moves it to ${movesTo}.`}</Text> : null}
      {unmanaged ? null : lifecycle.next ? (
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
