import { useCallback, useState } from 'react';
import { Alert, Button, ButtonRow, Divider, Flex, Heading, Text } from '@hubspot/ui-extensions';
import { formatConfigProblem } from '@leadops/rules/src/config/config-problem';
import { AppStatusCard } from '../cards/app-status/AppStatusCard';
import { runHubSpotFunction, type AddAlert, type RunFunction } from '../shared/run-function';
import { useSingleFlight } from '../shared/use-single-flight';
import { callSettingsFunction } from './call-settings-function';
import type { Notice } from './notice';
import type { RollbackAnswer } from './settings-answers';
import { SettingsEditor } from './SettingsEditor';
import { SETTINGS_ROLLBACK_FUNCTION } from './settings-functions';
import { SettingsLoadStatus } from './SettingsLoadStatus';
import { useSettingsRead } from './use-settings-read';
import { VersionHistory } from './VersionHistory';

export interface SettingsPageProps {
  /** The HubSpot user viewing the page; the functions check their rights in HubSpot. */
  readonly userId: string;
  readonly runFunction?: RunFunction;
  /** HubSpot's alert banner (actions.addAlert); outcomes also show inline. */
  readonly addAlert?: AddAlert;
  /** Zone for version times and SLA due times (the portal's); the browser's when absent. */
  readonly timeZone?: string;
}

/**
 * The LeadOps settings page, for admins: edit the config by section or as JSON with every problem shown
 * at its field before saving, dry-run the draft on real contacts, save it as a new version, and roll
 * back to an earlier one. Users without the right see everything but cannot change anything.
 */
export function SettingsPage({ userId, runFunction = runHubSpotFunction, addAlert, timeZone }: SettingsPageProps) {
  const { state, reload, refresh } = useSettingsRead(runFunction, userId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [rollingBackTo, setRollingBackTo] = useState<number | null>(null);
  // A roll back restarts the editor from the restored version: with edits in it, the admin confirms first.
  const [unsavedEdits, setUnsavedEdits] = useState(false);
  const [confirmingRollBack, setConfirmingRollBack] = useState<number | null>(null);
  const [editorGeneration, setEditorGeneration] = useState(0);
  const once = useSingleFlight();

  const announce = useCallback(
    (next: Notice) => {
      setNotice(next);
      addAlert?.({ type: next.variant, title: next.title, message: next.message });
    },
    [addAlert],
  );

  const answer = state.kind === 'ready' ? state.answer : null;

  const rollBack = (version: number, discardingEdits: boolean) =>
    once(async () => {
      // Checked here as well as on the button, and one at a time: a click can arrive before the re-render that disables it.
      if (!answer?.mayChange || rollingBackTo !== null) return;
      if (unsavedEdits && !discardingEdits) {
        setConfirmingRollBack(version);
        return;
      }
      setConfirmingRollBack(null);
      setRollingBackTo(version);
      const outcome = await callSettingsFunction<RollbackAnswer>(runFunction, SETTINGS_ROLLBACK_FUNCTION, { userId, version });
      setRollingBackTo(null);
      if (outcome.ok) {
        announce({ variant: 'success', title: 'Rolled back', message: `Version ${outcome.value.version.version} restores version ${outcome.value.restoredFrom}; cards switch to it within a few minutes.` });
        setEditorGeneration((generation) => generation + 1);
        refresh();
        return;
      }
      if (outcome.failure.code === 'SAVE_UNCONFIRMED') {
        // It may have been stored: the history is read again so the admin can see whether it was.
        announce({ variant: 'warning', title: 'Roll back not confirmed', message: `${outcome.failure.message} ${outcome.failure.fix}` });
        refresh();
        return;
      }
      // A version that no longer validates is refused with its problems, like a save.
      const problems = outcome.problems.map(formatConfigProblem).join(' ');
      announce({ variant: 'danger', title: 'Not rolled back', message: `${outcome.failure.message} ${outcome.failure.fix}${problems ? ` ${problems}` : ''}` });
    });

  return (
    <Flex direction="column" gap="md">
      <Heading>LeadOps settings</Heading>
      <Text>Scoring, routing, SLA, lifecycle, handoff, nurture and data-quality rules are one versioned configuration document.</Text>
      {notice ? (
        <Alert title={notice.title} variant={notice.variant}>
          {notice.message}
        </Alert>
      ) : null}
      <SettingsLoadStatus state={state} onRetry={reload} />
      {answer ? (
        <>
          {answer.configWarning ? (
            <Alert title="About this configuration" variant="warning">
              {answer.configWarning}
            </Alert>
          ) : null}
          {answer.mayChange ? null : (
            <Alert title="You can look, but not change" variant="info">
              Only super admins and users with a role listed in permissions.settingsRoleIds can save, dry-run or roll back the LeadOps configuration. Ask a super admin to make the change or to grant your role.
            </Alert>
          )}
          {/* A roll back restarts the editor (the admin has agreed to drop its edits); a save does not: edits made after it are kept. */}
          <SettingsEditor key={editorGeneration} answer={answer} userId={userId} runFunction={runFunction} timeZone={timeZone} announce={announce} onVersionsChanged={refresh} onUnsavedEditsChange={setUnsavedEdits} />
          <Divider />
          {confirmingRollBack !== null ? (
            <Alert title={`Roll back to version ${confirmingRollBack}?`} variant="warning">
              <Text>{`The editor has changes that are not saved. Rolling back restarts it from version ${confirmingRollBack} and discards them; save them first to keep them as a version.`}</Text>
              <ButtonRow>
                <Button variant="destructive" onClick={() => void rollBack(confirmingRollBack, true)}>Discard my changes and roll back</Button>
                <Button variant="secondary" onClick={() => setConfirmingRollBack(null)}>Keep editing</Button>
              </ButtonRow>
            </Alert>
          ) : null}
          <VersionHistory history={answer.history} mayChange={answer.mayChange} rollingBackTo={rollingBackTo} timeZone={timeZone} onRollBack={(version) => void rollBack(version, false)} />
        </>
      ) : null}
      <Divider />
      <Heading>Deployment</Heading>
      <AppStatusCard runFunction={runFunction} />
    </Flex>
  );
}
