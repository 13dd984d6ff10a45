import { Button, Divider, Heading, LineChart, Statistics, StatisticsItem, Tag, Text } from '@hubspot/ui-extensions';
import { CardStatus } from '../../shared/CardStatus';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';
import { useCardData } from '../../shared/use-card-data';
import type { WatchRecord } from '../../shared/watch-record';

export interface LeadScoreCardProps {
  readonly contactId: string;
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** Re-reads the card when the record changes (HubSpot's onCrmPropertiesUpdate); see WatchRecord. */
  readonly watchRecord?: WatchRecord;
  /** The zone the chart's dates are read in: the rep's browser zone unless given. */
  readonly viewerTimeZone?: string;
}

/** The rep's calendar date of `instant`, "YYYY-MM-DD" (en-CA writes dates that way). */
function day(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The lead score with its reasons: every rule's current points, the caps, the MQL verdict and where the score is heading. */
export function LeadScoreCard({ contactId, userId, runFunction = runHubSpotFunction, watchRecord, viewerTimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone }: LeadScoreCardProps) {
  const { state, reload } = useCardData(runFunction, contactId, userId, watchRecord);
  const status = <CardStatus state={state} onRetry={reload} loadingLabel="Scoring…" />;
  if (state.kind !== 'ready') return status;
  const { score } = state.data;
  const chart = [{ date: day(score.scoredAt, viewerTimeZone), score: score.total }, ...score.projection.map((p) => ({ date: day(p.at, viewerTimeZone), score: p.total }))];
  return (
    <>
      {status}
      <Statistics>
        <StatisticsItem label="Score" number={String(score.total)} />
        <StatisticsItem label="Fit" number={String(score.fit)} />
        <StatisticsItem label="Engagement" number={String(score.engagement)} />
      </Statistics>
      <Tag variant={score.mql.qualifies ? 'success' : 'default'}>{score.mql.qualifies ? 'MQL' : 'Not an MQL'}</Tag>
      <Text>{score.mql.reason.text}</Text>
      <Heading>Why</Heading>
      {score.contributions.length === 0 ? <Text>No scoring rule applies to this contact yet.</Text> : score.contributions.map((c) => <Text key={c.ruleId}>{c.text}</Text>)}
      {score.adjustments.map((a) => (
        <Text key={a.text} variant="microcopy">{a.text}</Text>
      ))}
      {score.fallsBelowMql ? <Text format={{ fontWeight: 'demibold' }}>{score.fallsBelowMql.text}</Text> : null}
      {score.nextDrop ? <Text variant="microcopy">{score.nextDrop.text}</Text> : null}
      {!score.projection.some((p) => p.total !== score.total) ? <Text variant="microcopy">The score holds steady: none of its points decay.</Text> : null}
      {score.projection.some((p) => p.total !== score.total) ? (
        <>
          <Divider />
          <LineChart data={chart} axes={{ x: { field: 'date', fieldType: 'category', label: 'Date' }, y: { field: 'score', fieldType: 'linear', label: 'Score if nothing happens' } }} />
        </>
      ) : null}
      <Button onClick={reload} variant="secondary">Refresh</Button>
    </>
  );
}
