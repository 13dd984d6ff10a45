import { useState } from 'react';
import { Alert, Flex, Heading, Statistics, StatisticsItem, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { formatInstant } from '../shared/format-instant';
import type { DryRunAnswer, DryRunOutcome } from './settings-answers';

/** Changed contacts per table page: a full sample (200) stays readable. */
export const DRY_RUN_PAGE_SIZE = 20;

export interface DryRunViewProps {
  readonly result: DryRunAnswer;
  /** The draft was edited after this dry run: its numbers describe the earlier draft. */
  readonly stale: boolean;
  readonly timeZone?: string;
}

function owner(outcome: DryRunOutcome): string {
  if (outcome.ownerId !== null) return outcome.ownerName ?? `Owner ${outcome.ownerId}`;
  return outcome.queue ? `Queue: ${outcome.queue.label}` : 'Nobody';
}

function stage(outcome: DryRunOutcome): string {
  return `${outcome.stageLabel}${outcome.mql ? ' (MQL)' : ''}`;
}

function sla(outcome: DryRunOutcome, timeZone: string | undefined): string {
  return outcome.slaDueAt === null ? 'No SLA' : formatInstant(outcome.slaDueAt, timeZone);
}

/** "before → after", or the one value when it did not change (or there is no before). */
function change(before: string | undefined, after: string): string {
  return before === undefined || before === after ? after : `${before} → ${after}`;
}

const contactsTried = (n: number) => `${n} contact${n === 1 ? '' : 's'} tried`;

/** What the draft would change on a sample of contacts: the counts, the reps routing cannot use, and each changed contact (before → after). */
export function DryRunView({ result, stale, timeZone }: DryRunViewProps) {
  const [page, setPage] = useState(1);
  const { summary } = result;
  // With nothing saved there is no "before": every contact shows what the draft alone decides.
  const listed = result.currentVersion === null ? result.rows : result.rows.filter((row) => row.changed.length > 0);
  const pageCount = Math.max(1, Math.ceil(listed.length / DRY_RUN_PAGE_SIZE));
  const shown = listed.slice((page - 1) * DRY_RUN_PAGE_SIZE, page * DRY_RUN_PAGE_SIZE);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Dry run</Heading>
      <Text>
        {result.currentVersion === null
          ? `${contactsTried(summary.contacts)} with the draft. Nothing valid is saved yet, so there is no "before" to compare with.`
          : `${contactsTried(summary.contacts)} with the draft and with version ${result.currentVersion} (in use now). Nothing was written to HubSpot.`}
      </Text>
      {stale ? <Alert title="The draft changed since this dry run" variant="info">Run it again to see what the current draft would change.</Alert> : null}
      <Statistics>
        <StatisticsItem label="Contacts tried" number={String(summary.contacts)} />
        <StatisticsItem label="Changed" number={String(summary.changed)} />
        <StatisticsItem label="New MQLs" number={String(summary.newMqls)} />
        <StatisticsItem label="Lost MQLs" number={String(summary.lostMqls)} />
        <StatisticsItem label="Score changes" number={String(summary.score)} />
        <StatisticsItem label="Stage changes" number={String(summary.stage)} />
        <StatisticsItem label="Owner changes" number={String(summary.owner)} />
        <StatisticsItem label="SLA changes" number={String(summary.sla)} />
      </Statistics>
      {result.repWarnings.length > 0 ? (
        <Alert title="Reps routing cannot use as configured" variant="warning">
          {result.repWarnings.join(' ')}
        </Alert>
      ) : null}
      {listed.length === 0 ? (
        <Text>{result.currentVersion === null ? 'There were no contacts to try.' : 'No sampled contact would change.'}</Text>
      ) : (
        <Table bordered paginated pageCount={pageCount} page={page} onPageChange={setPage}>
          <TableHead>
            <TableRow>
              <TableHeader>Contact</TableHeader>
              <TableHeader>Score</TableHeader>
              <TableHeader>Stage</TableHeader>
              <TableHeader>Owner</TableHeader>
              <TableHeader>SLA due</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map(({ contactId, email, before, after }) => (
              <TableRow key={contactId}>
                <TableCell>{email ?? `Contact ${contactId}`}</TableCell>
                <TableCell>{change(before ? String(before.score) : undefined, String(after.score))}</TableCell>
                <TableCell>{change(before ? stage(before) : undefined, stage(after))}</TableCell>
                <TableCell>{change(before ? owner(before) : undefined, owner(after))}</TableCell>
                <TableCell>{change(before ? sla(before, timeZone) : undefined, sla(after, timeZone))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Flex>
  );
}
