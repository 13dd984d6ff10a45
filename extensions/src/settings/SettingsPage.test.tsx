import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, NumberInput, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { changeValue } from '../../test-support/card-data-fixture';
import { answerFunctions, callsTo, settingsReadAnswer, VIEWER_ID } from '../../test-support/settings-fixture';
import { writeAt } from './json-path';
import { SettingsPage } from './SettingsPage';

const VERSION_4 = { version: 4, author: 'riley.ops@leadops.example', savedAt: '2026-03-03T10:15:00.000Z' };

function renderPage() {
  const renderer = createRenderer('settings');
  const addAlert = jest.fn();
  renderer.render(<SettingsPage userId={VIEWER_ID} addAlert={addAlert} timeZone="UTC" />);
  const button = (label: string) => renderer.find(Button, (b) => b.text === label);
  const historyRows = () => renderer.findAll(TableRow).slice(1).map((row) => row.findAll(TableCell).map((cell) => cell.maybeFind(Button)?.text ?? cell.maybeFind(Text)?.text ?? cell.text));
  return { ...renderer, addAlert, button, historyRows };
}

describe('SettingsPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows a spinner while settings_read runs, asking with the viewing user's id", async () => {
    const serverless = answerFunctions({ settings_read: () => new Promise(() => undefined) });
    const { find, waitFor } = renderPage();
    expect(find(LoadingSpinner, { label: 'Reading the LeadOps configuration…' })).toBeDefined();
    await waitFor(() => expect(callsTo(serverless, 'settings_read')).toEqual([{ userId: VIEWER_ID }]));
  });

  it('opens the saved config in the forms and lists every version with its author and time', async () => {
    answerFunctions();
    const { find, findAll, waitFor, historyRows } = renderPage();
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
    expect(find(NumberInput, { name: 'handoff.acceptWithinWorkingMinutes' }).props.value).toBe(240);
    expect(historyRows()).toEqual([
      ['3', 'avery.admin@leadops.example', '2 Mar 2026, 15:30 (UTC)', 'Newest'],
      ['2', 'riley.ops@leadops.example', '20 Feb 2026, 09:05 (UTC)', 'Roll back to version 2'],
      ['1', 'avery.admin@leadops.example', '1 Feb 2026, 12:00 (UTC)', 'Roll back to version 1'],
    ]);
    expect(findAll(Alert)).toHaveLength(0);
  });

  it('shows a failed read with its message and fix, and reads again on Try again', async () => {
    let attempts = 0;
    const serverless = answerFunctions({ settings_read: () => (++attempts === 1 ? { ok: false, error: { code: 'RATE_LIMITED', message: 'HubSpot answered 429 to configStore.search.', fix: 'Try again in a minute.' } } : settingsReadAnswer()) });
    const { find, findAll, waitFor, button } = renderPage();
    await waitFor(() => expect(find(ErrorState).props.title).toBe('LeadOps could not read its configuration'));
    expect(find(ErrorState).findAll(Text).map((t) => t.text)).toEqual(['HubSpot answered 429 to configStore.search.', 'Try again in a minute.']);
    button('Try again').trigger('onClick');
    await waitFor(() => expect(findAll(NumberInput, { name: 'scoring.mql.threshold' })).toHaveLength(1));
    expect(callsTo(serverless, 'settings_read')).toEqual([{ userId: VIEWER_ID }, { userId: VIEWER_ID }]);
  });

  it('reports a function that cannot be reached as a failure with a retry', async () => {
    answerFunctions({ settings_read: () => Promise.reject(new Error('Serverless function timed out')) });
    const { find, waitFor } = renderPage();
    await waitFor(() => expect(find(ErrorState).findAll(Text)[0]?.text).toBe('LeadOps could not be reached: Serverless function timed out'));
    expect(find(ErrorState).find(Button).text).toBe('Try again');
  });

  it('says LeadOps is not installed, with the fix, and offers no editor', async () => {
    answerFunctions({ settings_read: () => ({ ok: false, error: { code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet.', fix: 'Run `leadops install`, then open this page again.' } }) });
    const { find, findAll, waitFor } = renderPage();
    await waitFor(() => expect(find(EmptyState).props.title).toBe('LeadOps is not installed in this portal yet'));
    expect(find(EmptyState).findAll(Text).map((t) => t.text)).toEqual(['LeadOps is not installed in this portal yet.', 'Run `leadops install`, then open this page again.']);
    expect(findAll(Button)).toHaveLength(0);
  });

  it('shows the config warning as a warning alert', async () => {
    const configWarning = 'Nothing is saved yet: this is the LeadOps default configuration. Review it, then save to start LeadOps.';
    answerFunctions({ settings_read: () => settingsReadAnswer({ version: 0, history: [], configWarning }) });
    const { find, waitFor } = renderPage();
    await waitFor(() => expect(find(Alert, { title: 'About this configuration' }).props.variant).toBe('warning'));
    expect(find(Alert, { title: 'About this configuration' }).text).toBe(configWarning);
  });

  it('saves, then alerts and re-reads the history, keeping the page on screen', async () => {
    let saved = false;
    const serverless = answerFunctions({
      settings_read: () => (saved ? settingsReadAnswer({ version: 4, history: [VERSION_4, ...settingsReadAnswer().history] }) : settingsReadAnswer()),
      settings_save: () => {
        saved = true;
        return { ok: true, version: VERSION_4 };
      },
    });
    const { find, maybeFind, waitFor, button, addAlert, historyRows } = renderPage();
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 65);
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(historyRows()).toHaveLength(4));

    expect(maybeFind(LoadingSpinner, { label: 'Reading the LeadOps configuration…' })).toBeNull();
    expect(historyRows()[0]).toEqual(['4', 'riley.ops@leadops.example', '3 Mar 2026, 10:15 (UTC)', 'Newest']);
    expect(find(Alert, { title: 'Saved' }).props.variant).toBe('success');
    expect(addAlert).toHaveBeenCalledWith({ type: 'success', title: 'Saved', message: 'Version 4 is saved; cards switch to it within a few minutes.' });
    expect(callsTo(serverless, 'settings_read')).toHaveLength(2);
  });

  describe('a version saved by someone else while the admin edits', () => {
    const CONFLICT = { ok: false, error: { code: 'CONFIG_CHANGED', message: 'Meanwhile, version 4 was saved by riley.ops@leadops.example at 2026-03-03T10:15:00.000Z after you opened version 3; nothing was saved, so their changes are not undone.', fix: 'Look at version 4, then save your draft over it if it should still replace it, or discard your draft and start from version 4.', latest: VERSION_4 } };
    /** settings_read answers version 3 until Riley's save lands, then version 4 with Riley's changes. */
    function withRileysVersion(change: (config: unknown) => unknown) {
      const base = settingsReadAnswer();
      let landed = false;
      const saves: Record<string, unknown>[] = [];
      const serverless = answerFunctions({
        settings_read: () => (landed ? settingsReadAnswer({ version: 4, config: change(base.config), history: [VERSION_4, ...base.history] }) : base),
        settings_save: (parameters) => {
          saves.push({ ...parameters });
          if (parameters['basedOnVersion'] === 3) {
            landed = true;
            return CONFLICT;
          }
          return { ok: true, version: { version: 5, author: 'avery.admin@leadops.example', savedAt: '2026-03-03T10:20:00.000Z' } };
        },
      });
      return { serverless, saves };
    }

    it("is not overwritten: the save is refused, and the draft takes Riley's changes and keeps the admin's", async () => {
      const { saves } = withRileysVersion((config) => writeAt(writeAt(config, ['handoff', 'acceptWithinWorkingMinutes'], 120), ['name'], 'Renamed by Riley'));
      const { find, waitFor, button, addAlert, historyRows } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 65);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(historyRows()).toHaveLength(4));

      expect(saves[0]?.['basedOnVersion']).toBe(3);
      expect(addAlert).toHaveBeenCalledWith(expect.objectContaining({ type: 'warning', title: 'Not saved: someone else saved first' }));
      const merged = find(Alert, { title: 'Version 4 was saved while you were editing' });
      expect(merged.find(Text).text).toBe('riley.ops@leadops.example saved version 4 on 3 Mar 2026, 10:15 (UTC) while you were editing from version 3. Your draft now includes its changes to the name and Handoff. Nothing is saved yet: review the draft, then save it.');
      expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(65);
      expect(find(NumberInput, { name: 'handoff.acceptWithinWorkingMinutes' }).props.value).toBe(120);

      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(saves).toHaveLength(2));
      expect(saves[1]?.['basedOnVersion']).toBe(4);
      const sent = JSON.parse(String(saves[1]?.['config'])) as { name: string; scoring: { mql: { threshold: number } }; handoff: { acceptWithinWorkingMinutes: number } };
      expect([sent.name, sent.scoring.mql.threshold, sent.handoff.acceptWithinWorkingMinutes]).toEqual(['Renamed by Riley', 65, 120]);
    });

    it('names a section both changed, keeps the admin\'s edit there, and can discard the draft for the newer version', async () => {
      withRileysVersion((config) => writeAt(config, ['scoring', 'mql', 'threshold'], 40));
      const { find, maybeFind, waitFor, button, historyRows } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 65);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(historyRows()).toHaveLength(4));

      const merged = find(Alert, { title: 'Version 4 was saved while you were editing' });
      expect(merged.find(Text).text).toContain('You both changed Scoring: your edits are kept there, so saving replaces what version 4 has in it; compare with version 4 in the history first.');
      expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(65);
      button('Discard my edits and start from version 4').trigger('onClick');
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(40));
      expect(maybeFind(Alert, { title: 'Version 4 was saved while you were editing' })).toBeNull();
      expect(button('Save as a new version').props.disabled).toBe(true);
    });
  });

  it('rolls back through settings_rollback with the user id and the version, then alerts and re-reads the history', async () => {
    let rolledBack = false;
    const serverless = answerFunctions({
      settings_read: () => (rolledBack ? settingsReadAnswer({ version: 4, history: [VERSION_4, ...settingsReadAnswer().history] }) : settingsReadAnswer()),
      settings_rollback: () => {
        rolledBack = true;
        return { ok: true, version: VERSION_4, restoredFrom: 2 };
      },
    });
    const { find, waitFor, button, addAlert, historyRows } = renderPage();
    await waitFor(() => expect(historyRows()).toHaveLength(3));
    button('Roll back to version 2').trigger('onClick');
    await waitFor(() => expect(historyRows()).toHaveLength(4));

    expect(callsTo(serverless, 'settings_rollback')).toEqual([{ userId: VIEWER_ID, version: 2 }]);
    expect(find(Alert, { title: 'Rolled back' }).text).toBe('Version 4 restores version 2; cards switch to it within a few minutes.');
    expect(addAlert).toHaveBeenCalledWith({ type: 'success', title: 'Rolled back', message: 'Version 4 restores version 2; cards switch to it within a few minutes.' });
  });

  it('asks before a roll back discards edits not saved yet, and keeps them when the admin goes on editing', async () => {
    const serverless = answerFunctions({ settings_rollback: () => ({ ok: true, version: VERSION_4, restoredFrom: 2 }) });
    const { find, maybeFind, waitFor, button, historyRows } = renderPage();
    await waitFor(() => expect(historyRows()).toHaveLength(3));
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 65);
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));

    button('Roll back to version 2').trigger('onClick');
    await waitFor(() => expect(find(Alert, { title: 'Roll back to version 2?' }).props.variant).toBe('warning'));
    expect(callsTo(serverless, 'settings_rollback')).toEqual([]);
    button('Keep editing').trigger('onClick');
    await waitFor(() => expect(maybeFind(Alert, { title: 'Roll back to version 2?' })).toBeNull());
    expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(65);

    button('Roll back to version 2').trigger('onClick');
    await waitFor(() => expect(button('Discard my changes and roll back')).toBeDefined());
    button('Discard my changes and roll back').trigger('onClick');
    await waitFor(() => expect(find(Alert, { title: 'Rolled back' }).props.variant).toBe('success'));
    expect(callsTo(serverless, 'settings_rollback')).toEqual([{ userId: VIEWER_ID, version: 2 }]);
  });

  it('shows a refused roll back as a danger alert with its fix and the problems of the old version', async () => {
    const problems = [{ path: 'sla.policies[0].when.property', message: 'is not a known property', fix: 'Declare it under properties.' }];
    answerFunctions({ settings_rollback: () => ({ ok: false, error: { code: 'INVALID_CONFIG', message: 'The configuration has 1 problem(s); nothing was saved.', fix: 'Correct each field named below and save again.', problems } }) });
    const { find, waitFor, button, addAlert, historyRows } = renderPage();
    await waitFor(() => expect(historyRows()).toHaveLength(3));
    button('Roll back to version 1').trigger('onClick');
    await waitFor(() => expect(find(Alert, { title: 'Not rolled back' }).props.variant).toBe('danger'));
    const message = 'The configuration has 1 problem(s); nothing was saved. Correct each field named below and save again. sla.policies[0].when.property: is not a known property. Declare it under properties.';
    expect(find(Alert, { title: 'Not rolled back' }).text).toBe(message);
    expect(addAlert).toHaveBeenCalledWith({ type: 'danger', title: 'Not rolled back', message });
  });

  it('says a roll back HubSpot did not confirm may have happened, and reads the history again to show whether it did', async () => {
    let reads = 0;
    const serverless = answerFunctions({
      settings_read: () => {
        reads += 1;
        return settingsReadAnswer();
      },
      settings_rollback: () => ({ ok: false, error: { code: 'SAVE_UNCONFIRMED', message: 'HubSpot did not confirm saving version 4 (internal error), and LeadOps cannot see it yet: it may or may not have been saved.', fix: 'Reload the settings page in a minute.' } }),
    });
    const { find, waitFor, button, addAlert, historyRows } = renderPage();
    await waitFor(() => expect(historyRows()).toHaveLength(3));
    const readsBefore = reads;
    button('Roll back to version 2').trigger('onClick');
    await waitFor(() => expect(find(Alert, { title: 'Roll back not confirmed' }).props.variant).toBe('warning'));
    const message = 'HubSpot did not confirm saving version 4 (internal error), and LeadOps cannot see it yet: it may or may not have been saved. Reload the settings page in a minute.';
    expect(addAlert).toHaveBeenCalledWith({ type: 'warning', title: 'Roll back not confirmed', message });
    await waitFor(() => expect(reads).toBeGreaterThan(readsBefore));
    expect(callsTo(serverless, 'settings_rollback')).toHaveLength(1);
  });

  it('lets a user without the settings right look, but not save, dry-run or roll back', async () => {
    const serverless = answerFunctions({ settings_read: () => settingsReadAnswer({ mayChange: false }) });
    const { find, findAll, waitFor, button } = renderPage();
    await waitFor(() => expect(find(Alert, { title: 'You can look, but not change' }).props.variant).toBe('info'));
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 65);
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(65));
    expect(button('Save as a new version').props.disabled).toBe(true);
    expect(button('Dry run').props.disabled).toBe(true);
    expect(findAll(Button, (b) => b.text?.startsWith('Roll back') ?? false).map((b) => b.props.disabled)).toEqual([true, true]);
    button('Save as a new version').trigger('onClick');
    button('Dry run').trigger('onClick');
    button('Roll back to version 2').trigger('onClick');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(serverless.mock.calls.map(([name]) => name).sort()).toEqual(['app_status', 'settings_read']);
  });

  describe('one request per click, however fast the clicks', () => {
    const slow = <T,>(value: T) => async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return value;
    };

    it('saves once when Save is clicked twice before the page re-renders', async () => {
      const serverless = answerFunctions({ settings_save: slow({ ok: true, version: VERSION_4 }) });
      const { find, waitFor, button } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 55);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      const click = button('Save as a new version').props.onClick as () => void;
      click();
      click();
      await waitFor(() => expect(find(Alert).props.title).toBe('Saved'));
      expect(callsTo(serverless, 'settings_save')).toHaveLength(1);
    });

    it('does not offer to save the version just saved again while the page re-reads it, and bases the next save on it', async () => {
      let reads = 0;
      const serverless = answerFunctions({ settings_read: () => (++reads === 1 ? settingsReadAnswer() : new Promise(() => undefined)), settings_save: () => ({ ok: true, version: VERSION_4 }) });
      const { find, waitFor, button } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 55);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(find(Alert).props.title).toBe('Saved'));
      expect(button('Save as a new version').props.disabled).toBe(true);
      button('Save as a new version').trigger('onClick');
      expect(callsTo(serverless, 'settings_save')).toHaveLength(1);
      // Another edit can be saved again, as an edit of version 4.
      changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 56);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(callsTo(serverless, 'settings_save')).toHaveLength(2));
      expect(callsTo(serverless, 'settings_save').map((p) => p['basedOnVersion'])).toEqual([3, 4]);
    });

    it('keeps an edit made while the page re-reads the version just saved, as an edit still to save', async () => {
      let reads = 0;
      let answerReRead: (answer: unknown) => void = () => undefined;
      const base = settingsReadAnswer();
      answerFunctions({ settings_read: () => (++reads === 1 ? base : new Promise((resolve) => (answerReRead = resolve))), settings_save: () => ({ ok: true, version: VERSION_4 }) });
      const { find, waitFor, button, historyRows } = renderPage();
      const threshold = () => find(NumberInput, { name: 'scoring.mql.threshold' });
      await waitFor(() => expect(threshold().props.value).toBe(60));
      changeValue(threshold(), 55);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      button('Save as a new version').trigger('onClick');
      await waitFor(() => expect(find(Alert).props.title).toBe('Saved'));
      changeValue(threshold(), 56);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
      answerReRead(settingsReadAnswer({ version: 4, config: writeAt(base.config, ['scoring', 'mql', 'threshold'], 55), history: [VERSION_4, ...base.history] }));
      await waitFor(() => expect(historyRows()).toHaveLength(4));
      expect(threshold().props.value).toBe(56);
      expect(button('Save as a new version').props.disabled).toBe(false);
      // Put back to what was saved, the draft has nothing left to save.
      changeValue(threshold(), 55);
      await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(true));
    });

    it('restarts the editor from the restored version after a roll back', async () => {
      let rolledBack = false;
      const base = settingsReadAnswer();
      answerFunctions({
        settings_read: () => (rolledBack ? settingsReadAnswer({ version: 4, config: writeAt(base.config, ['scoring', 'mql', 'threshold'], 45), history: [VERSION_4, ...base.history] }) : base),
        settings_rollback: () => {
          rolledBack = true;
          return { ok: true, version: VERSION_4, restoredFrom: 2 };
        },
      });
      const { find, waitFor, button } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      button('Roll back to version 2').trigger('onClick');
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(45));
      expect(button('Save as a new version').props.disabled).toBe(true);
    });

    it('rolls back once when Roll back is clicked twice before the page re-renders', async () => {
      const serverless = answerFunctions({ settings_rollback: slow({ ok: true, version: VERSION_4, restoredFrom: 2 }) });
      const { find, waitFor, button } = renderPage();
      await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60));
      const click = button('Roll back to version 2').props.onClick as () => void;
      click();
      click();
      await waitFor(() => expect(callsTo(serverless, 'settings_rollback')).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(callsTo(serverless, 'settings_rollback')).toHaveLength(1);
    });
  });
});
