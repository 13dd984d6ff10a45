import { Alert, Button, Input, List, NumberInput, Select, StatisticsItem, Tab, TableCell, TableRow, Text, TextArea, Toggle } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { defaultConfigJsonCopy } from '../../../rules/test-support/default-config';
import { changeValue } from '../../test-support/card-data-fixture';
import { answerFunctions, callsTo, dryRunAnswer, sentDocument, settingsReadAnswer, VIEWER_ID } from '../../test-support/settings-fixture';
import { runHubSpotFunction } from '../shared/run-function';
import { writeAt, type JsonPath } from './json-path';
import type { SettingsReadAnswer } from './settings-answers';
import { SettingsEditor } from './SettingsEditor';

/** The editor on the default config (version 3), calling functions through hubspot.serverless as in HubSpot. */
function renderEditor(answer: SettingsReadAnswer = settingsReadAnswer()) {
  const renderer = createRenderer('settings');
  const announce = jest.fn();
  const onVersionsChanged = jest.fn();
  renderer.render(<SettingsEditor answer={answer} userId={VIEWER_ID} runFunction={runHubSpotFunction} timeZone="UTC" announce={announce} onVersionsChanged={onVersionsChanged} />);
  const button = (label: string) => renderer.find(Button, (b) => b.text === label);
  /** The problems listed under a JSON box (`json:scoring`, `json:` for the whole document). */
  const boxProblems = (name: string) => renderer.maybeFindByTestId(List, `problems:${name}`)?.findAll(Text).map((t) => t.text) ?? [];
  return { ...renderer, announce, onVersionsChanged, button, boxProblems };
}

describe('SettingsEditor', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sends the edited draft to settings_save: the changed fields, and the rest of the document as loaded', async () => {
    const serverless = answerFunctions({ settings_save: () => ({ ok: true, version: { version: 4, author: 'avery.admin@leadops.example', savedAt: '2026-03-03T10:00:00.000Z' } }) });
    const { find, button, waitFor, announce, onVersionsChanged } = renderEditor();
    expect(button('Save as a new version').props.disabled).toBe(true);
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 55);
    changeValue(find(TextArea, { name: 'dataQuality.freeMailDomains' }), 'mail.example\n fastmail.example, ');
    changeValue(find(Select, { name: 'routing.availability' }), 'assign_and_wait');
    changeValue(find(Input, { name: 'handoff.rejectReasons[1].label' }), 'Not this quarter');
    changeValue(find(Toggle, { name: 'lifecycle.forwardOnly' }), false);
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(onVersionsChanged).toHaveBeenCalledTimes(1));

    const edits: readonly [JsonPath, unknown][] = [
      [['scoring', 'mql', 'threshold'], 55],
      [['dataQuality', 'freeMailDomains'], ['mail.example', 'fastmail.example']],
      [['routing', 'availability'], 'assign_and_wait'],
      [['handoff', 'rejectReasons', 1, 'label'], 'Not this quarter'],
      [['lifecycle', 'forwardOnly'], false],
    ];
    const expected = edits.reduce<unknown>((document, [path, value]) => writeAt(document, path, value), defaultConfigJsonCopy());
    const [saved] = callsTo(serverless, 'settings_save');
    expect(saved?.['userId']).toBe(VIEWER_ID);
    expect(sentDocument(saved)).toEqual(expected);
    expect(announce).toHaveBeenCalledWith({ variant: 'success', title: 'Saved', message: 'Version 4 is saved; cards switch to it within a few minutes.' });
  });

  it('shows an invalid value at its field with the fix, disables Save and Dry run, and calls nothing', async () => {
    const serverless = answerFunctions();
    const { find, findAll, button, waitFor } = renderEditor();
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), -5);
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.error).toBe(true));
    expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.validationMessage).toBe('expected a positive number, got -5. Use a number above 0.');
    expect(find(Tab, { tabId: 'scoring' }).props.title).toBe('Scoring (1)');
    expect(button('Save as a new version').props.disabled).toBe(true);
    expect(button('Dry run').props.disabled).toBe(true);
    expect(findAll(Text).map((t) => t.text)).toContain('Fix the 1 problem shown at its field to save (tabs show where).');
    button('Save as a new version').trigger('onClick');
    button('Dry run').trigger('onClick');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(serverless).not.toHaveBeenCalled();
  });

  it("sets what counts as a rep's open lead, the status a reject writes, and how often a lead may be re-routed", async () => {
    const serverless = answerFunctions({ settings_save: () => ({ ok: true, version: { version: 4, author: 'avery.admin@leadops.example', savedAt: '2026-03-03T10:00:00.000Z' } }) });
    const { find, button, waitFor, onVersionsChanged } = renderEditor();
    changeValue(find(Input, { name: 'routing.openLeads.property' }), 'leadops_queue_status');
    changeValue(find(TextArea, { name: 'routing.openLeads.values' }), 'waiting\nworking');
    changeValue(find(Input, { name: 'routing.openLeads.assignValue' }), 'waiting');
    changeValue(find(NumberInput, { name: 'sla.maxReroutes' }), 1);
    changeValue(find(Input, { name: 'handoff.rejectReasons[2].leadStatus' }), 'closed');
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(onVersionsChanged).toHaveBeenCalledTimes(1));
    const edits: readonly [JsonPath, unknown][] = [
      [['routing', 'openLeads'], { property: 'leadops_queue_status', values: ['waiting', 'working'], assignValue: 'waiting' }],
      [['sla', 'maxReroutes'], 1],
      [['handoff', 'rejectReasons', 2, 'leadStatus'], 'closed'],
    ];
    const expected = edits.reduce<unknown>((document, [path, value]) => writeAt(document, path, value), defaultConfigJsonCopy());
    expect(sentDocument(callsTo(serverless, 'settings_save')[0])).toEqual(expected);
  });

  it('reports a required value cleared from a form as missing, at its field', async () => {
    answerFunctions();
    const { find, button, waitFor } = renderEditor();
    changeValue(find(NumberInput, { name: 'handoff.acceptWithinWorkingMinutes' }), undefined);
    await waitFor(() => expect(find(NumberInput, { name: 'handoff.acceptWithinWorkingMinutes' }).props.validationMessage).toBe('is required. Add it (a number).'));
    expect(button('Save as a new version').props.disabled).toBe(true);
  });

  it("shows the server's problems at their field and in the section's JSON box, and blocks Save until the draft changes", async () => {
    const problems = [
      { path: 'handoff.rejectReasons[0].suggestTrack', message: 'refers to nurture track "education", which does not exist', fix: 'Use one of: long-nurture.' },
      { path: 'handoff.fromStage', message: 'refers to stage "mql", which comes after "sql"', fix: 'Hand off from an earlier stage.' },
    ];
    const serverless = answerFunctions({ settings_save: () => ({ ok: false, error: { code: 'INVALID_CONFIG', message: 'The configuration has 2 problem(s); nothing was saved.', fix: 'Correct each field named below and save again.', problems } }) });
    const { find, boxProblems, button, waitFor, announce } = renderEditor();
    changeValue(find(NumberInput, { name: 'handoff.acceptWithinWorkingMinutes' }), 120);
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(find(Select, { name: 'handoff.fromStage' }).props.error).toBe(true));

    expect(find(Select, { name: 'handoff.fromStage' }).props.validationMessage).toBe('refers to stage "mql", which comes after "sql". Hand off from an earlier stage.');
    expect(find(TextArea, { name: 'json:handoff' }).props.error).toBe(true);
    expect(boxProblems('json:handoff')).toEqual(['handoff.rejectReasons[0].suggestTrack: refers to nurture track "education", which does not exist. Use one of: long-nurture.']);
    expect(find(Tab, { tabId: 'handoff' }).props.title).toBe('Handoff (2)');
    expect(button('Save as a new version').props.disabled).toBe(true);
    expect(announce).toHaveBeenCalledWith({ variant: 'danger', title: 'Not saved', message: 'The configuration has 2 problem(s); nothing was saved. Correct each field named below and save again.' });
    expect(callsTo(serverless, 'settings_save')).toHaveLength(1);

    // Fixing the stage drops its problem; the untouched reason's stays until LeadOps judges again.
    changeValue(find(Select, { name: 'handoff.fromStage' }), 'lead');
    await waitFor(() => expect(find(Select, { name: 'handoff.fromStage' }).props.error).toBe(false));
    expect(find(Tab, { tabId: 'handoff' }).props.title).toBe('Handoff (1)');
    expect(button('Save as a new version').props.disabled).toBe(false);
  });

  it('says a save HubSpot did not confirm may have happened, not that nothing was saved, and reads the history again', async () => {
    answerFunctions({ settings_save: () => ({ ok: false, error: { code: 'SAVE_UNCONFIRMED', message: 'HubSpot did not confirm saving version 4 (internal error), and LeadOps cannot see it yet: it may or may not have been saved.', fix: 'Reload the settings page in a minute.' } }) });
    const { find, button, waitFor, announce, onVersionsChanged } = renderEditor();
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 55);
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(onVersionsChanged).toHaveBeenCalledTimes(1));
    expect(announce).toHaveBeenCalledWith({ variant: 'warning', title: 'Save not confirmed', message: 'HubSpot did not confirm saving version 4 (internal error), and LeadOps cannot see it yet: it may or may not have been saved. Reload the settings page in a minute.' });
    expect(announce).not.toHaveBeenCalledWith(expect.objectContaining({ title: 'Not saved' }));
  });

  it('takes the whole document as JSON: text that parses replaces the draft, and is what Save sends', async () => {
    const serverless = answerFunctions({ settings_save: () => ({ ok: true, version: { version: 4, author: 'a@b.example', savedAt: '2026-03-03T10:00:00.000Z' } }) });
    const { find, button, waitFor } = renderEditor();
    const edited = { ...defaultConfigJsonCopy(), name: 'LeadOps for the EMEA team' };
    changeValue(find(TextArea, { name: 'json:' }), JSON.stringify(edited, null, 2));
    await waitFor(() => expect(button('Save as a new version').props.disabled).toBe(false));
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(callsTo(serverless, 'settings_save')).toHaveLength(1));
    expect(sentDocument(callsTo(serverless, 'settings_save')[0])).toEqual(edited);
  });

  it('keeps JSON that does not parse in its box with the syntax problem, and blocks Save', async () => {
    answerFunctions();
    const { find, button, waitFor } = renderEditor();
    changeValue(find(TextArea, { name: 'json:scoring' }), '{ "mql": { "threshold": 60 ');
    await waitFor(() => expect(find(TextArea, { name: 'json:scoring' }).props.error).toBe(true));
    expect(find(TextArea, { name: 'json:scoring' }).props.value).toBe('{ "mql": { "threshold": 60 ');
    expect(find(Tab, { tabId: 'scoring' }).props.title).toBe('Scoring (1)');
    // The forms keep the last valid document.
    expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.value).toBe(60);
    expect(button('Save as a new version').props.disabled).toBe(true);
  });

  it('makes every other editor read-only while a JSON box does not parse, so no edit made meanwhile is overwritten', async () => {
    answerFunctions();
    const { find, findAll, button, waitFor } = renderEditor();
    changeValue(find(TextArea, { name: 'json:' }), '{ "schemaVersion": 1, ');
    await waitFor(() => expect(find(TextArea, { name: 'json:' }).props.error).toBe(true));
    expect(find(TextArea, { name: 'json:' }).props.readOnly).toBe(false);
    expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.readOnly).toBe(true);
    expect(find(Toggle, { name: 'lifecycle.forwardOnly' }).props.readOnly).toBe(true);
    expect(find(Select, { name: 'routing.availability' }).props.readOnly).toBe(true);
    expect(find(TextArea, { name: 'json:scoring' }).props.readOnly).toBe(true);
    expect(find(Alert, { title: 'JSON to finish' }).find(Text).text).toMatch(/^The JSON in the "Whole document \(JSON\)" tab does not parse yet\. Every other field and box is read-only/);

    // Discarding the text brings back the last valid document and writable editors.
    find(Alert, { title: 'JSON to finish' }).find(Button).trigger('onClick');
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.mql.threshold' }).props.readOnly).toBe(false));
    expect(JSON.parse(find(TextArea, { name: 'json:' }).props.value ?? '')).toEqual(defaultConfigJsonCopy());
    expect(findAll(Alert).filter((a) => a.props.title === 'JSON to finish')).toEqual([]);
    expect(button('Save as a new version').props.disabled).toBe(true);
  });

  it('names the section box that does not parse and leaves that box writable', async () => {
    answerFunctions();
    const { find, waitFor } = renderEditor();
    changeValue(find(TextArea, { name: 'json:routing' }), '{ "pools": ');
    await waitFor(() => expect(find(TextArea, { name: 'json:routing' }).props.error).toBe(true));
    expect(find(TextArea, { name: 'json:routing' }).props.readOnly).toBe(false);
    expect(find(TextArea, { name: 'json:' }).props.readOnly).toBe(true);
    expect(find(Alert, { title: 'JSON to finish' }).find(Text).text).toContain('The JSON in the "Routing as JSON" box of the Routing tab does not parse yet.');
  });

  it("edits a section as JSON: a rule added there gets its own points field, and an unknown key shows in the section's box", async () => {
    answerFunctions();
    const { find, boxProblems, button, waitFor } = renderEditor();
    const scoring = (defaultConfigJsonCopy() as { scoring: { rules: unknown[] } }).scoring;
    const webinar = { id: 'webinar', kind: 'engagement', label: 'Attended a webinar', activity: 'meeting', points: 12, decay: 'none' };
    changeValue(find(TextArea, { name: 'json:scoring' }), JSON.stringify({ ...scoring, rules: [...scoring.rules, webinar], treshold: 50 }));
    await waitFor(() => expect(find(NumberInput, { name: 'scoring.rules[18].points' }).props.value).toBe(12));
    expect(find(NumberInput, { name: 'scoring.rules[18].points' }).props.label).toBe('Points: Attended a webinar');
    expect(find(TextArea, { name: 'json:scoring' }).props.error).toBe(true);
    expect(boxProblems('json:scoring')).toEqual(['scoring.treshold: is not a known setting. Remove it or fix its spelling (keys are case-sensitive); unknown keys are never ignored.']);
    expect(button('Save as a new version').props.disabled).toBe(true);
  });

  it('runs settings_dry_run with the draft and the sample size, then shows the counts, the changed contacts and the rep warnings', async () => {
    const serverless = answerFunctions({ settings_dry_run: () => dryRunAnswer() });
    const { find, findAll, button, waitFor } = renderEditor();
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 50);
    changeValue(find(NumberInput, { name: 'sampleSize' }), 25);
    await waitFor(() => expect(find(NumberInput, { name: 'sampleSize' }).props.value).toBe(25));
    button('Dry run').trigger('onClick');
    await waitFor(() => expect(findAll(StatisticsItem)).toHaveLength(8));

    const [call] = callsTo(serverless, 'settings_dry_run');
    expect(call?.['userId']).toBe(VIEWER_ID);
    expect(call?.['sampleSize']).toBe(25);
    expect(sentDocument(call)).toMatchObject({ scoring: { mql: { threshold: 50, minimumFit: 20 } } });
    expect(Object.fromEntries(findAll(StatisticsItem).map((s) => [s.props.label, s.props.number]))).toEqual({
      'Contacts tried': '3', Changed: '1', 'New MQLs': '1', 'Lost MQLs': '0', 'Score changes': '1', 'Stage changes': '1', 'Owner changes': '1', 'SLA changes': '1',
    });
    const rows = findAll(TableRow).slice(1).map((row) => row.findAll(TableCell).map((cell) => cell.text));
    expect(rows).toEqual([['pat.kim@northwind.example', '55 → 65', 'Lead → Marketing qualified lead (MQL)', 'Dana Lee → Ben Brooks', 'No SLA → 3 Mar 2026, 14:30 (UTC)']]);
    expect(find(Alert, { title: 'Reps routing cannot use as configured' }).text).toBe('Ben Brooks has no calendar and no HubSpot working hours: LeadOps routes to him around the clock.');
    expect(findAll(Text).map((t) => t.text)).toContain('3 contacts tried with the draft and with version 3 (in use now). Nothing was written to HubSpot.');
  });

  it('says "1 contact tried" for a sample of one', async () => {
    const one = dryRunAnswer();
    answerFunctions({ settings_dry_run: () => ({ ...one, summary: { ...one.summary, contacts: 1 } }) });
    const { findAll, button, waitFor } = renderEditor();
    button('Dry run').trigger('onClick');
    await waitFor(() => expect(findAll(Text).map((t) => t.text)).toContain('1 contact tried with the draft and with version 3 (in use now). Nothing was written to HubSpot.'));
  });

  it('says when the draft changed after a dry run', async () => {
    answerFunctions({ settings_dry_run: () => dryRunAnswer() });
    const { find, maybeFind, button, waitFor } = renderEditor();
    button('Dry run').trigger('onClick');
    await waitFor(() => expect(find(StatisticsItem, { label: 'Changed' }).props.number).toBe('1'));
    expect(maybeFind(Alert, { title: 'The draft changed since this dry run' })).toBeNull();
    changeValue(find(NumberInput, { name: 'scoring.mql.threshold' }), 70);
    await waitFor(() => expect(find(Alert, { title: 'The draft changed since this dry run' })).toBeDefined());
  });

  it("shows a refused dry run with its fix, and the server's problems at their fields", async () => {
    const problems = [{ path: 'scoring.rules[0].group', message: 'refers to group "seniorty", which does not exist', fix: 'Use one of: seniority.' }];
    answerFunctions({ settings_dry_run: () => ({ ok: false, error: { code: 'INVALID_CONFIG', message: 'The proposed configuration has 1 problem(s); no contact was tried.', fix: 'Correct each field named below and run the dry run again.', problems } }) });
    const { find, boxProblems, button, waitFor } = renderEditor();
    button('Dry run').trigger('onClick');
    await waitFor(() => expect(find(Alert, { title: 'Dry run failed' }).text).toBe('The proposed configuration has 1 problem(s); no contact was tried. Correct each field named below and run the dry run again.'));
    expect(find(TextArea, { name: 'json:scoring' }).props.error).toBe(true);
    expect(boxProblems('json:scoring')).toEqual(['scoring.rules[0].group: refers to group "seniorty", which does not exist. Use one of: seniority.']);
  });

  it('offers to save the LeadOps default unchanged when nothing is saved yet', async () => {
    const serverless = answerFunctions({ settings_save: () => ({ ok: true, version: { version: 1, author: 'a@b.example', savedAt: '2026-03-03T10:00:00.000Z' } }) });
    const { button, waitFor } = renderEditor(settingsReadAnswer({ version: 0, history: [] }));
    expect(button('Save as a new version').props.disabled).toBe(false);
    button('Save as a new version').trigger('onClick');
    await waitFor(() => expect(callsTo(serverless, 'settings_save')).toHaveLength(1));
    expect(sentDocument(callsTo(serverless, 'settings_save')[0])).toEqual(defaultConfigJsonCopy());
  });

  it('opens a stored document that is not JSON as text to repair, with the syntax problem', async () => {
    answerFunctions();
    const { find, boxProblems, button } = renderEditor(settingsReadAnswer({ config: '{"schemaVersion": 1, "lifecycle": ' }));
    expect(find(TextArea, { name: 'json:' }).props.value).toBe('{"schemaVersion": 1, "lifecycle": ');
    expect(boxProblems('json:')[0]).toMatch(/^\(document\): is not valid JSON \(.+\)\. Correct the JSON in this box/);
    expect(find(Tab, { tabId: 'scoring' }).props.title).toBe('Scoring');
    expect(button('Save as a new version').props.disabled).toBe(true);
  });
});
