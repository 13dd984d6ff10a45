import { Button, Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { formatInstant } from '../shared/format-instant';
import type { VersionSummary } from './settings-answers';

export interface VersionHistoryProps {
  /** Newest first, as settings_read lists them. */
  readonly history: readonly VersionSummary[];
  readonly mayChange: boolean;
  /** The version being rolled back to, while settings_rollback runs. */
  readonly rollingBackTo: number | null;
  readonly timeZone?: string;
  readonly onRollBack: (version: number) => void;
}

/**
 * Every saved version with who saved it and when. Rolling back saves the old document again as a new
 * version, so history only grows and a roll back can itself be undone.
 */
export function VersionHistory({ history, mayChange, rollingBackTo, timeZone, onRollBack }: VersionHistoryProps) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>Version history</Heading>
      {history.length === 0 ? (
        <Text>No version is saved yet.</Text>
      ) : (
        <Table bordered>
          <TableHead>
            <TableRow>
              <TableHeader>Version</TableHeader>
              <TableHeader>Saved by</TableHeader>
              <TableHeader>Saved at</TableHeader>
              <TableHeader>Action</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((entry, index) => (
              <TableRow key={entry.version}>
                <TableCell>{String(entry.version)}</TableCell>
                <TableCell>{entry.author}</TableCell>
                <TableCell>{formatInstant(entry.savedAt, timeZone)}</TableCell>
                <TableCell>
                  {index === 0 ? (
                    <Text>Newest</Text>
                  ) : (
                    <Button testId={`roll-back:${entry.version}`} size="sm" variant="secondary" disabled={!mayChange || rollingBackTo !== null} onClick={() => onRollBack(entry.version)}>
                      {rollingBackTo === entry.version ? 'Rolling back…' : `Roll back to version ${entry.version}`}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Flex>
  );
}
