import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, ButtonRow, Flex, LoadingSpinner, NumberInput, Tab, Tabs, Text } from '@hubspot/ui-extensions';
import type { ConfigProblem } from '@leadops/rules';
import type { FunctionFailure } from '../shared/function-failure';
import type { RunFunction } from '../shared/run-function';
import { useSingleFlight } from '../shared/use-single-flight';
import { callSettingsFunction } from './call-settings-function';
import { draftFromConfig, draftJson, draftProblems, jsonTextFor, pendingBox, withFieldValue, withJsonText, withoutPendingText, type ConfigDraft } from './config-draft';
import { rebaseDraft, type DraftRebase } from './draft-rebase';
import { DryRunView } from './DryRunView';
import { formatInstant } from '../shared/format-instant';
import { isJsonObject, parsePath, pathText, readAt, type JsonPath } from './json-path';
import { JsonEditor } from './JsonEditor';
import type { Notice } from './notice';
import { placeProblems } from './problems-by-section';
import { SectionEditor } from './SectionEditor';
import { serverProblemsStanding, serverRefusesDraft, type ServerProblems } from './server-problems';
import type { DryRunAnswer, SavedAnswer, SettingsReadAnswer, VersionSummary } from './settings-answers';
import { SETTINGS_DRY_RUN_FUNCTION, SETTINGS_SAVE_FUNCTION } from './settings-functions';
import { SETTINGS_SECTIONS } from './settings-sections';

/** Contacts a dry run tries unless the admin says otherwise; settings_dry_run accepts 1 to 200. */
export const DEFAULT_SAMPLE_SIZE = 50;
export const MAX_SAMPLE_SIZE = 200;

const SECTION_KEYS: readonly string[] = SETTINGS_SECTIONS.map((s) => s.key);

export interface SettingsEditorProps {
  readonly answer: SettingsReadAnswer;
  readonly userId: string;
  readonly runFunction: RunFunction;
  readonly timeZone?: string;
  readonly announce: (notice: Notice) => void;
  /**
   * Called after a save, and when a save is refused because someone else saved meanwhile: the page re-reads
   * the history and hands over the newest version, which the editor rebases its draft onto.
   */
  readonly onVersionsChanged: () => void;
  /** Told whether the draft holds edits not saved yet, on mount and whenever that changes. */
  readonly onUnsavedEditsChange?: (unsaved: boolean) => void;
}

type DryRunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly result: DryRunAnswer; readonly sentJson: string }
  | { readonly kind: 'failed'; readonly failure: FunctionFailure };

/** Paths of the form fields on screen; a section missing from the document shows no fields. */
function visibleFieldPaths(document: unknown): readonly string[] {
  return SETTINGS_SECTIONS.flatMap((section) => (isJsonObject(readAt(document, [section.key])) ? section.fields(document).map((field) => pathText(field.path)) : []));
}

/** Where the admin finds a JSON box, by its path text ('' for the whole document). */
function boxPlace(box: string): string {
  const section = SETTINGS_SECTIONS.find((s) => s.key === box);
  return section ? `the "${section.title} as JSON" box of the ${section.title} tab` : 'the "Whole document (JSON)" tab';
}

/** A draft moved onto a version someone else saved while it was edited (see draft-rebase.ts). */
interface Rebased extends DraftRebase {
  readonly version: number;
  readonly saved: VersionSummary | undefined;
  /** The version the draft had started from (0 for the LeadOps default). */
  readonly from: number;
}

/** How the page names the document's top-level parts that have no tab of their own. */
const OTHER_PARTS: Readonly<Record<string, string>> = { '': 'the whole document', name: 'the name', lists: 'the lists', calendars: 'the calendars', permissions: 'the permissions', schemaVersion: 'the schema version' };

/** "Scoring, Routing and the name": top-level parts of the document as the page names them. */
function partsText(keys: readonly string[]): string {
  const names = keys.map((key) => SETTINGS_SECTIONS.find((s) => s.key === key)?.title ?? OTHER_PARTS[key] ?? `"${key}"`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function rebasedText({ version, saved, from, theirs, both }: Rebased, timeZone: string | undefined): string {
  const who = saved ? `${saved.author} saved version ${version} on ${formatInstant(saved.savedAt, timeZone)}` : `Version ${version} was saved`;
  const start = from === 0 ? 'the LeadOps default' : `version ${from}`;
  const taken = theirs.length > 0 ? ` Your draft now includes its changes to ${partsText(theirs)}.` : '';
  const clash = both.length > 0 ? ` You both changed ${partsText(both)}: your edits are kept there, so saving replaces what version ${version} has in ${both.length === 1 ? 'it' : 'them'}; compare with version ${version} in the history first.` : '';
  return `${who} while you were editing from ${start}.${taken}${clash} Nothing is saved yet: review the draft, then save it.`;
}

function samePlace(a: ConfigProblem, b: ConfigProblem): boolean {
  return a.path === b.path && a.message === b.message;
}

/**
 * The draft config and what can be done with it: every section as a form plus JSON, the whole document
 * as JSON, each problem at its field before anything is sent, Save (a new version) and Dry run.
 */
export function SettingsEditor({ answer, userId, runFunction, timeZone, announce, onVersionsChanged, onUnsavedEditsChange }: SettingsEditorProps) {
  const [initial, setInitial] = useState(() => draftFromConfig(answer.config));
  const [baseVersion, setBaseVersion] = useState(answer.version);
  const [draft, setDraft] = useState<ConfigDraft>(initial);
  const [server, setServer] = useState<ServerProblems | null>(null);
  const [saving, setSaving] = useState(false);
  const [dryRun, setDryRun] = useState<DryRunState>({ kind: 'idle' });
  const [sampleSize, setSampleSize] = useState(DEFAULT_SAMPLE_SIZE);
  // The document last saved from this editor: until the page re-reads it, saving it again would store a duplicate version.
  const [savedJson, setSavedJson] = useState<string | null>(null);
  // Its version: until the page re-reads, the next save is based on it.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [rebased, setRebased] = useState<Rebased | null>(null);
  const once = useSingleFlight();

  const initialJson = useMemo(() => draftJson(initial), [initial]);
  const currentJson = useMemo(() => draftJson(draft), [draft]);
  const ownProblems = useMemo(() => draftProblems(draft), [draft]);
  const standing = serverProblemsStanding(server, draft.document);
  const problems = [...ownProblems, ...standing.filter((p) => !ownProblems.some((own) => samePlace(own, p)))];
  const placed = placeProblems(problems, SECTION_KEYS, visibleFieldPaths(draft.document));
  const problemsIn = (key: string) => problems.filter((p) => parsePath(p.path)[0] === key).length;

  const busy = saving || dryRun.kind === 'running';
  // The LeadOps default (version 0) is worth saving as it is: saving it is what starts LeadOps.
  const unchanged = Object.keys(draft.unparsed).length === 0 && ((answer.version > 0 && currentJson === initialJson) || currentJson === savedJson);
  // Text that is not JSON yet is an edit too; a draft equal to what this editor just saved is not.
  const unsavedEdits = Object.keys(draft.unparsed).length > 0 || (currentJson !== initialJson && currentJson !== savedJson);
  // The page re-reads after a save and hands over the newest version: it becomes the baseline. Edits made
  // since the version the draft was last in step with stay in the draft (and unsaved); with none, the
  // draft is the new version. A version someone else saved meanwhile is merged in part by part, so saving
  // the draft does not silently undo it.
  if (answer.version !== baseVersion) {
    const loaded = draftFromConfig(answer.config);
    const inStepWith = savedJson !== null ? draftFromConfig(savedJson).document : initial.document;
    const theirs = answer.version !== savedVersion;
    setBaseVersion(answer.version);
    setInitial(loaded);
    setSavedJson(null);
    setSavedVersion(null);
    if (!unsavedEdits) {
      setDraft(loaded);
      setRebased(null);
    } else if (theirs) {
      const merged = rebaseDraft(inStepWith, draft.document, loaded.document);
      setDraft({ document: merged.document, unparsed: draft.unparsed });
      setRebased({ ...merged, version: answer.version, saved: answer.history.find((h) => h.version === answer.version), from: savedVersion ?? baseVersion });
    }
  }
  useEffect(() => onUnsavedEditsChange?.(unsavedEdits), [unsavedEdits, onUnsavedEditsChange]);
  const refused = serverRefusesDraft(server, draft.document);
  const saveBlocker = !answer.mayChange
    ? 'Only users allowed to change settings can save.'
    : ownProblems.length > 0
      ? `Fix the ${ownProblems.length} problem${ownProblems.length === 1 ? '' : 's'} shown at ${ownProblems.length === 1 ? 'its field' : 'their fields'} to save (tabs show where).`
      : refused
        ? 'LeadOps refused this draft: fix the problems shown at their fields, then save again.'
        : unchanged
          ? 'No changes to save.'
          : null;

  const pending = pendingBox(draft);
  const editField = (path: JsonPath, value: unknown) => setDraft((d) => withFieldValue(d, path, value));
  const editJson = (scope: JsonPath, text: string) => setDraft((d) => withJsonText(d, scope, text));

  const dryRunBlocked = !answer.mayChange || ownProblems.length > 0;

  // The handlers check again what disables their buttons, and run one at a time: a click can arrive before the re-render.
  const save = () =>
    once(async () => {
      if (busy || saveBlocker !== null) return;
      setSaving(true);
      const sent = draft.document;
      const sentJson = currentJson;
      const outcome = await callSettingsFunction<SavedAnswer>(runFunction, SETTINGS_SAVE_FUNCTION, { userId, basedOnVersion: savedVersion ?? baseVersion, config: sentJson });
      setSaving(false);
      if (outcome.ok) {
        setSavedJson(sentJson);
        setSavedVersion(outcome.value.version.version);
        setServer(null);
        setRebased(null);
        announce({ variant: 'success', title: 'Saved', message: `Version ${outcome.value.version.version} is saved; cards switch to it within a few minutes.` });
        onVersionsChanged();
        return;
      }
      if (outcome.failure.code === 'CONFIG_CHANGED') {
        // Re-reading brings the newer version, which the draft is then rebased onto (see above).
        announce({ variant: 'warning', title: 'Not saved: someone else saved first', message: `${outcome.failure.message} LeadOps is bringing their version into your draft; review it, then save again.` });
        onVersionsChanged();
        return;
      }
      if (outcome.failure.code === 'SAVE_UNCONFIRMED') {
        // It may have been saved: the history is read again so the admin can see whether it was.
        announce({ variant: 'warning', title: 'Save not confirmed', message: `${outcome.failure.message} ${outcome.failure.fix}` });
        onVersionsChanged();
        return;
      }
      setServer({ sent, problems: outcome.problems });
      announce({ variant: 'danger', title: 'Not saved', message: `${outcome.failure.message} ${outcome.failure.fix}` });
    });

  const runDryRun = () =>
    once(async () => {
      if (busy || dryRunBlocked) return;
      setDryRun({ kind: 'running' });
      const sent = draft.document;
      const sentJson = currentJson;
      const outcome = await callSettingsFunction<DryRunAnswer>(runFunction, SETTINGS_DRY_RUN_FUNCTION, { userId, config: sentJson, sampleSize });
      if (outcome.ok) {
        // The server parsed the whole draft, references included: nothing it said before still stands.
        setServer(null);
        setDryRun({ kind: 'done', result: outcome.value, sentJson });
        return;
      }
      setServer({ sent, problems: outcome.problems });
      setDryRun({ kind: 'failed', failure: outcome.failure });
    });

  return (
    <Flex direction="column" gap="md">
      <Flex direction="row" gap="sm" align="end" wrap>
        <ButtonRow>
          <Button variant="primary" disabled={busy || saveBlocker !== null} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save as a new version'}
          </Button>
          <Button variant="secondary" disabled={busy || dryRunBlocked} onClick={() => void runDryRun()}>
            Dry run
          </Button>
        </ButtonRow>
        <NumberInput label="Contacts to try" name="sampleSize" value={sampleSize} min={1} max={MAX_SAMPLE_SIZE} precision={0} onChange={(n) => setSampleSize(Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SAMPLE_SIZE) : DEFAULT_SAMPLE_SIZE)} />
      </Flex>
      {saveBlocker ? <Text variant="microcopy">{saveBlocker}</Text> : null}
      {rebased !== null ? (
        <Alert title={`Version ${rebased.version} was saved while you were editing`} variant="warning">
          <Flex direction="column" gap="xs">
            <Text>{rebasedText(rebased, timeZone)}</Text>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setDraft(initial);
                setRebased(null);
              }}
            >
              {`Discard my edits and start from version ${rebased.version}`}
            </Button>
          </Flex>
        </Alert>
      ) : null}
      {pending !== null ? (
        <Alert title="JSON to finish" variant="warning">
          <Flex direction="column" gap="xs">
            <Text>{`The JSON in ${boxPlace(pending)} does not parse yet. Every other field and box is read-only until it does, so nothing typed elsewhere is overwritten when it is fixed. Correct it, or discard it to go back to the last valid JSON.`}</Text>
            <Button variant="secondary" size="sm" onClick={() => setDraft(withoutPendingText)}>
              Discard the JSON that does not parse
            </Button>
          </Flex>
        </Alert>
      ) : null}
      <Text variant="microcopy">This page checks every value as you edit. References between sections (a pool&apos;s members, a handoff&apos;s stages) are checked by LeadOps when you save or dry-run.</Text>
      <Tabs defaultSelected={SETTINGS_SECTIONS[0]?.key}>
        {SETTINGS_SECTIONS.map((section) => {
          const count = problemsIn(section.key);
          return (
            <Tab key={section.key} tabId={section.key} title={count > 0 ? `${section.title} (${count})` : section.title}>
              <SectionEditor section={section} document={draft.document} jsonText={jsonTextFor(draft, [section.key])} problems={placed} pendingBox={pending} onField={editField} onJson={editJson} />
            </Tab>
          );
        })}
        <Tab tabId="document" title={placed.atDocument.length > 0 ? `Whole document (JSON) (${placed.atDocument.length})` : 'Whole document (JSON)'}>
          <JsonEditor
            label="The whole configuration"
            name="json:"
            text={jsonTextFor(draft, [])}
            rows={30}
            description="For power users: every section, plus name, lists, calendars, properties and permissions. Below: every problem of the draft."
            problems={problems}
            readOnly={pending !== null && pending !== ''}
            onChange={(text) => editJson([], text)}
          />
        </Tab>
      </Tabs>
      {dryRun.kind === 'running' ? <LoadingSpinner label="Trying the draft on a sample of contacts…" /> : null}
      {dryRun.kind === 'failed' ? (
        <Alert title="Dry run failed" variant="danger">
          {`${dryRun.failure.message} ${dryRun.failure.fix}`}
        </Alert>
      ) : null}
      {dryRun.kind === 'done' ? <DryRunView result={dryRun.result} stale={dryRun.sentJson !== currentJson} timeZone={timeZone} /> : null}
    </Flex>
  );
}
